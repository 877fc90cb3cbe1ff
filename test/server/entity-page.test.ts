// Entity pages on a real Kùzu store: confirmed introductions, unconfirmed PROPOSES links, variants by name,
// and corrections reported through the API that the next ingest honours.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntroductionResponse, Mention, Paper, PaperRecord } from "../../domain/types.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { buildApp } from "../../server/app.js";
import { SearchIndex } from "../../server/search-index.js";
import { correctionsPath, readCorrections } from "../../store/corrections.js";
import { KuzuStore } from "../../store/kuzu/index.js";

const record = (title: string, abstract: string, date?: string): PaperRecord => ({
  title,
  abstract,
  ...(date ? { date } : {}),
  origin: { source: "entity-page.test.ts", line: 1 },
});
const RECORDS = [
  record("Quillnet: Feathered Attention for Small Images", "Quillnet routes attention through feathers.", "2021-02-01"),
  record("Quillnet-3D: Exploring Feathered Attention in Shapes", "Recent models (e.g., Quillnet) draw images."),
  record("Scaling Feathers", "We study Quillnet at scale and call it a baseline.", "2022-05-05"),
];
const mention = (name: string, role: Mention["role"], sentence: string): Mention => ({
  type: "model",
  name,
  aliases: [],
  role,
  count: 1,
  evidence: { sentence, start: 0, end: name.length },
  confidence: 0.8,
});
// A hand-written extraction with the mistake the issue reports: the variant's paper "proposes" the base.
const extract = async (papers: Paper[]) =>
  new Map(
    papers.map((p) => {
      if (p.title.startsWith("Quillnet:")) return [p.id, [mention("Quillnet", "proposed", p.title)]];
      if (p.title.startsWith("Quillnet-3D"))
        return [
          p.id,
          [
            mention("Quillnet", "proposed", "Recent models (e.g., Quillnet) draw images."),
            mention("Quillnet-3D", "proposed", p.title),
          ],
        ];
      return [p.id, [mention("Quillnet", "proposed", "We study Quillnet at scale and call it a baseline.")]];
    }),
  );

let dir: string;
let store: KuzuStore;
let app: FastifyInstance;
const get = async <T>(url: string) => (await app.inject({ method: "GET", url })).json() as T;

async function serve() {
  app = await buildApp({
    store,
    search: await SearchIndex.fromStore(store),
    settings: { host: "127.0.0.1", port: 0, dataDir: dir },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-entity-page-"));
  store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
  await ingestRecords(RECORDS, store, { extract });
  await serve();
});
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("GET /api/nodes/:id/introduction", () => {
  it("lists only confirmed proposers and keeps the extractor's other claims apart", async () => {
    const page = await get<IntroductionResponse>("/api/nodes/model%3Aquillnet/introduction");
    expect(page.proposedBy.map((p) => [p.label, p.basis])).toEqual([
      ["Quillnet: Feathered Attention for Small Images", "title"],
    ]);
    expect(page.introducedElsewhere).toBe(false);
    expect(page.timeline).toEqual([
      { year: 2021, introduce: 1, use: 0 },
      { year: 2022, introduce: 0, use: 1 },
    ]);
    expect(page.undatedPapers).toBe(1);
    expect(page.unconfirmed.map((p) => p.label).sort()).toEqual([
      "Quillnet-3D: Exploring Feathered Attention in Shapes",
      "Scaling Feathers",
    ]);
  });

  it("shows the variant's paper proposing the variant, linked both ways", async () => {
    const base = await get<IntroductionResponse>("/api/nodes/model%3Aquillnet/introduction");
    expect(base.variants.map((v) => [v.label, v.proposedBy.map((p) => p.label)])).toEqual([
      ["Quillnet-3D", ["Quillnet-3D: Exploring Feathered Attention in Shapes"]],
    ]);
    const variant = await get<IntroductionResponse>("/api/nodes/model%3Aquillnet3d/introduction");
    expect(variant.variantOf).toEqual([{ id: "model:quillnet", label: "Quillnet" }]);
  });

  it("answers 404 for an unknown entity", async () => {
    const r = await app.inject({ method: "GET", url: "/api/nodes/model%3Anope/introduction" });
    expect(r.statusCode).toBe(404);
  });
});

describe("corrections", () => {
  it("refuses a role correction without its paper, and a paper id as the entity", async () => {
    const noPaper = await app.inject({
      method: "POST",
      url: "/api/corrections",
      payload: { entity: "model:quillnet", issue: "not-proposed" },
    });
    expect(noPaper.statusCode).toBe(400);
    const paperAsEntity = await app.inject({
      method: "POST",
      url: "/api/corrections",
      payload: { entity: "title:0000", issue: "not-an-entity" },
    });
    expect(paperAsEntity.statusCode).toBe(400);
  });

  it("stores a reported role in the data directory, and the next ingest honours it", async () => {
    const variant = await get<IntroductionResponse>("/api/nodes/model%3Aquillnet3d/introduction");
    const paper = variant.proposedBy[0]!.id;
    const posted = await app.inject({
      method: "POST",
      url: "/api/corrections",
      payload: { entity: "model:quillnet", paper, issue: "not-proposed", note: "it builds on it" },
    });
    expect(posted.statusCode).toBe(201);
    const corrections = readCorrections(correctionsPath(dir));
    expect(corrections).toMatchObject([{ entity: "model:quillnet", paper, issue: "not-proposed" }]);
    expect((await get<{ corrections: unknown[] }>("/api/corrections")).corrections).toHaveLength(1);

    const summary = await ingestRecords(RECORDS, store, { extract, corrections });
    expect(summary).toMatchObject({ updated: 1, correctionsApplied: 1 });
    const relation = await store.read(
      "MATCH (p:Paper {id: $paper})-[r]->(m:Model {id: 'model:quillnet'}) RETURN label(r) AS relation",
      { paper },
    );
    expect(relation.rows).toEqual([{ relation: "USES" }]);
  });
});
