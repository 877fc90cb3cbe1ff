// `npm run screenshots`: ingests the corpus into a temp store, serves it, and saves a screenshot of each
// explorer view under docs/. Examples are picked from the data (the busiest dataset, a paper sharing the most).
// `npm run screenshots -- --url http://127.0.0.1:PORT/ --prefix real-` shoots a server already running (e.g. on
// the 157k-paper corpus) and names the files docs/real-*.png.

import { join } from "node:path";
import type { Page } from "playwright-core";
import type { GraphResponse, NeighboursPageResponse, SharedDataResponse } from "../domain/types.js";
import { launchChromium } from "../tools/chromium.js";
import { startCorpusServer } from "../tools/corpus-server.js";

const OUT = join(import.meta.dirname, "..", "docs");

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const givenUrl = argValue("--url");
const prefix = argValue("--prefix") ?? "";
const server = givenUrl ? { url: givenUrl, stop: async () => undefined } : await startCorpusServer();
const browser = await launchChromium();
const get = async <T>(path: string) => (await (await fetch(new URL(path, server.url))).json()) as T;
const enc = encodeURIComponent;

async function shoot(page: Page, path: string, file: string, settle = 800) {
  await page.goto(new URL(path, server.url).toString());
  await page.waitForSelector('[data-testid="graph"][data-rendered="true"]');
  await page.waitForTimeout(settle);
  await page.screenshot({ path: join(OUT, prefix + file) });
  console.log(`${prefix}${file}: ${path}`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await shoot(page, "/", "explorer.png");
  await shoot(page, "/?color=community", "view-community.png");

  await page.goto(server.url);
  await page.fill('[data-testid="search-input"]', "ImageNet");
  const hit = page.locator('[data-testid="search-hits"] button').first();
  await hit.waitFor();
  await hit.dispatchEvent("mousedown");
  await page.waitForSelector('[data-testid="panel-title"]');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, `${prefix}explorer-entity.png`) });

  // Neighbourhood: the busiest dataset, its first page of papers, and one paper expanded and pinned.
  const overview = await get<GraphResponse>("/api/graph?limit=4000");
  const hub = overview.nodes.filter((n) => n.kind === "dataset").sort((a, b) => b.degree - a.degree)[0]!;
  const papers = await get<NeighboursPageResponse>(`/api/nodes/${enc(hub.id)}/neighbours?limit=10`);
  const paper = papers.neighbours.sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0))[0]!;
  await shoot(
    page,
    `/neighbourhood/${hub.id}?exp=${hub.id}~paper.USES*1,${paper.id}&pin=${paper.id}`,
    "view-neighbourhood.png",
  );

  // Shares data: among papers naming the busiest datasets, the one whose matches share the most.
  const datasets = overview.nodes.filter((n) => n.kind === "dataset").sort((a, b) => b.degree - a.degree);
  let best: SharedDataResponse | undefined;
  const rank = (s: SharedDataResponse) => s.matches.filter((m) => m.shared.length > 1).length * 10 + s.items.length;
  for (const d of datasets.slice(0, 6)) {
    const ps = await get<NeighboursPageResponse>(`/api/nodes/${enc(d.id)}/neighbours?limit=25`);
    for (const p of ps.neighbours) {
      const s = await get<SharedDataResponse>(`/api/papers/${enc(p.id)}/shares-data?limit=60`);
      if (!best || rank(s) > rank(best)) best = s;
    }
  }
  await shoot(page, `/shares/${best!.paper.id}`, "view-shares.png");

  await shoot(page, "/methods", "view-methods.png", 1200);
  await shoot(page, "/methods/model:bert", "view-methods-bert.png", 1200);
  await shoot(page, "/?from=2023&to=2024&minDeg=2", "view-filtered.png");

  // Entity pages (who introduced it, variants, timeline) at desktop size, and the phone layout.
  const desktop = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await shoot(desktop, "/?sel=model:dit", "entity-dit-desktop.png", 1500);
  await shoot(desktop, "/?sel=model:bert", "entity-bert-desktop.png", 1500);
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await shoot(phone, "/", "phone-overview.png", 1200);
  await shoot(phone, "/?sel=model:vit", "phone-entity-vit.png", 1500);
  await shoot(phone, "/methods/model:bert", "phone-methods-bert.png", 1500);
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await server.stop();
}
