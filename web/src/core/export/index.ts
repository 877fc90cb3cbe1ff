// Export of the current view: the drawn subgraph with its display attributes, as CSV, GEXF or GraphML. Pure.
import Graph from "graphology";
// graphology's GEXF writer alone: the package's entry points also load a parser that needs a DOM.
import writeGexf from "graphology-gexf/common/writer.js";
import type { EdgeAttrs, NodeAttrs, PaperGraph } from "../../graph/build-graph.js";

/** What a node looks like in the view: the colour the active colour mode gives it. */
export type ColorOf = (id: string, attrs: NodeAttrs) => string;

export interface ExportNode {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  community: number;
  date: string;
}
export interface ExportEdge {
  relation: string;
  weight: number;
}
export type ExportGraph = Graph<ExportNode, ExportEdge>;

/** The visible part of `graph` (hidden nodes and links left out), attributes flattened for file formats. */
export function visibleSubgraph(
  graph: PaperGraph,
  hidden: ReadonlySet<string>,
  colorOf: ColorOf,
  edgeVisible: (attrs: EdgeAttrs) => boolean = () => true,
): ExportGraph {
  const out: ExportGraph = new Graph<ExportNode, ExportEdge>({ type: "directed", multi: false });
  graph.forEachNode((id, a) => {
    if (hidden.has(id) || a.isBundle) return;
    out.addNode(id, {
      label: a.label,
      kind: a.kind,
      x: Math.round(a.x * 100) / 100,
      y: Math.round(a.y * 100) / 100,
      size: Math.round(a.size * 100) / 100,
      color: colorOf(id, a),
      degree: a.degree,
      community: a.community ?? -1,
      date: a.date ?? "",
    });
  });
  graph.forEachEdge((_, a, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && edgeVisible(a) && !out.hasEdge(source, target)) {
      out.addEdge(source, target, { relation: a.relation, weight: a.weight ?? 1 });
    }
  });
  return out;
}

const CSV_COLUMNS = ["id", "label", "kind", "degree", "community", "date", "x", "y", "color"] as const;

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per node (RFC 4180 quoting). */
export function nodesToCsv(graph: ExportGraph): string {
  const rows = [CSV_COLUMNS.join(",")];
  graph.forEachNode((id, a) => {
    const values = { id, ...a };
    rows.push(CSV_COLUMNS.map((c) => csvCell(values[c])).join(","));
  });
  return `${rows.join("\r\n")}\r\n`;
}

export function toGexf(graph: ExportGraph): string {
  return writeGexf(graph as unknown as Graph, { pretty: true });
}

const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

const NODE_KEYS: [keyof ExportNode, "string" | "double" | "int"][] = [
  ["label", "string"],
  ["kind", "string"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["color", "string"],
  ["degree", "int"],
  ["community", "int"],
  ["date", "string"],
];
const EDGE_KEYS: [keyof ExportEdge, "string" | "double"][] = [
  ["relation", "string"],
  ["weight", "double"],
];

/** GraphML (graphology's GraphML package reads it but has no writer): typed keys, one data element per attribute. */
export function toGraphML(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="papergraph" edgedefault="directed">',
  ];
  graph.forEachNode((id, a) => {
    const data = NODE_KEYS.map(([k]) => `<data key="${k}">${xml(String(a[k]))}</data>`).join("");
    lines.push(`    <node id="${xml(id)}">${data}</node>`);
  });
  graph.forEachEdge((_, a, source, target) => {
    const data = EDGE_KEYS.map(([k]) => `<data key="e_${k}">${xml(String(a[k]))}</data>`).join("");
    lines.push(`    <edge source="${xml(source)}" target="${xml(target)}">${data}</edge>`);
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
