// Sentence templates for synthetic titles and abstracts, written for this project. Each slot is filled from the
// paper's plan, so the extractor meets names in the contexts real abstracts put them in.

import { pick, type Rng } from "./random.js";

export interface PaperPlan {
  task: string;
  secondTask?: string;
  proposed?: string;
  /** The coined model this one is a new version of. */
  basedOn?: string;
  uses: string[];
  datasets: string[];
  newDataset?: string;
  benchmarks: string[];
  metrics: string[];
  baselines: string[];
  repo?: string;
  repoInAbstract: boolean;
}

const ADJECTIVES = ["Scalable", "Efficient", "Robust", "Sparse", "Adaptive", "Compact", "Unified", "Frugal"];
const NOUNS = ["Routing", "Distillation", "Pretraining", "Alignment", "Retrieval", "Tokenization", "Calibration"];
const CHALLENGES = [
  "labelled examples are scarce",
  "inputs are long and noisy",
  "compute budgets are tight",
  "the test distribution drifts away from training",
  "annotations disagree with each other",
  "models must run on small devices",
];
const MECHANISMS = [
  "routes each token through a small set of experts",
  "mixes local and global context with a gated memory",
  "learns a shared latent space across modalities",
  "replaces dense layers with low-rank adapters",
  "ranks candidate outputs with a learned verifier",
  "reuses intermediate features across stages",
];
const ARCHITECTURES = ["architecture", "training recipe", "model family", "framework", "method"];
const ITEMS = ["annotated images", "question-answer pairs", "transcribed utterances", "dialogue turns", "documents"];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "A", "A and B", "A, B and C". */
export function listOf(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function writeTitle(rng: Rng, plan: PaperPlan): string {
  const adj = pick(rng, ADJECTIVES);
  const noun = pick(rng, NOUNS);
  const task = plan.task.replace(/\b\w/g, (c) => c.toUpperCase());
  if (plan.proposed && rng() < 0.5) return `${plan.proposed}: ${adj} ${noun} for ${task}`;
  if (plan.newDataset && rng() < 0.5) return `${plan.newDataset}: A New Resource for ${task}`;
  return pick(rng, [
    `Towards ${adj} ${task} with ${noun}`,
    `${adj} ${noun} Improves ${task}`,
    `On the Role of ${noun} in ${task}`,
    `Revisiting ${noun} for ${adj} ${task}`,
  ]);
}

export function writeAbstract(rng: Rng, plan: PaperPlan): string {
  const s: string[] = [];
  s.push(
    pick(rng, [
      `${cap(plan.task)} remains difficult when ${pick(rng, CHALLENGES)}.`,
      `Progress in ${plan.task} has stalled where ${pick(rng, CHALLENGES)}.`,
      `Most work on ${plan.task} assumes plenty of data, yet in practice ${pick(rng, CHALLENGES)}.`,
    ]),
  );
  if (plan.proposed) {
    const what = `a ${pick(rng, ADJECTIVES).toLowerCase()} ${pick(rng, ARCHITECTURES)} for ${plan.task}`;
    s.push(
      plan.basedOn
        ? `We present ${plan.proposed}, the successor of ${plan.basedOn}, ${what} that ${pick(rng, MECHANISMS)}.`
        : `We propose ${plan.proposed}, ${what} that ${pick(rng, MECHANISMS)}.`,
    );
  } else {
    s.push(`We study ${pick(rng, NOUNS).toLowerCase()} as a way to make ${plan.task} more reliable.`);
  }
  if (plan.uses.length) {
    s.push(
      pick(rng, [
        `Our approach builds on ${listOf(plan.uses)} and adds no extra parameters at inference.`,
        `We initialise from ${listOf(plan.uses)} and fine-tune with a short schedule.`,
        `The encoder is based on ${listOf(plan.uses)}.`,
      ]),
    );
  }
  if (plan.newDataset) {
    s.push(
      `We also release ${plan.newDataset}, a dataset of ${1 + Math.floor(rng() * 90)}K ${pick(rng, ITEMS)} ` +
        `for ${plan.secondTask ?? plan.task}.`,
    );
  }
  if (plan.datasets.length) {
    const baseline = plan.baselines.length ? ` over ${listOf(plan.baselines)}` : "";
    const metric = plan.metrics.length ? ` in ${listOf(plan.metrics)}` : "";
    s.push(
      pick(rng, [
        `Experiments on the ${listOf(plan.datasets)} datasets show gains of ${(rng() * 9 + 0.5).toFixed(1)} points${metric}${baseline}.`,
        `We train on ${listOf(plan.datasets)} and improve${metric}${baseline} by a clear margin.`,
      ]),
    );
  }
  if (plan.benchmarks.length) {
    s.push(
      `On the ${listOf(plan.benchmarks)} benchmark${plan.benchmarks.length > 1 ? "s" : ""}, it ranks first among open models.`,
    );
  }
  if (plan.secondTask && !plan.newDataset) s.push(`The same recipe transfers to ${plan.secondTask} without changes.`);
  if (plan.repo && plan.repoInAbstract) s.push(`Code and weights are available at https://github.com/${plan.repo}.`);
  return s.join(" ");
}
