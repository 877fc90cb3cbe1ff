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

/** Desktop and phone: the drop must land under the pointer at either canvas shape (the aspect ratios differ). */
const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
/** The drag, in pixels. */
const DRAG = { x: 80, y: 40 };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-pan-"));
  const corpus = join(dir, "corpus.jsonl");
  await writeSyntheticCorpus(corpus, { papers: 1000, seed: 7 });
  server = await startE2eServer(corpus);
  browser = await launchChromium();
}, SESSION_START_MS);
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const nodesLayerTransform = () =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>(".sigma-nodes")!.style.transform);

/** The best-connected node drawn far enough inside the canvas for the drag to stay on it. */
async function pressPoint(): Promise<{ id: string; x: number; y: number }> {
  const graph = await api<GraphResponse>(server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
  const box = (await page.locator(GRAPH).boundingBox())!;
  const inside = (p: { x: number; y: number }) =>
    p.x > box.x + 20 &&
    p.x + DRAG.x < box.x + box.width - 20 &&
    p.y > box.y + 20 &&
    p.y + DRAG.y < box.y + box.height - 20;
  for (const node of [...graph.nodes].sort((a, b) => b.degree - a.degree)) {
    const at = await nodePoint(page, node.id);
    // Not under the first screen's hint or another overlay: the press must reach the canvas.
    const reachable = await page.evaluate(
      ([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('[data-testid="graph"]'),
      [at.x, at.y],
    );
    if (inside(at) && reachable) return { id: node.id, ...at };
  }
  throw new Error("no overview node is drawn inside the canvas");
}

describe.each(SIZES)("panning a big overview at $name size", (size) => {
  it("slides the drawn frame while the button is held, then redraws the graph where it was dropped", async () => {
    await page?.close();
    page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.goto(server.url);
    await drawnNodes(page);
    const drawn =
      Number(await page.getAttribute(GRAPH, "data-nodes")) + Number(await page.getAttribute(GRAPH, "data-edges"));
    expect(drawn).toBeGreaterThan(2000); // GraphView's LIVE_REDRAW_LIMIT: below it, sigma pans live

    // Press on a node, as most presses on a dense overview do: a drag from it must not select it (and leaving
    // its hover mid-drag queues a redraw, which once threw the drop off by the graph's aspect ratio).
    const start = await pressPoint();
    const camera = await page.getAttribute(GRAPH, "data-camera");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++)
      await page.mouse.move(start.x + (step * DRAG.x) / 8, start.y + (step * DRAG.y) / 8);
    expect(await nodesLayerTransform()).toBe(`translate(${DRAG.x}px, ${DRAG.y}px)`);
    expect(await page.getAttribute(GRAPH, "data-camera")).toBe(camera);

    await page.mouse.up();
    await page.waitForFunction(() => !document.querySelector<HTMLCanvasElement>(".sigma-nodes")!.style.transform);
    const end = await nodePoint(page, start.id);
    // The node pressed lands under the pointer, within a pixel.
    expect(Math.abs(end.x - start.x - DRAG.x)).toBeLessThan(1);
    expect(Math.abs(end.y - start.y - DRAG.y)).toBeLessThan(1);
    expect(await page.getAttribute(GRAPH, "data-camera")).not.toBe(camera);
    await waitForUrlState(page, (s) => s.camera !== null);
    expect(urlState(page).selected).toBeNull();
  }, 60_000);

  it("still takes a press and release in place for a click", async () => {
    const at = await pressPoint();
    await page.mouse.click(at.x, at.y);
    await waitForUrlState(page, (s) => s.selected !== null);
    await page.locator('[data-testid="panel-title"]').waitFor();
    expect(await nodesLayerTransform()).toBe("");
  }, 60_000);
});
