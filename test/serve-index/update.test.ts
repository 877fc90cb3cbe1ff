// An ingest that only adds papers updates the serve index in place of rewriting it (serve-index/update.ts): the
// updated index answers every node and search query as one built whole from the same store, and as the index of
// a store that ingested both parts at once; an update interrupted before its manifest leaves the previous index
// whole (it still opens and answers as before) and the next run rewrites it.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../bench/synthetic/write.js";
import { kindOfId } from "../../domain/identity.js";
import { ingestPapers } from "../../ingest/pipeline.js";
import { extractCorpusPooled } from "../../ingest/extract-pool.js";
import { PaperMerger } from "../../ingest/merge.js";
import { runIngest } from "../../ingest/run.js";
import { streamSources } from "../../ingest/sources/index.js";
import {
  invalidateServeIndex,
  openServeIndex,
  readManifest,
  restoreServeIndex,
  serveIndexDir,
  type OpenServeIndex,
} from "../../serve-index/index.js";
import { updateServeIndex } from "../../serve-index/update.js";
import { loadNeighbourhoodIndex } from "../../server/neighbourhood/load.js";
import { MemoryNodeReader } from "../../server/neighbourhood/memory-reader.js";
import { SearchIndex } from "../../server/search-index.js";
import { openStore } from "../../store/index.js";
import type { GraphStore } from "../../store/types.js";

let work: string;
let partA: string;
let partB: string;
let partC: string;

const config = (dataDir: string) => ({ kind: "kuzu" as const, dataDir, readOnly: false });
const ingest = (files: string[], dataDir: string) =>
  runIngest(files, config(dataDir), { batchSize: 2000, bulkFrom: 10_000, progress: false, log: () => undefined });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "papergraph-index-update-"));
  partA = join(work, "a.jsonl");
  partB = join(work, "b.jsonl");
  partC = join(work, "c.jsonl");
  // Later years: synthetic arXiv ids number papers within a month, so other years give other papers.
  await writeSyntheticCorpus(partA, { papers: 400, seed: 11 });
  await writeSyntheticCorpus(partB, { papers: 150, seed: 12, years: [2026, 2026] });
  await writeSyntheticCorpus(partC, { papers: 60, seed: 13, years: [2027, 2027] });
  // A title seen before is the same paper under a new id (a rename, which rewrites the index): only new titles.
  const titles = new Set(lines(partA).map((l) => (JSON.parse(l) as { title: string }).title));
  for (const part of [partB, partC]) {
    const fresh = lines(part).filter((l) => !titles.has((JSON.parse(l) as { title: string }).title));
    writeFileSync(part, fresh.join("\n") + "\n");
  }
});

const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Every node's details, first neighbour pages, shares-data (papers) and related methods (models), and search
 * answers: what the API serves from an index.
 */
async function answers(index: OpenServeIndex | { nodes: OpenServeIndex["nodes"]; search: Promise<SearchIndex> }) {
  const reader = new MemoryNodeReader(index.nodes);
  const search = await index.search;
  const ids: string[] = [];
  for (let n = 0; n < index.nodes.nodeCount; n++) ids.push(index.nodes.text.id(n));
  ids.sort();
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    out[id] = [
      await reader.details(id, 20),
      await reader.neighbourPage(id, { offset: 0, limit: 25 }),
      await reader.neighbourPage(id, { offset: 3, limit: 4, kind: "paper" }),
      kindOfId(id) === "paper" ? await reader.sharedData(id, 5) : null,
      kindOfId(id) === "model" ? await reader.relatedMethods({ focus: id, limit: 5 }) : null,
    ];
  }
  // Search: hits as a set per score (equal scores may come in either order).
  const words = new Set(ids.flatMap((id) => id.replace(/^\w+:/, "").match(/[a-z0-9]{3,}/g) ?? []));
  for (const w of [...words].slice(0, 300)) {
    const hits = search.search(w.slice(0, 5), { limit: 10 });
    out[`search ${w}`] = hits.map((h) => `${h.score} ${h.id} ${h.label}`).sort();
  }
  return out;
}

/** Equal as the API serves them (JSON), compared key by key so a failure names the node. */
function expectSameJson(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  expect(Object.keys(actual)).toStrictEqual(Object.keys(expected));
  for (const key of Object.keys(expected)) expect(JSON.stringify(actual[key]), key).toBe(JSON.stringify(expected[key]));
}

