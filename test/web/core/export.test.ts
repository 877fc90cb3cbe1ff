// Export: the visible subgraph with display colours and full labels, written as CSV (nodes and edges), GEXF 1.3
// and GraphML, checked for structure and parsed back; hostile text neutralised (formulas, XML-forbidden chars).

import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-library/gexf";
import { parse as parseGraphml } from "graphology-library/graphml";
import { describe, expect, it } from "vitest";
import {
  csvCell,
  edgesToCsv,
  GEXF_NAMESPACE,
  GEXF_VIZ_NAMESPACE,
  nodesToCsv,
  rgbOf,
  toGexf,
  toGraphML,
  visibleSubgraph,
  xmlText,
} from "../../../web/src/core/export/index.js";
import { newPaperGraph } from "../../../web/src/graph/build-graph.js";

const LONG_TITLE =
  "A Very Long Paper Title That Goes On Well Past Sixty Characters, So The Canvas Would Shorten It: A Study";
const HOSTILE = '=HYPERLINK("http://x")\u0001\u000b\uffff tab\there';

const graph = newPaperGraph();
const base = { x: 1.5, y: -2, size: 4, color: "#111111", degree: 2 };
graph.addNode("arxiv:1", { ...base, kind: "paper", label: 'A "quoted", <odd> & paper', date: "2024-01-02" });
graph.addNode("arxiv:2", { ...base, kind: "paper", label: LONG_TITLE, date: "--03-12", pinned: true });
graph.addNode("dataset:imagenet", { ...base, kind: "dataset", label: "ImageNet", community: 3 });
graph.addNode("model:evil", { ...base, kind: "model", label: HOSTILE });
graph.addNode("model:hidden", { ...base, kind: "model", label: "Hidden" });
graph.addNode("bundle:x", { ...base, kind: "paper", label: "9 papers use X", isBundle: true });
graph.addEdge("arxiv:1", "dataset:imagenet", { relation: "USES", size: 1, color: "#ccc" });
graph.addEdge("arxiv:2", "dataset:imagenet", {
  relation: "USES",
  size: 1,
  color: "#ccc",
  weight: 2,
  label: "2 papers",
});
graph.addEdge("arxiv:1", "model:hidden", { relation: "USES", size: 1, color: "#ccc" });
graph.addEdge("arxiv:2", "model:evil", { relation: "PROPOSES", size: 1, color: "#ccc" });

const colour = (id: string) => (id === "arxiv:1" ? "#ff0000" : id === "model:evil" ? "rgb(1, 2, 3)" : "#0f0");
const sub = visibleSubgraph(graph, new Set(["model:hidden"]), colour);
const IDS = ["arxiv:1", "arxiv:2", "dataset:imagenet", "model:evil"];

describe("visibleSubgraph", () => {
  it("leaves out hidden nodes, bundles and their links, and takes the displayed colour and every attribute", () => {
    expect(sub.nodes()).toEqual(IDS);
    expect(sub.size).toBe(3);
    expect(sub.getNodeAttributes("arxiv:2")).toMatchObject({ label: LONG_TITLE, pinned: true, year: null });
    expect(sub.getNodeAttribute("arxiv:1", "year")).toBe(2024);
    expect(sub.getNodeAttribute("arxiv:1", "color")).toBe("#ff0000");
  });
});

describe("CSV", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+33 1", "'+33 1"],
    ["-x", "'-x"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ["a,b", '"a,b"'],
    ["plain", "plain"],
    [-1, "-1"],
    [null, ""],
  ] as const)("cell %j → %j", (value, cell) => expect(csvCell(value)).toBe(cell));

  it("writes nodes and edges files that parse back, full labels and formulas neutralised", () => {
    const nodes = parseCsv(nodesToCsv(sub), { columns: true }) as Record<string, string>[];
    expect(nodes.map((r) => [r.id, r.kind, r.community, r.date, r.year])).toEqual([
      ["arxiv:1", "paper", "-1", "2024-01-02", "2024"],
      ["arxiv:2", "paper", "-1", "'--03-12", ""],
      ["dataset:imagenet", "dataset", "3", "", ""],
      ["model:evil", "model", "-1", "", ""],
    ]);
    expect(nodes[1]!.label).toBe(LONG_TITLE);
    expect(nodes[3]!.label).toBe(`'${HOSTILE}`);
    const edges = parseCsv(edgesToCsv(sub), { columns: true }) as Record<string, string>[];
    expect(edges.map((r) => [r.source, r.target, r.relation, r.weight, r.label])).toEqual([
      ["arxiv:1", "dataset:imagenet", "USES", "1", ""],
      ["arxiv:2", "dataset:imagenet", "USES", "2", "2 papers"],
      ["arxiv:2", "model:evil", "PROPOSES", "1", ""],
    ]);
  });
});

