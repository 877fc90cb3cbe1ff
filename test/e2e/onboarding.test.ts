// End to end, at desktop and phone sizes: the first screen offers example searches from the corpus that lead to
// a node's page; keyboard focus is visible; the phone layout keeps the graph and the panel on screen.

import { describe, expect, it } from "vitest";
import type { GraphResponse } from "../../domain/types.js";
import { OVERVIEW_LIMIT } from "../../web/src/views/useViewData.js";
import { MAX_EXAMPLE_CHARS } from "../../web/src/onboarding/Onboarding.js";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import { api, drawnNodes } from "./page-helpers.js";

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`first screen (${size})`, () => {
    const session = useExplorerSession(viewport);

    it("offers example searches that open a node's page, the graph kept beside or above the panel", async () => {
      const page = session.page;
      const overview = await api<GraphResponse>(session.server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
      await page.goto(session.server.url);
      await drawnNodes(page);
      const examples = page.locator('[data-testid="onboarding-example"]');
      await examples.first().waitFor();
      expect(await examples.count()).toBeGreaterThanOrEqual(2);
      const model = overview.nodes.filter((n) => n.kind === "model").sort((a, b) => b.degree - a.degree)[0]!;
      expect(await examples.first().textContent()).toBe(model.label);
      // Each example starts its item's first line, with what it leads to below it, and names its node (a long
      // title cut at MAX_EXAMPLE_CHARS): a title wrapping inside an inline button left a bare "…" by the bullet.
      const items = page.locator('[data-testid="onboarding-item"]');
      const chosen = overview.nodes;
      for (let i = 0; i < (await items.count()); i++) {
        const item = (await items.nth(i).boundingBox())!;
        const example = (await examples.nth(i).boundingBox())!;
        const text = (await items.nth(i).locator(".example-text").boundingBox())!;
        expect(Math.abs(example.y - item.y), `example ${i} starts its item`).toBeLessThanOrEqual(2);
        expect(text.y, `example ${i}'s text is below its name`).toBeGreaterThanOrEqual(example.y + example.height - 1);
        const name = (await examples.nth(i).textContent())!;
        const node = chosen.find(
          (n) => n.label === name || (name.endsWith("…") && n.label.startsWith(name.slice(0, -1))),
        );
        expect(node, `example ${i} (${name}) names a node`).toBeDefined();
        expect(name.length).toBeGreaterThanOrEqual(Math.min(node!.label.length, MAX_EXAMPLE_CHARS - 10));
      }
      await examples.first().click();
      await page.locator('[data-testid="panel-title"]', { hasText: model.label }).waitFor();
      expect(await page.locator('[data-testid="onboarding"]').count()).toBe(0);
      // The panel does not cover the graph: side by side on a desktop, a sheet below it on a phone.
      const graph = (await page.locator('[data-testid="graph"]').boundingBox())!;
      const panel = (await page.locator('[data-testid="panel"]').boundingBox())!;
      const overlap =
        Math.max(0, Math.min(graph.x + graph.width, panel.x + panel.width) - Math.max(graph.x, panel.x)) *
        Math.max(0, Math.min(graph.y + graph.height, panel.y + panel.height) - Math.max(graph.y, panel.y));
      expect(overlap).toBe(0);
      expect(graph.height).toBeGreaterThan(viewport.height * 0.25);
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width + 1);
    }, 60_000);

    it("shows where keyboard focus is", async () => {
      const page = session.page;
      await page.goto(session.server.url);
      await drawnNodes(page);
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? getComputedStyle(el).outlineStyle : "none";
      });
      expect(outline).not.toBe("none");
    }, 30_000);
  });
}
