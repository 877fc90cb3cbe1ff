// The results papers state, worked out half on the extraction pool's worker and half on this thread (as an ingest
// into a stored graph does once the pool is idle), must give the store exactly what this thread alone gives.
// The pool may also be started ahead of the papers (while the sources are read) and stays open for that step.

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paper, PaperRecord } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { ExtractPool, extractCorpusPooled } from "../../ingest/extract-pool.js";
import { mergeRecords } from "../../ingest/merge.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { resolveSources } from "../../ingest/sources/index.js";
import { storedResults } from "../../ingest/stored-results.js";
import { hasRealCorpus, writeCorpusSlice } from "../support/real-corpus.js";
import { generatedRecords } from "./support/generated-corpus.js";
import { dumpStore } from "./support/store-dump.js";
import { TempStores } from "./support/temp-stores.js";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const stores = new TempStores("papergraph-stated-");
const pools: ExtractPool[] = [];
let records: PaperRecord[] = [];

beforeAll(async () => {
  const specs = [SEEDS];
  if (hasRealCorpus()) {
    const slice = join(stores.root, "slice.jsonl");
    await writeCorpusSlice(slice, 200); // ~785 real papers, which state results in numbers
    specs.push(slice);
  }
  // Enough papers, whatever the corpus, for an ingest to share the work (from 1,000).
  records = [...(await resolveSources(specs)).records, ...generatedRecords(400)];
}, 120_000);

afterAll(async () => {
  for (const pool of pools) pool.close();
  await stores.removeAll();
});
const freshStore = (name: string) => stores.fresh(name);

const extract = async (papers: Paper[]) => extractCorpus(papers);

describe("stated results shared with the pool's worker", () => {
  it("give the store what this thread alone gives", async () => {
    expect(records.length).toBeGreaterThan(1000);
    const alone = await freshStore("alone");
    await ingestRecords(records, alone, { extract });

    const pool = new ExtractPool(1);
    pools.push(pool);
    let asked = 0;
    const shared = await freshStore("shared");
    await ingestRecords(records, shared, {
      extract,
      statedResults: (papers, mentions) => {
        asked += papers.length;
        return pool.statedResults(papers, mentions);
      },
    });
    // The worker was given about half the papers, and the store holds results to compare.
    expect(asked).toBeGreaterThan(records.length / 3);
    const dump = await dumpStore(shared);
    expect(dump.filter((line) => line.startsWith('["Result"')).length).toBeGreaterThan(hasRealCorpus() ? 50 : 0);
    expect(dump).toEqual(await dumpStore(alone));
  }, 300_000);

  it("a pool started ahead runs pass 1 and stays open for the stated results", async () => {
    const papers = mergeRecords(records).slice(0, 300);
    const pool = new ExtractPool(1);
    pools.push(pool);
    const pooled = await extractCorpusPooled(papers, { threads: 2, minPapers: 10, chunkSize: 40, pool });
    expect(JSON.stringify([...pooled])).toBe(JSON.stringify([...extractCorpus(papers)]));
    const mentions = papers.map((p) => pooled.get(p.id) ?? []);
    const stated = await pool.statedResults(papers, mentions);
    expect(stated).toEqual(papers.map((p, i) => storedResults(p, mentions[i]!)));
  }, 120_000);
});
