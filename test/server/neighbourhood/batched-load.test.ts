// The neighbourhood index read from a store a batch of rows at a time (what the serve index's build after an
// ingest does, so the whole store is never in the heap) is the index read whole, whatever the batch size: a paper's
// authors split across batches, links of one type in many chunks, the text sink flushed between batches.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore, Row } from "../../../store/types.js";
import { ArrayText, type NeighbourhoodIndex } from "../../../server/neighbourhood/build.js";
import { loadNeighbourhoodIndex } from "../../../server/neighbourhood/load.js";
import { NUMERIC_FIELDS } from "../../../serve-index/numbers.js";
import { openVariedStore, type VariedStore } from "./varied-graph.js";

/** Everything the index holds, its text as plain arrays. */
function contents(index: NeighbourhoodIndex) {
  const text = index.text as ArrayText;
  expect(text).toBeInstanceOf(ArrayText);
  return {
    nodeCount: index.nodeCount,
    paperColumns: index.paperColumns,
    numbers: Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, Array.from(index[f])])),
    text: [text.ids, text.labels, text.dates, text.aliasList, text.paperValueList, text.evidenceList, text.authorList],
  };
}

describe("the neighbourhood index read in batches", () => {
  let varied: VariedStore;
  let whole: ReturnType<typeof contents>;

  beforeAll(async () => {
    varied = await openVariedStore();
    // The same store without batched reads: every step read whole with `run`.
    const unbatched = Object.create(varied.store, { runInBatches: { value: undefined } }) as GraphStore;
    whole = contents(await loadNeighbourhoodIndex(unbatched));
  });
  afterAll(() => varied?.dispose());

  it("hands over every row of a read, in order, in batches no larger than asked", async () => {
    const { rows } = await varied.store.run("read/all-papers-for-index");
    const batches: Row[][] = [];
    await varied.store.runInBatches("read/all-papers-for-index", (b) => batches.push(b), { batchRows: 7 });
    expect(batches.length).toBe(Math.ceil(rows.length / 7));
    expect(batches.every((b) => b.length <= 7 && b.length > 0)).toBe(true);
    expect(batches.flat()).toStrictEqual(rows);
  });

  it.each([1, 2, 3, 50, 10_000])("equals the index read whole, %i rows a batch", async (batchRows) => {
    const batched = contents(await loadNeighbourhoodIndex(varied.store, { batchRows }));
    expect(batched).toStrictEqual(whole);
    // The comparison covers what can split: papers with several authors, and links.
    expect(whole.text[6]!.some((a) => Array.isArray(a) && a.length > 1)).toBe(true);
    expect(whole.numbers.linkSource!.length).toBeGreaterThan(100);
  });
});
