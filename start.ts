// `npm start`: ingest (the seed corpus by default, or the sources given), then serve the explorer over the store,
// read-only. The one entry that joins ingest/ and server/, so neither imports the other.

import { ingestCommand, ingestFromCommand } from "./ingest/cli.js";
import { serverSettingsFromEnv, startServer } from "./server/start.js";
import { openStore } from "./store/index.js";

try {
  const { config } = await ingestFromCommand(ingestCommand("papergraph start").parse());
  // Read-only: Kùzu then lets other read-only processes (the Cypher console's sandbox) open the store too.
  const store = await openStore({ ...config, readOnly: true });
  const server = await startServer(store, { ...serverSettingsFromEnv(), dataDir: config.dataDir });
  console.log(`papergraph explorer: ${server.url}`);
} catch (error) {
  console.error(`start: ${(error as Error).message}`);
  process.exit(1);
}
