// Extraction throughput on the seed corpus, one core: our extractor (pass 1 and the whole corpus pass) beside
// compromise's full parse of the same abstracts. Figures are printed, never asserted.

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import nlp from "compromise";
import { extractCorpus, extractPaper } from "../ingest/extract/index.js";
import { extractResults } from "../ingest/extract/results/index.js";
import { mergeRecords } from "../ingest/merge.js";
import { parseListingPage } from "../ingest/sources/listing-page.js";

const SEEDS = resolve(import.meta.dirname, "../../shared/seeds");
/** compromise is slow: it parses a sample this large and the rate is scaled, not the whole corpus. */
const COMPROMISE_SAMPLE = 200;

interface Rate {
  label: string;
  papers: number;
  words: number;
  /** Wall-clock milliseconds per round. */
  ms: number;
  /** CPU milliseconds per round: the fairer figure on a shared machine. */
  cpuMs: number;
}

export function seedPapers(): Array<{ id: string; title: string; abstract: string }> {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const records = files.flatMap((f) => parseListingPage(readFileSync(join(SEEDS, f), "utf8"), f).records);
  return mergeRecords(records).map((p) => ({ id: p.id, title: p.title, abstract: p.abstract }));
}

function time(label: string, papers: Array<{ title: string; abstract: string }>, run: () => void): Rate {
  const words = papers.reduce((n, p) => n + `${p.title} ${p.abstract}`.split(/\s+/).length, 0);
  run(); // warm-up: JIT, lexicon load, compromise's lexicon
  const rounds = 3;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) run();
  const used = process.cpuUsage(cpu);
  const ms = (performance.now() - start) / rounds;
  return { label, papers: papers.length, words, ms, cpuMs: (used.user + used.system) / 1000 / rounds };
}

function show(r: Rate): string {
  const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString("en-US");
  return (
    `${r.label.padEnd(34)} ${perSecond(r.papers, r.ms).padStart(7)} abstracts/s ${perSecond(r.words, r.ms).padStart(9)} words/s` +
    `  (per CPU-second: ${perSecond(r.papers, r.cpuMs)} abstracts, ${perSecond(r.words, r.cpuMs)} words; ` +
    `${r.papers} abstracts, ${r.ms.toFixed(0)} ms)`
  );
}

export async function benchExtraction(): Promise<void> {
  const papers = seedPapers();
  if (papers.length === 0) {
    console.log(`extraction bench: no seed papers under ${SEEDS}; skipped`);
    return;
  }
  const sample = papers.slice(0, COMPROMISE_SAMPLE);
  const rates = [
    time("extractPaper (pass 1, each paper)", papers, () => papers.forEach((p) => extractPaper(p))),
    time("extractCorpus (pass 1 + corpus)", papers, () => extractCorpus(papers)),
    time("compromise nlp(text).nouns()", sample, () =>
      sample.forEach((p) => nlp(`${p.title}\n${p.abstract}`).nouns().out("array")),
    ),
  ];
  console.log(`extraction throughput on the seed corpus (${papers.length} abstracts, one core):`);
  for (const r of rates) console.log(`  ${show(r)}`);
  // The target: at least 10× compromise's full parse, per CPU-second (fairer than wall clock on a shared machine).
  const perCpu = (r: Rate) => r.papers / r.cpuMs;
  const [pass1, corpus, compromise] = rates as [Rate, Rate, Rate];
  console.log(
    `  speed ratio vs compromise (abstracts per CPU-second): pass 1 ${(perCpu(pass1) / perCpu(compromise)).toFixed(1)}×, ` +
      `whole corpus ${(perCpu(corpus) / perCpu(compromise)).toFixed(1)}× (target ≥ 10×)`,
  );
}

/** Record sizes for the long-record run: past the default 100,000-character limit, up to what a raised limit allows. */
const LONG_SIZES = [25_000, 100_000, 400_000, 1_000_000, 4_000_000];

/**
 * Extraction time per KB of one ever longer record (the seed abstracts end to end): flat when extraction is linear
 * in its input, rising when some step looks at every name once per name. CPU time, after a warm-up.
 */
export function benchLongRecords(): void {
  const papers = seedPapers();
  if (papers.length === 0) return;
  let text = "";
  for (let i = 0; text.length < LONG_SIZES.at(-1)!; i++) text += `${papers[i % papers.length]!.abstract}\n\n`;
  const cpuMs = (run: () => void) => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  extractPaper({ title: "Warm-up", abstract: text.slice(0, 50_000) });
  console.log("extraction of one long record (CPU ms per KB: flat = linear):");
  for (const size of LONG_SIZES) {
    const paper = { title: "A long record", abstract: text.slice(0, size) };
    let mentions: ReturnType<typeof extractPaper> = [];
    const entities = cpuMs(() => (mentions = extractPaper(paper)));
    const results = cpuMs(() => extractResults(paper, mentions));
    const kb = size / 1000;
    console.log(
      `  ${kb.toLocaleString("en-US").padStart(6)} KB: entities ${entities.toFixed(0).padStart(6)} ms ` +
        `(${(entities / kb).toFixed(2)} ms/KB, ${mentions.length} mentions), results ${results.toFixed(0).padStart(6)} ms ` +
        `(${(results / kb).toFixed(2)} ms/KB)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchExtraction();
  benchLongRecords();
}
