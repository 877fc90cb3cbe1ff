// The ingest's extraction pool (the one way extraction runs in parallel): chunks on this thread and long-lived
// worker threads give exactly extractCorpus's result, in input order, with progress per chunk, however many threads.

import { describe, expect, it } from "vitest";
import { extractCorpusPooled, poolThreads } from "../../ingest/extract-pool.js";
import { extractCorpus } from "../../ingest/extract/index.js";

const papers = Array.from({ length: 45 }, (_, i) => ({
  id: `p${i}`,
  title: `Lantern Study ${i}`,
  abstract:
    `We introduce Lamp${i}Former, which beats RoBERTa and T5 on the Quarry-${i % 4} dataset in F1 score. ` +
    `Code: https://github.com/lamp-lab/lamp${i}.`,
}));

describe("extractCorpusPooled", () => {
  it("gives extractCorpus's result on this thread and a worker, chunk by chunk, with progress", async () => {
    const seen: number[] = [];
    const pooled = await extractCorpusPooled(papers, {
      threads: 2,
      minPapers: 10,
      chunkSize: 7,
      onProgress: (done, total) => {
        expect(total).toBe(45);
        seen.push(done);
      },
    });
    expect([...pooled.keys()]).toEqual(papers.map((p) => p.id));
    expect(JSON.stringify([...pooled])).toBe(JSON.stringify([...extractCorpus(papers)]));
    // Chunks come back in any order (the last one has 3 papers): progress counts papers, ending at all of them.
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(45);
    expect(seen.length).toBe(8);
  }, 60_000);

  it("gives the same result on three workers and this thread, more threads than chunks", async () => {
    const pooled = await extractCorpusPooled(papers.slice(0, 12), { threads: 4, minPapers: 1, chunkSize: 5 });
    expect(JSON.stringify([...pooled])).toBe(JSON.stringify([...extractCorpus(papers.slice(0, 12))]));
  }, 60_000);

  it("runs in this thread below minPapers, with the same result and progress", async () => {
    const seen: number[] = [];
    const small = await extractCorpusPooled(papers.slice(0, 9), { chunkSize: 4, onProgress: (d) => seen.push(d) });
    expect(JSON.stringify([...small])).toBe(JSON.stringify([...extractCorpus(papers.slice(0, 9))]));
    expect(seen).toEqual([0, 4, 8, 9]);
  });

  it("uses every thread only from minPapers papers", () => {
    expect(poolThreads(9, {})).toBe(1);
    expect(poolThreads(100_000, { threads: 2 })).toBe(2);
    expect(poolThreads(500, { threads: 2, minPapers: 1000 })).toBe(1);
    expect(poolThreads(1000, { threads: 2, minPapers: 1000 })).toBe(2);
  });
});
