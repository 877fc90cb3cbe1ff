// Child process for the API and browser benches: serves a store read-only (as `npm start` does) and prints one
// JSON line with its URL, start time, first search and memory, so load generator and server do not share an
// event loop.

import { resolveSettings } from "../settings/index.js";
import { openStore } from "../store/index.js";
import { startServer } from "../server/start.js";
import { decodeStore, storeConfig } from "./store-spec.js";

const [storeArg, webDir] = process.argv.slice(2);
if (!storeArg) throw new Error("usage: server-child STORE_JSON [WEB_DIR]");

const started = performance.now();
const config = storeConfig(decodeStore(storeArg), true);
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

process.on("SIGTERM", () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
