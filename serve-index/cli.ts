// `npm run serve-index`: (re)builds the serve index beside an existing Kùzu store, for a store ingested before
// the index existed. `npm run ingest` writes it itself after every run that changes the store.

import { Command } from "commander";
import { kuzuPath, openStore, storeConfigFromEnv } from "../store/index.js";
import { writeServeIndex, serveIndexDir } from "./index.js";

const program = new Command()
  .name("papergraph serve-index")
  .description("Build the index the server opens at start (search, node details) beside an existing Kùzu store")
  .option("--data <dir>", "data directory of the embedded store (default $PAPERGRAPH_DATA or ./data)")
  .parse();

const opts = program.opts<{ data?: string }>();
try {
  const config = storeConfigFromEnv(process.env, { dataDir: opts.data, kind: "kuzu", readOnly: true });
  const started = performance.now();
  const store = await openStore(config);
  await writeServeIndex(config.dataDir, store, { storeDone: () => store.close() });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`serve index of ${kuzuPath(config.dataDir)} written to ${serveIndexDir(config.dataDir)} in ${seconds} s`);
} catch (error) {
  console.error(`serve-index: ${(error as Error).message}`);
  process.exit(1);
}
