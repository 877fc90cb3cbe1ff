// Child process for the API and browser benches: serves a store read-only (as `npm start` does) and prints one
// JSON line with its URL, start time, first search and memory, so load generator and server do not share an
// event loop.

import { readFileSync } from "node:fs";
import { resolveSettings } from "../settings/index.js";
import { openStore } from "../store/index.js";
import { startServer } from "../server/start.js";
import { decodeStore, storeConfig } from "./store-spec.js";

const [storeArg, webDir] = process.argv.slice(2);
if (!storeArg) throw new Error("usage: server-child STORE_JSON [WEB_DIR]");

const started = performance.now();
// The server's Kùzu buffer pool is bounded as `npm run serve` bounds it (settings: PAPERGRAPH_READ_BUFFER_MB).
const config = {
  ...storeConfig(decodeStore(storeArg), true),
  bufferPoolMb: resolveSettings(process.env).store.readBufferPoolMb,
};
const store = await openStore(config);
// A Kùzu store may have a serve index beside it (written at ingest); Neo4j has none.
const dataDir = config.kind === "kuzu" ? config.dataDir : undefined;
// The rate limits come from the environment (settings/): the bench raises them, so that 50 clients on one
// address measure the routes and not the limiter (which still runs and counts every request).
const { rateLimit } = resolveSettings(process.env).server;
const server = await startServer(store, { host: "127.0.0.1", port: 0, webDir, dataDir, rateLimit });
const startSeconds = (performance.now() - started) / 1000;
const rssMb = process.memoryUsage().rss / 1024 / 1024;
// A saved search index loads after the server listens (search requests wait for it): time the first search too,
// and the memory once everything is loaded.
const response = await fetch(new URL("/api/search?q=learning", server.url));
if (!response.ok) throw new Error(`first search answered ${response.status}`);
const searchSeconds = (performance.now() - started) / 1000;
const loadedRssMb = process.memoryUsage().rss / 1024 / 1024;
process.stdout.write(JSON.stringify({ url: server.url, startSeconds, rssMb, searchSeconds, loadedRssMb }) + "\n");

/** Resident memory of our own (anonymous) and of mapped files (LMDB's pages, which the kernel can drop), Linux. */
function rssParts(): { anonymous?: number; files?: number } {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) * 1024;
    return { anonymous: kb("RssAnon"), files: kb("RssFile") };
  } catch {
    return {};
  }
}

// On SIGUSR2, one more line: the memory now by kind (heap, buffers outside it, and the rest: native libraries'),
// for a probe that loads the server route by route and asks between loads.
process.on("SIGUSR2", () => {
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const memory = {
    rss,
    heapTotal,
    heapUsed,
    external,
    arrayBuffers,
    native: rss - heapTotal - external,
    ...rssParts(),
  };
  process.stdout.write(
    JSON.stringify({ memoryMb: Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, mb(v)])) }) + "\n",
  );
});

process.on("SIGTERM", () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
