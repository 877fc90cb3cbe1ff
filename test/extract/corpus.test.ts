// Corpus-level resolution: one canonical name per entity across papers, type voting, acronym aliasing (worker
// threads give the same result: test/ingest/extract-pool.test.ts).

import { describe, expect, it } from "vitest";
import { entityId } from "../../domain/identity.js";
import type { Mention } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";

const paper = (id: string, abstract: string) => ({ id, title: `Study ${id}`, abstract });
const names = (mentions: Mention[] | undefined, type: string) =>
  (mentions ?? []).filter((m) => m.type === type).map((m) => m.name);

describe("extractCorpus", () => {
  it("spellings of one versioned name get one canonical name and id", () => {
    const result = extractCorpus([
      paper("a", "We fine-tune LLaMA-3 on widgets and compare it with BERT."),
      paper("b", "We fine-tune LLaMA3 on gadgets and compare it with BERT."),
      paper("c", "We fine-tune LLaMA-3 on gizmos and compare it with BERT."),
    ]);
    const canon = ["a", "b", "c"].map((id) => result.get(id)!.find((m) => entityId(m.type, m.name) === "model:llama3"));
    expect(canon.map((m) => m?.name)).toEqual(["LLaMA-3", "LLaMA-3", "LLaMA-3"]);
    expect(canon[1]!.aliases).toContain("LLaMA3");
  });

  it("a long form keeps its written name and takes the acronym the corpus defines as its canonical name", () => {
    const result = extractCorpus([
      paper("a", "We build on the Gated Widget Transformer (GWT) for ranking."),
      paper("b", "Our method outperforms the Gated Widget Transformer on catalogues."),
    ]);
    const b = result.get("b")!.find((m) => m.name === "Gated Widget Transformer")!;
    expect(b.canonical).toBe("GWT");
    const a = result.get("a")!.find((m) => m.type === "model")!;
    expect(a.canonical ?? a.name).toBe("GWT");
  });

  it("an acronym two papers define with different long forms merges nothing", () => {
    const result = extractCorpus([
      paper("a", "We build on the Gated Widget Transformer (GWT) for ranking."),
      paper("b", "We build on the Graph Walk Tagger (GWT) for parsing."),
      paper("c", "Our method outperforms the Gated Widget Transformer on catalogues."),
    ]);
    const c = result.get("c")!.find((m) => m.name === "Gated Widget Transformer")!;
    expect(c.canonical).toBeUndefined();
  });

  it("lexicon aliases, spacing and plurals make one canonical name across papers", () => {
    const result = extractCorpus([
      paper("a", "We evaluate on MS COCO with GPT 4 as a judge."),
      paper("b", "Results on Microsoft COCO and on COCO; gpt-4 judges them."),
      paper("c", "We train Vision Transformers and a plain Vision Transformer."),
    ]);
    const canonical = (id: string, type: string) =>
      result
        .get(id)!
        .filter((m) => m.type === type)
        .map((m) => m.canonical ?? m.name);
    expect(new Set([...canonical("a", "dataset"), ...canonical("b", "dataset")])).toEqual(new Set(["COCO"]));
    expect(canonical("c", "model").every((n) => n === canonical("c", "model")[0])).toBe(true);
  });

  it("a name typed as a dataset by context elsewhere is a dataset where only its shape speaks", () => {
    const typed = ["a", "b", "c"].map((id) => paper(id, "Experiments on the Zentra-5 dataset show large gains."));
    const result = extractCorpus([...typed, paper("d", "We compare two rankers and Zentra-5 is hard for both.")]);
    expect(names(result.get("d"), "dataset")).toContain("Zentra-5");
    expect(names(result.get("d"), "model")).not.toContain("Zentra-5");
  });

  it("is stable run to run", () => {
    const papers = [paper("a", "We propose QuillNet and evaluate it on CIFAR-10 with ResNet-50 as a baseline.")];
    expect(JSON.stringify([...extractCorpus(papers)])).toBe(JSON.stringify([...extractCorpus(papers)]));
  });
});
