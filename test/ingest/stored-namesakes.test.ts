// Namesakes across runs: a later run's paper that proposes a name the store already holds, by authors it shares
// with none of that name's stored proposers, gets a node of its own; one by a stored proposer's co-author joins
// the stored node; a stored node never moves. On Kùzu and on Neo4j, through the real pipeline.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PaperRecord } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import type { GraphStore } from "../../store/types.js";
import { describeNeo4j, lockScratchNeo4j } from "../support/neo4j.js";

const extract = async (papers: Parameters<typeof extractCorpus>[0]) => extractCorpus(papers);

const record = (id: string, authors: string[], date: string, title: string, abstract: string): PaperRecord => ({
  title,
  abstract,
  authors,
  date,
  origin: { source: `fixture-${id}` },
});

const first = [
  record(
    "older",
    ["Ana Ruiz", "Tom Berg"],
    "2020",
    "QUOKKA: Sparse Routing for Long-Context Language Models",
    "We propose QUOKKA, a sparse routing method for long-context language models that lowers perplexity.",
  ),
  record(
    "user",
    ["Li Wen"],
    "2021",
    "A Study of Sparse Routing",
    "We compare QUOKKA with dense attention for long-context language models.",
  ),
];
const later = [
  record(
    "stranger",
    ["Mei Tanaka"],
    "2019",
    "Quokka Graphs for Molecule Generation",
    "We introduce QUOKKA, a graph diffusion model for molecule generation, and evaluate it on QM9.",
  ),
  record(
    "sequel",
    ["Tom Berg", "Omar Haddad"],
    "2022",
    "Routing Tokens Further",
    "We propose QUOKKA, a routing method that halves the memory of long-context language models.",
  ),
];

/** Who proposes which QUOKKA node: node name → titles, sorted. */
async function proposers(store: GraphStore): Promise<Record<string, string[]>> {
  const { rows } = await store.read(
    "MATCH (p:Paper)-[:PROPOSES]->(m:Model) WHERE m.name STARTS WITH 'QUOKKA' RETURN m.name AS name, p.title AS title",
  );
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[String(r.name)] ??= []).push(String(r.title));
  for (const titles of Object.values(out)) titles.sort();
  return out;
}

async function check(store: GraphStore): Promise<void> {
  await ingestRecords(first, store, { extract });
  expect(await proposers(store)).toEqual({ QUOKKA: ["QUOKKA: Sparse Routing for Long-Context Language Models"] });
  // Only the new papers: the run's corpus pass sees them alone, the store holds the rest.
  await ingestRecords(later, store, { extract });
  // The stranger's paper is older, yet the stored work keeps the plain name: an increment never moves a node.
  expect(await proposers(store)).toEqual({
    QUOKKA: ["QUOKKA: Sparse Routing for Long-Context Language Models", "Routing Tokens Further"],
    "QUOKKA (Tanaka, 2019)": ["Quokka Graphs for Molecule Generation"],
  });
  // The paper that only uses the name still links to the plain node.
  const { rows } = await store.read(
    "MATCH (p:Paper)-[:USES]->(m:Model) WHERE m.name STARTS WITH 'QUOKKA' RETURN m.name AS name",
  );
  expect(rows.map((r) => r.name)).toEqual(["QUOKKA"]);
}

describe("namesakes across runs, Kùzu", () => {
  it("a later stranger's proposal gets its own node, a co-author's joins the stored one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-namesakes-"));
    const store = new KuzuStore({ path: join(dir, "graph.kuzu") });
    try {
      await store.init();
      await check(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describeNeo4j("namesakes across runs, Neo4j", () => {
  it("a later stranger's proposal gets its own node, a co-author's joins the stored one", async () => {
    const scratch = await lockScratchNeo4j();
    try {
      await check(scratch.store);
    } finally {
      await scratch.release();
    }
  }, 600_000);
});
