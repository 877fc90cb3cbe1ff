// Shares-data, related methods and search over the seed store (ingested once by the store project's global setup), served
// read-only as `npm start` serves it: a browser's request gets a compressed body that decodes to the same JSON.

import type { FastifyInstance } from "fastify";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { openStore } from "../../store/index.js";
import type { GraphStore } from "../../store/types.js";

let store: GraphStore;
let app: FastifyInstance;
let paper: string;

beforeAll(async () => {
  const dataDir = process.env.PAPERGRAPH_TEST_SEED_KUZU;
  if (!dataDir) throw new Error("PAPERGRAPH_TEST_SEED_KUZU is not set: run this file in the store project");
  store = await openStore({ kind: "kuzu", dataDir, readOnly: true });
  app = await buildApp({
    store,
    search: await SearchIndex.fromStore(store),
    nodes: await openNodeReader(store),
    settings: { host: "127.0.0.1", port: 0 },
  });
  // The paper naming the most datasets and benchmarks: its shares-data answer is the biggest.
  const { rows } = await store.run("read/all-paper-links");
  const items = new Map<string, number>();
  for (const r of rows) {
    if (/^(dataset|benchmark):/.test(String(r.target))) {
      items.set(String(r.source), (items.get(String(r.source)) ?? 0) + 1);
    }
  }
  paper = [...items].sort((a, b) => b[1] - a[1])[0]![0];
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe("shares-data, related methods and search, as a browser asks", () => {
  it.each([
    ["shares-data", () => `/api/papers/${encodeURIComponent(paper)}/shares-data?limit=500`],
    ["related methods", () => "/api/methods/related?limit=1000"],
    ["search", () => "/api/search?q=learn&limit=100"],
  ])("%s: br and gzip bodies decode to the plain JSON", async (_name, url) => {
    const plain = await app.inject({ method: "GET", url: url() });
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(1024); // big enough to be compressed
    for (const [accept, decode] of [
      ["gzip, deflate, br", brotliDecompressSync],
      ["gzip", gunzipSync],
    ] as const) {
      const r = await app.inject({ method: "GET", url: url(), headers: { "accept-encoding": accept } });
      expect(r.headers["content-encoding"]).toBe(accept === "gzip" ? "gzip" : "br");
      expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(JSON.parse(decode(r.rawPayload).toString("utf8"))).toEqual(plain.json());
    }
  });
});
