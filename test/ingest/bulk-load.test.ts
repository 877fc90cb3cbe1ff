// A first ingest into an empty store bulk-loads it (Kùzu COPY, one transaction; Neo4j short transactions with the
// content hashes last): the store must end up exactly as batch after batch would leave it and stay incremental
// afterwards; a failed Kùzu load holds nothing (a Neo4j one is covered by the kill -9 test in interrupted.test.ts).

import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PaperRecord } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { resolveSources } from "../../ingest/sources/index.js";
import type { GraphStore } from "../../store/types.js";
import { describeNeo4j, lockScratchNeo4j } from "../support/neo4j.js";
import { generatedRecords } from "./support/generated-corpus.js";
import { TempStores } from "./support/temp-stores.js";
import { dumpStore } from "./support/store-dump.js";

const SAMPLES = join(import.meta.dirname, "..", "..", "samples");
const extract = async (papers: Parameters<typeof extractCorpus>[0]) => extractCorpus(papers);
const stores = new TempStores("papergraph-bulk-");
afterAll(() => stores.removeAll());
const freshStore = (name: string) => stores.fresh(name);

async function corpus(): Promise<PaperRecord[]> {
  const samples = (await resolveSources([SAMPLES])).records;
  // Authors, one of them listed twice on a paper: a bulk load must not copy that authorship twice.
  const generated = generatedRecords(120).map((r, i) => ({
    ...r,
    authors: [`Ada ${i % 5}`, `Bo ${i % 7}`, `Ada ${i % 5}`],
  }));
  return [...samples, ...generated];
}

describe("bulk load of a first ingest", () => {
  it("leaves the store exactly as batches would", async () => {
    const records = await corpus();
    const bulk = await freshStore("bulk");
    const batched = await freshStore("batched");
    let bulkCalls = 0;
    const bulkLoad = bulk.bulkLoad.bind(bulk);
    bulk.bulkLoad = (batch) => (bulkCalls++, bulkLoad(batch));

    const a = await ingestRecords(records, bulk, { extract, bulkFrom: 1 });
    const b = await ingestRecords(records, batched, { extract, bulkFrom: Infinity, batchSize: 50 });
    expect(bulkCalls).toBe(1);
    expect(a.added).toBe(records.length);
    expect(a.relations).toBe(b.relations);
    const wrote = await bulk.read("MATCH (:Author)-[w:WROTE]->(p:Paper) RETURN count(w) AS n");
    expect(wrote.rows[0]!.n).toBe(
      120 * 2 + records.slice(0, -120).reduce((n, r) => n + new Set(r.authors ?? []).size, 0),
    );
    const bulkDump = await dumpStore(bulk);
    expect(bulkDump.length).toBeGreaterThan(records.length * 3);
    expect(bulkDump.some((line) => line.includes('["evidence","'))).toBe(true);
    expect(bulkDump).toEqual(await dumpStore(batched));

    // Afterwards the store is incremental like any other: nothing to rewrite, and no second bulk load.
    const again = await ingestRecords(records, bulk, { extract, bulkFrom: 1 });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: records.length });
    expect(bulkCalls).toBe(1);
  }, 120_000);

  it("is not used on a store that already holds something", async () => {
    const records = await corpus();
    const store = await freshStore("grown");
    await ingestRecords(records.slice(0, 3), store, { extract, bulkFrom: Infinity });
    let bulkCalls = 0;
    const bulkLoad = store.bulkLoad.bind(store);
    store.bulkLoad = (batch) => (bulkCalls++, bulkLoad(batch));
    const summary = await ingestRecords(records, store, { extract, bulkFrom: 1 });
    expect(bulkCalls).toBe(0);
    expect(summary.added).toBe(records.length - 3);
  }, 120_000);

  it("writes nothing when any part of the load fails", async () => {
    const records = await corpus();
    const store = await freshStore("failed");
    const papers = (await import("../../ingest/merge.js")).mergeRecords(records);
    const batch = buildGraphBatch(papers, extractCorpus(papers));
    // A link to an entity the batch does not carry fails the last relationship COPY.
    batch.relations.push({ ...batch.relations[0]!, entityId: "dataset:nowhere", type: "USES" });
    await expect(store.bulkLoad(batch)).rejects.toThrow(/kuzu: upsert-relation/);
    const count = await store.read("MATCH (n) RETURN count(n) AS n");
    expect(count.rows[0]!.n).toBe(0);
  }, 120_000);
});

/** Neo4j's own spelling of `dump`: every node and link with every property, as sorted lines. */
async function dumpNeo4j(store: GraphStore): Promise<string[]> {
  const nodes = await store.read("MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS node");
  const links = await store.read(
    "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS link",
  );
  const sorted = (v: unknown) => Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return [
    ...nodes.rows.map((r) => JSON.stringify([r.label, sorted(r.node)])),
    ...links.rows.map((r) => JSON.stringify([r.source, r.type, r.target, sorted(r.link)])),
  ].sort();
}

describeNeo4j("bulk load of a first ingest into Neo4j", () => {
  it("leaves the store exactly as batches would, and incremental afterwards", async () => {
    const records = await corpus();
    const scratch = await lockScratchNeo4j();
    try {
      const store = scratch.store;
      let bulkCalls = 0;
      const bulkLoad = store.bulkLoad.bind(store);
      store.bulkLoad = (batch, onStep) => (bulkCalls++, bulkLoad(batch, onStep));
      const a = await ingestRecords(records, store, { extract, bulkFrom: 1 });
      expect(bulkCalls).toBe(1);
      expect(a.added).toBe(records.length);
      const bulkDump = await dumpNeo4j(store);
      expect(bulkDump.length).toBeGreaterThan(records.length * 3);
      expect(bulkDump.some((line) => line.includes('["contentHash","'))).toBe(true);

      const again = await ingestRecords(records, store, { extract, bulkFrom: 1 });
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: records.length });
      expect(bulkCalls).toBe(1);

      await store.driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: scratch.target.database });
      const b = await ingestRecords(records, store, { extract, bulkFrom: Infinity, batchSize: 50 });
      expect(b.relations).toBe(a.relations);
      expect(bulkDump).toEqual(await dumpNeo4j(store));
    } finally {
      await scratch.release();
    }
  }, 600_000);
});
