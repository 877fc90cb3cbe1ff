// The Cypher console in real Chromium over the fixture graph: a saved query with its form, results as a table
// and as a sigma graph, a refused write shown in place. Needs the built web app (`npm run build:web`).

import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_WEB_DIR, startServer, type RunningServer } from "../../server/start.js";
import { launchChromium } from "../../tools/chromium.js";
import { openFixtureStore, type FixtureStore } from "../fixtures/fixture-store.js";

const built = existsSync(join(DEFAULT_WEB_DIR, "index.html"));
if (!built) console.warn("dist/web is not built: the console end-to-end test is SKIPPED (npm run build:web).");

describe.skipIf(!built)("Cypher console", () => {
  let fixture: FixtureStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fixture = await openFixtureStore({ readOnly: true });
    server = await startServer(fixture.store, { host: "127.0.0.1", port: 0, webDir: DEFAULT_WEB_DIR });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fixture?.dispose();
  });

  it("runs a saved query with its parameters and draws the nodes it returns", async () => {
    await page.goto(server.url);
    await page.click('[data-testid="open-console"]');
    await page.waitForSelector('[data-testid="cypher-editor"] .cm-content');
    await page.selectOption('[data-testid="saved-query-picker"]', "paper-entities");
    await page.fill('[data-testid="param-paper"]', "arxiv:2401.00001");
    await page.click('[data-testid="console-run"]');
    await page.waitForSelector('[data-testid="console-status"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="console-status"]')).toMatch(/^3 rows/);
    // Nodes read by name, not by their ids.
    const table = (await page.textContent('[data-testid="result-table"]'))!;
    expect(table).toContain("ImageNet");
    expect(table).not.toContain("(:Dataset");
    // Syntax highlighting: the Cypher mode marks keywords.
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content span').count()).toBeGreaterThan(5);

    await page.click('[data-testid="console-graph-tab"]');
    await page.waitForSelector('.console-graph [data-testid="graph"][data-rendered="true"]', { timeout: 30_000 });
    const graph = page.locator('.console-graph [data-testid="graph"]');
    expect(await graph.getAttribute("data-nodes")).toBe("4");
    expect(await graph.getAttribute("data-edges")).toBe("3");
  }, 60_000);

  it("shows a refused write in place", async () => {
    await page.selectOption('[data-testid="saved-query-picker"]', "");
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (p) /* hm */ DETACH DELETE p");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector('[data-testid="console-error"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="console-error"]')).toMatch(/400 query_refused: refused: DETACH/);
  }, 60_000);
});
