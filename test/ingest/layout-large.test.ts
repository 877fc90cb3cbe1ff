// The layout for big graphs: every node placed, degrees from the deduplicated edges, and the same on every run.

import { describe, expect, it } from "vitest";
import { computeLargeLayout } from "../../ingest/layout-large.js";
import { packLayoutInput } from "../../ingest/layout-packed.js";
import type { NodeLabel } from "../../domain/types.js";

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Papers linked to a few shared datasets and one model of their own; plus a component away from the rest. */
function graph() {
  const nodes: { id: string; label: NodeLabel }[] = [];
  const edges: [string, string][] = [];
  for (let d = 0; d < 5; d++) nodes.push({ id: `dataset:d${d}`, label: "Dataset" });
  for (let p = 0; p < 400; p++) {
    nodes.push({ id: `arxiv:p${p}`, label: "Paper" }, { id: `model:m${p}`, label: "Model" });
    edges.push([`arxiv:p${p}`, `dataset:d${p % 5}`], [`arxiv:p${p}`, `model:m${p}`]);
    if (p % 3 === 0) edges.push([`arxiv:p${p}`, `dataset:d${(p + 1) % 5}`], [`arxiv:p${p}`, `model:m${p}`]);
  }
  nodes.push({ id: "arxiv:lonely", label: "Paper" }, { id: "task:alone", label: "Task" });
  edges.push(["arxiv:lonely", "task:alone"]);
  return packLayoutInput({ nodes, edges });
}

const options = { coreSize: 50, budgetMs: 1000, maxIterations: 30, rng: seeded };

describe("computeLargeLayout", () => {
  it("places every node at a finite position with its degree", () => {
    const rows = computeLargeLayout(graph(), options);
    expect(rows).toHaveLength(807);
    expect(rows.every((r) => Number.isFinite(r.x) && Number.isFinite(r.y))).toBe(true);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("model:m3")!.degree).toBe(1); // the repeated edge counts once
    expect(byId.get("arxiv:p3")!.degree).toBe(3);
    expect(byId.get("dataset:d0")!.degree).toBeGreaterThan(80);
    expect(byId.get("task:alone")!.community).toBe(byId.get("arxiv:lonely")!.community);
  });

  it("gives the same layout on every run", () => {
    const strip = (rows: ReturnType<typeof computeLargeLayout>) => rows.map((r) => [r.id, r.x, r.y, r.community]);
    expect(strip(computeLargeLayout(graph(), options))).toEqual(strip(computeLargeLayout(graph(), options)));
  });
});
