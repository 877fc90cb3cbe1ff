// Helpers the explorer's end-to-end suites share: waiting for a drawn graph, reading the URL state, pointing at
// a node on the canvas, and fetching from the API under test.

import type { Page } from "playwright-core";
import { expect } from "vitest";
import { decodeViewState, type ViewState } from "../../web/src/core/url-state/index.js";
import type { Obstacle, PlacedLabel } from "../../web/src/graph/label-layout.js";
import { CROWDED_HUB_LABELS } from "../../web/src/graph/label-layer.js";
import type { GraphResponse } from "../../domain/types.js";

export async function api<T>(base: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Waits until the graph is drawn with `nodes` nodes (any count when omitted) and returns the count. */
export async function drawnNodes(page: Page, nodes?: number): Promise<number> {
  await page.waitForSelector('[data-testid="graph"][data-rendered="true"]', { timeout: 30_000 });
  if (nodes !== undefined) {
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="graph"]')?.getAttribute("data-nodes") === String(n),
      nodes,
      { timeout: 15_000 },
    );
  }
  return Number(await page.getAttribute('[data-testid="graph"]', "data-nodes"));
}

/**
 * Waits until at least `min` nodes are drawn and the count has held still for `quietMs`: a view that loads in
 * steps (a neighbourhood, then its open pages) has settled. Returns the count.
 */
export async function settledNodes(page: Page, min: number, quietMs = 1500): Promise<number> {
  await drawnNodes(page);
  const deadline = Date.now() + 60_000;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const now = Number(await page.getAttribute('[data-testid="graph"]', "data-nodes"));
    if (now !== last) [last, since] = [now, Date.now()];
    if (now >= min && Date.now() - since >= quietMs) return now;
    if (Date.now() > deadline) throw new Error(`the drawn graph never settled at ${min}+ nodes (last ${now})`);
    await page.waitForTimeout(100);
  }
}

export async function visibleNodes(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="graph"]', "data-visible"));
}

export function urlState(page: Page): ViewState {
  const url = new URL(page.url());
  return decodeViewState(url.pathname, url.search);
}

