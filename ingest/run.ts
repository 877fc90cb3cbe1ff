// One ingest run as the command line does it: stream the sources into merged papers, extract, write the store,
// with progress bars (and an ETA) on the terminal and a one-line summary at the end. No server here: `npm start`
// (start.ts) runs this and then serves.

import cliProgress from "cli-progress";
import { existsSync } from "node:fs";
import { correctionsPath, readCorrections } from "../store/corrections.js";
import { kuzuPath, openStore, type GraphStore, type StoreConfig } from "../store/index.js";
import { scratchRoot } from "../store/scratch.js";
import { resolveSettings } from "../settings/index.js";
import { KuzuStore } from "../store/kuzu/index.js";
import { hasServeIndex, invalidateServeIndex, restoreServeIndex, writeServeIndex } from "../serve-index/index.js";
import { updateServeIndex } from "../serve-index/update.js";
import { DEFAULT_MIN_PAPERS, ExtractPool, extractCorpusPooled, poolThreads } from "./extract-pool.js";
import { withBoundedHeapGrowth } from "./heap-growth.js";
import { extractStreamed } from "./extract-stream.js";
import { PaperMerger } from "./merge.js";
import { ingestPapers, prunablePapers, type IngestSummary, type Stage } from "./pipeline.js";
import { streamSources } from "./sources/index.js";
import { formatProblem } from "./sources/types.js";

export interface RunOptions {
  prune?: boolean;
  dryRun?: boolean;
  strict?: boolean;
  batchSize: number;
  bulkFrom: number;
  progress: boolean;
  /** Input problems printed one by one before the rest are only counted (a real corpus may have thousands). */
  maxProblemsShown?: number;
  /** Where the read and summary lines go (the bench sends them to stderr); default console.log. */
  log?: (line: string) => void;
}

export interface RunResult {
  summary: IngestSummary;
  problems: number;
  /** Reading and merging the sources, before extraction starts. */
  readSeconds: number;
  /** Writing the serve index beside the store (0 when the store did not change or is not Kùzu). */
  indexSeconds: number;
  /** What became of the serve index: kept (nothing changed), updated with the run's papers, or rewritten whole. */
  index: "kept" | "updated" | "rewritten" | "none";
}

const STAGE_NAMES: Record<Stage, string> = {
  read: "reading",
  extract: "extracting",
  write: "writing",
  layout: "laying out",
};

/** `done/total` as the bar shows it: megabytes while reading files, counts otherwise. */
function amount(stage: Stage, done: number, total: number): string {
  if (stage !== "read") return `${done}/${total}`;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return `${mb(done)}/${mb(total)} MB`;
}

/** Progress bars, one per stage, each with its own ETA; nothing when `enabled` is false. */
function progressBars(enabled: boolean) {
  const bars = new cliProgress.MultiBar(
    {
      format: " {stage} [{bar}] {percentage}% {amount} | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: false,
      // Into a log (not a terminal): a line per bar every 10 s rather than nothing.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
      etaBuffer: 50,
      // cli-progress's ETA is "NULL" for a bar done with no progress seen (nothing left, 0/0) and "INF" for one
      // with no progress yet, which its formatter cuts to "LLs" and "NFs".
      formatTime: (eta, options, round) =>
        typeof eta === "number" ? cliProgress.Format.TimeFormat(eta, options, round) : eta === "NULL" ? "0s" : "?",
    },
    cliProgress.Presets.shades_classic,
  );
  const active = new Map<Stage, cliProgress.SingleBar>();
  return {
    update(stage: Stage, done: number, total: number) {
      // A stage with nothing to do (a run whose papers are all unchanged writes none) gets no bar.
      if (!enabled || (total === 0 && !active.has(stage))) return;
      const payload = { stage: STAGE_NAMES[stage].padEnd(10), amount: amount(stage, done, total) };
      let bar = active.get(stage);
      if (!bar) active.set(stage, (bar = bars.create(total, done, payload)));
      bar.setTotal(total);
      bar.update(done, payload);
    },
    stop() {
      if (active.size) bars.stop();
    },
  };
}

/** `--prune` with input that could not all be read: it would delete papers only because their source failed. */
export class PruneRefusedError extends Error {
  override readonly name = "PruneRefusedError";
  constructor(
    readonly reasons: string[],
    readonly prunable: number,
  ) {
    super(
      `--prune refused: ${reasons.join("; ")}. It would have removed ${prunable} stored papers the sources do ` +
        `not name; nothing was written. Fix the input, or run without --prune.`,
    );
  }
}

