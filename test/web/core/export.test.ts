// Export: the visible subgraph with display colours, written as CSV, GEXF and GraphML and parsed back.

import { parse as parseCsv } from "csv-parse/sync";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-library/gexf";
import { parse as parseGraphml } from "graphology-library/graphml";
import { describe, expect, it } from "vitest";
import { nodesToCsv, toGexf, toGraphML, visibleSubgraph } from "../../../web/src/core/export/index.js";
import { newPaperGraph } from "../../../web/src/graph/build-graph.js";

const graph = newPaperGraph();
const base = { x: 1.5, y: -2, size: 4, color: "#111111", degree: 2 };
graph.addNode("arxiv:1", { ...base, kind: "paper", label: 'A "quoted", <odd> & paper', date: "2024-01-02" });
graph.addNode("dataset:imagenet", { ...base, kind: "dataset", label: "ImageNet", community: 3 });
graph.addNode("model:hidden", { ...base, kind: "model", label: "Hidden" });
graph.addNode("bundle:x", { ...base, kind: "paper", label: "9 papers use X", isBundle: true });
graph.addEdge("arxiv:1", "dataset:imagenet", { relation: "USES", size: 1, color: "#ccc" });
graph.addEdge("arxiv:1", "model:hidden", { relation: "USES", size: 1, color: "#ccc" });

const sub = visibleSubgraph(graph, new Set(["model:hidden"]), (id) => (id === "arxiv:1" ? "#ff0000" : "#00ff00"));

describe("visibleSubgraph", () => {
  it("leaves out hidden nodes, bundles and their links, and takes the displayed colour", () => {
    expect(sub.nodes()).toEqual(["arxiv:1", "dataset:imagenet"]);
    expect(sub.size).toBe(1);
    expect(sub.getNodeAttribute("arxiv:1", "color")).toBe("#ff0000");
  });
});

describe("file formats parse back", () => {
  it("CSV", () => {
    const rows = parseCsv(nodesToCsv(sub), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.label, r.kind, r.community, r.date])).toEqual([
      ["arxiv:1", 'A "quoted", <odd> & paper', "paper", "-1", "2024-01-02"],
      ["dataset:imagenet", "ImageNet", "dataset", "3", ""],
    ]);
  });

  it.each([
    ["GEXF", () => parseGexf(Graph, toGexf(sub))],
    ["GraphML", () => parseGraphml(Graph, toGraphML(sub))],
  ])("%s", (_, parse) => {
    const back = parse();
    expect(back.order).toBe(2);
    expect(back.size).toBe(1);
    expect(back.getNodeAttribute("arxiv:1", "label")).toBe('A "quoted", <odd> & paper');
    expect(back.getNodeAttribute("dataset:imagenet", "kind")).toBe("dataset");
    expect(back.hasEdge("arxiv:1", "dataset:imagenet")).toBe(true);
    expect(back.getEdgeAttributes(back.edges()[0]!).relation).toBe("USES");
  });
});
