// `npm run ingest -- SOURCE…`: read sources (files, gzipped or not, directories, globs, URIs), extract, write the
// store. Serving is not this module's job: `npm start` (start.ts) runs the same ingest and then serves.

import { Command } from "commander";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { storeConfigFromEnv, type StoreConfig } from "../store/index.js";
import { resolveSettings } from "../settings/index.js";
import { runIngest, type RunResult } from "./run.js";
import { DEFAULT_BATCH_SIZE } from "./pipeline.js";
import { setRecordLimits } from "./sources/fields.js";
import { SPEC_FORMS } from "./sources/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The seed corpus beside the repo when it is there, else the small sample corpus we ship. */
export function defaultSources(): string[] {
  const seeds = resolve(ROOT, "..", "shared", "seeds");
  return [existsSync(seeds) ? seeds : join(ROOT, "samples")];
}

interface Options {
  data?: string;
  store?: "kuzu" | "neo4j";
  prune?: boolean;
  dryRun?: boolean;
  strict?: boolean;
  batchSize: string;
  bulkFrom: string;
  progress: boolean;
}

/** The ingest command's options and arguments; `npm start` adds its own to the same command. */
export function ingestCommand(name: string): Command {
  return new Command()
    .name(name)
    .description(
      "Read papers from listing pages, JSONL/CSV files (gzipped or not), arXiv or Hugging Face, extract entities, " +
        "store the graph",
    )
    .argument("[sources...]", SPEC_FORMS + " (default: the seed corpus)")
    .option("--data <dir>", "data directory of the embedded store (default $PAPERGRAPH_DATA or ./data)")
    .option("--store <kind>", "kuzu or neo4j (default: neo4j when NEO4J_URI is set)")
    .option("--prune", "remove stored papers the sources no longer contain")
    .option("--dry-run", "read and extract, report what would change, write nothing")
    .option("--strict", "write nothing when any input record is bad (default: skip it, report it, exit 2)")
    .option("--batch-size <n>", "papers per atomic write", String(DEFAULT_BATCH_SIZE))
    .option(
      "--bulk-from <n>",
      "into an empty store, load at least this many papers as one all-or-nothing bulk load (COPY)",
      "10000",
    )
    .option("--no-progress", "no progress bars");
}

/** Runs the ingest a parsed command describes; returns the store it wrote and what happened. */
export async function ingestFromCommand(program: Command): Promise<RunResult & { config: StoreConfig }> {
  const opts = program.opts<Options>();
  const specs = program.args.length ? program.args : defaultSources();
  const settings = resolveSettings().ingest;
  const config = storeConfigFromEnv(process.env, { dataDir: opts.data, kind: opts.store });
  setRecordLimits(settings);
  // The bounded buffer pool is the ingest's own: the config handed back (npm start serves with it) keeps Kùzu's.
  const result = await runIngest(
    specs,
    { ...config, bufferPoolMb: settings.bufferPoolMb },
    {
      prune: opts.prune,
      dryRun: opts.dryRun,
      strict: opts.strict,
      batchSize: Number(opts.batchSize),
      bulkFrom: Number(opts.bulkFrom),
      progress: opts.progress,
    },
  );
  return { ...result, config };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  ingestFromCommand(ingestCommand("papergraph ingest").parse())
    .then(({ problems }) => {
      // Bad input does not stop the run, but a script must be able to tell: exit 2 once the work is done.
      if (problems) process.exitCode = 2;
    })
    .catch((error: Error) => {
      console.error(`ingest: ${error.message}`);
      process.exit(1);
    });
}
