// The co-usage projection of models: weights, Jaccard, focus, thresholds and the node cap.

import { describe, expect, it } from "vitest";
import { coUsageProjection, type ModelPair } from "../../../server/explore/co-usage.js";

// Papers naming models: p1 {a,b,c}, p2 {a,b}, p3 {a,d}, p4 {e} (alone: no link).
const PAIRS: ModelPair[] = [
  ["p1", "a"],
  ["p1", "b"],
  ["p1", "c"],
  ["p2", "a"],
  ["p2", "b"],
  ["p3", "a"],
  ["p3", "d"],
  ["p4", "e"],
].map(([paper, model]) => ({
  paper: paper!,
  model: `model:${model}`,
  label: model!.toUpperCase(),
  papers: { a: 3, b: 2, c: 1, d: 1, e: 1 }[model!]!,
}));

describe("coUsageProjection", () => {
  it("weights each pair by the papers naming both", () => {
    const { nodes, links, truncated } = coUsageProjection(PAIRS, { maxNodes: 10, minWeight: 1 });
    expect(truncated).toBe(false);
    expect(nodes.map((n) => n.id)).toEqual(["model:a", "model:b", "model:c", "model:d"]);
    expect(links.map((l) => [l.source, l.target, l.weight, l.jaccard])).toEqual([
      ["model:a", "model:b", 2, 0.667],
      ["model:a", "model:c", 1, 0.333],
      ["model:a", "model:d", 1, 0.333],
      ["model:b", "model:c", 1, 0.5],
    ]);
  });

  it.each([
    [{ maxNodes: 10, minWeight: 2 }, ["model:a", "model:b"], 1, false],
    [{ maxNodes: 2, minWeight: 1 }, ["model:a", "model:b"], 1, true],
    [{ focus: "model:d", maxNodes: 10, minWeight: 1 }, ["model:d", "model:a"], 1, false],
    [{ focus: "model:b", maxNodes: 2, minWeight: 1 }, ["model:b", "model:a"], 1, true],
    [{ focus: "model:e", maxNodes: 5, minWeight: 1 }, ["model:e"], 0, false],
  ])("%o", (options, nodeIds, linkCount, truncated) => {
    const result = coUsageProjection(PAIRS, options);
    expect(result.nodes.map((n) => n.id)).toEqual(nodeIds);
    expect(result.links).toHaveLength(linkCount);
    expect(result.truncated).toBe(truncated);
  });
});
