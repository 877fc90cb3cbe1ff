// `npm run screenshots`: ingests the corpus into a temp store, serves it, and saves screenshots under docs/.

import { join } from "node:path";
import { launchChromium } from "../test/e2e/browser.js";
import { startCorpusServer } from "../test/e2e/corpus-server.js";

const OUT = join(import.meta.dirname, "..", "docs");

const server = await startCorpusServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid="graph"][data-rendered="true"]');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(OUT, "explorer.png") });

  await page.fill('[data-testid="search-input"]', "ImageNet");
  const hit = page.locator('[data-testid="search-hits"] button').first();
  await hit.waitFor();
  await hit.dispatchEvent("mousedown");
  await page.waitForSelector('[data-testid="panel-title"]');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, "explorer-entity.png") });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await server.stop();
}
