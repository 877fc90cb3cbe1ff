// The overview graph's dot sizes: smaller in a crowded graph, and generic metrics and tasks drawn no bigger than
// the best-connected model, dataset or benchmark, with their degree kept.

import { describe, expect, it } from "vitest";
import type { GraphNode, GraphResponse, NodeKind } from "../../../domain/types.js";
import { CROWDED_GRAPH, sizeForDegree } from "../../../web/src/graph/appearance.js";
import { buildGraph } from "../../../web/src/graph/build-graph.js";

const node = (id: string, kind: NodeKind, degree: number): GraphNode => ({ id, kind, label: id, x: 0, y: 0, degree });

function overview(nodes: GraphNode[], papers = 0): GraphResponse {
  const filler = Array.from({ length: papers }, (_, i) => node(`paper:${i}`, "paper", 2));
  return { nodes: [...nodes, ...filler], edges: [], truncated: false };
}

describe("buildGraph sizes", () => {
  it("draws a generic hub no bigger than the best-connected subject, keeping its degree", () => {
    const g = buildGraph(
      overview([
        node("metric:accuracy", "metric", 400),
        node("task:cls", "task", 200),
        node("dataset:d", "dataset", 80),
      ]),
    );
    expect(g.getNodeAttribute("metric:accuracy", "size")).toBe(g.getNodeAttribute("dataset:d", "size"));
    expect(g.getNodeAttribute("task:cls", "size")).toBe(g.getNodeAttribute("dataset:d", "size"));
    expect(g.getNodeAttribute("metric:accuracy", "degree")).toBe(400);
  });

  it("leaves generic hubs sized by degree when no subject is drawn, and smaller ones alone", () => {
    const alone = buildGraph(overview([node("metric:accuracy", "metric", 400)]));
    expect(alone.getNodeAttribute("metric:accuracy", "size")).toBe(sizeForDegree(400));
    const small = buildGraph(overview([node("metric:f1", "metric", 10), node("model:m", "model", 50)]));
    expect(small.getNodeAttribute("metric:f1", "size")).toBe(sizeForDegree(10));
  });

  it("draws smaller dots in a crowded graph", () => {
    const crowded = buildGraph(overview([node("model:m", "model", 50)], CROWDED_GRAPH));
    const sparse = buildGraph(overview([node("model:m", "model", 50)], 3));
    expect(crowded.getNodeAttribute("model:m", "size")).toBe(sizeForDegree(50, true));
    expect(crowded.getNodeAttribute("model:m", "size")).toBeLessThan(sparse.getNodeAttribute("model:m", "size"));
  });

  it("draws a crowded graph of hubs relative to its median degree, and a smaller corpus's by degree", () => {
    // 200 hubs of degree 100 to 299: drawn by degree, most would take the largest size.
    const hubs = Array.from({ length: 200 }, (_, i) => node(`dataset:${i}`, "dataset", 100 + i));
    const g = buildGraph(overview(hubs));
    const sizes = hubs.map((h) => g.getNodeAttribute(h.id, "size"));
    const largest = Math.max(...sizes);
    expect(sizes.filter((s) => s === largest).length).toBeLessThan(5);
    expect(g.getNodeAttribute("dataset:0", "size")).toBeLessThan(g.getNodeAttribute("dataset:199", "size"));
    expect(g.getNodeAttribute("dataset:199", "degree")).toBe(299);
    // A median at or below the typical degree: sizes are the degree's own.
    const small = buildGraph(overview([node("model:m", "model", 50)], CROWDED_GRAPH));
    expect(small.getNodeAttribute("model:m", "size")).toBe(sizeForDegree(50, true));
  });
});
