// kill -9 in the middle of an ingest: the store holds whole papers only, and the next run completes it. On both
// stores: Kùzu in a temp dir, Neo4j on the run's scratch server; and on Neo4j also in the middle of a first bulk
// load, which writes content hashes last: no paper holds a hash without all its links, and the next run rewrites
// the papers without one. What a killed run spilled is removed by the next run that opens the store for writing.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../store/types.js";
import { describeNeo4j, lockScratchNeo4j } from "../support/neo4j.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { mergeRecords } from "../../ingest/merge.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { readStats } from "../../server/graph-service.js";
import { kuzuPath, openStore } from "../../store/index.js";
import { scratchRoot } from "../../store/scratch.js";
import { generatedRecords } from "./support/generated-corpus.js";

const PAPERS = 2000;
const BATCH = 100;
const dataDir = mkdtempSync(join(tmpdir(), "papergraph-kill-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * Runs the child ingest (into `target`: a Kùzu data dir or "neo4j") and SIGKILLs it once `killAfter` papers are
 * reported written. `bulkFrom`: from how many papers an empty store is bulk-loaded (default never).
 */
function ingestAndKill(
  target: string,
  killAfter: number,
  bulkFrom = Infinity,
  stream = false,
): Promise<{ signal: NodeJS.Signals | null; lastWritten: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(import.meta.dirname, "support", "ingest-child.ts"),
        target,
        String(PAPERS),
        String(BATCH),
        String(bulkFrom),
        ...(stream ? ["stream"] : []),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let lastWritten = 0;
    let finished = false;
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === "done") finished = true;
        const m = /^written (\d+)$/.exec(line);
        if (m) lastWritten = Number(m[1]);
        if (lastWritten >= killAfter && !child.killed) child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ signal, lastWritten, finished }));
  });
}

/** What a complete ingest writes, computed in this process from the same records. */
function expectedIngest() {
  const records = generatedRecords(PAPERS);
  const papers = mergeRecords(records);
  const expected = buildGraphBatch(papers, extractCorpus(papers));
  const linksPerPaper = new Map<string, number>();
  for (const r of expected.relations) linksPerPaper.set(r.paperId, (linksPerPaper.get(r.paperId) ?? 0) + 1);
  return { records, expected, linksPerPaper };
}

/** The next run completed the store: every paper, every link, every paper placed. */
async function expectComplete(store: GraphStore, relations: number): Promise<void> {
  const stats = await readStats(store);
  expect(stats.papers).toBe(PAPERS);
  expect(Object.values(stats.relationships).reduce((a, b) => a + b, 0)).toBe(relations);
  const unplaced = await store.read("MATCH (p:Paper) WHERE p.x IS NULL RETURN count(p) AS n");
  expect(unplaced.rows[0]!.n).toBe(0);
}

async function killThenComplete(target: string, open: () => Promise<GraphStore>): Promise<void> {
  const run = await ingestAndKill(target, 5 * BATCH);
  expect(run.signal).toBe("SIGKILL");
  expect(run.finished).toBe(false);
  const { records, expected, linksPerPaper } = expectedIngest();

  const store = await open();
  try {
    const { rows } = await store.read(
      "MATCH (p:Paper) OPTIONAL MATCH (p)-[r]->() RETURN p.id AS id, count(r) AS links",
    );
    expect(rows.length).toBeGreaterThanOrEqual(run.lastWritten);
    expect(rows.length).toBeLessThan(PAPERS);
    for (const row of rows) expect(row.links, String(row.id)).toBe(linksPerPaper.get(String(row.id)));

    const summary = await ingestRecords(records, store, { extract: async (p) => extractCorpus(p), batchSize: 1000 });
    expect(summary.added).toBe(PAPERS - rows.length);
    expect(summary.unchanged).toBe(rows.length);
    await expectComplete(store, expected.relations.length);
  } finally {
    await store.close();
  }
}

describe("an ingest killed with SIGKILL (Kùzu)", () => {
  it("leaves only whole papers, and the next run completes the store", async () => {
    await killThenComplete(dataDir, () => openStore({ kind: "kuzu", dataDir, readOnly: false }));
  }, 120_000);
});

describe("a streamed first ingest into an empty Kùzu store killed with SIGKILL", () => {
  it("leaves nothing of the load (the next open empties a load cut short), and the next run completes it", async () => {
    const target = mkdtempSync(join(tmpdir(), "papergraph-kill-stream-"));
    try {
      const run = await ingestAndKill(target, 5 * BATCH, 1, true);
      expect(run.signal).toBe("SIGKILL");
      expect(run.lastWritten).toBeGreaterThanOrEqual(5 * BATCH);
      // The killed run could not remove its spill files (extraction chunks, bulk-load CSVs) …
      const scratch = scratchRoot(kuzuPath(target));
      expect(readdirSync(scratch).sort()).toEqual([
        expect.stringMatching(/^papergraph-bulk-/),
        expect.stringMatching(/^papergraph-extract-/),
      ]);
      const { records, expected } = expectedIngest();
      const store = await openStore({ kind: "kuzu", dataDir: target, readOnly: false });
      try {
        // … the next writer's open removed them.
        expect(existsSync(scratch)).toBe(false);
        const count = await store.read("MATCH (n) RETURN count(n) AS n");
        expect(count.rows[0]!.n).toBe(0);
        const summary = await ingestRecords(records, store, { extract: async (p) => extractCorpus(p) });
        expect(summary.added).toBe(PAPERS);
        await expectComplete(store, expected.relations.length);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  }, 180_000);
});

describeNeo4j("an ingest killed with SIGKILL (Neo4j)", () => {
  it("leaves only whole papers, and the next run completes the store", async () => {
    const scratch = await lockScratchNeo4j();
    await scratch.store.close();
    try {
      await killThenComplete("neo4j", () =>
        openStore({ kind: "neo4j", dataDir, readOnly: false, neo4j: scratch.target }),
      );
    } finally {
      await scratch.release().catch(() => undefined);
    }
  }, 600_000);
});

describeNeo4j("a first bulk load into an empty Neo4j killed with SIGKILL", () => {
  it("leaves no paper with its hash but without its links, and the next run rewrites the rest", async () => {
    const scratch = await lockScratchNeo4j();
    await scratch.store.close();
    try {
      // Killed halfway through the load's steps (papers, entities, links…; the hashes are the last step).
      const run = await ingestAndKill("neo4j", PAPERS / 2, 1);
      expect(run.signal).toBe("SIGKILL");
      expect(run.finished).toBe(false);
      const { records, expected, linksPerPaper } = expectedIngest();
      const store = await openStore({ kind: "neo4j", dataDir, readOnly: false, neo4j: scratch.target });
      try {
        const { rows } = await store.read(
          "MATCH (p:Paper) OPTIONAL MATCH (p)-[r]->() RETURN p.id AS id, p.contentHash AS hash, count(r) AS links",
        );
        expect(rows.length).toBeGreaterThan(0);
        const hashed = rows.filter((r) => r.hash !== null);
        expect(hashed.length).toBeLessThan(PAPERS);
        for (const row of hashed) expect(row.links, String(row.id)).toBe(linksPerPaper.get(String(row.id)));

        const summary = await ingestRecords(records, store, { extract: async (p) => extractCorpus(p) });
        expect(summary.unchanged).toBe(hashed.length);
        expect(summary.updated).toBe(rows.length - hashed.length);
        expect(summary.added).toBe(PAPERS - rows.length);
        await expectComplete(store, expected.relations.length);
      } finally {
        await store.close();
      }
    } finally {
      await scratch.release().catch(() => undefined);
    }
  }, 600_000);
});
