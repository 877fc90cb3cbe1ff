// End to end, at desktop and phone sizes: labels never overprint each other nor leave the canvas and the view's
// focus is always labelled (overview, neighbourhood, shares data, related methods), nor run across other nodes'
// dots, the dense overview included; a selection made off-screen is brought into view beside (desktop) or above
// (phone) the panel; the keyboard walks the graph with a visible cursor.

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type {
  GraphResponse,
  NeighboursPageResponse,
  RelatedMethodsResponse,
  SharedDataResponse,
} from "../../domain/types.js";
import { OVERVIEW_LIMIT } from "../../web/src/views/useViewData.js";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import {
  api,
  drawnNodes,
  expectHubsLabelled,
  expectSelectionNeighboursLabelled,
  modelToSelect,
  expectLabelledView,
  expectReadable,
  nodePoint,
  settledLabels,
  urlState,
  waitForUrlState,
} from "./page-helpers.js";

async function adjacent(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([x, y]) =>
      (
        document.querySelector('[data-testid="graph"]') as unknown as { adjacent(a: string, b: string): boolean }
      ).adjacent(x!, y!),
    [a, b],
  );
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`readable graph (${size})`, () => {
    const session = useExplorerSession(viewport);
    const url = (path: string) => new URL(path, session.server.url).toString();
    let hub: string;
    let paper: string;
    let model: string;
    beforeAll(async () => {
      // The best-connected dataset: the crowded neighbourhood of the issue.
      const overview = await api<{ nodes: { id: string; kind: string; degree: number }[] }>(
        session.server.url,
        "/api/graph",
      );
      hub = overview.nodes.filter((n) => n.kind === "dataset").sort((a, b) => b.degree - a.degree)[0]!.id;
    }, 120_000);

    it("labels every view without overlaps or cuts, the focus always among them", async () => {
      const page = session.page;
      // The paper naming the hub that shares the most with others: the crowded shares view of the issue.
      const papers = await api<NeighboursPageResponse>(
        session.server.url,
        `/api/nodes/${encodeURIComponent(hub)}/neighbours?limit=15`,
      );
      let best: SharedDataResponse | undefined;
      for (const p of papers.neighbours) {
        const shares = await api<SharedDataResponse>(
          session.server.url,
          `/api/papers/${encodeURIComponent(p.id)}/shares-data?limit=60`,
        );
        if (!best || shares.items.length > best.items.length) best = shares;
      }
      paper = best!.paper.id;
      model = (await api<RelatedMethodsResponse>(session.server.url, "/api/methods/related?limit=20")).links[0]!.source;

      const views: [string, string | null][] = [
        ["/", null],
        // The hub with its first two pages of papers open.
        [`/neighbourhood/${encodeURIComponent(hub)}?exp=${encodeURIComponent(hub)}~paper.USES*2`, hub],
        [`/shares/${encodeURIComponent(paper)}`, paper],
        [`/methods/${encodeURIComponent(model)}`, model],
      ];
      for (const [path, focus] of views) {
        // A phone's canvas has room for few labels between the overview's dots; a desktop's for more.
        const { discs } = await expectLabelledView(page, url(path), focus, path === "/" && size === "phone" ? 1 : 3);
        if (path === "/") expect(discs.length, "the overview is dense").toBeGreaterThan(150);
      }
    }, 120_000);

    it("names the overview's hubs in its crowded centre, on plates only for the biggest dots", async () => {
      await session.page.goto(url("/"));
      await drawnNodes(session.page);
      await expectHubsLabelled(session.page);
    }, 60_000);

    it("labels a selection's neighbours over the faded rest of the overview", async () => {
      const overview = await api<GraphResponse>(session.server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
      const model = modelToSelect(overview);
      expect(model.neighbours, `${model.id} has neighbours to label`).toBeGreaterThanOrEqual(8);
      // Before, the faded overview's dots kept all but one of BERT's 39 neighbours unlabelled.
      const min = Math.min(model.neighbours, size === "phone" ? 3 : 6);
      await expectSelectionNeighboursLabelled(
        session.page,
        url(`/?sel=${encodeURIComponent(model.id)}`),
        model.id,
        min,
      );
    }, 60_000);

    it("brings a selection that is off-screen into view, clear of the panel", async () => {
      const page = session.page;
      const view = `/neighbourhood/${encodeURIComponent(hub)}?exp=${encodeURIComponent(hub)}~paper.USES*2`;
      // The hub's page open first, so the panel's size is settled before the camera is checked.
      await page.goto(url(`${view}&sel=${encodeURIComponent(hub)}`));
      await drawnNodes(page);
      await page.locator('[data-testid="panel"]').waitFor();
      const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
      // A paper drawn in the view that the hub's page lists: selected from the list, as a reader does.
      const papers = await api<NeighboursPageResponse>(
        session.server.url,
        `/api/nodes/${encodeURIComponent(hub)}/neighbours?kind=paper&relation=USES&limit=20`,
      );
      const listed = page.locator('[data-testid="entity-section-USES"] .neighbour .link');
      await listed.first().waitFor();
      const names = await listed.allTextContents();
      const target = papers.neighbours.find((p) => names.includes(p.label))!;
      expect(target, "a paper both drawn and listed").toBeDefined();
      await settledLabels(page);
      // Zoom in at the far side of the canvas from it until it is off-screen.
      const at = await nodePoint(page, target.id);
      const anchor = { x: box.x + (at.x < box.x + box.width / 2 ? box.width * 0.9 : box.width * 0.1), y: at.y };
      const offScreen = (p: { x: number; y: number }) =>
        p.x < box.x || p.x > box.x + box.width || p.y < box.y || p.y > box.y + box.height;
      await page.mouse.move(anchor.x, anchor.y);
      for (let i = 0; i < 12 && !offScreen(await nodePoint(page, target.id)); i++) {
        await page.mouse.wheel(0, -400);
        await page.waitForTimeout(250);
      }
      await settledLabels(page);
      expect(offScreen(await nodePoint(page, target.id)), `${target.label} zoomed out of view`).toBe(true);
      const camera = await page.getAttribute('[data-testid="graph"]', "data-camera");

      await listed.filter({ hasText: target.label }).first().click();
      await waitForUrlState(page, (s) => s.selected === target.id);
      await settledLabels(page);
      expect(await page.getAttribute('[data-testid="graph"]', "data-camera"), "the camera moved").not.toBe(camera);
      const graph = (await page.locator('[data-testid="graph"]').boundingBox())!;
      const panel = (await page.locator('[data-testid="panel"]').boundingBox())!;
      if (size === "phone") expect(graph.y + graph.height).toBeLessThanOrEqual(panel.y + 1);
      else expect(graph.x + graph.width).toBeLessThanOrEqual(panel.x + 1);
      const p = await nodePoint(page, target.id);
      expect(p.x).toBeGreaterThanOrEqual(graph.x + 20);
      expect(p.x).toBeLessThanOrEqual(graph.x + graph.width - 20);
      expect(p.y).toBeGreaterThanOrEqual(graph.y + 20);
      expect(p.y).toBeLessThanOrEqual(graph.y + graph.height - 20);
      // The selection keeps its label, inside the canvas.
      const { labels, width, height } = await settledLabels(page);
      expect(labels.map((l) => l.id)).toContain(target.id);
      expectReadable(labels, width, height);
    }, 60_000);

    it("walks the graph with the keyboard: arrows move a visible cursor, Enter opens, Escape closes", async () => {
      const page = session.page;
      await page.goto(url(`/neighbourhood/${encodeURIComponent(hub)}?exp=${encodeURIComponent(hub)}~paper.USES*2`));
      await drawnNodes(page);
      // The neighbourhood arrives in steps: its first page of neighbours is drawn once labels settle.
      await settledLabels(page);
      expect(Number(await page.getAttribute('[data-testid="graph"]', "data-nodes"))).toBeGreaterThan(3);
      await page.focus('[data-testid="graph"]');
      await page.keyboard.press("ArrowRight");
      const cursor = page.locator('[data-testid="graph-cursor"]');
      await cursor.waitFor();
      const first = (await page.getAttribute('[data-testid="graph"]', "data-cursor"))!;
      expect(first).not.toBe(hub);
      expect(await adjacent(page, hub, first)).toBe(true);
      // Visible: the cursor is labelled on the canvas and named in words.
      expect((await settledLabels(page)).labels.map((l) => l.id)).toContain(first);
      expect(await cursor.textContent()).toMatch(/\(2 of \d+; Enter opens it\)/);
      await page.keyboard.press("ArrowRight");
      const second = (await page.getAttribute('[data-testid="graph"]', "data-cursor"))!;
      expect(second).not.toBe(first);
      await page.keyboard.press("ArrowLeft");
      expect(await page.getAttribute('[data-testid="graph"]', "data-cursor")).toBe(first);

      await page.keyboard.press("Enter");
      await waitForUrlState(page, (s) => s.selected === first);
      await page.locator('[data-testid="panel"]').waitFor();
      // The ring now turns around the selection.
      await page.keyboard.press("ArrowRight");
      const around = (await page.getAttribute('[data-testid="graph"]', "data-cursor"))!;
      expect(await adjacent(page, first, around)).toBe(true);

      await page.keyboard.press("Escape");
      await waitForUrlState(page, (s) => s.selected === null);
      expect(await page.locator('[data-testid="panel"]').count()).toBe(0);
      expect(urlState(page).focus).toBe(hub);
    }, 60_000);
  });
}
