// The HTTP API over a real Kùzu store holding the hand-written fixture graph.

import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { GraphResponse, NodeDetailsResponse, SearchResponse, StatsResponse } from "../../domain/types.js";
import { FIXTURE_PAPERS } from "../fixtures/graph.js";
import { useFixtureApp } from "./fixture-app.js";

const { get } = useFixtureApp();

describe("GET /api/stats", () => {
  it("counts papers, nodes per label and relationships per type, zeros included", async () => {
    const { status, body } = await get<StatsResponse>("/api/stats");
    expect(status).toBe(200);
    expect(body.papers).toBe(3);
    expect(body.nodes).toMatchObject({ Paper: 3, Model: 2, Dataset: 1, Metric: 1, Repository: 1, Benchmark: 0 });
    expect(body.relationships).toMatchObject({ PROPOSES: 1, USES: 5, REPORTS: 1, HAS_CODE: 1, EVALUATES_ON: 0 });
  });
});

describe("GET /api/search", () => {
  it.each([
    ["ImageNet", "dataset:imagenet"],
    ["imagenet-1k", "dataset:imagenet"], // an alias
    ["glimm", "model:glimmer"], // a prefix
    ["backslashes quotes", "title:00000000000000a3"], // words of a title
  ])("finds %s", async (q, id) => {
    const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.hits[0]?.id).toBe(id);
  });

  it("filters by kind", async () => {
    const { body } = await get<SearchResponse>("/api/search?q=glimmer&kind=paper");
    expect(body.hits.map((h) => h.kind)).toEqual(["paper"]);
  });

  it.each([
    ["/api/search", /q/],
    ["/api/search?q=", /q: must not be empty/],
    ["/api/search?q=x&limit=0", /limit/],
    ["/api/search?q=x&kind=spaceship", /kind/],
    ["/api/search?q=x&color=red", /color|Unrecognized/i],
  ])("answers 400 with a reason for %s", async (url, reason) => {
    const { status, body } = await get<{ error: string; message: string }>(url);
    expect(status).toBe(400);
    expect(body.message).toMatch(reason);
  });
});

describe("GET /api/graph", () => {
  it("returns laid-out nodes with kinds and typed edges", async () => {
    const { body } = await get<GraphResponse>("/api/graph");
    expect(body.nodes).toHaveLength(8);
    expect(body.truncated).toBe(false);
    expect(body.edges).toContainEqual({ source: "arxiv:2401.00001", target: "model:glimmer", type: "PROPOSES" });
    for (const n of body.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });

  it("caps the overview at the best-connected nodes and says so", async () => {
    const { body } = await get<GraphResponse>("/api/graph?limit=3");
    expect(body.nodes).toHaveLength(3);
    expect(body.truncated).toBe(true);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});

describe("GET /api/nodes/:id", () => {
  it("gives a paper with its abstract and entities, each with evidence", async () => {
    const { status, body } = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent("arxiv:2401.00001")}`);
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ kind: "paper", label: FIXTURE_PAPERS[0]!.title });
    expect(body.node.properties.abstract).toBe(FIXTURE_PAPERS[0]!.abstract);
    expect(body.neighbours.map((n) => n.id).sort()).toEqual(["dataset:imagenet", "model:glimmer", "model:resnet50"]);
    expect(body.neighbours.find((n) => n.id === "model:glimmer")?.evidence).toContain("We propose Glimmer");
  });

  it("gives an entity with its aliases and papers", async () => {
    const { body } = await get<NodeDetailsResponse>("/api/nodes/dataset:imagenet");
    expect(body.node.properties.aliases).toEqual(["ImageNet-1K"]);
    expect(body.neighbours.map((n) => n.id).sort()).toEqual(["arxiv:2401.00001", "title:00000000000000a2"]);
  });

  it.each(["model:nothing-here", "spaceship:x", "arxiv:9999.99999"])("answers 404 for %s", async (id) => {
    const { status } = await get(`/api/nodes/${encodeURIComponent(id)}`);
    expect(status).toBe(404);
  });

  it("answers 404 with a message for unknown API routes", async () => {
    const { status, body } = await get<{ message: string }>("/api/nowhere");
    expect(status).toBe(404);
    expect(body.message).toMatch(/no route/);
  });
});

describe("GET /api/graph as a browser asks", () => {
  const { inject } = useFixtureApp();

  it("sends the overview compressed (br, else gzip) with an entity tag, and 304 when the tag still holds", async () => {
    const plain = await inject({ method: "GET", url: "/api/graph?limit=50" });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const expected = plain.json() as GraphResponse;
    expect(expected.nodes.length).toBeGreaterThan(0);
    for (const [accept, encoding, decode] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip", "gzip", gunzipSync],
    ] as const) {
      const r = await inject({ method: "GET", url: "/api/graph?limit=50", headers: { "accept-encoding": accept } });
      expect(r.headers["content-encoding"]).toBe(encoding);
      expect(r.headers.etag).toBe(etag);
      expect(JSON.parse(decode(r.rawPayload).toString("utf8"))).toEqual(expected);
    }
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const r = await inject({ method: "GET", url: "/api/graph?limit=50", headers: { "if-none-match": tag } });
      expect(r.statusCode, tag).toBe(304);
      expect(r.rawPayload.length).toBe(0);
    }
    const stale = await inject({ method: "GET", url: "/api/graph?limit=50", headers: { "if-none-match": '"other"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual(expected);
    // Another overview, another tag.
    const fewer = await inject({ method: "GET", url: "/api/graph?limit=2" });
    expect(fewer.headers.etag).not.toBe(etag);
  });
});
