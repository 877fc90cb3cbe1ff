// Export of the current view: the drawn subgraph with every attribute and full labels, as CSV (nodes and edges
// files), GEXF 1.3 or GraphML. Pure. XML exports drop the characters XML 1.0 forbids; CSV cells a spreadsheet
// would run as a formula are neutralised.
import Graph from "graphology";
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
  year: number | null;
  pinned: boolean;
  expanded: boolean;
}
export interface ExportEdge {
  relation: string;
  weight: number;
  /** Why the link is there, when the view says ("3 papers name both"). */
  label: string;
}
export type ExportGraph = Graph<ExportNode, ExportEdge>;

const yearOf = (date: string | null | undefined) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

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
      year: yearOf(a.date),
      pinned: a.pinned ?? false,
      expanded: a.expanded ?? false,
    });
  });
  graph.forEachEdge((_, a, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && edgeVisible(a) && !out.hasEdge(source, target)) {
      out.addEdge(source, target, { relation: a.relation, weight: a.weight ?? 1, label: a.label ?? "" });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

const NODE_COLUMNS = ["id", "label", "kind", "degree", "community", "date", "year", "x", "y", "size", "color"] as const;
const EDGE_COLUMNS = ["source", "target", "relation", "weight", "label"] as const;

/**
 * One CSV cell (RFC 4180 quoting). A text starting with = + - @, a tab or a carriage return is what spreadsheets
 * run as a formula: it gets a leading apostrophe (OWASP's advice). Numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per node. */
export function nodesToCsv(graph: ExportGraph): string {
  const rows = [NODE_COLUMNS.join(",")];
  graph.forEachNode((id, a) => {
    const values = { id, ...a };
    rows.push(NODE_COLUMNS.map((c) => csvCell(values[c])).join(","));
  });
  return `${rows.join("\r\n")}\r\n`;
}

/** One row per link, its ends named by node id (the `id` column of the nodes file). */
export function edgesToCsv(graph: ExportGraph): string {
  const rows = [EDGE_COLUMNS.join(",")];
  graph.forEachEdge((_, a, source, target) => {
    const values = { source, target, ...a };
    rows.push(EDGE_COLUMNS.map((c) => csvCell(values[c])).join(","));
  });
  return `${rows.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// XML (GEXF, GraphML)

// XML 1.0 allows neither these control characters nor U+FFFE/U+FFFF, even escaped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Tabs and line breaks as references: a parser turns them into spaces inside attribute values otherwise.
const XML_ESCAPES: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Text safe in an XML attribute or element: forbidden characters dropped, markup escaped. */
export function xmlText(value: string | number | boolean | null): string {
  return String(value ?? "")
    .replace(XML_FORBIDDEN, "")
    .replace(/[<>&"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);
}

type XmlType = "string" | "double" | "integer" | "boolean";
const NODE_ATTRIBUTES: [Exclude<keyof ExportNode, "label" | "x" | "y" | "size" | "color">, XmlType][] = [
  ["kind", "string"],
  ["degree", "integer"],
  ["community", "integer"],
  ["date", "string"],
  ["year", "integer"],
  ["pinned", "boolean"],
  ["expanded", "boolean"],
];
const EDGE_ATTRIBUTES: [keyof ExportEdge, XmlType][] = [
  ["relation", "string"],
  ["weight", "double"],
  ["label", "string"],
];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` as numbers, else null (the colour then travels as an attribute only). */
export function rgbOf(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join("") : hex[1]!;
    const n = parseInt(h, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/i.exec(color.trim());
  return rgb
    ? ([Number(rgb[1]), Number(rgb[2]), Number(rgb[3])].map((v) => Math.min(255, v)) as [number, number, number])
    : null;
}

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/** GEXF 1.3: typed attributes, full labels, and position, size and colour in the viz namespace (Gephi reads them). */
export function toGexf(graph: ExportGraph, today = new Date().toISOString().slice(0, 10)): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${today}">`,
    "    <creator>papergraph</creator>",
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    ...NODE_ATTRIBUTES.map(([k, t]) => `      <attribute id="${k}" title="${k}" type="${t}"/>`),
    '      <attribute id="color" title="color" type="string"/>',
    "    </attributes>",
    '    <attributes class="edge" mode="static">',
    ...EDGE_ATTRIBUTES.map(([k, t]) => `      <attribute id="${k}" title="${k}" type="${t}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  graph.forEachNode((id, a) => {
    const values = NODE_ATTRIBUTES.filter(([k]) => a[k] !== null).map(
      ([k]) => `<attvalue for="${k}" value="${xmlText(a[k])}"/>`,
    );
    values.push(`<attvalue for="color" value="${xmlText(a.color)}"/>`);
    const rgb = rgbOf(a.color);
    lines.push(
      `      <node id="${xmlText(id)}" label="${xmlText(a.label)}">`,
      `        <attvalues>${values.join("")}</attvalues>`,
      ...(rgb ? [`        <viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`] : []),
      `        <viz:position x="${a.x}" y="${a.y}" z="0"/>`,
      `        <viz:size value="${a.size}"/>`,
      "      </node>",
    );
  });
  lines.push("    </nodes>", "    <edges>");
  let n = 0;
  graph.forEachEdge((_, a, source, target) => {
    const values = EDGE_ATTRIBUTES.map(([k]) => `<attvalue for="${k}" value="${xmlText(a[k])}"/>`).join("");
    lines.push(
      `      <edge id="${n++}" source="${xmlText(source)}" target="${xmlText(target)}" weight="${a.weight}">` +
        `<attvalues>${values}</attvalues></edge>`,
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

const GRAPHML_TYPES: Record<XmlType, string> = {
  string: "string",
  double: "double",
  integer: "int",
  boolean: "boolean",
};
const GRAPHML_NODE_KEYS: [keyof ExportNode, XmlType][] = [
  ["label", "string"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["color", "string"],
  ...NODE_ATTRIBUTES,
];

// Characters outside XML 1.0 (fifth edition) NameChar, of which an xs:NMTOKEN is made; and a `_` that would read
// as the start of an escape.
const NOT_NMTOKEN =
  /_(?=x[0-9A-F]{4,6}_)|[^-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/gu;

/**
 * A node id as the GraphML schema wants it, an xs:NMTOKEN: name characters pass, any other character becomes
 * `_xHHHH_` (its code point; the XmlConvert.EncodeName convention), and so does a `_` that would start such an
 * escape, so distinct ids stay distinct. Ids that are NMTOKENs already (folded names, new arXiv ids) are unchanged.
 */
export function graphmlId(id: string): string {
  return id.replace(NOT_NMTOKEN, (c) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}_`);
}

/**
 * GraphML (graphology's GraphML package reads it but has no writer): typed keys, one data element per attribute.
 * It validates against the GraphML XSD; a node whose id had to be escaped keeps its own id in the `id` key.
 */
export function toGraphML(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_NODE_KEYS.map(
      ([k, t]) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${GRAPHML_TYPES[t]}"/>`,
    ),
    '  <key id="id" for="node" attr.name="id" attr.type="string"/>',
    ...EDGE_ATTRIBUTES.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${GRAPHML_TYPES[t]}"/>`,
    ),
    '  <graph id="papergraph" edgedefault="directed">',
  ];
  graph.forEachNode((id, a) => {
    const data = GRAPHML_NODE_KEYS.filter(([k]) => a[k] !== null)
      .map(([k]) => `<data key="${k}">${xmlText(a[k])}</data>`)
      .join("");
    const safe = graphmlId(id);
    const own = safe === id ? "" : `<data key="id">${xmlText(id)}</data>`;
    lines.push(`    <node id="${xmlText(safe)}">${data}${own}</node>`);
  });
  graph.forEachEdge((_, a, source, target) => {
    const data = EDGE_ATTRIBUTES.map(([k]) => `<data key="e_${k}">${xmlText(a[k])}</data>`).join("");
    lines.push(
      `    <edge source="${xmlText(graphmlId(source))}" target="${xmlText(graphmlId(target))}">${data}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
