// `GET /api/leaderboards/:datasetId` over a real, read-only Kùzu store holding the leaderboard fixture corpus.

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeaderboardResponse, ModelLeaderboardsResponse } from "../../domain/types.js";
import { buildApp } from "../../server/app.js";
import { SearchIndex } from "../../server/search-index.js";
import { PIXELBANK_ID } from "../fixtures/leaderboard-graph.js";
import { openLeaderboardStore } from "../fixtures/leaderboard-store.js";

let app: FastifyInstance;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const fixture = await openLeaderboardStore();
  dispose = fixture.dispose;
  app = await buildApp({
    store: fixture.store,
    search: await SearchIndex.fromStore(fixture.store),
    settings: { host: "127.0.0.1", port: 0 },
  });
});
afterAll(async () => {
  await app.close();
  await dispose();
});

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const r = await app.inject({ method: "GET", url });
  return { status: r.statusCode, body: r.json() as T };
}

describe("GET /api/leaderboards/:datasetId", () => {
  it("lists the metrics with their direction: scores first, then gains, then ratios", async () => {
    const { status, body } = await get<LeaderboardResponse>(`/api/leaderboards/${PIXELBANK_ID}`);
    expect(status).toBe(200);
    expect(body.dataset).toEqual({ id: PIXELBANK_ID, label: "PixelBank", kind: "dataset", known: true });
    expect(body.metrics).toEqual([
      { metric: "top-1 accuracy", kind: "score", direction: "higher", count: 4 },
      { metric: "top-1 error", kind: "score", direction: "lower", count: 2 },
      { metric: null, kind: "score", direction: "unknown", count: 1 },
      { metric: "top-1 accuracy", kind: "gain", direction: "higher", count: 1 },
      { metric: null, kind: "ratio", direction: "higher", count: 1 },
    ]);
    expect(body.truncated).toBe(false);
  });

  it("ranks each metric's scores best first by its direction (error: lower first)", async () => {
    const { body } = await get<LeaderboardResponse>(`/api/leaderboards/${PIXELBANK_ID}`);
    const of = (metric: string) =>
      body.rows.filter((r) => r.kind === "score" && r.metric === metric).map((r) => [r.model, r.value, r.year]);
    expect(of("top-1 accuracy")).toEqual([
      ["Kappa", 83.5, 2024],
      ["Zeta", 81.3, 2023],
      ["Zeta", 80.1, 2024],
      ["Omega", 78, 2022],
    ]);
    expect(of("top-1 error")).toEqual([
      ["Kappa", 16.5, 2024],
      ["Omega", 22, 2022],
    ]);
    const first = body.rows[0]!;
    expect(first.paperTitle).toBe("Kappa: Sparse Experts for Images");
    expect(first.sentence).toContain("83.5% top-1 accuracy on PixelBank");
  });

  it("shows papers that disagree about a model's score side by side", async () => {
    const { body } = await get<LeaderboardResponse>(`/api/leaderboards/${PIXELBANK_ID}`);
    expect(body.conflicts).toHaveLength(1);
    const [conflict] = body.conflicts;
    expect(conflict).toMatchObject({ model: "Zeta", metric: "top-1 accuracy", kind: "score" });
    const papers = conflict!.rows.map((id) => body.rows.find((r) => r.id === id)!.paperId).sort();
    expect(papers).toEqual(["arxiv:2301.00011", "arxiv:2402.00014"]);
  });

  it("answers a benchmark's leaderboard too", async () => {
    const { body } = await get<LeaderboardResponse>("/api/leaderboards/benchmark:boxsuite");
    expect(body.dataset.kind).toBe("benchmark");
    expect(body.rows.map((r) => [r.model, r.metric, r.value])).toEqual([["Zeta", "AP", 47.9]]);
  });

  it.each([
    ["/api/leaderboards/model:zeta", 400, /dataset or benchmark/],
    ["/api/leaderboards/dataset:nothing-here", 404, /no dataset or benchmark/],
  ])("%s answers %i with a reason", async (url, status, reason) => {
    const r = await get<{ message: string }>(url);
    expect(r.status).toBe(status);
    expect(r.body.message).toMatch(reason);
  });
});

describe("GET /api/models/:id/leaderboards", () => {
  it("lists the datasets and benchmarks a model has results on, most first", async () => {
    const { status, body } = await get<ModelLeaderboardsResponse>("/api/models/model:zeta/leaderboards");
    expect(status).toBe(200);
    expect(body.datasets).toEqual([
      { id: PIXELBANK_ID, label: "PixelBank", results: 3 },
      { id: "benchmark:boxsuite", label: "BoxSuite", results: 1 },
    ]);
  });

  it("answers 400 for an id that is no model's", async () => {
    expect((await get("/api/models/dataset:pixelbank/leaderboards")).status).toBe(400);
  });
});
