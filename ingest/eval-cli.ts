// CLI: `eval [GOLD.jsonl …] [--errors N]` extracts each gold set's papers (by default the dev and dev2 sets) and
// prints per-type precision, recall and F1 and role accuracy side by side, then each set's most frequent false
// positives and negatives. The figures come from the shared scorer (score.mjs beside the gold file), run on the
// predictions, so they are the figures the team reports.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { confidentOnly } from "../domain/confidence.js";
import { extractCorpus } from "./extract/index.js";
import { InputError, readPapers } from "./extract/jsonl.js";
import { printResultsEval } from "./results-eval.js";

const EVAL_DIR = resolve(import.meta.dirname, "../../shared/eval");
const DEFAULT_GOLD = ["gold-dev.jsonl", "gold-dev2.jsonl"].map((f) => join(EVAL_DIR, f));
const TYPES = ["model", "data", "dataset", "benchmark", "metric", "task", "repo", "hf"];

interface TypeScore {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
type Summary = Record<string, TypeScore> & { role_accuracy: number };

interface SetResult {
  name: string;
  summary: Summary;
  errors: string[];
}

class EvalError extends Error {
  override name = "EvalError";
}

/** Runs the shared scorer on one gold set's predictions: its JSON summary and its error lines. */
function scoreSet(gold: string, errorLines: number): SetResult {
  const scorer = resolve(gold, "../score.mjs");
  if (!existsSync(gold)) throw new EvalError(`${gold} not found`);
  if (!existsSync(scorer)) throw new EvalError(`${scorer} not found`);
  const papers = readPapers(gold);
  const result = extractCorpus(papers);
  const dir = mkdtempSync(join(tmpdir(), "papergraph-eval-"));
  try {
    const pred = join(dir, "pred.jsonl");
    // Scored as the graph holds them: links below the graph's confidence threshold are dropped by ingest too.
    const entities = (id: string) => confidentOnly(result.get(id) ?? []);
    writeFileSync(pred, papers.map((p) => JSON.stringify({ id: p.id, entities: entities(p.id) })).join("\n"));
    const run = (extra: string[]) => {
      const out = spawnSync(process.execPath, [scorer, gold, pred, ...extra], { encoding: "utf8" });
      if (out.status !== 0) throw new EvalError(`${scorer} failed on ${gold}: ${out.stderr.trim()}`);
      return out.stdout;
    };
    const summary = JSON.parse(run(["--json"])) as Summary;
    const errors = run(["--errors", String(errorLines)])
      .split("\n")
      .filter((l) => /^F[PN] /.test(l));
    return { name: basename(gold, ".jsonl").replace(/^gold-/, ""), summary, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const num = (x: number) => x.toFixed(2).padStart(5);

/** One row per type: P, R and F1 of every set side by side. */
function table(sets: SetResult[]): string {
  const head = ["type".padEnd(10), ...sets.map((s) => `${s.name.padEnd(8)}    P     R    F1`)].join(" | ");
  const rows = TYPES.map((t) =>
    [
      t.padEnd(10),
      ...sets.map((s) => {
        const x = s.summary[t]!;
        return `${" ".repeat(8)} ${num(x.p)} ${num(x.r)} ${num(x.f1)}`;
      }),
    ].join(" | "),
  );
  const role = ["role".padEnd(10), ...sets.map((s) => `${" ".repeat(20)} ${num(s.summary.role_accuracy)}`)].join(" | ");
  return [head, ...rows, role].join("\n");
}

/** The most frequent error lines of one set, the paper id dropped so repeats across papers count together. */
function topErrors(set: SetResult, n: number): string {
  const counts = new Map<string, number>();
  for (const line of set.errors) {
    const key = line.replace(/\s+\[[^\]]*\]$/, "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `top errors, ${set.name} (${set.errors.length} in all):`,
    ...top.map(([k, c]) => `  ${String(c).padStart(3)}× ${k}`),
  ].join("\n");
}

function main(args: string[]): number {
  const errorsAt = args.indexOf("--errors");
  const errors = errorsAt >= 0 ? Number(args.splice(errorsAt, 2)[1]) : 25;
  const golds = args.length ? args : DEFAULT_GOLD.filter(existsSync);
  if (golds.length === 0) {
    process.stderr.write(`eval: no gold set given and none found under ${EVAL_DIR}\n`);
    return 2;
  }
  let sets: SetResult[];
  try {
    sets = golds.map((g) => scoreSet(g, 100_000));
  } catch (error) {
    if (error instanceof InputError || error instanceof EvalError) {
      process.stderr.write(`eval: ${error.message}\n`);
      return error instanceof EvalError ? 2 : 1;
    }
    throw error;
  }
  const lines = [table(sets)];
  if (errors > 0) for (const s of sets) lines.push("", topErrors(s, errors));
  lines.push(
    "",
    ...sets.map(
      (s) =>
        `${s.name}: ` +
        ["model", "data", "metric", "task", "repo"].map((t) => `${t} ${s.summary[t]!.f1.toFixed(2)}`).join(", ") +
        `, role ${s.summary.role_accuracy.toFixed(2)}`,
    ),
  );
  process.stdout.write(lines.join("\n") + "\n");
  printResultsEval(golds);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