/**
 * The store to ingest into. A dry run writes nothing at all: an existing Kùzu store is opened read-only and a
 * missing one is stood in for by an empty in-memory database (nothing is created on disk).
 */
async function openIngestStore(config: StoreConfig, dryRun: boolean): Promise<GraphStore> {
  if (!dryRun || config.kind !== "kuzu") return openStore(config);
  if (existsSync(kuzuPath(config.dataDir))) return openStore({ ...config, readOnly: true });
  const empty = new KuzuStore({ path: ":memory:" });
  await empty.init();
  return empty;
}

/**
 * Brings the serve index in step with the store after a run: kept when the run changed nothing, updated with the
 * run's papers when it only added some to an index valid before it, rewritten from the store otherwise. A rewrite
 * reads the store back through a read-only store with the read pool, opened once the ingest's store is closed: the
 * reads then stay within that pool instead of growing the ingest's (up to 8 GB, settings/).
 */
async function keepServeIndex(
  config: StoreConfig,
  hadIndex: boolean,
  s: IngestSummary,
  closeIngestStore: () => Promise<void>,
): Promise<RunResult["index"]> {
  const { dataDir } = config;
  if (hadIndex && !s.added && !s.updated && !s.pruned) {
    restoreServeIndex(dataDir);
    return "kept";
  }
  // The store's close (its checkpoint, on its own threads) runs while the update works from what the run wrote.
  const closed = closeIngestStore();
  closed.catch(() => undefined); // awaited below; an update that fails first must not leave it unhandled
  if (hadIndex && s.increment && (await updateServeIndex(dataDir, s.increment)) === undefined) {
    await closed;
    return "updated";
  }
  await closed;
  const reader = await openStore({ ...config, readOnly: true, bufferPoolMb: resolveSettings().store.readBufferPoolMb });
  let closing: Promise<void> | undefined;
  const closeReader = () => (closing ??= reader.close());
  try {
    // Closed as soon as the build has read what it needs (its memory back before the search index is built).
    await writeServeIndex(dataDir, reader, { storeDone: closeReader });
  } finally {
    await closeReader();
  }
  return "rewritten";
}

/**
 * Reads `specs`, ingests them into the store `config` names, prints problems and the summary. Throws when
 * `strict` and the input has problems (nothing is then written).
 */
export function runIngest(specs: string[], config: StoreConfig, opts: RunOptions): Promise<RunResult> {
  return withBoundedHeapGrowth(() => ingestSources(specs, config, opts));
}

async function ingestSources(specs: string[], config: StoreConfig, opts: RunOptions): Promise<RunResult> {
  // The extraction's workers, started as soon as the read has seen papers enough to want them: they load the
  // extractor (about a CPU-second) on another core while this thread goes on reading.
  let pool: ExtractPool | undefined;
  try {
    return await readAndIngest(specs, config, opts, (records) => {
      if (!pool && records >= DEFAULT_MIN_PAPERS && poolThreads(records, {}) > 1) {
        pool = new ExtractPool(poolThreads(records, {}) - 1);
      }
      return pool;
    });
  } finally {
    pool?.close();
  }
}

