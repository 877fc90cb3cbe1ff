// The ingest's extraction pool: chunks on long-lived worker threads give exactly extractCorpus's result, in input
// order, with progress per chunk.

import { describe, expect, it } from "vitest";
import { extractCorpusPooled } from "../../ingest/extract-pool.js";
import { extractCorpus } from "../../ingest/extract/index.js";

const papers = Array.from({ length: 45 }, (_, i) => ({
  id: `p${i}`,
  title: `Lantern Study ${i}`,
  abstract:
    `We introduce Lamp${i}Former, which beats RoBERTa and T5 on the Quarry-${i % 4} dataset in F1 score. ` +
    `Code: https://github.com/lamp-lab/lamp${i}.`,
}));

describe("extractCorpusPooled", () => {
  it("gives extractCorpus's result on two workers, chunk by chunk, with progress", async () => {
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
    expect(JSON.stringify([...pooled])).toBe(JSON.stringify([...extractCorpus(papers)]));
    expect(seen).toEqual([0, 7, 14, 21, 28, 35, 42, 45]);
  }, 60_000);

  it("runs in this thread below minPapers, with the same result and progress", async () => {
    const seen: number[] = [];
    const small = await extractCorpusPooled(papers.slice(0, 9), { chunkSize: 4, onProgress: (d) => seen.push(d) });
    expect(JSON.stringify([...small])).toBe(JSON.stringify([...extractCorpus(papers.slice(0, 9))]));
    expect(seen).toEqual([0, 4, 8, 9]);
  });
});
