// `npm run serve`: serve an existing store (read-only) and the built web app.

import { Command } from "commander";
import { openStore, storeConfigFromEnv } from "../store/index.js";
import { serverSettingsFromEnv, startServer } from "./start.js";

const program = new Command()
  .name("papergraph serve")
  .description("Serve the papergraph API and explorer over an existing store")
  .option("--data <dir>", "data directory of the embedded store (default $PAPERGRAPH_DATA or ./data)")
  .option("--store <kind>", "kuzu or neo4j (default: neo4j when NEO4J_URI is set)")
  .parse();

const opts = program.opts<{ data?: string; store?: "kuzu" | "neo4j" }>();
try {
  const config = storeConfigFromEnv(process.env, { dataDir: opts.data, kind: opts.store, readOnly: true });
  const store = await openStore(config);
  const server = await startServer(store, { ...serverSettingsFromEnv(), dataDir: config.dataDir });
  console.log(`papergraph explorer: ${server.url}`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`serve: ${(error as Error).message}`);
  process.exit(1);
}
