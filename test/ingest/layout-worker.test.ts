// The layout on a worker thread answers exactly what computeLayout answers in this thread: the packing of the
// input across the thread boundary loses no node or edge (an edge to an unknown node is dropped on both sides).

import { describe, expect, it } from "vitest";
import type { NodeLabel } from "../../domain/types.js";
import { computeLayout, type LayoutInput } from "../../ingest/layout.js";
import { computeLayoutInWorker } from "../../ingest/layout-worker.js";

function input(): LayoutInput {
  const nodes: { id: string; label: NodeLabel }[] = [];
  const edges: [string, string][] = [];
  for (let d = 0; d < 7; d++) nodes.push({ id: `dataset:d${d}`, label: "Dataset" });
  for (let p = 0; p < 300; p++) {
    nodes.push({ id: `arxiv:${p}`, label: "Paper" });
    edges.push([`arxiv:${p}`, `dataset:d${p % 7}`]);
    if (p % 4 === 0) edges.push([`arxiv:${p}`, `dataset:d${(p * 3) % 7}`]);
  }
  nodes.push({ id: "task:alone", label: "Task" });
  edges.push(["arxiv:1", "model:not-a-node"]);
  return { nodes, edges };
}

describe("computeLayoutInWorker", () => {
  it("gives the same rows as computeLayout", async () => {
    const expected = computeLayout(input());
    const rows = await computeLayoutInWorker(input());
    expect(rows).toHaveLength(input().nodes.length);
    expect(rows).toEqual(expected);
    expect(rows.find((r) => r.id === "dataset:d0")!.degree).toBeGreaterThan(40);
  }, 60_000);
});
