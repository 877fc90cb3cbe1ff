// Point 5 of the hardening issue: ids of any length open. Fastify refused path parameters over 100 characters
// with a 404 before any route ran; a long GitHub link makes an id longer than that.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldTitle } from "../../domain/identity.js";
import type { Paper } from "../../domain/types.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { buildApp } from "../../server/app.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { KuzuStore } from "../../store/kuzu/index.js";

const dir = mkdtempSync(join(tmpdir(), "papergraph-long-ids-"));
const LONG_ID = `title:${"a-very-long-identifier-".repeat(40)}end`;
let store: KuzuStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
  const title = "A Paper Whose Id Runs Long";
  const paper: Paper = {
    id: LONG_ID,
    title,
    abstract: "An abstract of a paper with an id far over a hundred characters.",
    titleKey: foldTitle(title),
    origins: [{ source: "long.jsonl", line: 1 }],
  };
  await store.writeBatch(buildGraphBatch([paper], new Map()));
  app = await buildApp({
    store,
    search: await SearchIndex.fromStore(store),
    nodes: await openNodeReader(store),
    settings: { host: "127.0.0.1", port: 0 },
  });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ids over 100 characters", () => {
  it(`open (${LONG_ID.length} characters)`, async () => {
    expect(LONG_ID.length).toBeGreaterThan(900);
    const url = `/api/nodes/${encodeURIComponent(LONG_ID)}`;
    const r = await app.inject({ method: "GET", url });
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(r.json()).toMatchObject({ node: { id: LONG_ID } });
    const page = await app.inject({ method: "GET", url: `${url}/neighbours` });
    expect(page.statusCode).toBe(200);
  });
});
