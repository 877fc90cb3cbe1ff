// Each node's list of links in the two orders the API reads (node details, neighbour pages), from the index's
// numbers alone: ranks stand in for the string comparisons, so lists can be ordered without the index's text.
// `orderLinks` orders every list; `reorderLinks` starts from the lists before papers were appended and redoes
// only those the new links change (serve-index/update.ts: at a million papers, every list is 16M entries).

import type { NeighbourhoodIndex } from "./build.js";
import { compareDescNullsFirst } from "./order.js";

/** rank[n] = position of n in `order` (a permutation of the node indices). */
export function rankFromOrder(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  order.forEach((n, i) => (rank[n] = i));
  return rank;
}

/** What orderLinks needs: the numbers of an index and its global orders, no text. */
export type OrderInput = Pick<
  NeighbourhoodIndex,
  "nodeCount" | "kinds" | "degrees" | "linkSource" | "linkTarget" | "linkMentions" | GlobalOrder
>;
type GlobalOrder = "nodesById" | "papersByDate" | "papersByPageDate";

export type LinkLists = Pick<NeighbourhoodIndex, "offsets" | "detailsOrder" | "pageOrder" | "paperRank">;

/**
 * Every node's list of links in the two orders the API reads. A link sits in two lists: its paper's and its
 * entity's (no node is both), at offsets[n] to offsets[n + 1] of each order.
 */
export function orderLinks(input: OrderInput): LinkLists {
  const { nodeCount, linkSource, linkTarget } = input;
  const linkCount = linkSource.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let l = 0; l < linkCount; l++) {
    offsets[linkSource[l]! + 1]!++;
    offsets[linkTarget[l]! + 1]!++;
  }
  for (let n = 0; n < nodeCount; n++) offsets[n + 1]! += offsets[n]!;
  const compare = paperListOrders(input);

  const outLinks = outLinksByPaper(linkSource, nodeCount);
  const detailsOrder = new Int32Array(2 * linkCount);
  const pageOrder = new Int32Array(2 * linkCount);
  // Entities' lists: papers visited in the wanted order append their links, so each list comes out sorted.
  // entity-neighbours: ORDER BY date DESC, id; entity-neighbour-page: ORDER BY coalesce(date, '') DESC, id.
  fillEntityLists(detailsOrder, offsets, input.papersByDate, outLinks, linkTarget);
  fillEntityLists(pageOrder, offsets, input.papersByPageDate, outLinks, linkTarget);
  // Papers' lists are short: sorted one by one.
  for (const p of input.papersByDate) {
    const own = outLinks.of(p);
    const start = offsets[p]!;
    detailsOrder.set(own, start);
    pageOrder.set(own, start);
    detailsOrder.subarray(start, start + own.length).sort(compare.details);
    pageOrder.subarray(start, start + own.length).sort(compare.page);
  }
  // A paper's place among all papers newest first (coalesce(date, '') DESC, id): ties in shares-data break on it.
  return { offsets, detailsOrder, pageOrder, paperRank: placesOf(input.papersByPageDate, nodeCount) };
}

/** An index's lists before papers were appended to it, with what they were built from. */
export interface ListsBefore extends Pick<LinkLists, "offsets" | "detailsOrder" | "pageOrder"> {
  nodeCount: number;
  linkCount: number;
  degrees: Float64Array;
}

/**
 * The lists of `input`, an index that is `before` with papers appended: new nodes numbered from before.nodeCount,
 * new links from before.linkCount, each from a new paper. Old papers keep their lists (one whose entities' degrees
 * changed is re-sorted for neighbour pages), entities the new links reach get them merged in by their papers'
 * places, and the rest is copied a run of nodes at a time. Anything else appended: every list is ordered anew.
 */
