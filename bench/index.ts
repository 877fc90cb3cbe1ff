// `npm run bench -- --papers 10000,100000 --only ingest,api,browser,extract --duration 30`,
// `npm run bench -- --corpus ../shared/corpus/mlanthology.jsonl.gz` and
// `npm run bench -- --store kuzu,neo4j --papers 10000,100000`: generates synthetic corpora (or reads the given
// files), ingests each into a fresh store of each kind (Kùzu: a new directory; Neo4j: a new server started by
// tools/neo4j, its JVM's memory read from /proc), measures the store on disk, loads the API, drives Chromium, then
// adds 10,000 new papers to the store; prints one table. Figures are printed, never asserted.

import { Command } from "commander";
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { apiScenarios, BENCH_SERVER_ENV, loadTest, type ApiFigures } from "./api.js";
import { browserBench } from "./browser.js";
import { INGEST_NODE_FLAGS, runChild, stopChild } from "./children.js";
import { benchCanonical } from "./canonical.js";
import { benchExtraction, benchLongRecords } from "./extract.js";
import { printTable, type SizeFigures } from "./report.js";
import { generateCorpus } from "./synthetic/generate.js";
import { writeSyntheticCorpus } from "./synthetic/write.js";
import { foldTitle } from "../domain/identity.js";
import { streamSources } from "../ingest/sources/index.js";
import { pickTargets } from "./targets.js";
import { processMemoryMb, treePeakRssMb, treeRssPartsMb } from "./process-memory.js";
import { encodeStore, type BenchStore } from "./store-spec.js";
import { startNeo4j, type Neo4jServer } from "../tools/neo4j/launch.js";
import type { StoreKind } from "../store/types.js";

const ROOT = join(import.meta.dirname, "..");
const PARTS = ["ingest", "api", "browser", "incremental", "extract", "canonical"] as const;
type Part = (typeof PARTS)[number];

const program = new Command()
  .name("papergraph bench")
  .description("Ingest, API and browser benchmarks on synthetic corpora (figures are printed, never asserted)")
  .option("--papers <list>", "synthetic corpus sizes, comma-separated (default 10000,100000 unless --corpus)")
  .option("--corpus <files>", "real corpus files (JSONL/CSV, gzipped or not), comma-separated")
  .option("--store <kinds>", "stores to measure, comma-separated: kuzu,neo4j", "kuzu")
  .option("--neo4j-heap <size>", "heap of the Neo4j server the bench starts", "2g")
  .option("--neo4j-pagecache <size>", "page cache of the Neo4j server the bench starts", "1g")
  .option("--only <parts>", `what to run: ${PARTS.join(",")}`, PARTS.join(","))
  .option("--duration <s>", "seconds of load per API endpoint", "30")
  .option("--connections <n>", "concurrent API clients", "50")
  .option("--seed <n>", "corpus seed", "1")
  .option("--work <dir>", "corpora, stores and the built web app", "/tmp/papergraph-bench")
  .option("--json <file>", "also write every figure as JSON here")
  .parse();

interface Options {
  papers?: string;
  corpus?: string;
  store: string;
  neo4jHeap: string;
  neo4jPagecache: string;
  only: string;
  duration: string;
  connections: string;
  seed: string;
  work: string;
  json?: string;
}

interface IngestReport {
  summary: { papers: number; added: number; entities: number; relations: number; seconds: Record<string, number> };
  readSeconds: number;
  /** Keeping the serve index in step with the store, and how (ingest/run.ts). */
  indexSeconds?: number;
  index?: string;
  seconds: number;
  peakRssMb: number;
}
interface ServerReport {
  url: string;
  startSeconds: number;
  rssMb: number;
  searchSeconds: number;
  loadedRssMb: number;
}

