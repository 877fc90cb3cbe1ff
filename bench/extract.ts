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
import { percentile } from "./percentile.js";

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

interface Contender {
  label: string;
  papers: Array<{ title: string; abstract: string }>;
  run: () => void;
}

/**
 * Rounds of every contender in turn, so each round of each sees the same machine: run one after the other, their
 * rates moved 30–50 % between runs minutes apart on a shared machine, and so did their ratio. Each contender's
 * figures are its median round; `ratios` are the medians of the per-round ratios to the last contender.
 */
// Nine rounds: the median of five moved by ±0.5× between runs minutes apart on this shared machine.
const ROUNDS = 9;

function timeInterleaved(
  contenders: Contender[],
  rounds = ROUNDS,
): { rates: Rate[]; ratios: number[]; spreads: Array<[number, number]> } {
  for (const c of contenders) c.run(); // warm-up: JIT, lexicon load, compromise's lexicon
  const wall: number[][] = contenders.map(() => []);
  const cpu: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((c, i) => {
      const start = performance.now();
      const used = process.cpuUsage();
      c.run();
      const spent = process.cpuUsage(used);
      wall[i]!.push(performance.now() - start);
      cpu[i]!.push((spent.user + spent.system) / 1000);
    });
  }
  const median = (xs: number[]) => percentile(xs, 50);
  const rates = contenders.map((c, i) => ({
    label: c.label,
    papers: c.papers.length,
    words: c.papers.reduce((n, p) => n + `${p.title} ${p.abstract}`.split(/\s+/).length, 0),
    ms: median(wall[i]!),
    cpuMs: median(cpu[i]!),
  }));
  // Abstracts per CPU-second of each contender over the last one's, round by round.
  const base = contenders.length - 1;
  const perCpu = (i: number, r: number) => contenders[i]!.papers.length / cpu[i]![r]!;
  const perRound = contenders.map((_, i) => Array.from({ length: rounds }, (_, r) => perCpu(i, r) / perCpu(base, r)));
  const ratios = perRound.map((xs) => median(xs));
  const spreads = perRound.map((xs) => [Math.min(...xs), Math.max(...xs)] as [number, number]);
  return { rates, ratios, spreads };
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
  const { rates, ratios, spreads } = timeInterleaved([
    { label: "extractPaper (pass 1, each paper)", papers, run: () => papers.forEach((p) => extractPaper(p)) },
    { label: "extractCorpus (pass 1 + corpus)", papers, run: () => extractCorpus(papers) },
    {
      label: "compromise nlp(text).nouns()",
      papers: sample,
      run: () => sample.forEach((p) => nlp(`${p.title}\n${p.abstract}`).nouns().out("array")),
    },
  ]);
  console.log(
    `extraction throughput on the seed corpus (${papers.length} abstracts, one core; median of ${ROUNDS} rounds):`,
  );
  for (const r of rates) console.log(`  ${show(r)}`);
  // The target: at least 10× compromise's full parse, per CPU-second (fairer than wall clock on a shared machine).
  const [pass1, corpus] = ratios as [number, number];
  console.log(
    `  speed ratio vs compromise (abstracts per CPU-second, median of the rounds' ratios): pass 1 ${pass1.toFixed(1)}×, ` +
      `whole corpus ${corpus.toFixed(1)}× (target ≥ 10×)`,
  );
  const range = ([lo, hi]: [number, number]) => `${lo.toFixed(1)}–${hi.toFixed(1)}×`;
  console.log(`  the rounds' ratios ranged: pass 1 ${range(spreads[0]!)}, whole corpus ${range(spreads[1]!)}`);
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
