// The ingest's extraction pool (the one way extraction runs in parallel): chunks on this thread and long-lived
// worker threads give exactly extractCorpus's result, in input order, with progress per chunk, however many threads.

import { describe, expect, it } from "vitest";
import { cutChunks, extractCorpusPooled, poolThreads } from "../../ingest/extract-pool.js";
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

  it("cuts a corpus into chunks that shrink towards its end, every item once and in order", () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const chunks = cutChunks(items, 250, 2);
    expect(chunks.flat()).toEqual(items);
    const sizes = chunks.map((c) => c.length);
    expect(Math.max(...sizes)).toBe(250);
    expect(sizes.slice(0, 30).every((n) => n === 250)).toBe(true);
    // Never larger than the one before, and the last few small enough that no thread waits long on another.
    expect(sizes.every((n, i) => i === 0 || n <= sizes[i - 1]!)).toBe(true);
    expect(sizes.slice(-3).every((n) => n <= 25)).toBe(true);
    // A chunk size below the smallest tail chunk is kept as it is, and so is any on one thread.
    expect(cutChunks(items.slice(0, 45), 7, 2).map((c) => c.length)).toEqual([7, 7, 7, 7, 7, 7, 3]);
    expect(cutChunks(items, 250, 1).map((c) => c.length)).toEqual(Array(40).fill(250));
  });

  it("uses every thread only from minPapers papers", () => {
    expect(poolThreads(9, {})).toBe(1);
    expect(poolThreads(100_000, { threads: 2 })).toBe(2);
    expect(poolThreads(500, { threads: 2, minPapers: 1000 })).toBe(1);
    expect(poolThreads(1000, { threads: 2, minPapers: 1000 })).toBe(2);
  });
});