/** A store of one kind for one corpus, ready to ingest into, and what it costs beside our own processes. */
interface OpenedStore {
  spec: BenchStore;
  /** Where its files are, for the size on disk. */
  dir: string;
  /** The Neo4j server's JVM (its memory is reported beside ours). */
  neo4j?: Neo4jServer;
  close(): Promise<void>;
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function buildWeb(outDir: string): void {
  // A private build: the shared dist/web may be mid-rebuild by someone else's test run.
  execFileSync(
    join(ROOT, "node_modules", ".bin", "vite"),
    ["build", "--config", "web/vite.config.ts", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"],
    { cwd: ROOT, stdio: "inherit" },
  );
}

/** Bytes of every file under `dir`. */
function diskBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  const info = statSync(dir);
  if (!info.isDirectory()) return info.size;
  return readdirSync(dir).reduce((sum, entry) => sum + diskBytes(join(dir, entry)), 0);
}

/** One column of the table: a synthetic corpus of `papers` papers, or a corpus file. */
interface Corpus {
  label: string;
  /** The file to ingest; generated first when `generate` is set. */
  file: string;
  /** Where this corpus's stores go (a Kùzu directory, a Neo4j server's files), one per store kind. */
  dataDir: string;
  generate?: { papers: number; seed: number };
}

/**
 * A fresh store for `corpus`: Kùzu in a new directory, or a new Neo4j server on new files (a first bulk load into
 * an empty Neo4j, as a new user's first `npm start` against a new server). `keep`: reuse what is there.
 */
async function openBenchStore(kind: StoreKind, corpus: Corpus, opts: Options, keep: boolean): Promise<OpenedStore> {
  const dir = `${corpus.dataDir}-${kind}`;
  if (!keep) rmSync(dir, { recursive: true, force: true });
  if (kind === "kuzu") return { spec: { kind, dataDir: dir }, dir, close: async () => undefined };
  mkdirSync(dir, { recursive: true });
  const server = await startNeo4j({
    dataDir: join(dir, "neo4j"),
    password: "papergraph-bench",
    heap: opts.neo4jHeap,
    pagecache: opts.neo4jPagecache,
  });
  return {
    spec: { kind, target: { uri: server.uri, user: server.user, password: server.password } },
    dir,
    neo4j: server,
    close: () => server.stop(),
  };
}

function syntheticCorpus(papers: number, opts: Options): Corpus {
  const work = resolve(opts.work);
  const seed = Number(opts.seed);
  return {
    label: `${papers.toLocaleString("en-US")} synthetic`,
    file: join(work, `corpus-${papers}-seed${seed}.jsonl`),
    dataDir: join(work, `store-${papers}-seed${seed}`),
    generate: { papers, seed },
  };
}

function fileCorpus(file: string, opts: Options): Corpus {
  const name = basename(file).replace(/\.(jsonl|ndjson|csv)(\.gz)?$/i, "");
  return { label: basename(file), file: resolve(file), dataDir: join(resolve(opts.work), `store-${name}`) };
}

/**
 * 10,000 synthetic papers no corpus holds, for the incremental figure: their own seed and a later year (synthetic
 * arXiv ids number papers within a month), and none with a title the corpus has (the same title is the same
 * paper under a new id, a rename, which is not what "new papers" measures).
 */
async function incrementalCorpus(opts: Options, base: string): Promise<string> {
  const name = basename(base).replace(/\.(jsonl|ndjson|csv)(\.gz)?$/i, "");
  const file = join(resolve(opts.work), `corpus-increment-10000-for-${name}.jsonl`);
  if (existsSync(file)) return file;
  const titles = new Set<string>();
  for await (const item of streamSources([base])) if (item.record) titles.add(foldTitle(item.record.title));
  const out = createWriteStream(file, "utf8");
  let written = 0;
  // Synthetic titles repeat often (half of them at 100k papers): draw until 10,000 are new.
  for (const { paper } of generateCorpus({ papers: 100_000, seed: 7919, years: [2026, 2026] })) {
    if (written === 10_000) break;
    if (titles.has(foldTitle(paper.title))) continue;
    if (!out.write(JSON.stringify(paper) + "\n")) await once(out, "drain");
    written++;
  }
  out.end();
  await once(out, "finish");
  return file;
}

/** The load average next to each figure: the machine is shared, so figures are measured under contention. */
const loadAverage = () => {
  try {
    return execFileSync("uptime", { encoding: "utf8" })
      .trim()
      .replace(/^.*load average:\s*/, "");
  } catch {
    return "?";
  }
};

async function benchSize(
  corpus: Corpus,
  kind: StoreKind,
  parts: Set<Part>,
  opts: Options,
  webDir: string,
): Promise<SizeFigures> {
  const { file } = corpus;
  const figures: SizeFigures = { papers: corpus.generate?.papers ?? 0, label: `${corpus.label}, ${kind}`, load: {} };
  if (corpus.generate && !existsSync(file)) {
    log(`generating ${corpus.generate.papers} papers → ${file}`);
    await writeSyntheticCorpus(file, corpus.generate);
  }
  const ingest = parts.has("ingest") || !existsSync(`${corpus.dataDir}-${kind}`);
  const store = await openBenchStore(kind, corpus, opts, !ingest);
  try {
    await measureStore(figures, corpus, store, ingest, parts, opts, webDir);
  } finally {
    await store.close();
  }
  return figures;
}

async function measureStore(
  figures: SizeFigures,
  corpus: Corpus,
  store: OpenedStore,
  ingest: boolean,
  parts: Set<Part>,
  opts: Options,
  webDir: string,
): Promise<void> {
  const { file } = corpus;
  const jvm = () => (store.neo4j ? processMemoryMb(store.neo4j.pid) : undefined);
  if (ingest) {
    log(`ingesting ${corpus.label} into a fresh ${store.spec.kind} store (load ${loadAverage()})`);
    figures.load!.ingest = loadAverage();
    const report = await runChild<IngestReport>(
      "ingest-child.ts",
      [file, encodeStore(store.spec)],
      {},
      INGEST_NODE_FLAGS,
    ).report;
    const s = report.summary;
    const papers = s.papers;
    figures.papers = papers;
    figures.storeBytes = diskBytes(store.dir);
    figures.neo4jPeakRssMb = jvm()?.peakRssMb;
    figures.ingest = {
      seconds: report.seconds,
      papersPerSecond: papers / report.seconds,
      stages: { read: report.readSeconds, ...s.seconds },
      peakRssMb: report.peakRssMb,
      entities: s.entities,
      relations: s.relations,
    };
    log(
      `ingest: ${report.seconds.toFixed(1)} s, ${Math.round(papers / report.seconds)} papers/s, ` +
        `peak ${Math.round(report.peakRssMb)} MB, store ${Math.round(figures.storeBytes / 1e6)} MB` +
        (figures.neo4jPeakRssMb ? `, Neo4j JVM peak ${Math.round(figures.neo4jPeakRssMb)} MB` : "") +
        ` (load ${loadAverage()})`,
    );
  }
  if (parts.has("api") || parts.has("browser")) await benchServing(figures, store, parts, opts, webDir);
  if (parts.has("incremental")) {
    // Last: it changes the store the other parts measured.
    const increment = await incrementalCorpus(opts, file);
    log(`ingesting 10,000 new papers into the existing store`);
    figures.load!.incremental = loadAverage();
    const report = await runChild<IngestReport>(
      "ingest-child.ts",
      [increment, encodeStore(store.spec)],
      {},
      INGEST_NODE_FLAGS,
    ).report;
    const stages = { read: report.readSeconds, ...report.summary.seconds, "serve index": report.indexSeconds ?? 0 };
    figures.incremental = {
      papers: report.summary.papers,
      added: report.summary.added,
      seconds: report.seconds,
      stages,
      index: report.index,
      peakRssMb: report.peakRssMb,
    };
    log(
      `incremental: ${report.summary.added} added in ${report.seconds.toFixed(1)} s (` +
        Object.entries(stages)
          .map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)}`)
          .join(", ") +
        `; serve index ${report.index}), peak ${Math.round(report.peakRssMb)} MB (load ${loadAverage()})`,
    );
  }
  const final = jvm();
  if (final) figures.neo4jPeakRssMb = final.peakRssMb;
}

async function benchServing(
  figures: SizeFigures,
  store: OpenedStore,
  parts: Set<Part>,
  opts: Options,
  webDir: string,
): Promise<void> {
  const seed = Number(opts.seed);
  const targets = await pickTargets(store.spec, seed);
  const server = runChild<ServerReport>("server-child.ts", [encodeStore(store.spec), webDir], BENCH_SERVER_ENV);
  try {
    const { url, startSeconds, rssMb, searchSeconds, loadedRssMb } = await server.report;
    figures.server = { startSeconds, rssMb, searchSeconds, loadedRssMb };
    log(`server up at ${url} in ${startSeconds.toFixed(1)} s, first search answered at ${searchSeconds.toFixed(1)} s`);
    if (parts.has("api")) {
      figures.api = [];
      figures.load!.api = loadAverage();
      for (const scenario of apiScenarios(targets)) {
        log(`API ${scenario.name}: ${opts.connections} clients for ${opts.duration} s`);
        const result: ApiFigures = await loadTest(url, scenario, {
          connections: Number(opts.connections),
          duration: Number(opts.duration),
        });
        figures.api.push(result);
        log(
          `  p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.perSecond}/s, ` +
            `${result.errors} errors, non-200 ${(result.non200Share * 100).toFixed(2)} % ${JSON.stringify(result.statuses)}`,
        );
      }
    }
    if (parts.has("browser")) {
      const hub = targets.hubs.find((id) => id.startsWith("dataset:")) ?? targets.hubs[0]!;
      const views = [
        { name: "overview", path: "/" },
        { name: `neighbourhood of ${hub}`, path: `/neighbourhood/${hub}` },
        { name: "neighbourhood, 4 pages open", path: `/neighbourhood/${hub}?exp=${hub}~paper.USES*4` },
      ];
      log(`Chromium: ${views.map((v) => v.name).join(", ")}`);
      figures.browser = await browserBench(url, views);
      for (const b of figures.browser) log(`  ${b.view}: first graph ${b.firstGraphMs} ms, pan p95 ${b.frameP95} ms`);
    }
    if (server.process.pid && figures.server) {
      figures.server.peakRssMb = treePeakRssMb(server.process.pid);
      figures.server.afterLoad = treeRssPartsMb(server.process.pid);
    }
  } finally {
    await stopChild(server.process);
  }
}

async function main(): Promise<void> {
  const opts = program.opts<Options>();
  const parts = new Set(opts.only.split(",").map((p) => p.trim()) as Part[]);
  for (const p of parts)
    if (!PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (use ${PARTS.join(",")})`);
  const sizeList = opts.papers ?? (opts.corpus ? "" : "10000,100000");
  const sizes = sizeList ? sizeList.split(",").map((s) => Number(s.trim())) : [];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--papers: not a list of sizes: ${opts.papers}`);
  const kinds = opts.store.split(",").map((k) => k.trim());
  for (const k of kinds)
    if (k !== "kuzu" && k !== "neo4j") throw new Error(`--store: unknown store "${k}" (kuzu,neo4j)`);
  const files = opts.corpus ? opts.corpus.split(",").map((f) => f.trim()) : [];
  for (const f of files) if (!existsSync(f)) throw new Error(`--corpus: no such file: ${f}`);
  mkdirSync(resolve(opts.work), { recursive: true });
  const corpora = [...sizes.map((n) => syntheticCorpus(n, opts)), ...files.map((f) => fileCorpus(f, opts))];

  if (parts.has("extract")) {
    await benchExtraction();
    benchLongRecords();
  }
  if (parts.has("canonical")) benchCanonical();
  // Extraction and the canonical layer read the seeds: with nothing else asked for, no corpus is ingested.
  if ([...parts].every((p) => p === "extract" || p === "canonical")) return;
  const webDir = join(resolve(opts.work), "web");
  if (parts.has("browser")) {
    log("building the web app");
    buildWeb(webDir);
  }
  const results: SizeFigures[] = [];
  for (const corpus of corpora) {
    for (const kind of kinds as StoreKind[]) results.push(await benchSize(corpus, kind, parts, opts, webDir));
    // Each column as it completes: a long run (1M papers) interrupted later still leaves its figures.
    if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  }
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  console.log();
  printTable(results, Number(opts.connections), Number(opts.duration));
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
