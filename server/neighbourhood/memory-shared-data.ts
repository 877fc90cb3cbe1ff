// Papers sharing data with a paper, answered from the in-memory index without reading the corpus's text: each
// other paper's score is summed in typed arrays over the paper lists of the focus's datasets and benchmarks, the
// best `limit` are kept by (score, items shared, paperRank), and only those are read from the text. The answer is
// the one rankSharedData gives over the Cypher rows (test/server/neighbourhood/equivalence.test.ts and
// shared-data.test.ts hold them together). Hub items (named by more than 1/128 of the papers) are never walked:
// each is a bitset over papers, looked up per paper or scanned 32 papers a step, so no request walks a hub's list.

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
  /** Hub items' papers as bitsets over paperRank, made on first use (at most 32 × links per paper of them). */
  hubs: Map<number, Uint32Array>;
}

const states = new WeakMap<NeighbourhoodIndex, SharedState>();

function stateOf(index: NeighbourhoodIndex): SharedState {
  let state = states.get(index);
  if (!state) {
    const size = paperCount(index);
    state = {
      scratch: { score: new Float64Array(size), count: new Uint16Array(size) },
      lists: itemLists(index, size),
      hubs: new Map(),
    };
    states.set(index, state);
  }
  return state;
}

function hubBits(state: SharedState, node: number): Uint32Array {
  let bits = state.hubs.get(node);
  if (!bits) {
    const { start, ranks, paperAt } = state.lists;
    bits = new Uint32Array(Math.ceil(paperAt.length / 32));
    for (let i = start[node]!, end = start[node + 1]!; i < end; i++) bits[ranks[i]! >>> 5]! |= 1 << (ranks[i]! & 31);
    state.hubs.set(node, bits);
  }
  return bits;
}

const has = (bits: Uint32Array, rank: number) => (bits[rank >>> 5]! & (1 << (rank & 31))) !== 0;

/**
 * An item on more than 1/HUB_SHARE of the papers is a hub. A walk costs a step per paper on the list, a set of
 * hubs a step per 32 papers of the corpus (fewer when it fills the cut early): at a million synthetic papers,
 * 1/32 gave a mean of 1.27 ms a request (limit 40), 1/64 0.66, 1/128 0.42, 1/256 0.51, 1/1000 0.58.
 */
const HUB_SHARE = 128;

/** Hubs at most looked at as bitsets for one request (2^HUBS - 1 combinations); more are walked as lists. */
const MAX_HUBS = 8;

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
 * Items are rarer the heavier they are, so the hubs are the last items. The others' lists are walked, and each
 * paper reached adds the hubs it is on (bitset lookups). A paper reached by no list shares hubs only: its score is
 * that of its set of hubs, so sets are taken best first, their papers found a 32-bit word at a time and in rank
 * order, and the search stops as soon as no paper of the next set could make the cut.
 */
function bestSharing(
  index: NeighbourhoodIndex,
  focus: number,
  items: { node: number; weight: number }[],
  limit: number,
): { paper: number; score: number }[] {
  const state = stateOf(index);
  const { score, count } = state.scratch;
  const { start, ranks, paperAt } = state.lists;
  const self = index.paperRank[focus]!;
  const hubLength = paperAt.length / HUB_SHARE;
  let walked = items.length;
  while (walked > 0 && items.length - walked < MAX_HUBS && length(state, items[walked - 1]!.node) > hubLength) walked--;
  const hubs = items.slice(walked).map((item) => ({ ...item, bits: hubBits(state, item.node) }));
  // Papers go by rank below: `touched` and `top` hold ranks.
  const touched: number[] = [];
  const top = new TopPapers(limit, count);
  try {
    for (let k = 0; k < walked; k++) {
      const { node, weight } = items[k]!;
      for (let i = start[node]!, end = start[node + 1]!; i < end; i++) {
        const q = ranks[i]!;
        if (q === self) continue;
        if (count[q] === 0) touched.push(q);
        count[q]!++;
        score[q]! += weight;
      }
    }
    for (const q of touched) {
      for (const hub of hubs) {
        if (!has(hub.bits, q)) continue;
        count[q]!++;
        score[q]! += hub.weight;
      }
      top.offer(q, Math.round(score[q]! * 1000) / 1000);
    }
    for (const set of hubSets(hubs)) {
      if (top.full && top.beats(set.rounded, set.members.length)) break; // and so does every later set
      for (const q of papersOn(set.members, paperAt.length)) {
        if (q === self || count[q]! > 0) continue; // reached by a walked list: scored above
        count[q] = set.members.length;
        touched.push(q);
        if (!top.offer(q, set.rounded)) break; // the set's later papers rank lower still
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

const length = (state: SharedState, node: number) => state.lists.start[node + 1]! - state.lists.start[node]!;

interface Hub {
  weight: number;
  bits: Uint32Array;
}

/** Every non-empty set of hubs with its rounded score (summed in the items' order), best first. */
function hubSets(hubs: Hub[]): { members: Hub[]; rounded: number }[] {
  const sets: { members: Hub[]; rounded: number }[] = [];
  for (let mask = 1; mask < 1 << hubs.length; mask++) {
    const members = hubs.filter((_, h) => mask & (1 << h));
    let sum = 0;
    for (const hub of members) sum += hub.weight;
    sets.push({ members, rounded: Math.round(sum * 1000) / 1000 });
  }
  return sets.sort((a, b) => b.rounded - a.rounded || b.members.length - a.members.length);
}

/**
 * The ranks, ascending, on every hub of `members`. A paper also on other hubs was offered with its whole set,
 * which sorts first and scores higher, or could not make the cut with it: with this set's lower score it cannot
 * either, so it needs no excluding.
 */
function* papersOn(members: Hub[], papers: number): Generator<number> {
  for (let w = 0, words = Math.ceil(papers / 32); w < words; w++) {
    let word = members[0]!.bits[w]!;
    for (let m = 1; m < members.length && word; m++) word &= members[m]!.bits[w]!;
    while (word) {
      const low = word & -word;
      yield (w << 5) | (31 - Math.clz32(low));
      word ^= low;
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

  get full(): boolean {
    return this.papers.length >= this.limit;
  }

  /** Whether the last paper kept ranks before any paper of rounded score `rounded` sharing `shared` items. */
  beats(rounded: number, shared: number): boolean {
    const last = this.papers.length - 1;
    const lastScore = this.scores[last]!;
    return lastScore > rounded || (lastScore === rounded && this.count[this.papers[last]!]! > shared);
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
