// Turns query rows into a graph when they hold nodes, relationships or paths (tagged `_kind` by the server):
// nodes keyed by their domain id, relationships joined through the database's internal ids. Pure.
import { circular } from "graphology-library/layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { NODE_LABELS, type CypherValue, type NodeKind } from "../../../domain/types.js";
import { KIND_COLORS, sizeForDegree } from "../graph/appearance.js";
import { newPaperGraph, type EdgeRelation, type PaperGraph } from "../graph/build-graph.js";

type Tagged = { [key: string]: CypherValue };

const KIND_OF_LABEL = new Map<string, NodeKind>(
  Object.entries(NODE_LABELS).map(([kind, label]) => [label, kind as NodeKind]),
);

const isTagged = (v: CypherValue, kind: string): v is Tagged =>
  typeof v === "object" && v !== null && !Array.isArray(v) && v._kind === kind;

/** Every node and relationship anywhere in the rows (inside lists and paths too). */
export function collectGraphValues(rows: Record<string, CypherValue>[]): { nodes: Tagged[]; rels: Tagged[] } {
  const nodes: Tagged[] = [];
  const rels: Tagged[] = [];
  const visit = (v: CypherValue) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isTagged(v, "node")) nodes.push(v);
    else if (isTagged(v, "relationship")) rels.push(v);
    else if (isTagged(v, "path")) {
      visit(v.nodes ?? null);
      visit(v.relationships ?? null);
    }
  };
  for (const row of rows) for (const v of Object.values(row)) visit(v);
  return { nodes, rels };
}

const nodeLabel = (n: Tagged) => String(n.name ?? n.title ?? n.id ?? n._id);

/** A laid-out graph of the rows' nodes and relationships, or null when they hold none. */
export function resultGraph(rows: Record<string, CypherValue>[]): PaperGraph | null {
  const { nodes, rels } = collectGraphValues(rows);
  if (nodes.length === 0) return null;
  const graph = newPaperGraph();
  const keyOfInternal = new Map<string, string>();
  for (const n of nodes) {
    const key = String(n.id ?? n._id);
    keyOfInternal.set(String(n._id), key);
    if (graph.hasNode(key)) continue;
    const kind = KIND_OF_LABEL.get(String(n._label)) ?? "repo";
    graph.addNode(key, {
      kind,
      label: nodeLabel(n),
      x: 0,
      y: 0,
      size: 4,
      color: KIND_COLORS[kind],
      degree: 0,
    });
  }
  for (const r of rels) {
    const source = keyOfInternal.get(String(r._src));
    const target = keyOfInternal.get(String(r._dst));
    if (!source || !target || source === target || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, {
      relation: String(r._label) as EdgeRelation,
      size: 1.2,
      color: "#aab2c0",
      label: String(r._label),
    });
  }
  graph.forEachNode((id) => {
    const degree = graph.degree(id);
    graph.mergeNodeAttributes(id, { degree, size: sizeForDegree(degree) + 3 });
  });
  circular.assign(graph, { scale: 100 });
  if (graph.size > 0) {
    forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  }
  return graph;
}
