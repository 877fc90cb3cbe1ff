// Reads behind the explorer views: paged neighbour bundles, papers sharing data, and related methods.

import { kindOfId } from "../../domain/identity.js";
import {
  NODE_LABELS,
  type Neighbour,
  type NeighbourBundle,
  type NeighboursPageResponse,
  type NodeKind,
  type RelatedMethodsResponse,
  type RelationType,
  type SharedDataResponse,
  type SharedItem,
} from "../../domain/types.js";
import type { GraphStore } from "../../store/types.js";
import { NotFoundError } from "../errors.js";
import { sortBundles } from "../neighbourhood/order.js";
import type { NeighbourPageQuery } from "../neighbourhood/types.js";
import { num, str, toNeighbours } from "../rows.js";
import { coUsageProjection, type ModelPair } from "./co-usage.js";
import { relatedModels } from "./related-models.js";
import { compareItems, idf, rankSharedData, type SharedRow } from "./rank-shared.js";

const KIND_OF_LABEL = new Map<string, NodeKind>(Object.entries(NODE_LABELS).map(([k, l]) => [l, k as NodeKind]));

/** The node's display label, or NotFoundError when the store has no such node. */
async function readLabel(store: GraphStore, id: string): Promise<{ kind: NodeKind; label: string }> {
  const kind = kindOfId(id);
  if (!kind) throw new NotFoundError(`no node with id "${id}": ids start with arxiv:, title: or an entity type`);
  const row = (
    kind === "paper"
      ? await store.run("read/paper", { id })
      : await store.run("read/entity", { id }, { slots: { LABEL: NODE_LABELS[kind] } })
  ).rows[0];
  if (!row) throw new NotFoundError(`no ${kind} with id "${id}"`);
  return { kind, label: String(row.label ?? id) };
}

export type { NeighbourPageQuery };

/** A node's neighbour bundles (kind × relation, with sizes) and one page of neighbours, filtered by bundle. */
export async function readNeighbourPage(
  store: GraphStore,
  id: string,
  query: NeighbourPageQuery,
): Promise<NeighboursPageResponse> {
  const { kind, label } = await readLabel(store, id);
  const isPaper = kind === "paper";
  const slots = isPaper ? {} : { LABEL: NODE_LABELS[kind] };
  const bundleQuery = isPaper ? "read/paper-neighbour-bundles" : "read/entity-neighbour-bundles";
  const bundles: NeighbourBundle[] = sortBundles(
    (await store.run(bundleQuery, { id }, { slots })).rows
      .map((r) => ({
        kind: KIND_OF_LABEL.get(String(r.label)),
        relation: r.relation as RelationType,
        count: num(r.count),
      }))
      .filter((b): b is NeighbourBundle => b.kind !== undefined && b.count > 0),
  );
  const matches = (b: NeighbourBundle) =>
    (!query.kind || b.kind === query.kind) && (!query.relation || b.relation === query.relation);
  const total = bundles.filter(matches).reduce((sum, b) => sum + b.count, 0);

  let neighbours: Neighbour[] = [];
  if (query.limit > 0 && total > query.offset) {
    const pageQuery = isPaper ? "read/paper-neighbour-page" : "read/entity-neighbour-page";
    const params: Record<string, unknown> = {
      id,
      relation: query.relation ?? "",
      offset: query.offset,
      limit: query.limit,
    };
    if (isPaper) params.prefix = query.kind ? `${query.kind}:` : "";
    const { rows } = await store.run(pageQuery, params, { slots });
    neighbours = toNeighbours(rows, isPaper ? "out" : "in");
  }
  return { id, kind, label, bundles, total, offset: query.offset, limit: query.limit, neighbours };
}

/** Papers naming the same datasets or benchmarks as `id`, ranked by the rarity-weighted items they share. */
export async function readSharedData(store: GraphStore, id: string, limit: number): Promise<SharedDataResponse> {
  const { kind, label } = await readLabel(store, id);
  if (kind !== "paper") throw new NotFoundError(`"${id}" is a ${kind}, not a paper`);
  const total = num((await store.run("read/paper-count")).rows[0]?.count);
  const items: ItemRow[] = (await store.run("read/shared-data-items", { id })).rows.map((r) => ({
    id: String(r.id),
    label: String(r.label ?? r.id),
    papers: num(r.papers),
  }));
  const rows: SharedRow[] = (await store.run("read/shared-data-papers", { id })).rows.map((r) => ({
    paper: String(r.paper),
    title: String(r.title ?? r.paper),
    date: str(r.date),
    item: String(r.item),
  }));
  return sharedDataFrom({ id, label }, total, items, rows, limit);
}

