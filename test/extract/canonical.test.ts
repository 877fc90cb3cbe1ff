// The canonical layer end to end: extracted mentions through buildGraphBatch give one node per real-world entity,
// named canonically, with every surface form the papers wrote among its aliases (which the search index reads).

import { describe, expect, it } from "vitest";
import { aliasKey, singular } from "../../domain/identity.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { toPaper } from "../../ingest/merge.js";

const record = (id: string, abstract: string) => ({
  title: `Study ${id}`,
  abstract,
  origin: { source: `fixture-${id}` },
});

describe("canonical entities", () => {
  it("one node per entity across papers, with every written form as an alias", () => {
    const papers = [
      record("a", "We evaluate a Vision Transformer (ViT) on MS COCO."),
      record("b", "Our detector beats Vision Transformers on Microsoft COCO."),
      record("c", "A plain ViT is trained on COCO with GPT 4 labels."),
      record("d", "Labels come from gpt-4 and the Segment Anything Model."),
    ].map(toPaper);
    const mentions = extractCorpus(papers);
    const batch = buildGraphBatch(papers, mentions);
    const node = (type: string, name: string) => batch.entities.filter((e) => e.type === type && e.name === name);
    expect(node("dataset", "COCO")).toHaveLength(1);
    expect(node("dataset", "COCO")[0]!.aliases).toEqual(expect.arrayContaining(["MS COCO", "Microsoft COCO"]));
    expect(node("model", "ViT")).toHaveLength(1);
    expect(node("model", "ViT")[0]!.aliases).toEqual(expect.arrayContaining(["Vision Transformer"]));
    expect(batch.entities.filter((e) => e.type === "dataset")).toHaveLength(1);
    const gpt4 = batch.entities.filter((e) => e.type === "model" && /gpt/i.test(e.name));
    expect(gpt4).toHaveLength(1);
    // Every paper that names COCO in any form links to the one node.
    const coco = node("dataset", "COCO")[0]!.id;
    expect(new Set(batch.relations.filter((r) => r.entityId === coco).map((r) => r.paperId)).size).toBe(3);
  });

  it("folds plurals but not sizes", () => {
    expect(singular("ViTs")).toBe("ViT");
    expect(singular("DeiT-S")).toBe("DeiT-S");
    expect(singular("speed-ups")).toBe("speed-up");
    expect(aliasKey("dataset", "COCO")).toBe(aliasKey("benchmark", "coco"));
    expect(aliasKey("model", "ResNet 50")).toBe(aliasKey("model", "ResNet-50"));
  });
});
