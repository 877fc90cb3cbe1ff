// Filters: date bounds, the node-level test, entities hidden with their papers, and link weights.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  boundDate,
  dateInRange,
  dateSummary,
  edgePasses,
  hiddenNodes,
  nodePasses,
  type FilterableNode,
} from "../../../web/src/core/filters/index.js";
import { DEFAULT_FILTERS, type Filters } from "../../../web/src/core/url-state/index.js";

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe("dates", () => {
  it.each([
    ["2021", "from", "2021-01-01"],
    ["2021", "to", "2021-12-31"],
    ["2021-06", "to", "2021-06-31"],
    ["2021-06-15", "from", "2021-06-15"],
  ] as const)("boundDate(%s, %s)", (bound, side, out) => expect(boundDate(bound, side)).toBe(out));

  it.each([
    ["2022-03-01", "2021", "2022", true],
    ["2023-01-01", "2021", "2022", false],
    ["2021-06-30", "2021-06", null, true],
    ["2021-05-31", "2021-06", null, false],
    ["--03-12", "2021", null, false],
    [null, null, "2022", false],
    [null, null, null, true],
    ["2024", "2024-01", "2024-01", true],
  ])("%s in [%s, %s] is %s", (date, from, to, ok) => expect(dateInRange(date, from, to)).toBe(ok));
});

describe("nodePasses", () => {
  const paper: FilterableNode = { kind: "paper", degree: 3, date: "2022-05-01" };
  const hub: FilterableNode = { kind: "dataset", degree: 400 };
  it.each([
    [paper, f({}), true],
    [paper, f({ kinds: ["dataset"] }), false],
    [paper, f({ from: "2023" }), false],
    [paper, f({ minDegree: 4 }), false],
    [hub, f({ maxDegree: 100 }), false],
    [hub, f({ from: "2023" }), true],
    [{ ...hub, isBundle: true }, f({ maxDegree: 100 }), true],
  ])("%o with %o → %s", (node, filters, ok) => expect(nodePasses(node, filters)).toBe(ok));

  it("always keeps the focus", () => expect(nodePasses(paper, f({ kinds: [] }), true)).toBe(true));
});

describe("hiddenNodes", () => {
  const g = new Graph<FilterableNode>();
  g.addNode("p2020", { kind: "paper", degree: 1, date: "2020-01-01" });
  g.addNode("p2024", { kind: "paper", degree: 2, date: "2024-01-01" });
  g.addNode("d:old", { kind: "dataset", degree: 1 });
  g.addNode("d:both", { kind: "dataset", degree: 2 });
  g.addNode("m:alone", { kind: "model", degree: 0 });
  g.addEdge("p2020", "d:old");
  g.addEdge("p2020", "d:both");
  g.addEdge("p2024", "d:both");

  it.each([
    [f({}), null, []],
    [f({ from: "2023" }), null, ["p2020", "d:old"]],
    [f({ from: "2023" }), "p2020", []],
    [f({ minDegree: 1 }), null, ["m:alone"]],
    [f({ maxDegree: 1 }), null, ["p2024", "d:both"]],
  ])("%o keeping %s hides %o", (filters, keep, hidden) => {
    expect([...hiddenNodes(g, filters, keep)].sort()).toEqual([...hidden].sort());
  });

  it("weights", () => {
    expect(edgePasses(undefined, f({ minWeight: 5 }))).toBe(true);
    expect(edgePasses(4, f({ minWeight: 5 }))).toBe(false);
    expect(edgePasses(5, f({ minWeight: 5 }))).toBe(true);
  });
});

describe("undated papers", () => {
  const g = new Graph<FilterableNode>();
  g.addNode("p2019", { kind: "paper", degree: 1, date: "2019-05-01" });
  g.addNode("p2023", { kind: "paper", degree: 1, date: "2023" });
  g.addNode("p-yearless", { kind: "paper", degree: 1, date: "--03-12" });
  g.addNode("p-none", { kind: "paper", degree: 1 });
  g.addNode("bundle", { kind: "paper", degree: 0, isBundle: true });
  g.addNode("m", { kind: "model", degree: 4 });

  it("are counted, and the dated papers' years bound the slider", () => {
    expect(dateSummary(g)).toEqual({ papers: 4, undated: 2, minYear: 2019, maxYear: 2023 });
  });
  it("are hidden by date bounds unless kept", () => {
    expect([...hiddenNodes(g, f({ from: "2020" }), null)].sort()).toEqual(["p-none", "p-yearless", "p2019"]);
    expect([...hiddenNodes(g, f({ from: "2020", keepUndated: true }), null)]).toEqual(["p2019"]);
    expect(dateInRange(null, "2020", null, true)).toBe(true);
    expect(dateInRange("--03-12", null, "2020", false)).toBe(false);
  });
});
