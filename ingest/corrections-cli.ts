// `npm run corrections`: lists the corrections users reported, which the next ingest honours.

import { Command } from "commander";
import { storeConfigFromEnv } from "../store/index.js";
import { correctionsPath, readCorrections } from "../store/corrections.js";

const program = new Command()
  .name("papergraph corrections")
  .description("List the corrections users reported from the explorer (the next ingest honours them)")
  .option("--data <dir>", "data directory (default $PAPERGRAPH_DATA or ./data)")
  .option("--json", "print the file's entries as JSON")
  .parse();

const opts = program.opts<{ data?: string; json?: boolean }>();
try {
  const path = correctionsPath(storeConfigFromEnv(process.env, { dataDir: opts.data }).dataDir);
  const all = readCorrections(path);
  if (opts.json) console.log(JSON.stringify(all, null, 2));
  else {
    console.log(`${all.length} correction${all.length === 1 ? "" : "s"} in ${path}`);
    for (const c of all) {
      const where = c.paper ? ` in ${c.paper}` : " everywhere";
      console.log(`${c.at}  ${c.issue.padEnd(13)} ${c.entity}${where}${c.note ? `: ${c.note}` : ""}`);
    }
  }
} catch (error) {
  console.error(`corrections: ${(error as Error).message}`);
  process.exit(1);
}
