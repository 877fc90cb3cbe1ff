// The neighbourhood view's pure core: transitions, bundles, paging, pins and the derived graph.

import { describe, expect, it } from "vitest";
import type { Neighbour, NeighboursPageResponse, NodeKind, RelationType } from "../../../domain/types.js";
import {
  AUTO_OPEN,
  bundleText,
  collapse,
  deriveNeighbourhood,
  expand,
  fanOut,
  openNextPage,
  PAGE_SIZE,
  pageKey,
  pruneExpansions,
  togglePin,
  type NeighbourhoodData,
} from "../../../web/src/core/neighbourhood/index.js";
import type { ViewState } from "../../../web/src/core/url-state/index.js";

const neighbour = (id: string, kind: NodeKind, relation: RelationType): Neighbour => ({
  id,
  kind,
  label: id.toUpperCase(),
  relation,
  direction: kind === "paper" ? "in" : "out",
  mentions: 1,
  evidence: `${id} sentence.`,
  start: 0,
  end: 1,
  date: null,
  degree: 1,
});

// A hub dataset with 23 papers; paper p0 names the hub and two models.
const HUB_PAPERS = Array.from({ length: 23 }, (_, i) => neighbour(`p${i}`, "paper", "USES"));
const summary = (id: string, kind: NodeKind, bundles: NeighboursPageResponse["bundles"]): NeighboursPageResponse => ({
  id,
  kind,
  label: id.toUpperCase(),
  bundles,
  total: bundles.reduce((s, b) => s + b.count, 0),
  offset: 0,
  limit: 0,
  neighbours: [],
});
const DATA: NeighbourhoodData = {
  summaries: new Map([
    ["d:hub", summary("d:hub", "dataset", [{ kind: "paper", relation: "USES", count: 23 }])],
    [
      "p0",
      summary("p0", "paper", [
        { kind: "dataset", relation: "USES", count: 1 },
        { kind: "model", relation: "USES", count: 2 },
      ]),
    ],
  ]),
  pages: new Map([
    ...[0, 1, 2].map(
      (page) =>
        [
          pageKey({ id: "d:hub", kind: "paper", relation: "USES", page }),
          HUB_PAPERS.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE),
        ] as const,
    ),
    [pageKey({ id: "p0", kind: "dataset", relation: "USES", page: 0 }), [neighbour("d:hub", "dataset", "USES")]],
    [
      pageKey({ id: "p0", kind: "model", relation: "USES", page: 0 }),
      [neighbour("m:a", "model", "USES"), neighbour("m:b", "model", "USES")],
    ],
  ]),
};
const START: Pick<ViewState, "focus" | "expanded" | "pinned"> = { focus: "d:hub", expanded: [], pinned: [] };

describe("transitions", () => {
  it("expand, open pages, collapse, pin and prune", () => {
    const a = expand(START, "d:hub");
    expect(a.expanded).toEqual([{ id: "d:hub", open: {} }]);
    expect(expand(a, "d:hub")).toBe(a);
    const b = openNextPage(openNextPage(a, "d:hub", "paper.USES", 0), "d:hub", "paper.USES", 1);
    expect(b.expanded[0]!.open).toEqual({ "paper.USES": 2 });
    expect(collapse(b, "d:hub").expanded).toEqual([]);
    expect(togglePin(togglePin(b, "m:a"), "m:a").pinned).toEqual([]);
    const c = expand(b, "p9");
    expect(pruneExpansions(c, new Set(["d:hub"])).expanded.map((e) => e.id)).toEqual(["d:hub"]);
  });
});

describe("deriveNeighbourhood", () => {
  it("asks for the root's summary first", () => {
    const d = deriveNeighbourhood(START, { summaries: new Map(), pages: new Map() });
    expect(d.nodes).toEqual([]);
    expect(d.missing.summaries).toEqual(["d:hub"]);
  });

  it("shows a hub's papers as one bundle until a page is opened", () => {
    const d = deriveNeighbourhood(expand(START, "d:hub"), DATA);
    expect(d.nodes.map((n) => n.id)).toEqual(["d:hub", "bundle:d:hub|paper.USES"]);
    expect(d.nodes[1]!.label).toBe("23 papers use D:HUB");
    expect(d.missing).toEqual({ summaries: [], pages: [] });
  });

  it.each([
    [1, 10, "13 more papers use D:HUB"],
    [2, 20, "3 more papers use D:HUB"],
    [3, 23, null],
    [9, 23, null],
  ])("with %i page(s) open draws %i papers and says what is left", (pages, papers, text) => {
    const state = { ...START, expanded: [{ id: "d:hub", open: { "paper.USES": pages } }] };
    const d = deriveNeighbourhood(state, DATA);
    expect(d.nodes.filter((n) => n.kind === "paper" && !n.bundle)).toHaveLength(papers);
    expect(d.nodes.find((n) => n.bundle)?.label ?? null).toBe(text);
    expect(d.edges.filter((e) => e.target === "d:hub")).toHaveLength(papers);
  });

  it("opens small bundles by itself and links a paper's entities", () => {
    const state = {
      ...START,
      expanded: [
        { id: "d:hub", open: { "paper.USES": 1 } },
        { id: "p0", open: {} },
      ],
    };
    const d = deriveNeighbourhood(state, DATA);
    expect(AUTO_OPEN).toBeGreaterThanOrEqual(2);
    expect(d.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["m:a", "m:b"]));
    expect(d.edges).toEqual(expect.arrayContaining([{ source: "p0", target: "m:a", relation: "USES" }]));
    expect(d.nodes.find((n) => n.id === "p0")!.expanded).toBe(true);
    // Positions are deterministic and distinct.
    const again = deriveNeighbourhood(state, DATA);
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(d.nodes.map((n) => [n.x, n.y]));
    expect(new Set(d.nodes.map((n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`)).size).toBe(d.nodes.length);
  });

  it("keeps a pinned node when what reached it is collapsed", () => {
    const open = { ...START, expanded: [{ id: "d:hub", open: { "paper.USES": 1 } }], pinned: ["p0"] };
    const collapsed = collapse(open, "d:hub");
    const d = deriveNeighbourhood(collapsed, DATA);
    expect(d.nodes.map((n) => [n.id, n.pinned])).toEqual([
      ["d:hub", false],
      ["p0", true],
    ]);
  });

  it("lists pages it still needs", () => {
    const d = deriveNeighbourhood(
      { ...START, expanded: [{ id: "d:hub", open: { "paper.USES": 4 } }] },
      { summaries: DATA.summaries, pages: new Map() },
    );
    expect(d.missing.pages.map((p) => p.page)).toEqual([0, 1, 2]);
  });
});

describe("bundleText and fanOut", () => {
  it.each([
    ["ImageNet", "dataset", "paper", "USES", 412, false, "412 papers use ImageNet"],
    ["ViT", "model", "paper", "PROPOSES", 1, false, "1 paper proposes ViT"],
    ["GLUE", "benchmark", "paper", "EVALUATES_ON", 1200, true, "1,200 more papers evaluate on GLUE"],
    ["A paper", "paper", "dataset", "USES", 14, false, "14 datasets used"],
  ] as const)("%s %s ← %s %s ×%i", (label, parentKind, kind, relation, count, more, text) => {
    expect(bundleText(label, parentKind, kind, relation, count, more)).toBe(text);
  });

  it("fans children away from the parent", () => {
    const spots = fanOut(100, 0, 5, { x: 0, y: 0 });
    for (const s of spots) expect(s.x).toBeGreaterThan(100);
    expect(fanOut(0, 0, 4, null)).toHaveLength(4);
  });
});
