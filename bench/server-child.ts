// Child process for the API and browser benches: serves a store read-only (as `npm start` does) and prints one
// JSON line with its URL, start time and memory, so load generator and server do not share an event loop.

import { openStore } from "../store/index.js";
import { startServer } from "../server/start.js";
import { decodeStore, storeConfig } from "./store-spec.js";

const [storeArg, webDir] = process.argv.slice(2);
if (!storeArg) throw new Error("usage: server-child STORE_JSON [WEB_DIR]");

const started = performance.now();
const store = await openStore(storeConfig(decodeStore(storeArg), true));
const server = await startServer(store, { host: "127.0.0.1", port: 0, webDir });
const startSeconds = (performance.now() - started) / 1000;
const rssMb = process.memoryUsage().rss / 1024 / 1024;
process.stdout.write(JSON.stringify({ url: server.url, startSeconds, rssMb }) + "\n");

process.on("SIGTERM", () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
