import { describe, expect, it } from "vitest";
import type { Mention, Paper } from "../../domain/types.js";
import { contentHash } from "../../ingest/graph-batch.js";
import type { StoredResult } from "../../store/types.js";

const paper: Paper = {
  id: "arxiv:2401.00001",
  titleKey: "a paper",
  title: "A Paper",
  abstract: "We train ResNet-50 on ImageNet.",
  authors: ["Ada Lovelace", "Alan Turing"],
  date: "2024-01-02",
  origins: [{ source: "a.jsonl", line: 1 }],
};

const mention: Mention = {
  type: "model",
  name: "ResNet-50",
  aliases: [],
  role: "used",
  count: 1,
  evidence: { sentence: "We train ResNet-50 on ImageNet.", start: 9, end: 18 },
  confidence: 0.9,
};

const result = {
  id: "r1",
  paperId: paper.id,
  model: "ResNet-50",
  dataset: "ImageNet",
  metric: "top-1 accuracy",
  value: 76.1,
  unit: "%",
  kind: "absolute",
  modelId: "model:resnet50",
  datasetId: "dataset:imagenet",
  metricId: "metric:top1accuracy",
  evidence: "",
  charStart: 0,
  charEnd: 10,
  year: 2024,
} as unknown as StoredResult;

describe("contentHash", () => {
  it("is the same for the same content, whatever the paper's origins", () => {
    const again = { ...paper, origins: [{ source: "b.jsonl", line: 9 }] };
    expect(contentHash(again, [{ ...mention }], [result])).toBe(contentHash(paper, [mention], [result]));
    expect(contentHash(paper, [mention])).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes with every field ingest writes", () => {
    const base = contentHash(paper, [mention], [result]);
    const variants = [
      contentHash({ ...paper, title: "A paper" }, [mention], [result]),
      contentHash({ ...paper, abstract: paper.abstract + " " }, [mention], [result]),
      contentHash({ ...paper, authors: ["Alan Turing", "Ada Lovelace"] }, [mention], [result]),
      contentHash({ ...paper, date: "2024" }, [mention], [result]),
      contentHash({ ...paper, venue: "NeurIPS" }, [mention], [result]),
      contentHash(paper, [{ ...mention, role: "proposed" }], [result]),
      contentHash(paper, [{ ...mention, canonical: "ResNet50" }], [result]),
      contentHash(paper, [{ ...mention, count: 2 }], [result]),
      contentHash(paper, [{ ...mention, aliases: ["ResNet50"] }], [result]),
      contentHash(paper, [], [result]),
      contentHash(paper, [mention], [{ ...result, value: 76.2 }]),
      contentHash(paper, [mention], [{ ...result, value: "76.1" as unknown as number }]),
      contentHash(paper, [mention]),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it("keeps apart texts that only the boundaries between strings tell apart", () => {
    const split = (authors: string[]) => contentHash({ ...paper, authors }, []);
    expect(split(["ab", "c"])).not.toBe(split(["a", "bc"]));
    expect(split(["a:1", "b"])).not.toBe(split(["a", "1b"]));
    expect(split([])).not.toBe(split([""]));
  });
});