async function readAndIngest(
  specs: string[],
  config: StoreConfig,
  opts: RunOptions,
  poolFor: (records: number) => ExtractPool | undefined,
): Promise<RunResult> {
  const started = performance.now();
  const log = opts.log ?? console.log;
  const bars = progressBars(opts.progress);
  const merger = new PaperMerger();
  const maxShown = opts.maxProblemsShown ?? 100;
  let problems = 0;
  /** Why pruning would be unsafe: a source that gave nothing or skipped records would have its papers deleted. */
  const pruneBlockers: string[] = [];
  const onSpecRead = (spec: string, counts: { records: number; problems: number }) => {
    if (counts.records === 0) pruneBlockers.push(`${spec} gave no papers`);
    else if (counts.problems) pruneBlockers.push(`${spec} had ${counts.problems} input problems`);
  };
  try {
    const onProgress = (done: number, total: number) => bars.update("read", done, total);
    for await (const item of streamSources(specs, { onProgress, onSpecRead })) {
      if (item.record) {
        merger.add(item.record);
        poolFor(merger.records);
      } else if (++problems <= maxShown) console.warn(`input: ${formatProblem(item.problem)}`);
    }
  } catch (error) {
    bars.stop();
    throw error;
  }
  if (problems > maxShown) console.warn(`input: … and ${problems - maxShown} more problems`);
  const readSeconds = (performance.now() - started) / 1000;
  // Held here only until written: dropped before the serve index is built.
  let papers = merger.drain();
  const paperCount = papers.length;
  if (opts.progress) bars.stop();
  log(
    `read ${merger.records} records from ${specs.join(", ")} in ${readSeconds.toFixed(1)} s: ${paperCount} papers ` +
      `(${merger.records - paperCount} merged as duplicates), ${problems} input problems`,
  );
  if (opts.strict && problems) throw new Error(`${problems} input problems (listed above); --strict: nothing written`);

  // Corrections users reported from the explorer (`npm run corrections` lists them).
  const corrections = readCorrections(correctionsPath(config.dataDir));
  const store = await openIngestStore(config, opts.dryRun ?? false);
  // Closed once: while the serve index is updated or before it is rewritten (keepServeIndex), else at the end.
  let closing: Promise<void> | undefined;
  const closeStore = () => (closing ??= store.close());
  // The serve index (serve-index/) describes the store: stale from the first write until rewritten below.
  const keepsIndex = config.kind === "kuzu" && !opts.dryRun;
  const hadIndex = keepsIndex && hasServeIndex(config.dataDir);
  if (keepsIndex) invalidateServeIndex(config.dataDir);
  // Spill files beside a Kùzu store this run holds the write lock of, where the next run finds what a kill left.
  const spillRoot = keepsIndex ? scratchRoot(kuzuPath(config.dataDir)) : undefined;
  const stageBars = progressBars(opts.progress);
  try {
    if (opts.prune && pruneBlockers.length) {
      const { prunable } = await prunablePapers(store, papers);
      throw new PruneRefusedError(pruneBlockers, prunable);
    }
    const pool = poolFor(merger.records);
    const summary = await ingestPapers(papers, merger.records, store, {
      // A worker beside this thread from 4,000 papers (see extract-pool.ts); the bench runs this same extractor.
      extract: (batch, onProgress) => extractCorpusPooled(batch, { onProgress, pool }),
      // A first ingest into an empty store streams: chunks spilled to disk, only the corpus pass's tallies held.
      streamExtract: (batch, onProgress) => extractStreamed(batch, { onProgress, tmp: spillRoot, pool }),
      // The pool's last use: a worker left open, even idle, slowed the store's write that follows by about a second.
      statedResults: pool && ((batch, mentions) => pool.statedResults(batch, mentions).finally(() => pool.close())),
      batchSize: opts.batchSize,
      bulkFrom: opts.bulkFrom,
      prune: opts.prune,
      dryRun: opts.dryRun,
      corrections,
      onProgress: stageBars.update,
    });
    stageBars.stop();
    pool?.close(); // its heap is not wanted beside the serve index's work
    papers = [];
    const s = summary;
    const indexStarted = performance.now();
    let index: RunResult["index"] = "none";
    if (keepsIndex) index = await keepServeIndex(config, hadIndex, s, closeStore);
    const indexSeconds = Math.round((performance.now() - indexStarted) / 10) / 100;
    log(
      `${opts.dryRun ? "would ingest" : "ingested"} ${s.papers} papers (${s.merged} merged as duplicates; ` +
        `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${opts.prune ? `, ${s.pruned} pruned` : ""}); ` +
        `${s.entities} entities, ${s.relations} links; ${problems} input problems; ` +
        (corrections.length ? `${s.correctionsApplied} of ${corrections.length} corrections applied; ` : "") +
        `${((performance.now() - started) / 1000).toFixed(1)} s (read ${readSeconds.toFixed(1)} s, ` +
        `extract ${s.seconds.extract} s, write ${s.seconds.write} s, layout ${s.seconds.layout} s` +
        (keepsIndex ? `, serve index ${index} in ${indexSeconds} s)` : ")"),
    );
    await closeStore();
    return { summary, problems, readSeconds, indexSeconds, index };
  } catch (error) {
    stageBars.stop();
    await closeStore().catch(() => undefined);
    throw error;
  }
}
