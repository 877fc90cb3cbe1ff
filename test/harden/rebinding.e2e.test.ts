// Point 2 in real Chromium: a page on another site whose name resolves to 127.0.0.1 (DNS rebinding) cannot read
// the API, and the built explorer runs under the Content-Security-Policy without a single violation.
// Needs the built web app (`npm run build:web`).

import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_WEB_DIR, startServer, type RunningServer } from "../../server/start.js";
import { launchChromium } from "../../tools/chromium.js";
import { openFixtureStore, type FixtureStore } from "../fixtures/fixture-store.js";

const built = existsSync(join(DEFAULT_WEB_DIR, "index.html"));
let fixture: FixtureStore;
let server: RunningServer;
let browser: Browser;
let port = 0;

beforeAll(async () => {
  if (!built) return;
  fixture = await openFixtureStore({ readOnly: true });
  server = await startServer(fixture.store, { host: "127.0.0.1", port: 0, webDir: DEFAULT_WEB_DIR });
  port = Number(new URL(server.url).port);
  browser = await launchChromium(["--host-resolver-rules=MAP evil.example 127.0.0.1"]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.dispose();
});

describe.runIf(built)("in Chromium", () => {
  it("a rebound name (evil.example → 127.0.0.1) gets 421 for the API and the app", async () => {
    const page = await browser.newPage();
    for (const path of ["/api/stats", "/"]) {
      const response = await page.goto(`http://evil.example:${port}${path}`);
      expect(response?.status(), path).toBe(421);
    }
    const own = await page.goto(`http://127.0.0.1:${port}/api/stats`);
    expect(own?.status()).toBe(200);
    await page.close();
  }, 60_000);

  it("the explorer and its console run under the CSP with no violation", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`http://127.0.0.1:${port}/`);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.waitForSelector("canvas", { timeout: 30_000 });
    const own = await page.evaluate(async () => {
      const r = await fetch("/api/cypher", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: 'RETURN date("275760-09-14") AS d' }),
      });
      return { status: r.status, body: (await r.json()) as { rows: { d: string }[] } };
    });
    expect(own.status).toBe(200);
    expect(own.body.rows[0]!.d).toBe("275760-09-14");
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
