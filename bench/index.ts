// `npm run bench -- --papers 10000,100000 --only ingest,api,browser,extract --duration 30`: generates synthetic
// corpora, ingests each into a fresh embedded store, loads the API and drives Chromium, then prints one table.
// Figures are printed, never asserted.

import { Command } from "commander";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { apiScenarios, loadTest, type ApiFigures } from "./api.js";
import { browserBench } from "./browser.js";
import { runChild, stopChild } from "./children.js";
import { benchCanonical } from "./canonical.js";
import { benchExtraction } from "./extract.js";
import { printTable, type SizeFigures } from "./report.js";
import { writeSyntheticCorpus } from "./synthetic/write.js";
import { pickTargets } from "./targets.js";

const ROOT = join(import.meta.dirname, "..");
const PARTS = ["ingest", "api", "browser", "extract", "canonical"] as const;
type Part = (typeof PARTS)[number];

const program = new Command()
  .name("papergraph bench")
  .description("Ingest, API and browser benchmarks on synthetic corpora (figures are printed, never asserted)")
  .option("--papers <list>", "corpus sizes, comma-separated", "10000,100000")
  .option("--only <parts>", `what to run: ${PARTS.join(",")}`, PARTS.join(","))
  .option("--duration <s>", "seconds of load per API endpoint", "30")
  .option("--connections <n>", "concurrent API clients", "50")
  .option("--seed <n>", "corpus seed", "1")
  .option("--work <dir>", "corpora, stores and the built web app", "/tmp/papergraph-bench")
  .option("--json <file>", "also write every figure as JSON here")
  .parse();

interface Options {
  papers: string;
  only: string;
  duration: string;
  connections: string;
  seed: string;
  work: string;
  json?: string;
}

interface IngestReport {
  summary: { papers: number; entities: number; relations: number; seconds: Record<string, number> };
  readSeconds: number;
  seconds: number;
  peakRssMb: number;
}
interface ServerReport {
  url: string;
  startSeconds: number;
  rssMb: number;
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

async function benchSize(papers: number, parts: Set<Part>, opts: Options, webDir: string): Promise<SizeFigures> {
  const work = resolve(opts.work);
  const seed = Number(opts.seed);
  const corpus = join(work, `corpus-${papers}-seed${seed}.jsonl`);
  const dataDir = join(work, `store-${papers}-seed${seed}`);
  const figures: SizeFigures = { papers };
  if (!existsSync(corpus)) {
    log(`generating ${papers} papers → ${corpus}`);
    await writeSyntheticCorpus(corpus, { papers, seed });
  }
  if (parts.has("ingest") || !existsSync(dataDir)) {
    rmSync(dataDir, { recursive: true, force: true });
    log(`ingesting ${papers} papers into a fresh store`);
    const report = await runChild<IngestReport>("ingest-child.ts", [corpus, dataDir]).report;
    const s = report.summary;
    figures.ingest = {
      seconds: report.seconds,
      papersPerSecond: papers / report.seconds,
      stages: { read: report.readSeconds, ...s.seconds },
      peakRssMb: report.peakRssMb,
      entities: s.entities,
      relations: s.relations,
    };
    log(`ingest: ${report.seconds.toFixed(1)} s, ${Math.round(papers / report.seconds)} papers/s`);
  }
  if (!parts.has("api") && !parts.has("browser")) return figures;

  const targets = await pickTargets(dataDir, seed);
  const server = runChild<ServerReport>("server-child.ts", [dataDir, webDir]);
  try {
    const { url, startSeconds, rssMb } = await server.report;
    figures.server = { startSeconds, rssMb };
    log(`server up at ${url} in ${startSeconds.toFixed(1)} s`);
    if (parts.has("api")) {
      figures.api = [];
      for (const scenario of apiScenarios(targets)) {
        log(`API ${scenario.name}: ${opts.connections} clients for ${opts.duration} s`);
        const result: ApiFigures = await loadTest(url, scenario, {
          connections: Number(opts.connections),
          duration: Number(opts.duration),
        });
        figures.api.push(result);
        log(
          `  p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.perSecond}/s, ${result.errors} errors`,
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
  } finally {
    await stopChild(server.process);
  }
  return figures;
}

async function main(): Promise<void> {
  const opts = program.opts<Options>();
  const parts = new Set(opts.only.split(",").map((p) => p.trim()) as Part[]);
  for (const p of parts)
    if (!PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (use ${PARTS.join(",")})`);
  const sizes = opts.papers.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--papers: not a list of sizes: ${opts.papers}`);
  mkdirSync(resolve(opts.work), { recursive: true });

  if (parts.has("extract")) await benchExtraction();
  if (parts.has("canonical")) benchCanonical();
  const webDir = join(resolve(opts.work), "web");
  if (parts.has("browser")) {
    log("building the web app");
    buildWeb(webDir);
  }
  const results: SizeFigures[] = [];
  for (const papers of sizes) results.push(await benchSize(papers, parts, opts, webDir));
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  console.log();
  printTable(results, Number(opts.connections), Number(opts.duration));
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
