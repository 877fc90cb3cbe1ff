// Builds the typed graphology graph the explorer draws from an API response. Pure.
import Graph from "graphology";
import type { GraphNode, GraphResponse, NodeKind, RelationType } from "../../../domain/types.js";
import { CROWDED_GRAPH, KIND_COLORS, sizeForDegree } from "./appearance.js";

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

/** Kinds most papers name in passing ("accuracy", "classification"): context for a paper more than its subject. */
const GENERIC_KINDS: ReadonlySet<NodeKind> = new Set(["metric", "task"]);
const SUBJECT_KINDS: ReadonlySet<NodeKind> = new Set(["model", "dataset", "benchmark"]);

/** The median degree up to which a crowded graph's dots are drawn by their own degree. */
const TYPICAL_DEGREE = 8;

/**
 * A big corpus's overview holds hubs only (the real corpus: the least connected of its 1,000 nodes has degree 15,
 * the median 75), and drawn by degree nearly every dot took the largest size. Degrees are scaled so that the median
 * node is drawn as one of degree TYPICAL_DEGREE; a smaller corpus's overview (median below it) is drawn as it is.
 */
function degreeScale(degrees: number[]): number {
  if (!degrees.length) return 1;
  const sorted = [...degrees].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return median > TYPICAL_DEGREE ? TYPICAL_DEGREE / median : 1;
}

/**
 * The overview graph. A metric or task is drawn no bigger than the best-connected model, dataset or benchmark:
 * on the real corpus "accuracy" and "classification" are linked to many times more papers than any model, and
 * drawn by degree they would be the picture. Their degree (filters, exports) stays as it is.
 */
export function buildGraph(response: GraphResponse): PaperGraph {
  const graph = newPaperGraph();
  const crowded = response.nodes.length > CROWDED_GRAPH;
  let subjectMax = 0;
  for (const n of response.nodes) if (SUBJECT_KINDS.has(n.kind)) subjectMax = Math.max(subjectMax, n.degree);
  const cappedDegree = (n: GraphNode) =>
    GENERIC_KINDS.has(n.kind) && subjectMax > 0 ? Math.min(n.degree, subjectMax) : n.degree;
  const scale = crowded ? degreeScale(response.nodes.map(cappedDegree)) : 1;
  const drawnDegree = (n: GraphNode) => cappedDegree(n) * scale;
  for (const n of response.nodes) {
    graph.addNode(n.id, {
      kind: n.kind,
      label: n.label,
      x: n.x,
      y: n.y,
      size: sizeForDegree(drawnDegree(n), crowded),
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
