// Results scoring for `npm run eval`: extracts each gold set's papers, results included, and runs the shared
// results scorer (score-results.mjs) on the predictions, for dev and dev2. Kept apart from the entity eval.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { extractCorpus } from "./extract/index.js";
import { readPapers } from "./extract/jsonl.js";
import { extractResults, toGoldResult } from "./extract/results/index.js";

export const RESULT_GOLD_SETS = ["gold-dev.jsonl", "gold-dev2.jsonl"].map((f) =>
  resolve(import.meta.dirname, "../../shared/eval", f),
);

/** Prediction lines `{id, results}` for every paper of a gold file. */
export function predictResults(gold: string): string {
  const papers = readPapers(gold);
  const mentions = extractCorpus(papers);
  return papers
    .map((p) => JSON.stringify({ id: p.id, results: extractResults(p, mentions.get(p.id) ?? []).map(toGoldResult) }))
    .join("\n");
}

/** Runs score-results.mjs on one gold set and returns its one-line summary (or why it could not run). */
export function scoreResults(gold: string): string {
  const scorer = resolve(gold, "../score-results.mjs");
  if (!existsSync(gold) || !existsSync(scorer)) return `${existsSync(gold) ? scorer : gold} not found`;
  const dir = mkdtempSync(join(tmpdir(), "papergraph-results-eval-"));
  try {
    const pred = join(dir, "pred.jsonl");
    writeFileSync(pred, predictResults(gold));
    const run = spawnSync(process.execPath, [scorer, gold, pred], { encoding: "utf8" });
    return (run.stdout || run.stderr).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the results scores of each gold set, one line each. */
export function printResultsEval(golds: string[] = RESULT_GOLD_SETS): void {
  process.stdout.write("\nleaderboard results (score-results.mjs):\n");
  for (const gold of golds) process.stdout.write(`  ${basename(gold).padEnd(16)} ${scoreResults(gold)}\n`);
}
