// Ingest end to end on a real Kùzu store: the real extractor over our sample corpus, run after run.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PaperRecord } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { resolveSources } from "../../ingest/sources/index.js";
import { readStats } from "../../server/graph-service.js";
import { KuzuStore } from "../../store/kuzu/index.js";

const SAMPLES = join(import.meta.dirname, "..", "..", "samples");
const extract = async (papers: Parameters<typeof extractCorpus>[0]) => extractCorpus(papers);

let dir: string;
let store: KuzuStore;
let records: PaperRecord[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-pipeline-"));
  store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
  records = (await resolveSources([SAMPLES])).records;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ingestRecords", () => {
  it("a dry run reports what it would add and writes nothing", async () => {
    const summary = await ingestRecords(records, store, { extract, dryRun: true });
    expect(summary.added).toBe(records.length);
    expect((await readStats(store)).papers).toBe(0);
  });

  it("writes every paper with its entities and links", async () => {
    const summary = await ingestRecords(records, store, { extract });
    const stats = await readStats(store);
    expect(summary).toMatchObject({ papers: records.length, added: records.length, updated: 0, unchanged: 0 });
    expect(stats.papers).toBe(records.length);
    const links = Object.values(stats.relationships).reduce((a, b) => a + b, 0);
    expect(links).toBe(summary.relations);
    expect(stats.relationships.HAS_CODE).toBeGreaterThan(0);
  });

  it("is idempotent: a second run changes no count and rewrites nothing", async () => {
    const before = await readStats(store);
    const summary = await ingestRecords(records, store, { extract });
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: records.length });
    expect(await readStats(store)).toEqual(before);
  });

  it("rewrites a paper whose abstract changed, and only that paper", async () => {
    const changed = records.map((r, i) =>
      i === 0 ? { ...r, abstract: `${r.abstract} We also release the Zephyrine-9 dataset.` } : r,
    );
    const summary = await ingestRecords(changed, store, { extract });
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: records.length - 1 });
  });

  it("prunes papers the sources no longer contain, with entities left without papers", async () => {
    const before = await readStats(store);
    const summary = await ingestRecords(records.slice(1), store, { extract, prune: true });
    expect(summary.pruned).toBe(1);
    const after = await readStats(store);
    expect(after.papers).toBe(before.papers - 1);
    expect(after.nodes.Repository).toBeLessThan(before.nodes.Repository);
  });

  it("moves a paper to its arXiv id when a source gives one, keeping one node, and links its githubRepo", async () => {
    const before = await readStats(store);
    const [first, ...rest] = records.slice(1);
    const fromApi: PaperRecord = {
      title: first!.title,
      abstract: first!.abstract,
      arxivId: "2501.01234",
      authors: ["Grace Hopper"],
      links: ["https://github.com/example-org/from-the-api"],
      origin: { source: "papers.jsonl", line: 1 },
    };
    const summary = await ingestRecords([first!, ...rest, fromApi], store, { extract });
    expect(summary).toMatchObject({ added: 0, updated: 1, pruned: 0 });
    const after = await readStats(store);
    expect(after.papers).toBe(before.papers);
    expect(after.relationships.HAS_CODE).toBe(before.relationships.HAS_CODE + 1);
    const moved = await store.read("MATCH (p:Paper {id: $id})-[:HAS_CODE]->(r) RETURN r.name AS repo", {
      id: "arxiv:2501.01234",
    });
    expect(moved.rows.map((r) => r.repo)).toContain("github.com/example-org/from-the-api");
    const authors = await store.read("MATCH (a:Author)-[:WROTE]->(p:Paper {id: $id}) RETURN a.name AS name", {
      id: "arxiv:2501.01234",
    });
    expect(authors.rows).toEqual([{ name: "Grace Hopper" }]);
  });

  it("links an author named twice in one list once, in a new paper and again when the paper is rewritten", async () => {
    const paper: PaperRecord = {
      title: "Authorship written once per author",
      abstract: "We evaluate ResNet-50 on ImageNet.",
      arxivId: "2502.04321",
      authors: ["Ada Lovelace", "Alan Turing", "Ada Lovelace"],
      origin: { source: "authors.jsonl", line: 1 },
    };
    const wrote = async () =>
      (
        await store.read(
          "MATCH (a:Author)-[w:WROTE]->(p:Paper {id: $id}) RETURN a.name AS name, w.position AS position",
          { id: "arxiv:2502.04321" },
        )
      ).rows.sort((a, b) => Number(a.position) - Number(b.position));
    expect(await ingestRecords([paper], store, { extract })).toMatchObject({ added: 1 });
    const first = await wrote();
    expect(first).toEqual([
      { name: "Ada Lovelace", position: 0 },
      { name: "Alan Turing", position: 1 },
    ]);
    const rewritten = { ...paper, abstract: "We evaluate ResNet-50 on ImageNet and CIFAR-10." };
    expect(await ingestRecords([rewritten], store, { extract })).toMatchObject({ updated: 1 });
    expect(await wrote()).toEqual(first);
  });
});
