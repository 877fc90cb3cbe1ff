// `npx tsx scripts/leaderboard-screenshots.ts DATA_DIR NAME`: serves an ingested store read-only and saves the
// ImageNet, COCO and GLUE leaderboards (the dataset or benchmark of each name with the most results) under
// docs/leaderboard-<NAME>-<dataset>.png, printing the figures each shows.

import { join } from "node:path";
import type { LeaderboardResponse } from "../domain/types.js";
import { DEFAULT_WEB_DIR, startServer } from "../server/start.js";
import { openStore } from "../store/index.js";
import { launchChromium } from "../tools/chromium.js";

const [dataDir, name] = process.argv.slice(2);
if (!dataDir || !name) throw new Error("usage: leaderboard-screenshots.ts DATA_DIR NAME");
const OUT = join(import.meta.dirname, "..", "docs");
const WANTED: Array<[string, RegExp]> = [
  ["imagenet", /^(?:dataset|benchmark):(?:imagenet|imagenet1k|ilsvrc\w*)$/],
  ["coco", /^(?:dataset|benchmark):(?:ms)?coco$/],
  ["glue", /^(?:dataset|benchmark):glue$/],
];

const store = await openStore({ kind: "kuzu", dataDir, readOnly: true });
const server = await startServer(store, { host: "127.0.0.1", port: 0, webDir: DEFAULT_WEB_DIR });
const browser = await launchChromium();
try {
  const { rows } = await store.run("read/result-datasets", { limit: 5000 });
  const total = (await store.read("MATCH (r:Result) RETURN count(r) AS n")).rows[0]!.n;
  console.log(`${name}: ${String(total)} results on ${rows.length} datasets and benchmarks (top 5000 listed)`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  for (const [short, pattern] of WANTED) {
    const hit = rows.find((r) => pattern.test(String(r.id)));
    if (!hit) {
      console.log(`${short}: no results`);
      continue;
    }
    const url = new URL(`/leaderboard/${String(hit.id)}`, server.url).toString();
    const data = (await (
      await fetch(new URL(`/api/leaderboards/${encodeURIComponent(String(hit.id))}`, server.url))
    ).json()) as LeaderboardResponse;
    const metrics = data.metrics.slice(0, 4).map((m) => `${m.metric ?? "no metric"} ${m.kind} ${m.count}`);
    console.log(
      `${short}: ${String(hit.id)} ${data.rows.length} results; ${metrics.join("; ")}; ${data.conflicts.length} conflicts`,
    );
    await page.goto(url);
    await page.waitForSelector('[data-testid="leaderboard"]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `leaderboard-${name}-${short}.png`) });
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
}