describe("XML text", () => {
  it("drops what XML 1.0 forbids and escapes markup", () => {
    expect(xmlText("a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ti\nj\rk")).toBe("abcdefgh&#9;i&#10;j&#13;k");
    expect(xmlText(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });
  it.each([
    ["#0f0", [0, 255, 0]],
    ["#1d2330", [29, 35, 48]],
    ["rgb(1, 2, 3)", [1, 2, 3]],
    ["hsl(1, 2%, 3%)", null],
  ])("rgbOf(%s)", (color, rgb) => expect(rgbOf(color)).toEqual(rgb));
});

// The characters XML 1.0 forbids, which no export may contain.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ARRAYS = ["node", "edge", "attribute", "attvalue", "attributes", "key", "data"];
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.includes(name),
});

/** What the GEXF 1.3 schema requires of what we write, checked element by element. */
function checkGexfStructure(text: string): void {
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = xml.parse(text);
  const gexf = doc.gexf;
  expect(gexf.xmlns).toBe(GEXF_NAMESPACE);
  expect(gexf["xmlns:viz"]).toBe(GEXF_VIZ_NAMESPACE);
  expect(gexf.version).toBe("1.3");
  expect(gexf.graph.defaultedgetype).toMatch(/^(directed|undirected|mutual)$/);
  const declared = new Map<string, Set<string>>();
  for (const a of gexf.graph.attributes) {
    expect(a.class).toMatch(/^(node|edge)$/);
    declared.set(
      a.class,
      new Set(
        a.attribute.map((x: { id: string; type: string }) => {
          expect(x.type).toMatch(/^(integer|long|double|float|boolean|string|liststring|anyURI|date)$/);
          return x.id;
        }),
      ),
    );
  }
  const ids = new Set<string>();
  for (const n of gexf.graph.nodes.node) {
    expect(n.id).toBeTruthy();
    expect(ids.has(n.id)).toBe(false);
    ids.add(n.id);
    for (const v of n.attvalues.attvalue) expect(declared.get("node")!.has(v.for)).toBe(true);
    if (n["viz:color"]) for (const c of ["r", "g", "b"]) expect(Number(n["viz:color"][c])).toBeLessThanOrEqual(255);
    expect(Number.isFinite(Number(n["viz:position"].x))).toBe(true);
    expect(Number(n["viz:size"].value)).toBeGreaterThanOrEqual(0);
  }
  const edgeIds = new Set<string>();
  for (const e of gexf.graph.edges.edge) {
    expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(edgeIds.has(e.id)).toBe(false);
    edgeIds.add(e.id);
    for (const v of e.attvalues.attvalue) expect(declared.get("edge")!.has(v.for)).toBe(true);
  }
}

describe("GEXF 1.3", () => {
  const text = toGexf(sub, "2026-12-01");
  it("has the 1.3 and viz namespaces and the schema's structure", () => checkGexfStructure(text));
  it("holds no character XML forbids", () => {
    expect(FORBIDDEN.test(text)).toBe(false);
  });
  it("parses back with graphology: full labels, attributes, colours and positions", () => {
    const back = parseGexf(Graph, text);
    expect(back.nodes()).toEqual(IDS);
    expect(back.size).toBe(3);
    expect(back.getNodeAttribute("arxiv:2", "label")).toBe(LONG_TITLE);
    expect(back.getNodeAttribute("arxiv:1", "label")).toBe('A "quoted", <odd> & paper');
    expect(back.getNodeAttribute("model:evil", "label")).toBe('=HYPERLINK("http://x") tab\there');
    expect(back.getNodeAttributes("dataset:imagenet")).toMatchObject({ kind: "dataset", community: 3, x: 1.5, y: -2 });
    expect(back.getNodeAttribute("arxiv:1", "color")).toBe("rgb(255,0,0)");
    expect(back.getNodeAttribute("arxiv:2", "pinned")).toBe(true);
    expect(back.getEdgeAttributes(back.edge("arxiv:2", "dataset:imagenet")!)).toMatchObject({
      relation: "USES",
      weight: 2,
      label: "2 papers",
    });
  });
});

describe("GraphML", () => {
  const text = toGraphML(sub);
  it("is well-formed with typed keys, and holds no forbidden character", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text).graphml;
    expect(doc.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    const keys = new Set(
      doc.key.map((k: { id: string; "attr.type": string }) => {
        expect(k["attr.type"]).toMatch(/^(boolean|int|long|float|double|string)$/);
        return k.id;
      }),
    );
    for (const n of doc.graph.node) for (const d of n.data) expect(keys.has(d.key)).toBe(true);
    expect(FORBIDDEN.test(text)).toBe(false);
  });
  it("parses back with graphology, full labels and all attributes", () => {
    const back = parseGraphml(Graph, text);
    expect(back.nodes()).toEqual(IDS);
    expect(back.getNodeAttribute("arxiv:2", "label")).toBe(LONG_TITLE);
    expect(back.getNodeAttributes("arxiv:1")).toMatchObject({ kind: "paper", year: 2024, color: "#ff0000" });
    expect(back.getEdgeAttributes(back.edge("arxiv:2", "dataset:imagenet")!)).toMatchObject({ weight: 2 });
  });
});
