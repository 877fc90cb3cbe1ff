// Papers sharing data with a paper, answered from the in-memory index without reading the corpus's text: each
// other paper's score is summed in typed arrays over the paper lists of the focus's datasets and benchmarks, the
// best `limit` are kept by (score, items shared, paperRank), and only those are read from the text. The answer is
// the one rankSharedData gives over the Cypher rows (test/server/neighbourhood/equivalence.test.ts holds them
// together); the cost grows with the lists walked (a hub dataset's papers), never with titles read.

import { NODE_KINDS, type SharedDataMatch, type SharedDataResponse, type SharedItem } from "../../domain/types.js";
import { sharedItemsFrom } from "../explore/index.js";
import { shareReason } from "../explore/rank-shared.js";
import { num, str } from "../rows.js";
import { PAPER, type NeighbourhoodIndex } from "./build.js";

const DATASET = NODE_KINDS.indexOf("dataset");
const BENCHMARK = NODE_KINDS.indexOf("benchmark");
const nanToNull = (v: number) => (Number.isNaN(v) ? null : v);

/** Per-paper sums, reused by every request (each runs to completion in one turn of the event loop). */
interface Scratch {
  score: Float64Array;
  /** Items shared with the focus. */
  count: Int32Array;
  /** The last item (by `lastStamp`) that counted the paper: a paper linked twice to one item counts once. */
  stamp: Int32Array;
  lastStamp: number;
}

const scratches = new WeakMap<NeighbourhoodIndex, Scratch>();

function scratchOf(index: NeighbourhoodIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const size = index.nodeCount;
    s = { score: new Float64Array(size), count: new Int32Array(size), stamp: new Int32Array(size), lastStamp: 0 };
    scratches.set(index, s);
  }
  return s;
}

const paperCounts = new WeakMap<NeighbourhoodIndex, number>();

export function paperCount(index: NeighbourhoodIndex): number {
  let count = paperCounts.get(index);
  if (count === undefined) {
    count = 0;
    for (const kind of index.kinds) if (kind === PAPER) count++;
    paperCounts.set(index, count);
  }
  return count;
}

/** The links of node `n` (a paper's out-links, an entity's in-links), in page order. */
const linksOf = (index: NeighbourhoodIndex, n: number) =>
  index.pageOrder.subarray(index.offsets[n]!, index.offsets[n + 1]!);

/** The Cypher reader's readSharedData over the index; `n` is the focus paper's node index. */
export function sharedDataOf(index: NeighbourhoodIndex, n: number, limit: number): SharedDataResponse {
  const id = index.text.id(n);
  // read/shared-data-items: the distinct datasets and benchmarks the paper names.
  const itemNode = new Map<string, number>();
  for (const l of linksOf(index, n)) {
    const e = index.linkTarget[l]!;
    if (index.kinds[e] === DATASET || index.kinds[e] === BENCHMARK) itemNode.set(index.text.id(e), e);
  }
  const items = sharedItemsFrom(
    paperCount(index),
    [...itemNode].map(([itemId, e]) => ({
      id: itemId,
      label: String(index.text.label(e) ?? itemId),
      papers: num(nanToNull(index.degrees[e]!)),
    })),
  );
  const best = bestSharing(
    index,
    n,
    items.map((i) => ({ node: itemNode.get(i.id)!, weight: i.weight })),
    limit,
  );
  const matches: SharedDataMatch[] = best.map(({ paper: q, score }) => {
    const paper = index.text.id(q);
    const names = new Set<number>();
    for (const l of linksOf(index, q)) names.add(index.linkTarget[l]!);
    const shared: SharedItem[] = items.filter((i) => names.has(itemNode.get(i.id)!));
    return {
      id: paper,
      label: String(index.text.label(q) ?? paper),
      date: str(index.text.date(q)),
      score,
      shared: shared.map((i) => i.id),
      reason: shareReason(shared),
    };
  });
  return { paper: { id, label: String(index.text.label(n) ?? id) }, items, matches };
}

/**
 * The `limit` papers other than `focus` that share the most weight with it, best first: rankSharedData's order
 * (rounded score, then items shared, then newest and id, which is `paperRank`). `items` come heaviest first, so
 * each paper's score is summed in the same order rankSharedData sums it, to the same float.
 */
function bestSharing(
  index: NeighbourhoodIndex,
  focus: number,
  items: { node: number; weight: number }[],
  limit: number,
): { paper: number; score: number }[] {
  const s = scratchOf(index);
  const touched: number[] = [];
  try {
    for (const { node, weight } of items) {
      const stamp = ++s.lastStamp;
      for (const l of linksOf(index, node)) {
        const q = index.linkSource[l]!;
        if (q === focus || s.stamp[q] === stamp) continue;
        s.stamp[q] = stamp;
        if (s.count[q] === 0) touched.push(q);
        s.count[q]!++;
        s.score[q]! += weight;
      }
    }
    const rounded = (q: number) => Math.round(s.score[q]! * 1000) / 1000;
    const before = (a: number, ra: number, b: number, rb: number) =>
      rb - ra || s.count[b]! - s.count[a]! || index.paperRank[a]! - index.paperRank[b]!;
    // The best `limit` so far, in order; most papers fall behind the last and cost one comparison.
    const top: number[] = [];
    const topScores: number[] = [];
    for (const q of touched) {
      const r = rounded(q);
      const last = top.length - 1;
      if (top.length >= limit && before(q, r, top[last]!, topScores[last]!) >= 0) continue;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(top[mid]!, topScores[mid]!, q, r) < 0) lo = mid + 1;
        else hi = mid;
      }
      top.splice(lo, 0, q);
      topScores.splice(lo, 0, r);
      if (top.length > limit) {
        top.pop();
        topScores.pop();
      }
    }
    return top.map((paper, i) => ({ paper, score: topScores[i]! }));
  } finally {
    for (const q of touched) {
      s.score[q] = 0;
      s.count[q] = 0;
    }
    if (s.lastStamp > 2 ** 30) {
      s.stamp.fill(0);
      s.lastStamp = 0;
    }
  }
}
