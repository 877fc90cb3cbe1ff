// CLI: `eval [GOLD.jsonl] [--errors N]` extracts the gold set's papers and prints per-type precision, recall and
// F1 and the top false positives and negatives, by running the shared scorer on the predictions.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extractCorpus } from "./extract/index.js";
import { InputError, readPapers } from "./extract/jsonl.js";
import { printResultsEval } from "./results-eval.js";

const DEFAULT_GOLD = resolve(import.meta.dirname, "../../shared/eval/gold-dev.jsonl");

function main(args: string[]): number {
  const errorsAt = args.indexOf("--errors");
  const errors = errorsAt >= 0 ? Number(args.splice(errorsAt, 2)[1]) : 30;
  const gold = args[0] ?? DEFAULT_GOLD;
  const scorer = resolve(gold, "../score.mjs");
  if (!existsSync(gold) || !existsSync(scorer)) {
    process.stderr.write(`eval: ${existsSync(gold) ? scorer : gold} not found\n`);
    return 2;
  }
  let papers;
  try {
    papers = readPapers(gold);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`eval: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const result = extractCorpus(papers);
  const dir = mkdtempSync(join(tmpdir(), "papergraph-eval-"));
  try {
    const pred = join(dir, "pred.jsonl");
    writeFileSync(pred, papers.map((p) => JSON.stringify({ id: p.id, entities: result.get(p.id) ?? [] })).join("\n"));
    const run = spawnSync(process.execPath, [scorer, gold, pred, "--errors", String(errors)], { stdio: "inherit" });
    printResultsEval();
    return run.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
