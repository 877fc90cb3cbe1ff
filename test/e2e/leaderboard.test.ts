// End to end in Chromium: the leaderboard page of a dataset over a real Kùzu store holding the leaderboard fixture
// corpus, reached from the side panels; ranking by direction, progression, gains and ratios apart, conflicts,
// filters kept in the URL, and CSV export.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_WEB_DIR, startServer } from "../../server/start.js";
import { PIXELBANK_ID } from "../fixtures/leaderboard-graph.js";
import { openLeaderboardStore } from "../fixtures/leaderboard-store.js";
import { launchChromium } from "../../tools/chromium.js";

let browser: Browser;
let page: Page;
let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  if (!existsSync(join(DEFAULT_WEB_DIR, "index.html"))) throw new Error("the web app is not built: npm run build:web");
  const fixture = await openLeaderboardStore();
  const server = await startServer(fixture.store, { host: "127.0.0.1", port: 0, webDir: DEFAULT_WEB_DIR });
  base = server.url.replace(/\/$/, "");
  stop = async () => {
    await server.close();
    await fixture.dispose();
  };
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

const rowsOf = (testId: string) =>
  page
    .locator(`[data-testid="${testId}"] [data-testid="leaderboard-row"]`)
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-model"), Number(tr.getAttribute("data-value"))]));
const listTestId = (kind: string, metric: string) => `table-${kind}:${metric}`;

describe("leaderboard page", () => {
  it("ranks each metric's scores by its direction and draws the best so far", async () => {
    await page.goto(`${base}/leaderboard/${PIXELBANK_ID}`);
    await page.locator('[data-testid="leaderboard-title"]', { hasText: "PixelBank" }).waitFor();
    expect(await rowsOf(listTestId("score", "top-1 accuracy"))).toEqual([
      ["Kappa", 83.5],
      ["Zeta", 81.3],
      ["Zeta", 80.1],
      ["Omega", 78],
    ]);
    // Error: lower is better, so the smaller value ranks first.
    expect(await rowsOf(listTestId("score", "top-1 error"))).toEqual([
      ["Kappa", 16.5],
      ["Omega", 22],
    ]);
    await expect
      .poll(() => page.locator('[data-testid="list-score:top-1 error"] .direction').textContent())
      .toMatch(/lower/);
    const points = await page
      .locator('[data-testid="list-score:top-1 accuracy"] [data-testid="progression-point"]')
      .evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute("data-year")), Number(c.getAttribute("data-best"))]));
    expect(points).toEqual([
      [2022, 78],
      [2023, 81.3],
      [2024, 83.5],
    ]);
  }, 60_000);

  it("lists gains and ratios apart from scores, and results without a metric as such", async () => {
    expect(await rowsOf("scores")).not.toContainEqual(["Kappa", 2.2]);
    expect(await rowsOf("gains")).toEqual([["Kappa", 2.2]]);
    expect(await rowsOf("ratios")).toEqual([["Zeta", 3]]);
    expect(await rowsOf(listTestId("score", ""))).toEqual([["Lambda", 0.91]]);
    await page.locator('[data-testid="list-score:"] h3', { hasText: "metric not stated" }).waitFor();
  });

  it("shows papers that disagree about a model's score side by side", async () => {
    const claims = page.locator('[data-testid="conflict"] [data-testid="conflict-claim"]');
    expect(await claims.count()).toBe(2);
    const text = (await claims.allTextContents()).join(" | ");
    expect(text).toContain("Zeta: Routed Attention at Scale");
    expect(text).toContain("Revisiting Routed Attention");
  });

  it("filters by metric and year in the URL, and a reload reopens the same view", async () => {
    await page.selectOption('[data-testid="metric-filter"]', "score:top-1 accuracy");
    await page.fill('[data-testid="year-from"]', "2023");
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2023");
    expect(new URL(page.url()).searchParams.get("metric")).toBe("score:top-1 accuracy");
    const check = async () => {
      expect(await rowsOf(listTestId("score", "top-1 accuracy"))).toEqual([
        ["Kappa", 83.5],
        ["Zeta", 81.3],
        ["Zeta", 80.1],
      ]);
      expect(await page.locator('[data-testid="gains"]').count()).toBe(0);
      expect(await page.locator('[data-testid="list-score:top-1 error"]').count()).toBe(0);
    };
    await expect.poll(() => rowsOf(listTestId("score", "top-1 accuracy")).then((r) => r.length)).toBe(3);
    await check();
    await page.reload();
    await page.locator('[data-testid="leaderboard"]').waitFor();
    await check();
    expect(await page.inputValue('[data-testid="year-from"]')).toBe("2023");
  }, 60_000);

  it("exports what is shown as CSV", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export-csv"]')]);
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("dataset,metric,kind,rank,model,value,unit,paper,paper id,year,sentence");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 6).join(","))).toEqual([
      "PixelBank,top-1 accuracy,score,1,Kappa,83.5",
      "PixelBank,top-1 accuracy,score,2,Zeta,81.3",
      "PixelBank,top-1 accuracy,score,3,Zeta,80.1",
    ]);
  });

  it("is reached from a dataset's and a model's side panel", async () => {
    await page.goto(`${base}/neighbourhood/${PIXELBANK_ID}?sel=${PIXELBANK_ID}`);
    await page.locator('[data-testid="panel"] [data-testid="panel-leaderboard-link"]').click();
    await page.locator('[data-testid="leaderboard-title"]', { hasText: "PixelBank" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/leaderboard/${PIXELBANK_ID}`);

    await page.goto(`${base}/neighbourhood/model:zeta?sel=model:zeta`);
    const links = page.locator('[data-testid="panel-model-leaderboards"] [data-testid="panel-leaderboard-link"]');
    await links.first().waitFor();
    expect(await links.allTextContents()).toEqual(["PixelBank (3)", "BoxSuite (1)"]);
    await links.nth(1).click();
    await page.locator('[data-testid="leaderboard-title"]', { hasText: "BoxSuite" }).waitFor();
    expect(await rowsOf(listTestId("score", "AP"))).toEqual([["Zeta", 47.9]]);
  }, 60_000);
});
