// Papers sharing data with a paper and models used with a model, answered from the in-memory index: the rows the
// Cypher reads (shared-data-*, model-pairs*) return, gathered by walking adjacency instead, then ranked by the same
// pure functions. test/server/neighbourhood/equivalence.test.ts holds the two paths together.

import {
  NODE_KINDS,
  type RelatedMethodsResponse,
  type SharedDataResponse,
  type SharedItem,
} from "../../domain/types.js";
import { NotFoundError } from "../errors.js";
import { coUsageProjection, type ModelPair } from "../explore/co-usage.js";
import { idf, rankSharedData, type SharedRow } from "../explore/rank-shared.js";
import { num, str } from "../rows.js";
import { PAPER, type NeighbourhoodIndex } from "./build.js";
import type { RelatedMethodsQuery } from "./types.js";

const DATASET = NODE_KINDS.indexOf("dataset");
const BENCHMARK = NODE_KINDS.indexOf("benchmark");
const MODEL = NODE_KINDS.indexOf("model");
const nanToNull = (v: number) => (Number.isNaN(v) ? null : v);

/** Link indices of node `n`: a paper's out-links or an entity's in-links. */
function* linksOf(index: NeighbourhoodIndex, n: number): Generator<number> {
  for (let i = index.offsets[n]!; i < index.offsets[n + 1]!; i++) yield index.pageOrder[i]!;
}

const paperCounts = new WeakMap<NeighbourhoodIndex, number>();
function paperCount(index: NeighbourhoodIndex): number {
  let count = paperCounts.get(index);
  if (count === undefined) {
    count = 0;
    for (const kind of index.kinds) if (kind === PAPER) count++;
    paperCounts.set(index, count);
  }
  return count;
}

/** Cypher reader's readSharedData over the index; `n` is the focus paper's node index. */
export function sharedDataOf(index: NeighbourhoodIndex, n: number, limit: number): SharedDataResponse {
  const id = index.ids[n]!;
  const total = paperCount(index);
  const itemNodes = new Set<number>();
  for (const l of linksOf(index, n)) {
    const e = index.linkTarget[l]!;
    if (index.kinds[e] === DATASET || index.kinds[e] === BENCHMARK) itemNodes.add(e);
  }
  const items: SharedItem[] = [...itemNodes]
    .map((e) => {
      const itemId = index.ids[e]!;
      const papers = num(nanToNull(index.degrees[e]!));
      const kind = NODE_KINDS[index.kinds[e]!]!;
      return { id: itemId, kind, label: String(index.labels[e] ?? itemId), papers, weight: 0 };
    })
    .map((i) => ({ ...i, weight: Math.round(idf(i.papers, total) * 1000) / 1000 }))
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  const rows: SharedRow[] = [];
  for (const e of itemNodes) {
    const seen = new Set<number>();
    for (const l of linksOf(index, e)) {
      const q = index.linkSource[l]!;
      if (q === n || seen.has(q)) continue;
      seen.add(q);
      const paper = index.ids[q]!;
      rows.push({ paper, title: String(index.labels[q] ?? paper), date: str(index.dates[q]), item: index.ids[e]! });
    }
  }
  return { paper: { id, label: String(index.labels[n] ?? id) }, items, matches: rankSharedData(items, rows, limit) };
}

/** The paper → model rows of one paper, as model-pairs reads them: one per link. */
function pushModelRows(index: NeighbourhoodIndex, p: number, rows: ModelPair[], repeat = 1): void {
  for (const l of linksOf(index, p)) {
    const m = index.linkTarget[l]!;
    if (index.kinds[m] !== MODEL) continue;
    const model = index.ids[m]!;
    const row = {
      paper: index.ids[p]!,
      model,
      label: String(index.labels[m] ?? model),
      papers: num(nanToNull(index.degrees[m]!)),
    };
    for (let r = 0; r < repeat; r++) rows.push(row);
  }
}

/** Every paper → model link (read/model-pairs), kept per index: the corpus-wide projection is asked for often. */
const allPairs = new WeakMap<NeighbourhoodIndex, ModelPair[]>();

/** Cypher reader's readRelatedMethods over the index; `focus` is the focus model's node index, if any. */
export function relatedMethodsOf(
  index: NeighbourhoodIndex,
  focus: number | undefined,
  query: RelatedMethodsQuery,
): RelatedMethodsResponse {
  let pairs: ModelPair[];
  if (focus === undefined) {
    pairs = allPairs.get(index) ?? [];
    if (!allPairs.has(index)) {
      for (let p = 0; p < index.ids.length; p++) if (index.kinds[p] === PAPER) pushModelRows(index, p, pairs);
      allPairs.set(index, pairs);
    }
  } else {
    // read/model-pairs-around: every paper naming the focus, once per link to it, with all its model links.
    pairs = [];
    for (const l of linksOf(index, focus)) pushModelRows(index, index.linkSource[l]!, pairs);
  }
  const projection = coUsageProjection(pairs, {
    focus: query.focus,
    maxNodes: query.limit,
    minWeight: query.minWeight,
  });
  return { focus: query.focus ?? null, ...projection };
}

export function notA(id: string, kind: string, wanted: string): NotFoundError {
  return new NotFoundError(`"${id}" is a ${kind}, not a ${wanted}`);
}
