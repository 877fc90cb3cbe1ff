// The embedded store on a real Kùzu database in a temp directory: writes, idempotence, reads, rollback.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { relayout } from "../../ingest/pipeline.js";
import { loadCypher, splitStatements } from "../../store/cypher-files.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import { FIXTURE_MENTIONS, FIXTURE_PAPERS } from "../fixtures/graph.js";
import { describeStoreContract } from "./store-contract.js";

let dir: string;
let store: KuzuStore;

async function counts(): Promise<Record<string, number>> {
  // Kùzu answers no row (not 0) for an empty label inside UNION ALL, so absent means 0.
  const { rows } = await store.run("read/stats");
  const names = ["Paper", "Model", "Dataset", "Metric", "Repository", "Author", "PROPOSES", "USES", "REPORTS"];
  return {
    ...Object.fromEntries(names.map((n) => [n, 0])),
    ...Object.fromEntries(rows.map((r) => [String(r.name), Number(r.count)])),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-store-"));
  store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("KuzuStore", () => {
  it("writes papers, entities and typed relations", async () => {
    await store.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
    const c = await counts();
    expect(c).toMatchObject({ Paper: 3, Model: 2, Dataset: 1, Metric: 1, Repository: 1, Author: 2 });
    expect(c).toMatchObject({ PROPOSES: 1, USES: 5, REPORTS: 1, HAS_CODE: 1, WROTE: 2 });
  });

  it("is idempotent: writing the same batch again changes no count", async () => {
    const before = await counts();
    await store.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
    expect(await counts()).toEqual(before);
  });

  it("round-trips quotes, commas, backslashes and newlines exactly", async () => {
    const { rows } = await store.run("read/paper", { id: "title:00000000000000a3" });
    expect(rows[0]!.abstract).toBe(FIXTURE_PAPERS[2]!.abstract);
    expect(rows[0]!.label).toBe(FIXTURE_PAPERS[2]!.title);
  });

  it("round-trips tabs, edge spaces, a trailing backslash and empty strings in batch files", async () => {
    const odd = {
      ...FIXTURE_PAPERS[0]!,
      id: "title:00000000000000f1",
      titleKey: "odd",
      title: "  spaces around, unquoted  ",
      abstract: 'Ends with a backslash \\ and a "quote"\t\\',
      organization: "",
    };
    await store.writeBatch(buildGraphBatch([odd], new Map()));
    const { rows } = await store.run("read/paper", { id: odd.id });
    expect(rows[0]).toMatchObject({ label: odd.title, abstract: odd.abstract });
    await store.deletePapers([odd.id]);
  });

  it("reads a quoted field back without its quotes after hundreds of plain rows", async () => {
    // Kùzu guesses a file's CSV dialect from its first rows unless told not to: with no quote among them, a later
    // quoted field came back with its quotes doubled.
    const papers = Array.from({ length: 400 }, (_, i) => ({
      ...FIXTURE_PAPERS[0]!,
      id: `title:${(0xe000 + i).toString(16).padStart(16, "0")}`,
      titleKey: `plain${i}`,
      title: `Plain widget paper ${i}`,
      abstract:
        i < 399 ? `An abstract with nothing to quote, number ${i}.` : 'We extend the "stream-K" style reduction.',
    }));
    await store.writeBatch(buildGraphBatch(papers, new Map()));
    const last = papers[399]!;
    const { rows } = await store.run("read/paper", { id: last.id });
    expect(rows[0]!.abstract).toBe(last.abstract);
    await store.deletePapers(papers.map((p) => p.id));
  });

  it("keeps evidence and aliases on the stored graph", async () => {
    const { rows } = await store.run("read/entity", { id: "dataset:imagenet" }, { slots: { LABEL: "Dataset" } });
    expect(rows[0]).toMatchObject({ label: "ImageNet", aliases: "ImageNet-1K" });
    const n = await store.run("read/paper-neighbours", { id: "arxiv:2401.00001", limit: 10 });
    const glimmer = n.rows.find((r) => r.id === "model:glimmer");
    expect(glimmer).toMatchObject({ relation: "PROPOSES", evidence: 'We propose Glimmer, a "routed" model.' });
  });

  it("replaces a rewritten paper's relations instead of adding to them", async () => {
    const mentions = new Map(FIXTURE_MENTIONS);
    mentions.set("title:00000000000000a2", mentions.get("title:00000000000000a2")!.slice(0, 1));
    await store.writeBatch(buildGraphBatch([FIXTURE_PAPERS[1]!], mentions));
    await store.pruneOrphans();
    const c = await counts();
    expect(c.USES).toBe(3);
    expect(c.Metric).toBe(0);
  });

  it("rolls back a failing batch entirely: no paper of it is stored, nothing stored before is lost", async () => {
    const before = await counts();
    const fresh = { ...FIXTURE_PAPERS[0]!, id: "arxiv:2401.99999", title: "Fresh paper" };
    const batch = buildGraphBatch([fresh], new Map([["arxiv:2401.99999", FIXTURE_MENTIONS.get("arxiv:2401.00001")!]]));
    // A cell of the wrong type makes the relation step fail inside Kùzu, after the paper step has run.
    (batch.relations[1] as { mentions: unknown }).mentions = "many";
    await expect(store.writeBatch(batch)).rejects.toThrow(/upsert-relation USES/);
    expect(await counts()).toEqual(before);
    const { rows } = await store.run("read/paper", { id: "arxiv:2401.99999" });
    expect(rows).toEqual([]);
  });

  it("rejects an entity id outside the schema before touching the store", async () => {
    const batch = buildGraphBatch([FIXTURE_PAPERS[0]!], FIXTURE_MENTIONS);
    batch.relations.push({ ...batch.relations[0]!, entityId: "nonsense:x" });
    await expect(store.writeBatch(batch)).rejects.toThrow(/not an entity id: nonsense:x/);
  });

  it("lays out every node and stores degrees", async () => {
    await relayout(store);
    const { rows } = await store.run("read/overview-nodes", { limit: 100 });
    expect(rows.length).toBe(7);
    for (const r of rows) expect(Number.isFinite(r.x) && Number.isFinite(r.y)).toBe(true);
    expect(rows[0]!.degree).toBeGreaterThanOrEqual(2);
  });

  it("stops reading at the row cap and says so", async () => {
    const r = await store.read("MATCH (n) RETURN n.id AS id", {}, { maxRows: 2 });
    expect(r.rows.length).toBe(2);
    expect(r.truncated).toBe(true);
  });
});

describe("KuzuStore, second instance", () => {
  let contractDir: string;
  let contractStore: KuzuStore;
  beforeAll(async () => {
    contractDir = mkdtempSync(join(tmpdir(), "papergraph-contract-"));
    contractStore = new KuzuStore({ path: join(contractDir, "graph.kuzu") });
    await contractStore.init();
  });
  afterAll(async () => {
    await contractStore.close();
    rmSync(contractDir, { recursive: true, force: true });
  });
  describeStoreContract("kuzu", () => contractStore);
});

describe("KuzuStore on a store made when links kept their own sentence", () => {
  it("gains the paper's sentences on opening, and a rewritten paper's links read theirs again", async () => {
    const oldDir = mkdtempSync(join(tmpdir(), "papergraph-old-layout-"));
    const path = join(oldDir, "graph.kuzu");
    try {
      // The schema as it was: an `evidence` string on every paper → entity link, no `sentences` on the paper.
      const schema = splitStatements(loadCypher("schema/kuzu", "kuzu"))
        .filter((statement) => !statement.startsWith("ALTER"))
        .map((statement) => statement.replace("sentences STRING, ", "").replace("sentence INT64", "evidence STRING"));
      const db = new kuzu.Database(path);
      const connection = new kuzu.Connection(db);
      // Every result closed before the database: one left open crashes the process at exit.
      const run = async (statement: string) => {
        const result = await connection.query(statement);
        for (const r of Array.isArray(result) ? result : [result]) r.close();
      };
      for (const statement of schema) await run(statement);
      await run(
        "CREATE (p:Paper {id: 'arxiv:2401.00001', title: 'Old', contentHash: 'old'})-[:USES {mentions: 1, " +
          "evidence: 'An old sentence.'}]->(:Model {id: 'model:resnet50', name: 'ResNet-50'})",
      );
      await connection.close();
      await db.close();

      const opened = new KuzuStore({ path });
      await opened.init();
      const before = await opened.run("read/paper-neighbours", { id: "arxiv:2401.00001", limit: 10 });
      expect(before.rows).toMatchObject([{ id: "model:resnet50", evidence: null }]);
      await opened.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
      const after = await opened.run("read/paper-neighbours", { id: "arxiv:2401.00001", limit: 10 });
      expect(after.rows.find((r) => r.id === "model:resnet50")?.evidence).toBe("It beats ResNet-50 on ImageNet.");
      await opened.close();
    } finally {
      rmSync(oldDir, { recursive: true, force: true });
    }
  });
});
