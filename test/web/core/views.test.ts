// The view graph builders: what each view draws from its API response, deterministically.

import { describe, expect, it } from "vitest";
import type { RelatedMethodsResponse, SharedDataResponse } from "../../../domain/types.js";
import { methodsGraph, neighbourhoodGraph, sharesGraph } from "../../../web/src/core/views/index.js";

const SHARES: SharedDataResponse = {
  paper: { id: "arxiv:1", label: "Focus" },
  items: [
    { id: "dataset:rare", kind: "dataset", label: "Rare", papers: 2, weight: 5 },
    { id: "benchmark:glue", kind: "benchmark", label: "GLUE", papers: 40, weight: 2 },
    { id: "dataset:alone", kind: "dataset", label: "Alone", papers: 1, weight: 6 },
  ],
  matches: [
    { id: "arxiv:2", label: "Two", date: null, score: 7, shared: ["dataset:rare", "benchmark:glue"], reason: "r" },
    { id: "arxiv:3", label: "Three", date: "2024-01-01", score: 2, shared: ["benchmark:glue"], reason: "r" },
  ],
};

describe("sharesGraph", () => {
  it("draws the focus, the items someone shares, and the matches linked to what they share", () => {
    const g = sharesGraph(SHARES);
    expect(g.nodes().sort()).toEqual(["arxiv:1", "arxiv:2", "arxiv:3", "benchmark:glue", "dataset:rare"]);
    expect(
      g
        .edges()
        .map((e) => g.extremities(e).join(">"))
        .sort(),
    ).toEqual([
      "arxiv:1>benchmark:glue",
      "arxiv:1>dataset:rare",
      "arxiv:2>benchmark:glue",
      "arxiv:2>dataset:rare",
      "arxiv:3>benchmark:glue",
    ]);
    // The better match is drawn bigger.
    expect(g.getNodeAttribute("arxiv:2", "size")).toBeGreaterThan(g.getNodeAttribute("arxiv:3", "size"));
    expect(g.getNodeAttribute("arxiv:1", "x")).toBe(0);
  });
});

describe("methodsGraph", () => {
  const data: RelatedMethodsResponse = {
    focus: "model:a",
    nodes: ["a", "b", "c", "d"].map((n) => ({ id: `model:${n}`, label: n, papers: 3 })),
    links: [
      { source: "model:a", target: "model:b", weight: 3, jaccard: 0.5 },
      { source: "model:a", target: "model:c", weight: 1, jaccard: 0.2 },
      { source: "model:c", target: "model:d", weight: 2, jaccard: 0.4 },
    ],
    truncated: false,
  };

  it("links models with weights and lays them out the same way every time", () => {
    const g = methodsGraph(data);
    expect(g.order).toBe(4);
    expect(g.getEdgeAttribute("model:a", "model:b", "weight")).toBe(3);
    const again = methodsGraph(data);
    expect(again.mapNodes((_, a) => [a.x, a.y])).toEqual(g.mapNodes((_, a) => [a.x, a.y]));
    for (const [x, y] of g.mapNodes((_, a) => [a.x, a.y])) expect(Number.isFinite(x! + y!)).toBe(true);
    expect(g.getNodeAttribute("model:a", "size")).toBeGreaterThan(g.getNodeAttribute("model:b", "size"));
  });
});

describe("neighbourhoodGraph", () => {
  it("marks bundles, pins and expansions", () => {
    const g = neighbourhoodGraph({
      nodes: [
        { id: "d", kind: "dataset", label: "D", degree: 30, date: null, x: 0, y: 0, expanded: true, pinned: false },
        {
          id: "bundle:d|paper.USES",
          kind: "paper",
          label: "30 papers use D",
          degree: 30,
          date: null,
          x: 1,
          y: 1,
          expanded: false,
          pinned: false,
          bundle: { parent: "d", key: "paper.USES", remaining: 30, total: 30 },
        },
      ],
      edges: [{ source: "d", target: "bundle:d|paper.USES", relation: "USES" }],
      missing: { summaries: [], pages: [] },
    });
    expect(g.getNodeAttribute("bundle:d|paper.USES", "isBundle")).toBe(true);
    expect(g.getNodeAttribute("d", "expanded")).toBe(true);
    expect(g.size).toBe(1);
  });
});
