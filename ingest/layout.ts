// Computes positions (ForceAtlas2), communities (Louvain) and degrees for the whole graph, once per ingest,
// so the browser draws a laid-out graph at once instead of running a layout on every visit. Pure.

import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { stableHash } from "../domain/identity.js";
import { seededRng } from "../domain/random.js";
import type { NodeLabel } from "../domain/types.js";
import type { LayoutRow } from "../store/types.js";
import { computeLargeLayout } from "./layout-large.js";
import { packLayoutInput, unpackLayoutInput, type PackedInput } from "./layout-packed.js";
import { storedCoordinate } from "./layout-coordinate.js";

export interface LayoutInput {
  nodes: { id: string; label: NodeLabel }[];
  edges: [source: string, target: string][];
}

/** Fewer iterations as the graph grows: the work per iteration grows with it (Barnes-Hut, STACK-FACTS). */
export function layoutIterations(order: number, size: number): number {
  return Math.round(Math.max(15, Math.min(150, 1_000_000 / Math.max(1, order + size))));
}

/** Above this many nodes ForceAtlas2 runs on the best-connected ones only (see layout-large.ts). */
export const FULL_LAYOUT_MAX_NODES = 20_000;
const LARGE_LAYOUT = { coreSize: 5000, budgetMs: 4000, maxIterations: 100, rng: seededRng };

/** computeLayout of a packed input; a big graph stays packed throughout. */
export function computePackedLayout(packed: PackedInput): LayoutRow[] {
  return packed.ids.length > FULL_LAYOUT_MAX_NODES
    ? computeLargeLayout(packed, LARGE_LAYOUT)
    : computeLayout(unpackLayoutInput(packed));
}

export function computeLayout(input: LayoutInput): LayoutRow[] {
  if (input.nodes.length > FULL_LAYOUT_MAX_NODES) {
    return computeLargeLayout(packLayoutInput(input), LARGE_LAYOUT);
  }
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const label = new Map<string, NodeLabel>();
  for (const n of input.nodes) {
    label.set(n.id, n.label);
    graph.mergeNode(n.id);
  }
  for (const [s, t] of input.edges) if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.mergeEdge(s, t);
  if (graph.order === 0) return [];

  const communities = louvain(graph, { rng: seededRng(42) });
  // Start each community around its own point on a circle: ForceAtlas2 then converges in few iterations.
  const count = Math.max(1, new Set(Object.values(communities)).size);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((id) => {
    const c = communities[id] ?? 0;
    const jitter = seededRng(parseInt(stableHash(id).slice(0, 8), 16));
    const angle = (2 * Math.PI * c) / count;
    const spread = Math.sqrt(graph.order / count) * 5;
    graph.mergeNodeAttributes(id, {
      x: radius * Math.cos(angle) + (jitter() - 0.5) * spread,
      y: radius * Math.sin(angle) + (jitter() - 0.5) * spread,
    });
  });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
  forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order, graph.size), settings });

  return graph.mapNodes((id, attrs) => ({
    id,
    label: label.get(id)!,
    x: storedCoordinate(attrs.x),
    y: storedCoordinate(attrs.y),
    degree: graph.degree(id),
    community: communities[id] ?? 0,
  }));
}
