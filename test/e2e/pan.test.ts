// End to end: dragging an overview big enough that GraphView slides its drawn frame instead of redrawing it
// (snapshot-pan.ts). A synthetic corpus gives that size; the seed corpus draws fewer items.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../bench/synthetic/write.js";
import type { GraphResponse } from "../../domain/types.js";
import { launchChromium } from "../../tools/chromium.js";
import type { CorpusServer } from "../../tools/corpus-server.js";
import { startE2eServer } from "./e2e-store.js";
import { SESSION_START_MS } from "./explorer-session.js";
import { OVERVIEW_LIMIT } from "../../web/src/views/useViewData.js";
import { api, drawnNodes, nodePoint, urlState, waitForUrlState } from "./page-helpers.js";

const GRAPH = '[data-testid="graph"]';
let dir: string;
let server: CorpusServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-pan-"));
  const corpus = join(dir, "corpus.jsonl");
  await writeSyntheticCorpus(corpus, { papers: 1000, seed: 7 });
  server = await startE2eServer(corpus);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, SESSION_START_MS);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const nodesLayerTransform = () =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>(".sigma-nodes")!.style.transform);

describe("panning a big overview", () => {
  it("slides the drawn frame while the button is held, then redraws the graph where it was dropped", async () => {
    await page.goto(server.url);
    await drawnNodes(page);
    const drawn =
      Number(await page.getAttribute(GRAPH, "data-nodes")) + Number(await page.getAttribute(GRAPH, "data-edges"));
    expect(drawn).toBeGreaterThan(2000); // GraphView's LIVE_REDRAW_LIMIT: below it, sigma pans live

    // Press on a node, as most presses on a dense overview do: a drag from it must not select it.
    const graph = await api<GraphResponse>(server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
    const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    const start = await nodePoint(page, hub.id);
    const camera = await page.getAttribute(GRAPH, "data-camera");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) await page.mouse.move(start.x + step * 10, start.y + step * 5);
    expect(await nodesLayerTransform()).toBe("translate(80px, 40px)");
    expect(await page.getAttribute(GRAPH, "data-camera")).toBe(camera);

    await page.mouse.up();
    await page.waitForFunction(() => !document.querySelector<HTMLCanvasElement>(".sigma-nodes")!.style.transform);
    const end = await nodePoint(page, hub.id);
    // The graph lands where it was dropped, give or take 10% of the drag: on the 1,000-node overview the camera
    // overshoots a drag by about 4% (cause not found yet; with 4,000 nodes it lands within a pixel).
    expect(Math.abs(end.x - start.x - 80)).toBeLessThan(8);
    expect(Math.abs(end.y - start.y - 40)).toBeLessThan(4);
    expect(await page.getAttribute(GRAPH, "data-camera")).not.toBe(camera);
    await waitForUrlState(page, (s) => s.camera !== null);
    expect(urlState(page).selected).toBeNull();
  }, 60_000);

  it("still takes a press and release in place for a click", async () => {
    const graph = await api<GraphResponse>(server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
    const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    const at = await nodePoint(page, hub.id);
    await page.mouse.click(at.x, at.y);
    await waitForUrlState(page, (s) => s.selected !== null);
    await page.locator('[data-testid="panel-title"]').waitFor();
    expect(await nodesLayerTransform()).toBe("");
  }, 60_000);
});