export function reorderLinks(before: ListsBefore, input: OrderInput): LinkLists {
  const { nodeCount, linkSource, linkTarget, degrees } = input;
  const linkCount = linkSource.length;
  const oldNodes = before.nodeCount;
  const oldLinks = before.linkCount;
  const bySource = new Map<number, number[]>();
  const byTarget = new Map<number, number[]>();
  for (let l = oldLinks; l < linkCount; l++) {
    if (linkSource[l]! < oldNodes) return orderLinks(input);
    listOf(bySource, linkSource[l]!).push(l);
    listOf(byTarget, linkTarget[l]!).push(l);
  }

  const offsets = new Int32Array(nodeCount + 1);
  for (let n = 0; n < oldNodes; n++) offsets[n + 1] = before.offsets[n + 1]! - before.offsets[n]!;
  for (const [n, links] of bySource) offsets[n + 1]! += links.length;
  for (const [n, links] of byTarget) offsets[n + 1]! += links.length;
  for (let n = 0; n < nodeCount; n++) offsets[n + 1]! += offsets[n]!;

  const detailsOrder = new Int32Array(2 * linkCount);
  const pageOrder = new Int32Array(2 * linkCount);
  // Old nodes the new links do not reach keep their lists: copied a run of consecutive nodes at a time.
  let runStart = 0;
  const copyRun = (end: number) => {
    if (end <= runStart) return;
    const from = before.offsets[runStart]!;
    const to = before.offsets[end]!;
    detailsOrder.set(before.detailsOrder.subarray(from, to), offsets[runStart]!);
    pageOrder.set(before.pageOrder.subarray(from, to), offsets[runStart]!);
  };
  for (let n = 0; n < oldNodes; n++) {
    if (!byTarget.has(n)) continue;
    copyRun(n);
    runStart = n + 1;
  }
  copyRun(oldNodes);

  // Entities reached: their old list (sorted by their papers' places) merged with the new links, sorted alike.
  const dateRank = placesOf(input.papersByDate, nodeCount);
  const paperRank = placesOf(input.papersByPageDate, nodeCount);
  for (const [e, links] of byTarget) {
    const [from, to] = e < oldNodes ? [before.offsets[e]!, before.offsets[e + 1]!] : [0, 0];
    mergeByPlace(detailsOrder, offsets[e]!, before.detailsOrder.subarray(from, to), links, dateRank, linkSource);
    mergeByPlace(pageOrder, offsets[e]!, before.pageOrder.subarray(from, to), links, paperRank, linkSource);
  }

  // New papers' lists sorted as orderLinks sorts them; old papers linking to an entity whose degree changed
  // re-sorted for neighbour pages (ordered by their entities' degrees) when no longer in order.
  const compare = paperListOrders(input);
  for (const [p, links] of bySource) {
    const start = offsets[p]!;
    detailsOrder.set(links, start);
    pageOrder.set(links, start);
    detailsOrder.subarray(start, start + links.length).sort(compare.details);
    pageOrder.subarray(start, start + links.length).sort(compare.page);
  }
  const resorted = new Uint8Array(oldNodes);
  for (let e = 0; e < oldNodes; e++) {
    if (Object.is(degrees[e], before.degrees[e])) continue;
    for (let i = before.offsets[e]!; i < before.offsets[e + 1]!; i++) {
      const p = linkSource[before.detailsOrder[i]!]!;
      if (resorted[p]) continue;
      resorted[p] = 1;
      const list = pageOrder.subarray(offsets[p]!, offsets[p + 1]!);
      if (!isSorted(list, compare.page)) list.sort(compare.page);
    }
  }
  return { offsets, detailsOrder, pageOrder, paperRank };
}

function isSorted(list: Int32Array, compare: (a: number, b: number) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/**
 * A paper's lists: paper-neighbours ORDER BY mentions DESC, id; paper-neighbour-page ORDER BY mentions DESC,
 * degree DESC, id. A paper linking one entity twice (two relation types) keeps link order.
 */
function paperListOrders({ nodesById, linkTarget, linkMentions, degrees }: OrderInput) {
  const idRank = rankFromOrder(nodesById);
  return {
    details: (a: number, b: number) =>
      compareDescNullsFirst(linkMentions[a]!, linkMentions[b]!) ||
      idRank[linkTarget[a]!]! - idRank[linkTarget[b]!]! ||
      a - b,
    page: (a: number, b: number) =>
      compareDescNullsFirst(linkMentions[a]!, linkMentions[b]!) ||
      compareDescNullsFirst(degrees[linkTarget[a]!]!, degrees[linkTarget[b]!]!) ||
      idRank[linkTarget[a]!]! - idRank[linkTarget[b]!]! ||
      a - b,
  };
}

/** place[p] = position of paper p in `papers` (nodes that are not papers: 0). */
function placesOf(papers: Int32Array, nodeCount: number): Int32Array {
  const place = new Int32Array(nodeCount);
  papers.forEach((p, i) => (place[p] = i));
  return place;
}

/** Writes at `at` the links of `old` (sorted by their papers' places) and `added` (new papers' links) merged. */
function mergeByPlace(
  order: Int32Array,
  at: number,
  old: Int32Array,
  added: number[],
  place: Int32Array,
  linkSource: Int32Array,
): void {
  const sorted = [...added].sort((a, b) => place[linkSource[a]!]! - place[linkSource[b]!]! || a - b);
  let i = 0;
  let j = 0;
  while (i < old.length || j < sorted.length) {
    const takeOld =
      j === sorted.length || (i < old.length && place[linkSource[old[i]!]!]! < place[linkSource[sorted[j]!]!]!);
    order[at++] = takeOld ? old[i++]! : sorted[j++]!;
  }
}

function listOf(lists: Map<number, number[]>, n: number): number[] {
  let list = lists.get(n);
  if (!list) lists.set(n, (list = []));
  return list;
}

/** Each paper's links in link order, grouped by paper (a counting sort over link sources). */
function outLinksByPaper(linkSource: Int32Array, nodeCount: number) {
  const start = new Int32Array(nodeCount + 1);
  for (const s of linkSource) start[s + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const cursor = start.slice();
  const grouped = new Int32Array(linkSource.length);
  linkSource.forEach((s, l) => (grouped[cursor[s]!++] = l));
  return { of: (p: number) => grouped.subarray(start[p]!, start[p + 1]!) };
}

function fillEntityLists(
  order: Int32Array,
  offsets: Int32Array,
  papersInOrder: Int32Array,
  outLinks: { of(p: number): Int32Array },
  linkTarget: Int32Array,
): void {
  // A paper's own list starts at offsets[paper]; an entity's in-links start there too (no node is both).
  const cursor = offsets.slice();
  for (const p of papersInOrder) for (const l of outLinks.of(p)) order[cursor[linkTarget[l]!]!++] = l;
}
