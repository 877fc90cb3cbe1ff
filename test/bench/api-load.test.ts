// The API bench's load client against a real server over the fixture store: with the settings the bench starts
// its server with, 50 clients on one address are never refused (the figures are the route's); with a low limit
// the 429s show up in the non-200 share instead of passing for fast answers.

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_SERVER_ENV, loadTest, type Scenario } from "../../bench/api.js";
import { resolveSettings } from "../../settings/index.js";
import { buildApp } from "../../server/app.js";
import type { ServerSettings } from "../../server/context.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { openFixtureStore, type FixtureStore } from "../fixtures/fixture-store.js";

let fixture: FixtureStore;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  fixture = await openFixtureStore({ readOnly: true });
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await fixture.dispose();
});

/** A listening server over the fixture store with these rate limits; resolves to its base URL. */
async function serve(rateLimit: ServerSettings["rateLimit"]): Promise<string> {
  const { store } = fixture;
  const settings: ServerSettings = { host: "127.0.0.1", port: 0, rateLimit };
  const app = await buildApp({
    store,
    search: await SearchIndex.fromStore(store),
    nodes: await openNodeReader(store),
    settings,
  });
  apps.push(app);
  return app.listen({ host: "127.0.0.1", port: 0 });
}

const shares: Scenario = {
  name: "shares-data",
  paths: ["/api/papers/arxiv%3A2401.00001/shares-data", "/api/papers/title%3A00000000000000a2/shares-data"],
};

describe("the API bench's load client", () => {
  it("is never refused by a server started with the bench's settings", async () => {
    const { rateLimit } = resolveSettings({ ...BENCH_SERVER_ENV }).server;
    expect(rateLimit.expensivePerMinute).toBeGreaterThanOrEqual(1_000_000);
    const figures = await loadTest(await serve(rateLimit), shares, { connections: 50, duration: 1 });
    expect(figures.requests).toBeGreaterThan(50);
    expect(figures.statuses).toEqual({ 200: figures.requests });
    expect(figures.non200Share).toBe(0);
    expect(figures.errors).toBe(0);
    expect(figures.p50).toBeLessThanOrEqual(figures.p95);
    expect(figures.p95).toBeLessThanOrEqual(figures.p99);
  });

  it("counts a rate limiter's 429s as non-200 answers", async () => {
    const url = await serve({ consolePerMinute: 10, expensivePerMinute: 10 });
    const figures = await loadTest(url, shares, { connections: 50, duration: 1 });
    expect(figures.statuses["200"]).toBe(10);
    expect(figures.statuses["429"]).toBe(figures.requests - 10);
    expect(figures.non200Share).toBeCloseTo((figures.requests - 10) / figures.requests, 6);
    expect(figures.errors).toBe(figures.requests - 10);
  });
});
