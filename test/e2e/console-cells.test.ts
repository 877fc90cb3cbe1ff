// End to end, at desktop and phone sizes: the analyst console names nodes in its cells and opens their pages,
// keeps every column (evidence included) on screen, opens a result-graph node's page on click, and takes a saved
// query's node parameter by title or name, saying clearly when a name is unknown.

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { NodeDetailsResponse } from "../../domain/types.js";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import { api, drawnNodes, waitForUrlState } from "./page-helpers.js";

async function runSaved(page: Page, name: string, params: Record<string, string>) {
  await page.selectOption('[data-testid="saved-query-picker"]', name);
  for (const [param, value] of Object.entries(params)) await page.fill(`[data-testid="param-${param}"]`, value);
  await page.click('[data-testid="console-run"]');
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`console cells and names (${size})`, () => {
    const session = useExplorerSession(viewport);

    it("runs a saved query given a paper's title; cells show names, link to pages and fit on screen", async () => {
      const page = session.page;
      const graph = await api<{ nodes: { id: string; kind: string; degree: number }[] }>(
        session.server.url,
        "/api/graph",
      );
      const paperId = graph.nodes.filter((n) => n.kind === "paper").sort((a, b) => b.degree - a.degree)[0]!.id;
      const paper = await api<NodeDetailsResponse>(session.server.url, `/api/nodes/${encodeURIComponent(paperId)}`);
      await page.goto(session.server.url);
      await drawnNodes(page);
      await page.click('[data-testid="open-console"]');
      await page.waitForSelector('[data-testid="cypher-editor"] .cm-content');
      await runSaved(page, "paper-entities", { paper: paper.node.label });
      await page.waitForSelector('[data-testid="console-status"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="console-status"]')).toMatch(
        new RegExp(`^${paper.neighbours.length} rows?`),
      );
      // Names, never ids in brackets.
      const table = page.locator('[data-testid="result-table"]');
      const text = (await table.textContent())!;
      expect(text).toContain(paper.node.label);
      expect(text).not.toMatch(/\(:\w+ /);
      const nodeCells = page.locator('[data-testid="cell-node"]');
      expect(await nodeCells.count()).toBe(2 * paper.neighbours.length);
      // Every column header, the evidence last, is within the screen.
      const headers = await table.locator("th").allTextContents();
      expect(headers.at(-1)).toBe("evidence");
      const evidence = (await table.locator("th").last().boundingBox())!;
      expect(evidence.x).toBeGreaterThanOrEqual(0);
      expect(evidence.x + evidence.width).toBeLessThanOrEqual(viewport.width);
      expect(evidence.width).toBeGreaterThan(30);

      // An entity cell opens the entity's page.
      await table.locator(`tbody tr`).first().locator('[data-testid="cell-node"]').nth(1).click();
      const opened = (await waitForUrlState(page, (s) => s.selected !== null && s.selected !== paperId)).selected!;
      expect(paper.neighbours.map((n) => n.id)).toContain(opened);
      await page.locator('[data-testid="panel"] h2').waitFor();
    }, 90_000);

    it("opens a result-graph node's page on click", async () => {
      const page = session.page;
      // The page the last test opened is closed first (on a phone it is a sheet over the console's lower half).
      await page.click('[data-testid="panel"] .close');
      await waitForUrlState(page, (s) => s.selected === null);
      await page.click('[data-testid="console-graph-tab"]');
      const canvas = '.console-graph [data-testid="graph"]';
      await page.waitForSelector(`${canvas}[data-rendered="true"]`, { timeout: 30_000 });
      await page.waitForTimeout(500);
      // A node of the result graph, by its labels (the layer drawn on the canvas) and where it is drawn.
      const target = await page.evaluate((selector) => {
        const el = document.querySelector(selector) as unknown as HTMLElement & {
          labelBoxes(): { id: string }[];
          viewportOf(id: string): { x: number; y: number } | null;
        };
        const box = el.getBoundingClientRect();
        for (const { id } of el.labelBoxes()) {
          const at = el.viewportOf(id);
          if (at && at.x > 10 && at.y > 10 && at.x < box.width - 10 && at.y < box.height - 10)
            return { id, x: box.x + at.x, y: box.y + at.y };
        }
        return null;
      }, canvas);
      expect(target).not.toBeNull();
      await page.mouse.click(target!.x, target!.y);
      await waitForUrlState(page, (s) => s.selected === target!.id);
      await page.locator('[data-testid="panel"] h2').waitFor();
    }, 60_000);

    it("says clearly when a saved query's node name is unknown", async () => {
      const page = session.page;
      await runSaved(page, "model-results", { model: "Qwzx Unheard-Of Net" });
      const error = page.locator('[data-testid="console-error"]');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.textContent()).toContain('400 unknown_name: parameter model: no model with id or name "Qwzx');
    }, 60_000);
  });
}
