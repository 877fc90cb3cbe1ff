// `npx tsx bench/neo4j-load-variants.ts 10000 txper500,current,onetx2000,cit10000/2000`: how fast each way of
// writing a first load into an empty Neo4j is. Extracts a synthetic corpus once (cached as JSON beside it), starts
// a fresh Neo4j, then for each variant empties the database and writes the same batch, printing seconds, papers/s,
// what was written and the load average. Variants:
//   current          writeBatch per 2,000 papers (one transaction each, 5,000 rows per UNWIND)
//   txperN           every step in transactions of N rows, one UNWIND each (what bulkLoad does)
//   onetxN           the whole load in one transaction, N rows per UNWIND
//   citN/M           N rows per UNWIND, `CALL { … } IN TRANSACTIONS OF M ROWS` inside
// The first variant pays for a cold JVM (class loading, JIT, query planning): compare the later ones, or repeat.

import neo4j from "neo4j-driver";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractCorpusPooled } from "../ingest/extract-pool.js";
import { buildGraphBatch, splitBatch } from "../ingest/graph-batch.js";
import { PaperMerger } from "../ingest/merge.js";
import { streamSources } from "../ingest/sources/index.js";
import { Neo4jStore } from "../store/neo4j/index.js";
import type { GraphBatch } from "../store/types.js";
import { planBatch, type WriteStep } from "../store/write-plan.js";
import { startNeo4j } from "../tools/neo4j/launch.js";
import { writeSyntheticCorpus } from "./synthetic/write.js";

const papersWanted = Number(process.argv[2] ?? 10_000);
const variants = (process.argv[3] ?? "current,txper500").split(",");
const work = process.argv[4] ?? "/tmp/papergraph-bench";
const steps = process.env.STEPS === "1";

async function extractedBatch(): Promise<GraphBatch> {
  const cache = join(work, `neo4j-variants-batch-${papersWanted}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as GraphBatch;
  const corpus = join(work, `corpus-${papersWanted}-seed1.jsonl`);
  if (!existsSync(corpus)) await writeSyntheticCorpus(corpus, { papers: papersWanted, seed: 1 });
  const merger = new PaperMerger();
  for await (const item of streamSources([corpus])) if (item.record) merger.add(item.record);
  const papers = merger.papers();
  const batch = buildGraphBatch(papers, await extractCorpusPooled(papers));
  writeFileSync(cache, JSON.stringify(batch));
  return batch;
}

const batch = await extractedBatch();
batch.newPaperIds = new Set(batch.papers.map((p) => p.id));
const plan = planBatch(batch, "neo4j");
console.log(`${batch.papers.length} papers: ${plan.map((s) => `${s.name} ${s.rows.length}`).join(", ")}`);

const server = await startNeo4j({ heap: "2g", pagecache: "1g" });
const store = new Neo4jStore({ uri: server.uri, user: server.user, password: server.password });
await store.init();
const driver = store.driver;

/** Runs a statement outside an explicit transaction (what `CALL … IN TRANSACTIONS` needs). */
async function autoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher, params);
  } finally {
    await session.close();
  }
}

const rowsOf = (step: WriteStep, from: number, to: number) =>
  step.rows
    .slice(from, to)
    .map((cells) =>
      Object.fromEntries(
        step.columns.map((c, j) => [c.name, c.type === "INT64" && cells[j] !== null ? neo4j.int(cells[j]!) : cells[j]]),
      ),
    );
const bindings = (step: WriteStep) => step.columns.map((c) => `row.${c.name} AS ${c.name}`).join(", ");
const unwind = (step: WriteStep) => `UNWIND $rows AS row WITH ${bindings(step)} ${step.body}`;

async function eachStep(write: (step: WriteStep) => Promise<void>): Promise<void> {
  for (const step of plan) {
    const t = performance.now();
    await write(step);
    if (steps) console.log(`   ${step.name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}

async function timed(name: string, write: () => Promise<void>): Promise<void> {
  await autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  const t = performance.now();
  await write();
  const seconds = (performance.now() - t) / 1000;
  const count = async (q: string) => Number((await driver.executeQuery(q)).records[0]!.get("n"));
  const nodes = await count("MATCH (n) RETURN count(n) AS n");
  const links = await count("MATCH ()-[r]->() RETURN count(r) AS n");
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(
    `${name}: ${seconds.toFixed(1)} s (${Math.round(batch.papers.length / seconds)} papers/s), ` +
      `${nodes} nodes, ${links} links, load ${load}`,
  );
}

for (const variant of variants) {
  const [, kind, a, b] = /^(current|txper|onetx|cit)(\d*)(?:\/(\d+))?$/.exec(variant) ?? [];
  const rows = Number(a || 500);
  if (kind === "current") {
    await timed("writeBatch per 2,000 papers", async () => {
      for (const part of splitBatch(batch, 2000)) await store.writeBatch(part);
    });
  } else if (kind === "txper") {
    await timed(`a transaction per ${rows} rows`, () =>
      eachStep(async (step) => {
        for (let i = 0; i < step.rows.length; i += rows)
          await driver.executeQuery(unwind(step), { rows: rowsOf(step, i, i + rows) });
      }),
    );
  } else if (kind === "onetx") {
    await timed(`one transaction, ${rows} rows per UNWIND`, async () => {
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => {
          for (const step of plan)
            for (let i = 0; i < step.rows.length; i += rows)
              await tx.run(unwind(step), { rows: rowsOf(step, i, i + rows) });
        });
      } finally {
        await session.close();
      }
    });
  } else if (kind === "cit") {
    const inner = Number(b || 500);
    await timed(`CALL IN TRANSACTIONS OF ${inner} ROWS, ${rows} rows per UNWIND`, () =>
      eachStep(async (step) => {
        const q = `UNWIND $rows AS row CALL (row) { WITH ${bindings(step)} ${step.body} } IN TRANSACTIONS OF ${inner} ROWS`;
        for (let i = 0; i < step.rows.length; i += rows) await autoCommit(q, { rows: rowsOf(step, i, i + rows) });
      }),
    );
  } else {
    throw new Error(`unknown variant ${variant} (current, txperN, onetxN, citN/M)`);
  }
}
await store.close();
await server.stop();