/** Answers with entities' aliases left out (JSON round trip: answers are plain data). */
const withoutAliases = (answers: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(answers, (key, value: unknown) => (key === "aliases" ? undefined : value))) as Record<
    string,
    unknown
  >;

async function builtFromStore(dataDir: string) {
  const store = await openStore({ kind: "kuzu", dataDir, readOnly: true });
  try {
    const nodes = await loadNeighbourhoodIndex(store);
    return await answers({ nodes, search: SearchIndex.fromStore(store) });
  } finally {
    await store.close();
  }
}

async function servedAnswers(dataDir: string) {
  const index = openServeIndex(dataDir);
  expect(index).toBeDefined();
  try {
    return await answers(index!);
  } finally {
    await index!.close();
  }
}

describe("a run that only adds papers", () => {
  let twoParts: string;

  it("updates the index, which answers as one rewritten from the same store", { timeout: 300_000 }, async () => {
    twoParts = join(work, "two-parts");
    expect((await ingest([partA], twoParts)).index).toBe("rewritten");
    const before = readManifest(serveIndexDir(twoParts))!;
    const second = await ingest([partB], twoParts);
    expect(second.summary.added).toBeGreaterThan(100);
    expect(second.index).toBe("updated");
    const after = readManifest(serveIndexDir(twoParts))!;
    expect(after.generation).toBe(before.generation + 1);
    expect(after.nodeCount).toBeGreaterThan(before.nodeCount);
    // The search index is saved anew with the run's documents in it: a server start has nothing to re-index.
    expect(after.searchDocuments).toBeGreaterThan(before.searchDocuments);
    // The previous generation's numbers and search index are gone, the new ones in use.
    expect(existsSync(join(serveIndexDir(twoParts), before.numbers))).toBe(false);
    expect(existsSync(join(serveIndexDir(twoParts), before.search))).toBe(false);
    expect(existsSync(join(serveIndexDir(twoParts), after.search))).toBe(true);

    const served = await servedAnswers(twoParts);
    expect(Object.keys(served).length).toBeGreaterThan(500);
    expect(served).toStrictEqual(await builtFromStore(twoParts));
  });

  it("answers as the index of a store that ingested both parts at once", { timeout: 300_000 }, async () => {
    const atOnce = join(work, "at-once");
    await ingest([partA, partB], atOnce);
    expectSameJson(await servedAnswers(twoParts), await servedAnswers(atOnce));
  });
});

describe("an update interrupted before its manifest", () => {
  it(
    "leaves the previous index whole, never serves a half-made one, and the next run rewrites it",
    {
      timeout: 300_000,
    },
    async () => {
      const data = join(work, "interrupted");
      await ingest([partA], data);
      const previous = await servedAnswers(data);

      // The run as runIngest does it, up to the update, which is stopped after its text is committed.
      invalidateServeIndex(data);
      const merger = new PaperMerger();
      for await (const item of streamSources([partB])) if (item.record) merger.add(item.record);
      const store: GraphStore = await openStore(config(data));
      try {
        const summary = await ingestPapers(merger.papers(), merger.records, store, {
          extract: (papers) => extractCorpusPooled(papers),
        });
        expect(summary.increment?.batch.papers.length).toBeGreaterThan(100);
        await expect(
          updateServeIndex(data, summary.increment!, {
            beforeManifest: () => {
              throw new Error("killed");
            },
          }),
        ).rejects.toThrow("killed");
      } finally {
        await store.close();
      }
      expect(openServeIndex(data)).toBeUndefined();
      // The previous index, set aside, is intact: put back, it answers as before the update began. Only the
      // aliases of entities the update touched may have grown: their text records are replaced in place.
      restoreServeIndex(data);
      expectSameJson(withoutAliases(await servedAnswers(data)), withoutAliases(previous));

      // Back as the killed run left it (only the set-aside manifest): the next run finds no index valid for the
      // store as it is and writes it whole.
      invalidateServeIndex(data);
      expect(existsSync(join(serveIndexDir(data), "manifest.stale.json"))).toBe(true);
      const next = await ingest([partC], data);
      expect(next.index).toBe("rewritten");
      const ids = Object.keys(await servedAnswers(data)).filter((k) => kindOfId(k));
      expect(await servedAnswers(data)).toStrictEqual(await builtFromStore(data));
      expect(ids.length).toBeGreaterThan(Object.keys(previous).filter((k) => kindOfId(k)).length);
    },
  );
});