/** Waits until the URL's state satisfies `test`. */
export async function waitForUrlState(page: Page, test: (s: ViewState) => boolean): Promise<ViewState> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = urlState(page);
    if (test(state)) return state;
    if (Date.now() > deadline) throw new Error(`URL state never matched: ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/** Page coordinates of a drawn node. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
  const at = await page.evaluate((nodeId) => {
    const el = document.querySelector('[data-testid="graph"]') as unknown as {
      viewportOf(id: string): { x: number; y: number } | null;
    };
    return el.viewportOf(nodeId);
  }, id);
  if (!at) throw new Error(`node ${id} is not drawn`);
  return { x: box.x + at.x, y: box.y + at.y };
}

export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.dblclick(x, y);
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y);
}

/** A label as the canvas drew it, in pixels from the canvas corner (the layout's own type). */
export type DrawnLabel = PlacedLabel;

/** A node's disc as the canvas drew it: centre and radius in pixels from the canvas corner. */
export type DrawnDisc = Obstacle;

/**
 * The labels and node discs of the last frame and the canvas size, once two reads 300 ms apart agree (camera
 * moves have ended).
 */
export async function settledLabels(
  page: Page,
): Promise<{ labels: DrawnLabel[]; discs: DrawnDisc[]; width: number; height: number }> {
  const read = () =>
    page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph"]') as unknown as HTMLElement & {
        labelBoxes(): DrawnLabel[];
        nodeDiscs(): DrawnDisc[];
      };
      return { labels: el.labelBoxes(), discs: el.nodeDiscs(), width: el.clientWidth, height: el.clientHeight };
    });
  let last = await read();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(300);
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error("the labels never settled");
}

/** Whether two drawn labels share any area. */
export const labelsOverlap = (a: DrawnLabel, b: DrawnLabel) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Whether a label's box runs across a node's disc (by more than half a pixel), its own node aside. */
export function labelCrossesDisc(label: DrawnLabel, disc: DrawnDisc): boolean {
  if (label.id === disc.id) return false;
  const nearestX = Math.min(Math.max(disc.x, label.left), label.left + label.width);
  const nearestY = Math.min(Math.max(disc.y, label.top), label.top + label.height);
  return Math.hypot(disc.x - nearestX, disc.y - nearestY) < disc.radius - 0.5;
}

/**
 * The labels that run across another node's dot, with the dot, for a readable failure. A hub's label drawn on a
 * plate (label-layer.ts) hides the dots under it, so it does not count; which labels get plates is checked apart.
 */
export function labelsOverDots(labels: DrawnLabel[], discs: DrawnDisc[], exempt: ReadonlySet<string> = new Set()) {
  return labels
    .filter((l) => !exempt.has(l.id) && !l.plate)
    .flatMap((l) => discs.filter((d) => labelCrossesDisc(l, d)).map((d) => `${l.text} over ${d.id}`));
}

/** Asserts that no drawn label starts or ends outside the canvas or overprints another. */
export function expectReadable(labels: DrawnLabel[], width: number, height: number) {
  for (const [i, a] of labels.entries()) {
    expect(a.left, `${a.text} starts left of the canvas`).toBeGreaterThanOrEqual(0);
    expect(a.top, `${a.text} starts above the canvas`).toBeGreaterThanOrEqual(0);
    expect(a.left + a.width, `${a.text} is cut at the right edge`).toBeLessThanOrEqual(width);
    expect(a.top + a.height, `${a.text} is cut at the bottom`).toBeLessThanOrEqual(height);
    for (const b of labels.slice(i + 1)) expect(labelsOverlap(a, b), `${a.text} overprints ${b.text}`).toBe(false);
  }
}

/**
 * Opens `href` and checks the labels drawn once they settle: at least `minLabels`, none cut or overprinting, none
 * across another node's dot (the focus's own label may cross, rather than be left out), the focus among them.
 */
export async function expectLabelledView(page: Page, href: string, focus: string | null, minLabels: number) {
  await page.goto(href);
  await drawnNodes(page);
  const frame = await settledLabels(page);
  const { labels, discs, width, height } = frame;
  const path = new URL(href).pathname;
  expect(labels.length, `${path}: labels drawn`).toBeGreaterThanOrEqual(minLabels);
  expectReadable(labels, width, height);
  expect(labelsOverDots(labels, discs, new Set(focus ? [focus] : [])), `${path}: labels over dots`).toEqual([]);
  if (focus)
    expect(
      labels.map((l) => l.id),
      `${path}: the focus is labelled`,
    ).toContain(focus);
  return frame;
}

/**
 * Asserts that a crowded overview names its biggest dots: the biggest drawn inside the canvas and most of the next
 * few are labelled, and the labels on plates (allowed to cross dots) belong only to the `CROWDED_HUB_LABELS`
 * biggest. Returns the frame.
 */
export async function expectHubsLabelled(page: Page, hubLabels = CROWDED_HUB_LABELS) {
  const frame = await settledLabels(page);
  const { labels, discs, width, height } = frame;
  expectReadable(labels, width, height);
  const inside = discs.filter((d) => d.x >= 0 && d.x <= width && d.y >= 0 && d.y <= height);
  const biggest = [...inside].sort((a, b) => b.radius - a.radius);
  const labelled = new Set(labels.map((l) => l.id));
  expect(labelled.has(biggest[0]!.id), `the biggest dot ${biggest[0]!.id} is labelled`).toBe(true);
  const top = biggest.slice(0, 5);
  expect(
    top.filter((d) => labelled.has(d.id)).length,
    `of the 5 biggest dots ${top.map((d) => d.id)}`,
  ).toBeGreaterThanOrEqual(4);
  const bar = biggest[Math.min(hubLabels, biggest.length) - 1]!.radius;
  const radius = new Map(discs.map((d) => [d.id, d.radius]));
  for (const l of labels.filter((x) => x.plate))
    expect(radius.get(l.id)!, `${l.text} is on a plate`).toBeGreaterThanOrEqual(bar);
  expect(labelsOverDots(labels, discs)).toEqual([]);
  return frame;
}

/** GraphView labels every neighbour of a selection with fewer than this many neighbours drawn. */
const LABELLED_SELECTION_DEGREE = 40;

/**
 * The model of the overview with the most neighbours drawn that GraphView still labels all of when it is selected,
 * and that count (duplicate links counted once).
 */
export function modelToSelect(overview: GraphResponse): { id: string; neighbours: number } {
  const neighbours = new Map<string, Set<string>>();
  const links = new Map<string, number>();
  const link = (a: string, b: string) => {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    links.set(a, (links.get(a) ?? 0) + 1);
  };
  for (const e of overview.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  // Filtered on links, not neighbours: two links to one paper count twice in the drawn graph's degree.
  const models = overview.nodes
    .filter((n) => n.kind === "model" && (links.get(n.id) ?? 0) < LABELLED_SELECTION_DEGREE)
    .map((n) => ({ id: n.id, neighbours: neighbours.get(n.id)?.size ?? 0 }))
    .sort((a, b) => b.neighbours - a.neighbours);
  if (!models.length) throw new Error("no model in the overview");
  return models[0]!;
}

/**
 * Selects `model` on the overview at `href` and asserts that at least `min` of its neighbours are labelled, over
 * the faded rest of the overview, none of them over a drawn dot.
 */
export async function expectSelectionNeighboursLabelled(page: Page, href: string, model: string, min: number) {
  await page.goto(href);
  await drawnNodes(page);
  await page.locator('[data-testid="panel"]').waitFor();
  const { labels, discs, width, height } = await settledLabels(page);
  expectReadable(labels, width, height);
  const adjacent = await page.evaluate(
    ([focus, ids]) => {
      const el = document.querySelector('[data-testid="graph"]') as unknown as {
        adjacent(a: string, b: string): boolean;
      };
      return ids.filter((id) => id !== focus && el.adjacent(focus, id));
    },
    [model, labels.map((l) => l.id)] as const,
  );
  expect(adjacent.length, `labelled neighbours of ${model}`).toBeGreaterThanOrEqual(min);
  expect(labelsOverDots(labels, discs, new Set([model]))).toEqual([]);
}
