// The dev sets (../shared/eval/gold-dev.jsonl, tuned on, and gold-dev2.jsonl, checked on) through extractCorpus,
// scored as score.mjs scores them; the floors are the scores reached, so a change that loses quality on either fails
// here. Each set is skipped when its file is absent.

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../ingest/extract/index.js";

const EVAL = resolve(import.meta.dirname, "../../../shared/eval");
const GENERIC = new Set(
  `transformer transformers selfattention attention cnn cnns rnn rnns lstm lstms gru gan gans vae vaes mlp mlps gnn
  gnns llm llms vlm vlms mllm mllms moe diffusionmodel diffusionmodels neuralnetwork neuralnetworks encoder decoder
  statespacemodel statespacemodels ssm ssms reinforcementlearning`.split(/\s+/),
);
const FLOORS: Record<string, Record<string, number>> = {
  "gold-dev.jsonl": { model: 0.93, data: 0.9, metric: 0.83, task: 0.79, repo: 0.99, role: 0.99 },
  "gold-dev2.jsonl": { model: 0.91, data: 0.96, metric: 0.94, task: 0.81, repo: 0.97, role: 0.98 },
};

interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
  role?: string;
}
interface GoldPaper {
  id: string;
  title: string;
  abstract: string;
  entities: GoldEntity[];
  generic?: string[];
}

// As score.mjs folds: lowercase, letters and digits only, and a final plural "s" dropped ("ViTs" = "ViT").
const fold = (s: string) => {
  const f = s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]/gu, "");
  return f.length > 3 && f.endsWith("s") && !f.endsWith("ss") ? f.slice(0, -1) : f;
};
const scoreTypes = (t: string) => (t === "dataset" || t === "benchmark" ? ["data", t] : [t]);

/** Per-type F1 and role accuracy, computed as score.mjs computes them. */
function score(gold: GoldPaper[], pred: Map<string, Array<{ type: string; name: string; role: string }>>) {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  let rolesRight = 0;
  let rolesTotal = 0;
  for (const g of gold) {
    const ignored = new Set([...GENERIC, ...(g.generic ?? []).map(fold)]);
    for (const type of ["model", "dataset", "benchmark", "data", "metric", "task", "repo", "hf"]) {
      const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      counts.set(type, c);
      const goldOfType = g.entities.filter((e) => scoreTypes(e.type).includes(type));
      const matched = new Set<number>();
      const seen = new Set<string>();
      for (const e of (pred.get(g.id) ?? []).filter((p) => scoreTypes(p.type).includes(type))) {
        const f = fold(e.name);
        if (!f || seen.has(f)) continue;
        seen.add(f);
        const hit = goldOfType.findIndex(
          (ge, i) => !matched.has(i) && [ge.name, ...(ge.aliases ?? [])].some((n) => fold(n) === f),
        );
        if (hit >= 0) {
          matched.add(hit);
          c.tp++;
          if (type === goldOfType[hit]!.type && goldOfType[hit]!.role) {
            rolesTotal++;
            if (goldOfType[hit]!.role === e.role) rolesRight++;
          }
        } else if (!ignored.has(f)) c.fp++;
      }
      c.fn += goldOfType.length - matched.size;
    }
  }
  const f1 = (t: string) => {
    const { tp, fp, fn } = counts.get(t)!;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  return {
    model: f1("model"),
    data: f1("data"),
    metric: f1("metric"),
    task: f1("task"),
    repo: f1("repo"),
    role: rolesRight / rolesTotal,
  };
}

for (const [file, floors] of Object.entries(FLOORS)) {
  const path = resolve(EVAL, file);
  describe.skipIf(!existsSync(path))(`${file} (skipped when ../shared/eval/${file} is absent)`, () => {
    const gold: GoldPaper[] = existsSync(path)
      ? readFileSync(path, "utf8")
          .split("\n")
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as GoldPaper)
      : [];
    const scores = score(gold, extractCorpus(gold));

    it.each(Object.entries(floors))("%s reaches its floor", (type, floor) => {
      expect(scores[type as keyof typeof scores]).toBeGreaterThanOrEqual(floor);
    });
  });
}
