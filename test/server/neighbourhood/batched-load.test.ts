// The neighbourhood index read from a store a batch of rows at a time (what the serve index's build after an
// ingest does, so the whole store is never in the heap) is the index read whole, whatever the batch and page
// sizes: a paper's authors split across batches and pages, links of one type in many chunks, the text sink flushed
// between batches. The reads ask the store for no order (a sort of a million papers' rows would be held whole by
// it), so node numbers follow the rows' order: indexes are compared by node id, and rows in any order give every
// node the same text and links and every paper its authors in listing order.

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore, Row } from "../../../store/types.js";
import type { NeighbourhoodIndex, NodeText } from "../../../server/neighbourhood/build.js";
import { loadNeighbourhoodIndex, loadNeighbourhoodNumbers } from "../../../server/neighbourhood/load.js";
import { LmdbText, lmdbTextSink } from "../../../serve-index/text.js";
import { openVariedStore, type VariedStore } from "./varied-graph.js";

type Numbers = Omit<NeighbourhoodIndex, "text">;

/** Everything the index holds, by node id: each node's text and its two link lists, and the global orders. */
function byId(index: Numbers, text: NodeText) {
  const id = (n: number) => text.id(n);
  const link = (l: number) => [
    id(index.linkSource[l]!),
    id(index.linkTarget[l]!),
    index.linkRelation[l],
    index.linkMentions[l],
    text.evidence(index.linkEvidence[l]!),
    index.linkStart[l],
    index.linkEnd[l],
  ];
  const list = (order: Int32Array, n: number) =>
    Array.from(order.subarray(index.offsets[n]!, index.offsets[n + 1]!), link);
  const nodes = Array.from({ length: index.nodeCount }, (_, n) => [
    id(n),
    index.kinds[n],
    index.degrees[n],
    text.label(n),
    text.date(n),
    text.aliases(n),
    text.paperValues(n) ?? null,
    text.authors(n),
    list(index.detailsOrder, n),
    list(index.pageOrder, n),
    index.paperRank[n],
  ]);
  return {
    paperColumns: index.paperColumns,
    nodes: nodes.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    nodesById: Array.from(index.nodesById, id),
    papersByDate: Array.from(index.papersByDate, id),
    papersByPageDate: Array.from(index.papersByPageDate, id),
  };
}
const contents = (index: NeighbourhoodIndex) => byId(index, index.text);

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

  it("hands over every row of a read, in batches no larger than asked, a page of nodes at a time", async () => {
    const { rows } = await varied.store.run("read/all-papers-for-index");
    for (const pageNodes of [1, 4, 1000]) {
      const batches: Row[][] = [];
      await varied.store.runInBatches("read/all-papers-for-index", (b) => batches.push(b), { batchRows: 7, pageNodes });
      expect(batches.every((b) => b.length <= 7 && b.length > 0)).toBe(true);
      const ids = (rs: Row[]) => rs.map((r) => String(r.id)).sort();
      expect(ids(batches.flat())).toStrictEqual(ids(rows));
    }
  });

  it.each([1, 2, 3, 50, 10_000])("equals the index read whole, %i rows a batch and a page", async (batchRows) => {
    const batched = contents(await loadNeighbourhoodIndex(varied.store, { batchRows, pageNodes: batchRows }));
    expect(batched).toStrictEqual(whole);
    // The comparison covers what can split: papers with several authors, and links.
    expect(whole.nodes.some((node) => (node[7] as unknown[]).length > 1)).toBe(true);
    expect(whole.nodes.reduce((sum, node) => sum + (node[8] as unknown[]).length, 0)).toBeGreaterThan(200);
  });

  /** The store's rows in reverse (every read), whole or in batches: a paper's authors come last position first. */
  const reversed = (store: GraphStore, batched: boolean): GraphStore =>
    Object.create(store, {
      run: { value: async (...args: Parameters<GraphStore["run"]>) => reverse(await store.run(...args)) },
      runInBatches: {
        value: batched
          ? async (name: string, onRows: (rows: Row[]) => void, options: { slots?: object } = {}) => {
              const { rows } = await store.run(name, {}, options);
              const all = [...rows].reverse();
              for (let i = 0; i < all.length; i += 3) onRows(all.slice(i, i + 3));
            }
          : undefined,
      },
    }) as GraphStore;
  const reverse = <T extends { rows: Row[] }>(result: T) => ({ ...result, rows: [...result.rows].reverse() });

  it("holds the same nodes, links and authors in listing order, whatever the order of the rows", async () => {
    // The varied store lists some papers' authors out of name order, so a reversed read would show in a wrong list.
    expect(
      whole.nodes.some((node) => {
        const names = (node[7] as { name: string }[]).map((a) => a.name);
        return names.join() !== [...names].sort().join();
      }),
    ).toBe(true);
    expect(contents(await loadNeighbourhoodIndex(reversed(varied.store, false)))).toStrictEqual(whole);

    // Through the serve index's text sink: author rows gathered on disk, then written as lists.
    const dir = mkdtempSync(join(tmpdir(), "papergraph-sink-"));
    try {
      const sink = lmdbTextSink(join(dir, "text.lmdb"));
      const numbers = await loadNeighbourhoodNumbers(reversed(varied.store, true), sink);
      sink.finish();
      await sink.close();
      expect(readdirSync(dir).filter((f) => f.includes("authors"))).toEqual([]); // the scratch file is gone
      const text = new LmdbText(join(dir, "text.lmdb"), numbers);
      try {
        expect(byId(numbers, text)).toStrictEqual(whole);
      } finally {
        await text.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
