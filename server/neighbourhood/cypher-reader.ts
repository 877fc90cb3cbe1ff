// The NodeReader over Cypher: every request is a few store reads. For stores that can change while serving
// (writable Kùzu, Neo4j), and the reference the in-memory reader is tested against. Every per-node Cypher read
// the API makes is here.

import { kindOfId } from "../../domain/identity.js";
import {
  NODE_LABELS,
  type Neighbour,
  type NeighbourBundle,
  type NeighboursPageResponse,
  type NodeDetailsResponse,
  type NodeKind,
  type RelatedMethodsResponse,
  type RelationType,
  type SharedDataResponse,
  type SharedItem,
} from "../../domain/types.js";
import { fillTemplate, loadCypher } from "../../store/cypher-files.js";
import type { GraphStore } from "../../store/types.js";
import { ALIAS_SEPARATOR } from "../../store/write-plan.js";
import { NotFoundError } from "../errors.js";
import { coUsageProjection, type ModelPair } from "../explore/co-usage.js";
import { idf, rankSharedData, type SharedRow } from "../explore/rank-shared.js";
import { num, str, toNeighbours } from "../rows.js";
import { sortBundles } from "./order.js";
import type { NeighbourPageQuery, NodeReader, RelatedMethodsQuery } from "./types.js";

export function cypherNodeReader(store: GraphStore): NodeReader {
  return {
    details: (id, limit) => readNodeDetails(store, id, limit),
    neighbourPage: (id, query) => readNeighbourPage(store, id, query),
    sharedData: (id, limit) => readSharedData(store, id, limit),
    relatedMethods: (options) => readRelatedMethods(store, options),
  };
}

export async function readNodeDetails(store: GraphStore, id: string, limit: number): Promise<NodeDetailsResponse> {
  const kind = kindOfId(id);
  if (!kind) throw new NotFoundError(`no node with id "${id}": ids start with arxiv:, title: or an entity type`);
  const params = { id, limit };
  if (kind === "paper") {
    const { rows } = await store.read(loadCypher("read/paper", store.kind), { id });
    const row = rows[0];
    if (!row) throw new NotFoundError(`no paper with id "${id}"`);
    const { label, ...properties } = row;
    const origins = String(properties.origins ?? "");
    const neighbours = (await store.read(loadCypher("read/paper-neighbours", store.kind), params)).rows;
    return {
      node: {
        id,
        kind,
        label: String(label),
        properties: { ...properties, origins: origins ? origins.split(ALIAS_SEPARATOR) : [] },
      },
      neighbours: toNeighbours(neighbours, "out"),
    };
  }
  const slots = { LABEL: NODE_LABELS[kind] };
  const { rows } = await store.read(fillTemplate(loadCypher("read/entity", store.kind), slots), { id });
  const row = rows[0];
  if (!row) throw new NotFoundError(`no ${kind} with id "${id}"`);
  const neighbours = (await store.read(fillTemplate(loadCypher("read/entity-neighbours", store.kind), slots), params))
    .rows;
  const aliases = String(row.aliases ?? "");
  return {
    node: {
      id,
      kind,
      label: String(row.label),
      properties: { aliases: aliases ? aliases.split(ALIAS_SEPARATOR) : [], degree: num(row.degree) },
    },
    neighbours: toNeighbours(neighbours, "in"),
  };
}

const KIND_OF_LABEL = new Map<string, NodeKind>(Object.entries(NODE_LABELS).map(([k, l]) => [l, k as NodeKind]));

/** The node's display label, or NotFoundError when the store has no such node. */
async function readLabel(store: GraphStore, id: string): Promise<{ kind: NodeKind; label: string }> {
  const kind = kindOfId(id);
  if (!kind) throw new NotFoundError(`no node with id "${id}": ids start with arxiv:, title: or an entity type`);
  const cypher =
    kind === "paper"
      ? loadCypher("read/paper", store.kind)
      : fillTemplate(loadCypher("read/entity", store.kind), { LABEL: NODE_LABELS[kind] });
  const row = (await store.read(cypher, { id })).rows[0];
  if (!row) throw new NotFoundError(`no ${kind} with id "${id}"`);
  return { kind, label: String(row.label ?? id) };
}