/** A dataset or benchmark the focus paper names, and how many papers name it. */
export interface ItemRow {
  id: string;
  label: string;
  papers: number;
}

/** The shares-data reply from the rows read (by Cypher or from the in-memory index). Pure. */
export function sharedDataFrom(
  paper: { id: string; label: string },
  totalPapers: number,
  itemRows: ItemRow[],
  rows: SharedRow[],
  limit: number,
): SharedDataResponse {
  const items = sharedItemsFrom(totalPapers, itemRows);
  return { paper, items, matches: rankSharedData(items, rows, limit) };
}

/** The focus paper's datasets and benchmarks with their rarity weights, heaviest first. Pure. */
export function sharedItemsFrom(totalPapers: number, itemRows: ItemRow[]): SharedItem[] {
  return itemRows
    .map((i) => ({ ...i, kind: kindOfId(i.id)!, weight: Math.round(idf(i.papers, totalPapers) * 1000) / 1000 }))
    .map(({ id, kind, label, papers, weight }) => ({ id, kind, label, papers, weight }))
    .sort((a, b) => compareItems(a, b));
}

/** Models linked by how many papers name both: around one model, or the strongest-linked across the corpus. */
export async function readRelatedMethods(
  store: GraphStore,
  options: RelatedMethodsOptions,
): Promise<RelatedMethodsResponse> {
  if (options.focus) {
    const { kind, label } = await readLabel(store, options.focus);
    if (kind !== "model") throw new NotFoundError(`"${options.focus}" is a ${kind}, not a model`);
    return relatedMethodsFrom(await readModelPairs(store, options.focus), options, label);
  }
  return relatedMethodsFrom(await allModelPairs(store), options);
}

export interface RelatedMethodsOptions {
  focus?: string;
  limit: number;
  minWeight?: number;
}

/**
 * The related-methods reply from paper → model rows (by Cypher or from the in-memory index): around the focus,
 * the rows of the papers naming it; corpus-wide, every paper → model link. Pure.
 */
export function relatedMethodsFrom(
  pairs: ModelPair[],
  options: RelatedMethodsOptions,
  focusLabel?: string,
): RelatedMethodsResponse {
  if (options.focus) {
    // An ego view: the focus and the models most associated with it, each linked to the focus only.
    const minSupport = options.minWeight ?? DEFAULT_MIN_SUPPORT;
    const { focus, related, belowSupport } = relatedModels(pairs, options.focus, {
      limit: options.limit - 1,
      minSupport,
    });
    return {
      focus: options.focus,
      nodes: [
        { id: options.focus, label: focus?.label ?? focusLabel ?? options.focus, papers: focus?.papers ?? 0 },
        ...related.map((r) => ({ id: r.id, label: r.label, papers: r.papers })),
      ],
      links: related.map((r) => ({ source: options.focus!, target: r.id, weight: r.support, jaccard: r.jaccard })),
      truncated: related.length >= options.limit - 1,
      related,
      minSupport,
      belowSupport,
    };
  }
  const projection = coUsageProjection(pairs, { maxNodes: options.limit, minWeight: options.minWeight ?? 1 });
  return { focus: null, ...projection };
}

/** Shared papers a model needs to count as related to a focus: one paper's list of baselines ties nothing. */
const DEFAULT_MIN_SUPPORT = 2;

async function readModelPairs(store: GraphStore, focus?: string): Promise<ModelPair[]> {
  const { rows } = await store.run(focus ? "read/model-pairs-around" : "read/model-pairs", focus ? { id: focus } : {});
  return rows.map((r) => ({
    paper: String(r.paper),
    model: String(r.model),
    label: String(r.label ?? r.model),
    papers: num(r.papers),
    ...(r.title !== undefined ? { title: String(r.title ?? r.paper) } : {}),
  }));
}

/** Every paper → model link is read once per store and minute: the corpus-wide projection is asked for often. */
const pairCache = new WeakMap<GraphStore, { at: number; pairs: Promise<ModelPair[]> }>();
const PAIR_CACHE_MS = 60_000;

function allModelPairs(store: GraphStore): Promise<ModelPair[]> {
  const cached = pairCache.get(store);
  if (cached && Date.now() - cached.at < PAIR_CACHE_MS) return cached.pairs;
  const pairs = readModelPairs(store);
  pairCache.set(store, { at: Date.now(), pairs });
  pairs.catch(() => pairCache.delete(store));
  return pairs;
}
