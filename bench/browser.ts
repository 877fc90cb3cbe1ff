// Browser figures in Chromium (SwiftShader here, so a pessimistic floor): time from navigation to the first drawn
// graph, and frame times while the mouse drags the graph around.

import type { Page } from "playwright-core";
import { launchChromium } from "../tools/chromium.js";
import { percentile } from "./percentile.js";

export interface BrowserFigures {
  view: string;
  nodes: number;
  edges: number;
  firstGraphMs: number;
  /** Frames while the button is held (the pan itself). */
  frameP50: number;
  frameP95: number;
  frameMax: number;
  /** The longest frame in the second after each release: the graph redrawn where the pan left it. */
  releaseMax: number;
}

/** Recorded in the page from navigation start: when the graph element first says it drew a non-empty graph. */
const WATCH_FIRST_DRAW = `
  new MutationObserver((_, observer) => {
    const el = document.querySelector('[data-testid="graph"][data-rendered="true"]');
    if (el && Number(el.getAttribute("data-nodes") || "1") > 0) {
      window.__firstGraphMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

// Page scripts are strings: tsx would compile functions with helpers (`__name`) the page does not have.
// Each frame is recorded with whether the button was held during it, so the pan is measured apart from what
// happens around it (a hover highlight before the press, the redraw after the release, reported on its own).
const START_FRAMES = `(() => {
  window.__frames = [];
  window.__releases = [];
  window.__stop = false;
  let down = false;
  let releasedInFrame = false;
  addEventListener("mousedown", () => { down = true; }, true);
  addEventListener("mouseup", () => {
    down = false;
    releasedInFrame = true;
    window.__releases.push(performance.now());
  }, true);
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push({ ms: now - last, end: now, held: down || releasedInFrame });
    releasedInFrame = false;
    last = now;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES =
  "(() => { window.__stop = true; return { frames: window.__frames.slice(1), releases: window.__releases }; })()";
const NEXT_FRAMES = "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))";

interface Frame {
  ms: number;
  end: number;
  held: boolean;
}

async function firstGraph(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction("window.__firstGraphMs", null, { timeout: 120_000, polling: 50 });
  return page.evaluate<number>("window.__firstGraphMs");
}

const PAN_BUDGET_MS = 10_000;
/** Below this many moves sigma takes a press and release for a click (`draggedEventsTolerance` is 3). */
const MIN_MOVES = 3;

/** Drags the stage in circles while requestAnimationFrame records frame-to-frame times. */
async function panFrames(page: Page): Promise<{ pan: number[]; afterRelease: number[] }> {
  const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(START_FRAMES);
  // Bounded by time as well as moves: on a CPU renderer one frame of a big graph can take a second.
  const started = Date.now();
  for (let drag = 0; drag < 3 && Date.now() - started < PAN_BUDGET_MS; drag++) {
    await page.mouse.move(cx, cy);
    // Hovering the press point may highlight a node; let that draw before the press, it is not the pan.
    await page.evaluate(NEXT_FRAMES);
    await page.mouse.down();
    // A drag cut short would be a click (selecting a node), so the budget ends drags only past sigma's tolerance.
    for (let step = 0; step <= 12 && (step < MIN_MOVES || Date.now() - started < PAN_BUDGET_MS); step++) {
      const a = (step / 12) * 2 * Math.PI;
      await page.mouse.move(cx + Math.cos(a) * box.width * 0.2, cy + Math.sin(a) * box.height * 0.2);
    }
    await page.mouse.up();
    await page.waitForTimeout(1000);
  }
  const { frames, releases } = await page.evaluate<{ frames: Frame[]; releases: number[] }>(STOP_FRAMES);
  const afterRelease = (f: Frame) => !f.held && releases.some((r) => f.end > r && f.end - r <= 1000);
  return {
    pan: frames.filter((f) => f.held).map((f) => f.ms),
    afterRelease: frames.filter(afterRelease).map((f) => f.ms),
  };
}

export async function browserBench(
  baseUrl: string,
  views: { name: string; path: string }[],
): Promise<BrowserFigures[]> {
  const browser = await launchChromium();
  const out: BrowserFigures[] = [];
  try {
    for (const view of views) {
      // The server's CSP forbids eval; the bench's probes are strings Playwright evaluates: let them through.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await page.addInitScript(WATCH_FIRST_DRAW);
      const firstGraphMs = await firstGraph(page, new URL(view.path, baseUrl).href);
      const graph = page.locator('[data-testid="graph"]');
      const nodes = Number(await graph.getAttribute("data-nodes"));
      const edges = Number(await graph.getAttribute("data-edges"));
      await page.waitForTimeout(500);
      const { pan, afterRelease } = await panFrames(page);
      out.push({
        view: view.name,
        nodes,
        edges,
        firstGraphMs: Math.round(firstGraphMs),
        frameP50: Math.round(percentile(pan, 50)),
        frameP95: Math.round(percentile(pan, 95)),
        frameMax: Math.round(Math.max(...pan)),
        releaseMax: Math.round(Math.max(0, ...afterRelease)),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