/** A node's neighbour bundles (kind × relation, with sizes) and one page of neighbours, filtered by bundle. */
export async function readNeighbourPage(
  store: GraphStore,
  id: string,
  query: NeighbourPageQuery,
): Promise<NeighboursPageResponse> {
  const { kind, label } = await readLabel(store, id);
  const isPaper = kind === "paper";
  const slots = isPaper ? {} : { LABEL: NODE_LABELS[kind] };
  const bundleCypher = fillTemplate(
    loadCypher(isPaper ? "read/paper-neighbour-bundles" : "read/entity-neighbour-bundles", store.kind),
    slots,
  );
  const bundles: NeighbourBundle[] = sortBundles(
    (await store.read(bundleCypher, { id })).rows
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
    const pageCypher = fillTemplate(
      loadCypher(isPaper ? "read/paper-neighbour-page" : "read/entity-neighbour-page", store.kind),
      slots,
    );
    const params: Record<string, unknown> = {
      id,
      relation: query.relation ?? "",
      offset: query.offset,
      limit: query.limit,
    };
    if (isPaper) params.prefix = query.kind ? `${query.kind}:` : "";
    const { rows } = await store.read(pageCypher, params);
    neighbours = toNeighbours(rows, isPaper ? "out" : "in");
  }
  return { id, kind, label, bundles, total, offset: query.offset, limit: query.limit, neighbours };
}

/** Papers naming the same datasets or benchmarks as `id`, ranked by the rarity-weighted items they share. */
export async function readSharedData(store: GraphStore, id: string, limit: number): Promise<SharedDataResponse> {
  const { kind, label } = await readLabel(store, id);
  if (kind !== "paper") throw new NotFoundError(`"${id}" is a ${kind}, not a paper`);
  const total = num((await store.read(loadCypher("read/paper-count", store.kind))).rows[0]?.count);
  const items: SharedItem[] = (await store.read(loadCypher("read/shared-data-items", store.kind), { id })).rows
    .map((r) => {
      const itemId = String(r.id);
      const papers = num(r.papers);
      return { id: itemId, kind: kindOfId(itemId)!, label: String(r.label ?? itemId), papers, weight: 0 };
    })
    .map((i) => ({ ...i, weight: Math.round(idf(i.papers, total) * 1000) / 1000 }))
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  const rows: SharedRow[] = (await store.read(loadCypher("read/shared-data-papers", store.kind), { id })).rows.map(
    (r) => ({ paper: String(r.paper), title: String(r.title ?? r.paper), date: str(r.date), item: String(r.item) }),
  );
  return { paper: { id, label }, items, matches: rankSharedData(items, rows, limit) };
}

/** Models linked by how many papers name both: around one model, or the strongest-linked across the corpus. */
export async function readRelatedMethods(
  store: GraphStore,
  options: RelatedMethodsQuery,
): Promise<RelatedMethodsResponse> {
  if (options.focus) {
    const { kind } = await readLabel(store, options.focus);
    if (kind !== "model") throw new NotFoundError(`"${options.focus}" is a ${kind}, not a model`);
  }
  const pairs = options.focus ? await readModelPairs(store, options.focus) : await allModelPairs(store);
  const projection = coUsageProjection(pairs, {
    focus: options.focus,
    maxNodes: options.limit,
    minWeight: options.minWeight,
  });
  return { focus: options.focus ?? null, ...projection };
}

async function readModelPairs(store: GraphStore, focus?: string): Promise<ModelPair[]> {
  const cypher = loadCypher(focus ? "read/model-pairs-around" : "read/model-pairs", store.kind);
  const { rows } = await store.read(cypher, focus ? { id: focus } : {});
  return rows.map((r) => ({
    paper: String(r.paper),
    model: String(r.model),
    label: String(r.label ?? r.model),
    papers: num(r.papers),
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
