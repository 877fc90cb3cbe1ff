// A seeded graph made to stress what node orderings depend on: tied mentions and dates, undated and year-less
// papers, nodes written after layout (no degree), ids Kùzu and JS would sort differently, a hub that pages, papers
// without links, repeated evidence sentences. Written to a real Kùzu store, then reopened read-only.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { foldTitle } from "../../../domain/identity.js";
import { seededRng } from "../../../domain/random.js";
import type { EntityType, Mention, Paper } from "../../../domain/types.js";
import { buildGraphBatch } from "../../../ingest/graph-batch.js";
import { relayout } from "../../../ingest/pipeline.js";
import { KuzuStore } from "../../../store/kuzu/index.js";
import { FIXTURE_MENTIONS, FIXTURE_PAPERS } from "../../fixtures/graph.js";

const NAMES: [EntityType, string[]][] = [
  ["model", ["Glimmer", "ResNet-50", "ViT", "BERT", "Ünïcode Net", "日本モデル", "T5", "Zeta", "alpha", "Alpha2"]],
  ["dataset", ["ImageNet", "COCO", "ADE20K", "SQuAD", "Ωmega"]],
  ["benchmark", ["GLUE", "MMLU", "HELM"]],
  ["metric", ["top-1 accuracy", "BLEU", "F1"]],
  ["task", ["image classification", "question answering"]],
  // Same prefix, then U+E000 (private use) vs U+20000: JS's `<` and Kùzu's UTF-8 order disagree on these.
  ["repo", ["github.com/example/x\uE000", "github.com/example/x𠀀", "github.com/example/xz", "github.com/example/X"]],
  ["hf", ["hf.co/datasets/example", "hf.co/models/example"]],
];
const SENTENCES = [
  "We propose a sparse router.",
  "It beats the baseline on every split.",
  'Results with "quotes", commas and a\nnewline.',
  "",
];
const DATES = ["2024-01-03", "2024-01-03", "2023-11-30", "--03-12", "--03-12", "2024", undefined, undefined];

function variedPapers(count: number, seed: number): { papers: Paper[]; mentions: Map<string, Mention[]> } {
  const rng = seededRng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)]!;
  const papers: Paper[] = [];
  const mentions = new Map<string, Mention[]>();
  for (let i = 0; i < count; i++) {
    const title = `Paper ${seed}-${i}: ${pick(["Sparse", "Dense", "Tiny", "Huge"])} models`;
    const id =
      i % 3 === 0
        ? `title:${seed.toString(16).padStart(8, "0")}${i.toString(16).padStart(8, "0")}`
        : `arxiv:${2400 + seed}.${String(i).padStart(5, "0")}`;
    papers.push({
      id,
      title,
      abstract: `Abstract of ${title}. ${pick(SENTENCES)}`,
      titleKey: foldTitle(title),
      origins: [{ source: "varied.jsonl", line: i + 1 }],
      date: pick(DATES),
      upvotes: i % 4 === 0 ? undefined : Math.floor(rng() * 5),
      authors: i % 5 === 0 ? undefined : [`Author ${i % 7}`],
      organization: i % 6 === 0 ? "Example Lab" : undefined,
    });
    const own: Mention[] = [];
    if (i % 9 !== 4) {
      // Every other paper names the hub, so its papers span several pages.
      if (i % 2 === 0) own.push(mention("dataset", "ImageNet", rng, pick));
      const links = Math.floor(rng() * 7);
      for (let k = 0; k < links; k++) {
        const [type, names] = pick(NAMES);
        own.push(mention(type, pick(names), rng, pick));
      }
    }
    mentions.set(id, own);
  }
  return { papers, mentions };
}

function mention(
  type: EntityType,
  name: string,
  rng: () => number,
  pick: <T>(items: readonly T[]) => T,
  count = pick([1, 1, 1, 2, 3]),
): Mention {
  const start = Math.floor(rng() * 40);
  return {
    type,
    name,
    aliases: [],
    role: rng() < 0.3 ? "proposed" : "used",
    count,
    evidence: { sentence: pick(SENTENCES), start, end: start + name.length },
    confidence: 0.9,
  };
}

/** Puts `extra` first in a paper's mentions (the first mention of an entity wins), with equal counts. */
function tie(mentions: Map<string, Mention[]>, paperId: string, extra: [EntityType, string][]) {
  const rng = seededRng(3);
  const first = <T>(items: readonly T[]) => items[0]!;
  mentions.get(paperId)!.unshift(...extra.map(([type, name]) => mention(type, name, rng, first, 1)));
}

export interface VariedStore {
  store: KuzuStore;
  /** The store's data directory (the serve index may be written beside it). */
  dir: string;
  dispose(): Promise<void>;
}

/** The fixture graph plus 90 seeded papers, laid out, then 30 more papers written after layout; read-only. */
export async function openVariedStore(): Promise<VariedStore> {
  const dir = mkdtempSync(join(tmpdir(), "papergraph-varied-"));
  const path = join(dir, "graph.kuzu");
  const writable = new KuzuStore({ path });
  await writable.init();
  const before = variedPapers(90, 1);
  // Equal mentions, so the order comes down to ids that JS and Kùzu compare differently.
  tie(before.mentions, before.papers[0]!.id, [
    ["repo", "github.com/example/x𠀀"],
    ["repo", "github.com/example/x\uE000"],
  ]);
  await writable.writeBatch(
    buildGraphBatch([...FIXTURE_PAPERS, ...before.papers], new Map([...FIXTURE_MENTIONS, ...before.mentions])),
  );
  await relayout(writable);
  const after = variedPapers(30, 2);
  // Equal mentions, so the order comes down to degrees, one of them NULL (the model is new after layout).
  tie(after.mentions, after.papers[1]!.id, [
    ["model", "ResNet-50"],
    ["model", "Written Late"],
  ]);
  await writable.writeBatch(buildGraphBatch(after.papers, after.mentions));
  await writable.close();
  const store = new KuzuStore({ path, readOnly: true });
  return {
    store,
    dir,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
