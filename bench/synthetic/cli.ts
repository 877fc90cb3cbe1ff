// `npx tsx bench/synthetic/cli.ts --papers 100000 --seed 1 --out /tmp/c.jsonl`: writes a synthetic corpus as JSON
// Lines that `npm run ingest -- FILE` reads.

import { Command } from "commander";
import { writeSyntheticCorpus } from "./write.js";

const program = new Command()
  .name("synthetic")
  .description("Write a deterministic synthetic corpus of ML papers as JSON Lines")
  .requiredOption("--papers <n>", "number of papers")
  .option("--seed <n>", "random seed", "1")
  .requiredOption("--out <file>", "output .jsonl file")
  .parse();

const opts = program.opts<{ papers: string; seed: string; out: string }>();
const papers = Number(opts.papers);
if (!Number.isInteger(papers) || papers < 1) {
  console.error(`synthetic: --papers must be a positive integer, got "${opts.papers}"`);
  process.exit(1);
}
const started = performance.now();
await writeSyntheticCorpus(opts.out, { papers, seed: Number(opts.seed) });
console.log(`wrote ${papers} papers to ${opts.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
