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

/**
 * Per-paper sums by paperRank, reused by every request (each runs to completion in one turn of the event loop).
 * Lists hold ranks in ascending order, so a walk touches these arrays front to back.
 */
interface Scratch {
  score: Float64Array;
  /** Items shared with the focus; 0 for a paper not reached yet (a paper names far fewer than 65,536 items). */
  count: Uint16Array;
}

/**
 * Each dataset's and benchmark's papers by paperRank, once each, ascending (the order of its page list), packed
 * in one array: a walk reads them in sequence instead of going through link records. Built on first use.
 */
interface ItemLists {
  /** Node n's papers are ranks[start[n]] up to ranks[start[n + 1]] (empty for other nodes). */
  start: Int32Array;
  ranks: Int32Array;
  /** The paper node of each rank. */
  paperAt: Int32Array;
}

interface SharedState {
  scratch: Scratch;
  lists: ItemLists;
}

const states = new WeakMap<NeighbourhoodIndex, SharedState>();

function stateOf(index: NeighbourhoodIndex): SharedState {
  let state = states.get(index);
  if (!state) {
    const size = paperCount(index);
    state = {
      scratch: { score: new Float64Array(size), count: new Uint16Array(size) },
      lists: itemLists(index, size),
    };
    states.set(index, state);
  }
  return state;
}

function itemLists(index: NeighbourhoodIndex, papers: number): ItemLists {
  const { nodeCount, kinds, offsets, pageOrder, linkSource, paperRank } = index;
  const paperAt = new Int32Array(papers);
  for (let n = 0; n < nodeCount; n++) if (kinds[n] === PAPER) paperAt[paperRank[n]!] = n;
  const isItem = (n: number) => kinds[n] === DATASET || kinds[n] === BENCHMARK;
  // A paper's links to one entity sit side by side in the entity's list; a second one is not a second paper.
  const each = (n: number, visit: (paper: number) => void) => {
    let previous = -1;
    for (let i = offsets[n]!, end = offsets[n + 1]!; i < end; i++) {
      const q = linkSource[pageOrder[i]!]!;
      if (q !== previous) visit(q);
      previous = q;
    }
  };
  const start = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) {
    let length = 0;
    if (isItem(n)) each(n, () => length++);
    start[n + 1] = start[n]! + length;
  }
  const ranks = new Int32Array(start[nodeCount]!);
  for (let n = 0; n < nodeCount; n++) {
    let at = start[n]!;
    if (isItem(n)) each(n, (q) => (ranks[at++] = paperRank[q]!));
  }
  return { start, ranks, paperAt };
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
 *
 * The lightest item is usually a hub (ImageNet: a fifth of the corpus) and is not walked whole when the papers
 * reached through the others are few: those are checked for it one by one, and every other paper on its list
 * scores its weight alone, so they rank in list order and the walk stops at the first that does not make the cut.
 */
function bestSharing(
  index: NeighbourhoodIndex,
  focus: number,
  items: { node: number; weight: number }[],
  limit: number,
): { paper: number; score: number }[] {
  const { scratch, lists } = stateOf(index);
  const { score, count } = scratch;
  const { start, ranks, paperAt } = lists;
  const { offsets, pageOrder, linkTarget } = index;
  const self = index.paperRank[focus]!;
  // Papers go by rank below: `touched` and `top` hold ranks.
  const touched: number[] = [];
  const top = new TopPapers(limit, count);
  const walk = (node: number, weight: number) => {
    for (let i = start[node]!, end = start[node + 1]!; i < end; i++) {
      const q = ranks[i]!;
      if (q === self) continue;
      if (count[q] === 0) touched.push(q);
      count[q]!++;
      score[q]! += weight;
    }
  };
  try {
    const lightest = items.at(-1);
    for (let k = 0; k < items.length - 1; k++) walk(items[k]!.node, items[k]!.weight);
    const long = lightest && start[lightest.node + 1]! - start[lightest.node]! > 8 * (touched.length + limit);
    if (lightest && !long) walk(lightest.node, lightest.weight);
    if (lightest && long) {
      for (const q of touched) {
        const p = paperAt[q]!;
        for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
          if (linkTarget[pageOrder[i]!] !== lightest.node) continue;
          count[q]!++;
          score[q]! += lightest.weight;
          break;
        }
      }
    }
    for (const q of touched) top.offer(q, Math.round(score[q]! * 1000) / 1000);
    if (lightest && long) {
      const alone = Math.round(lightest.weight * 1000) / 1000;
      for (let i = start[lightest.node]!, end = start[lightest.node + 1]!; i < end; i++) {
        const q = ranks[i]!;
        if (q === self || count[q]! > 0) continue; // scored above
        count[q] = 1;
        touched.push(q);
        if (!top.offer(q, alone)) break; // the rest of the list ranks lower still
      }
    }
    return top.papers.map((rank, i) => ({ paper: paperAt[rank]!, score: top.scores[i]! }));
  } finally {
    for (const q of touched) {
      score[q] = 0;
      count[q] = 0;
    }
  }
}

/** The best `limit` papers (by rank) offered, in order; most offers fall behind the last: one comparison. */
class TopPapers {
  readonly papers: number[] = [];
  readonly scores: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly count: Uint16Array,
  ) {}

  /** Negative when paper `a` (rounded score `ra`) ranks before `b`. */
  private compare(a: number, ra: number, b: number, rb: number): number {
    return rb - ra || this.count[b]! - this.count[a]! || a - b;
  }

  /** Keeps `q` if it is among the best so far; false when it is not. */
  offer(q: number, rounded: number): boolean {
    const { papers, scores } = this;
    const last = papers.length - 1;
    if (papers.length >= this.limit && this.compare(q, rounded, papers[last]!, scores[last]!) >= 0) return false;
    let lo = 0;
    let hi = papers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(papers[mid]!, scores[mid]!, q, rounded) < 0) lo = mid + 1;
      else hi = mid;
    }
    papers.splice(lo, 0, q);
    scores.splice(lo, 0, rounded);
    if (papers.length > this.limit) {
      papers.pop();
      scores.pop();
    }
    return true;
  }
}
