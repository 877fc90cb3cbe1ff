// Builds the typed graphology graph the explorer draws from an API response. Pure.
import Graph from "graphology";
import type { GraphResponse, NodeKind, RelationType } from "../../../domain/types.js";
import { KIND_COLORS, sizeForDegree } from "./appearance.js";

export interface NodeAttrs {
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
}
// Not `type`: sigma reads an edge's `type` to choose its renderer.
export interface EdgeAttrs {
  relation: RelationType;
  size: number;
  color: string;
}
export type PaperGraph = Graph<NodeAttrs, EdgeAttrs>;

export function buildGraph(response: GraphResponse): PaperGraph {
  const graph: PaperGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: false });
  for (const n of response.nodes) {
    graph.addNode(n.id, {
      kind: n.kind,
      label: n.kind === "paper" && n.label.length > 60 ? `${n.label.slice(0, 57)}…` : n.label,
      x: n.x,
      y: n.y,
      size: sizeForDegree(n.degree),
      color: KIND_COLORS[n.kind],
      degree: n.degree,
    });
  }
  for (const e of response.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
      graph.addEdge(e.source, e.target, { relation: e.type, size: 0.6, color: "#d5d9e0" });
    }
  }
  return graph;
}
