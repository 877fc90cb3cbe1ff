// End to end: the neighbourhood view — start from a node, bundles that open a page at a time, expand and collapse
// by double click, pin, undo — each step reflected in the URL.

import { beforeAll, describe, expect, it } from "vitest";
import type { NeighboursPageResponse } from "../../domain/types.js";
import { AUTO_OPEN, PAGE_SIZE } from "../../web/src/core/neighbourhood/index.js";
import { useExplorerSession } from "./explorer-session.js";
import { api, clickNode, doubleClickNode, drawnNodes, urlState, waitForUrlState } from "./page-helpers.js";

const session = useExplorerSession();
let hub: NeighboursPageResponse;

beforeAll(async () => {
  // The best-connected dataset: a hub whose papers must arrive as a bundle.
  const graph = await api<{ nodes: { id: string; kind: string; degree: number }[] }>(session.server.url, "/api/graph");
  const dataset = graph.nodes.filter((n) => n.kind === "dataset").sort((a, b) => b.degree - a.degree)[0]!;
  hub = await api<NeighboursPageResponse>(
    session.server.url,
    `/api/nodes/${encodeURIComponent(dataset.id)}/neighbours`,
  );
}, 120_000);

describe("neighbourhood view", () => {
  it("starts from a searched node with its neighbours bundled", async () => {
    expect(hub.total).toBeGreaterThan(PAGE_SIZE);
    await session.page.goto(session.server.url);
    await session.page.fill('[data-testid="search-input"]', hub.label);
    const hit = session.page.locator('[data-testid="search-hits"] button', { hasText: hub.label }).first();
    await hit.waitFor();
    await hit.dispatchEvent("mousedown");
    await session.page.click('[data-testid="open-neighbourhood"]');
    const state = await waitForUrlState(session.page, (s) => s.view === "neighbourhood");
    expect(state.focus).toBe(hub.id);
    expect(state.expanded).toEqual([{ id: hub.id, open: {} }]);
    // Root plus one bundle node per bundle: no paper is drawn before it is asked for.
    await drawnNodes(session.page, 1 + hub.bundles.length);
    const bundle = session.page.locator('[data-testid="bundle"]').first();
    expect(await bundle.textContent()).toBe(`${hub.total} papers use ${hub.label}`);
  }, 60_000);

  it("opens a bundle a page at a time", async () => {
    await session.page.locator('[data-testid="bundle"]').first().click();
    await drawnNodes(session.page, 1 + PAGE_SIZE + 1);
    expect(urlState(session.page).expanded[0]!.open).toEqual({ "paper.USES": 1 });
    expect(await session.page.locator('[data-testid="bundle"]').first().textContent()).toBe(
      `${hub.total - PAGE_SIZE} more papers use ${hub.label}`,
    );
  }, 30_000);

  it("expands and collapses a node by double click", async () => {
    const first = await api<NeighboursPageResponse>(
      session.server.url,
      `/api/nodes/${encodeURIComponent(hub.id)}/neighbours?kind=paper&relation=USES&limit=${PAGE_SIZE}`,
    );
    // A paper with entities besides the hub, all small bundles, so they open by themselves.
    let paper: NeighboursPageResponse | undefined;
    for (const n of first.neighbours) {
      const p = await api<NeighboursPageResponse>(
        session.server.url,
        `/api/nodes/${encodeURIComponent(n.id)}/neighbours`,
      );
      if (p.total > 1 && p.bundles.every((b) => b.count <= AUTO_OPEN)) {
        paper = p;
        break;
      }
    }
    expect(paper).toBeDefined();
    const before = await drawnNodes(session.page);
    await doubleClickNode(session.page, paper!.id);
    await waitForUrlState(session.page, (s) => s.expanded.some((e) => e.id === paper!.id));
    // Its entities arrive, minus the hub (already drawn).
    await drawnNodes(session.page, before + paper!.total - 1);

    await doubleClickNode(session.page, paper!.id);
    await waitForUrlState(session.page, (s) => !s.expanded.some((e) => e.id === paper!.id));
    await drawnNodes(session.page, before);

    // Pin one of its entities, collapse the paper: the pinned entity stays.
    await doubleClickNode(session.page, paper!.id);
    await drawnNodes(session.page, before + paper!.total - 1);
    const page1 = await api<NeighboursPageResponse>(
      session.server.url,
      `/api/nodes/${encodeURIComponent(paper!.id)}/neighbours?limit=20`,
    );
    const entity = page1.neighbours.find((n) => n.id !== hub.id)!;
    await clickNode(session.page, entity.id);
    await waitForUrlState(session.page, (s) => s.selected === entity.id);
    await session.page.click('[data-testid="panel-pin"]');
    await waitForUrlState(session.page, (s) => s.pinned.includes(entity.id));
    await doubleClickNode(session.page, paper!.id);
    await waitForUrlState(session.page, (s) => !s.expanded.some((e) => e.id === paper!.id));
    await drawnNodes(session.page, before + 1);

    // Undo brings the expansion back.
    await session.page.click('[data-testid="undo"]');
    await waitForUrlState(session.page, (s) => s.expanded.some((e) => e.id === paper!.id));
    await drawnNodes(session.page, before + paper!.total - 1);
  }, 60_000);
});
