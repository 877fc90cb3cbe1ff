// `npm run ingest -- SOURCE…` (and `npm start`, which adds --serve): read sources, extract, write the store.

import cliProgress from "cli-progress";
import { Command } from "commander";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serverSettingsFromEnv, startServer } from "../server/start.js";
import { correctionsPath, readCorrections } from "../store/corrections.js";
import { openStore, storeConfigFromEnv } from "../store/index.js";
import { extractCorpusParallel } from "./extract/index.js";
import { ingestRecords, type Stage } from "./pipeline.js";
import { resolveSources } from "./sources/index.js";
import { formatProblem } from "./sources/types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The seed corpus beside the repo when it is there, else the small sample corpus we ship. */
export function defaultSources(): string[] {
  const seeds = resolve(ROOT, "..", "shared", "seeds");
  return [existsSync(seeds) ? seeds : join(ROOT, "samples")];
}

interface Options {
  serve?: boolean;
  data?: string;
  store?: "kuzu" | "neo4j";
  prune?: boolean;
  dryRun?: boolean;
  strict?: boolean;
  batchSize: string;
  bulkFrom: string;
  progress: boolean;
}

const program = new Command()
  .name("papergraph ingest")
  .description(
    "Read papers from listing pages, JSONL/CSV files, arXiv or Hugging Face, extract entities, store the graph",
  )
  .argument("[sources...]", "paths, globs, arxiv:QUERY, hf:daily:DATE or hf:paper:ID (default: the seed corpus)")
  .option("--serve", "serve the explorer when ingest is done")
  .option("--data <dir>", "data directory of the embedded store (default $PAPERGRAPH_DATA or ./data)")
  .option("--store <kind>", "kuzu or neo4j (default: neo4j when NEO4J_URI is set)")
  .option("--prune", "remove stored papers the sources no longer contain")
  .option("--dry-run", "read and extract, report what would change, write nothing")
  .option("--strict", "write nothing when any input record is bad (default: skip it, report it, exit 2)")
  .option("--batch-size <n>", "papers per atomic write", "2000")
  .option("--bulk-from <n>", "into an empty store, load at least this many papers in one transaction (COPY)", "10000")
  .option("--no-progress", "no progress bars")
  .parse();

const STAGE_NAMES: Record<Stage, string> = { extract: "extracting", write: "writing", layout: "laying out" };

async function main(): Promise<void> {
  const opts = program.opts<Options>();
  const specs = program.args.length ? program.args : defaultSources();
  const started = performance.now();

  const { records, problems } = await resolveSources(specs);
  for (const p of problems) console.warn(`input: ${formatProblem(p)}`);
  console.log(`read ${records.length} records from ${specs.join(", ")}`);
  if (opts.strict && problems.length) {
    throw new Error(`${problems.length} input problems (listed above); --strict: nothing written`);
  }

  const config = storeConfigFromEnv(process.env, { dataDir: opts.data, kind: opts.store });
  const corrections = readCorrections(correctionsPath(config.dataDir));
  const store = await openStore(config);
  const bars = new cliProgress.MultiBar(
    { format: " {stage} [{bar}] {value}/{total}", hideCursor: true, clearOnComplete: false, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const active = new Map<Stage, cliProgress.SingleBar>();
  try {
    const summary = await ingestRecords(records, store, {
      // Workers only from 50k papers (see parallel.ts); the bench runs this same extractor.
      extract: (papers) => extractCorpusParallel(papers),
      batchSize: Number(opts.batchSize),
      bulkFrom: Number(opts.bulkFrom),
      prune: opts.prune,
      dryRun: opts.dryRun,
      corrections,
      onProgress: opts.progress
        ? (stage, done, total) => {
            const payload = { stage: STAGE_NAMES[stage].padEnd(10) };
            let bar = active.get(stage);
            if (!bar) active.set(stage, (bar = bars.create(total, done, payload)));
            bar.setTotal(total);
            bar.update(done, payload);
          }
        : undefined,
    });
    if (active.size) bars.stop();
    const s = summary;
    console.log(
      `read ${s.records} records: ${s.papers} papers, ${s.merged} merged into a paper another record gave` +
        (corrections.length ? `; ${s.correctionsApplied} of ${corrections.length} corrections applied` : ""),
    );
    console.log(
      `${opts.dryRun ? "would ingest" : "ingested"} ${s.papers} papers (${s.added} added, ${s.updated} updated, ` +
        `${s.unchanged} unchanged${opts.prune ? `, ${s.pruned} pruned` : ""}); ${s.entities} entities, ` +
        `${s.relations} links; ${problems.length} input problems; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s (extract ${s.seconds.extract} s, ` +
        `write ${s.seconds.write} s, layout ${s.seconds.layout} s)`,
    );
    await store.close();
    // Bad input does not stop the run, but a script must be able to tell: exit 2 once the work is done.
    if (problems.length && !opts.serve) process.exitCode = 2;
    if (opts.serve) {
      // Serve read-only: Kùzu then lets other read-only processes (the Cypher console's sandbox) open it too.
      const readStore = await openStore({ ...config, readOnly: true });
      const server = await startServer(readStore, { ...serverSettingsFromEnv(), dataDir: config.dataDir });
      console.log(`papergraph explorer: ${server.url}`);
    }
  } catch (error) {
    if (active.size) bars.stop();
    await store.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: Error) => {
  console.error(`ingest: ${error.message}`);
  process.exit(1);
});
