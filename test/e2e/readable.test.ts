// End to end, at desktop and phone sizes: labels never overprint each other nor leave the canvas and the view's
// focus is always labelled (overview, neighbourhood, shares data, related methods); a selected node is brought
// into view beside (desktop) or above (phone) the panel; the keyboard walks the graph with a visible cursor.

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { NeighboursPageResponse, RelatedMethodsResponse, SharedDataResponse } from "../../domain/types.js";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import {
  api,
  drawnNodes,
  labelsOverlap,
  nodePoint,
  settledLabels,
  urlState,
  waitForUrlState,
  type DrawnLabel,
} from "./page-helpers.js";

function expectReadable(labels: DrawnLabel[], width: number, height: number) {
  for (const [i, a] of labels.entries()) {
    expect(a.left, `${a.text} starts left of the canvas`).toBeGreaterThanOrEqual(0);
    expect(a.top, `${a.text} starts above the canvas`).toBeGreaterThanOrEqual(0);
    expect(a.left + a.width, `${a.text} is cut at the right edge`).toBeLessThanOrEqual(width);
    expect(a.top + a.height, `${a.text} is cut at the bottom`).toBeLessThanOrEqual(height);
    for (const b of labels.slice(i + 1)) expect(labelsOverlap(a, b), `${a.text} overprints ${b.text}`).toBe(false);
  }
}

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

    it("labels every view without overlaps or cuts, the focus always among them", async () => {
      const page = session.page;
      const overview = await api<{ nodes: { id: string; kind: string; degree: number }[] }>(
        session.server.url,
        "/api/graph",
      );
      hub = overview.nodes.filter((n) => n.kind === "dataset").sort((a, b) => b.degree - a.degree)[0]!.id;
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
        await page.goto(url(path));
        await drawnNodes(page);
        const { labels, width, height } = await settledLabels(page);
        expect(labels.length, `${path}: labels drawn`).toBeGreaterThanOrEqual(3);
        expectReadable(labels, width, height);
        if (focus)
          expect(
            labels.map((l) => l.id),
            `${path}: the focus is labelled`,
          ).toContain(focus);
      }
    }, 120_000);

    it("brings a selected node near the edge into view, clear of the panel", async () => {
      const page = session.page;
      await page.goto(url(`/neighbourhood/${encodeURIComponent(hub)}?exp=${encodeURIComponent(hub)}~paper.USES*2`));
      await drawnNodes(page);
      await settledLabels(page);
      // The drawn node nearest the edge the panel opens at (right on a desktop, bottom on a phone).
      const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
      // Bundles ("25 more papers") open pages when clicked; any other drawn node is selected.
      const ids = (await settledLabels(page)).labels
        .map((l) => l.id)
        .filter((id) => id !== hub && !id.startsWith("bundle:"));
      let edge = { id: "", score: -Infinity };
      for (const id of ids) {
        const p = await nodePoint(page, id);
        const score = size === "phone" ? p.y : p.x;
        if (score > edge.score) edge = { id, score };
      }
      const at = await nodePoint(page, edge.id);
      await page.mouse.click(at.x, at.y);
      const selected = (await waitForUrlState(page, (s) => s.selected !== null)).selected!;
      await page.locator('[data-testid="panel"]').waitFor();
      await settledLabels(page);
      const graph = (await page.locator('[data-testid="graph"]').boundingBox())!;
      const panel = (await page.locator('[data-testid="panel"]').boundingBox())!;
      if (size === "phone") expect(graph.y + graph.height).toBeLessThanOrEqual(panel.y + 1);
      else expect(graph.x + graph.width).toBeLessThanOrEqual(panel.x + 1);
      expect(graph.width * graph.height).toBeLessThan(box.width * box.height);
      const p = await nodePoint(page, selected);
      expect(p.x).toBeGreaterThanOrEqual(graph.x + 20);
      expect(p.x).toBeLessThanOrEqual(graph.x + graph.width - 20);
      expect(p.y).toBeGreaterThanOrEqual(graph.y + 20);
      expect(p.y).toBeLessThanOrEqual(graph.y + graph.height - 20);
      // The selection keeps its label, inside the shrunk canvas.
      const { labels, width, height } = await settledLabels(page);
      expect(labels.map((l) => l.id)).toContain(selected);
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
