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
  community?: number;
  /** Papers: `YYYY-MM-DD` (or `--MM-DD`) when known. */
  date?: string | null;
  /** Neighbourhood view. */
  pinned?: boolean;
  expanded?: boolean;
  /** A bundle node stands for the unopened rest of a node's neighbours of one kind and relation. */
  isBundle?: boolean;
  /** Always labelled (small views such as an ego view of related models). */
  forceLabel?: boolean;
}
/** Edge kinds: paper → entity relations, and the projections' links. */
export type EdgeRelation = RelationType | "CO_USED";
// Not `type`: sigma reads an edge's `type` to choose its renderer.
export interface EdgeAttrs {
  relation: EdgeRelation;
  size: number;
  color: string;
  /** Projection weight (papers naming both models; shared item rarity). */
  weight?: number;
  label?: string;
}
export type PaperGraph = Graph<NodeAttrs, EdgeAttrs>;

export const newPaperGraph = (): PaperGraph => new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: false });

/** What the canvas draws for a label (the graph keeps the full label: exports and the panel use it). */
export const shortLabel = (kind: NodeKind, label: string) =>
  kind === "paper" && label.length > 60 ? `${label.slice(0, 57)}…` : label;

export function buildGraph(response: GraphResponse): PaperGraph {
  const graph = newPaperGraph();
  for (const n of response.nodes) {
    graph.addNode(n.id, {
      kind: n.kind,
      label: n.label,
      x: n.x,
      y: n.y,
      size: sizeForDegree(n.degree),
      color: KIND_COLORS[n.kind],
      degree: n.degree,
      community: n.community,
      date: n.date ?? (n.year ? String(n.year) : null),
    });
  }
  for (const e of response.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
      graph.addEdge(e.source, e.target, { relation: e.type, size: 0.6, color: "#d5d9e0" });
    }
  }
  return graph;
}
