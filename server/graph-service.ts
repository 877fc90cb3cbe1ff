// Reads the API serves, over any GraphStore: stats, the overview graph and node details.
// Results are shaped into the shared API types here, so routes stay thin.

import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { kindOfId } from "../domain/identity.js";
import {
  NODE_LABELS,
  RELATION_TYPES,
  type GraphEdge,
  type GraphNode,
  type GraphResponse,
  type NodeDetailsResponse,
  type NodeLabel,
  type RelationType,
  type StatsResponse,
} from "../domain/types.js";
import type { GraphStore, Row } from "../store/types.js";
import { ALIAS_SEPARATOR } from "../store/write-plan.js";
import { NotFoundError } from "./errors.js";
import { num, toNeighbours } from "./rows.js";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export async function readStats(store: GraphStore): Promise<StatsResponse> {
  const { rows } = await store.run("read/stats");
  const count = new Map(rows.map((r) => [String(r.name), num(r.count)]));
  // Kùzu gives no row for an empty label inside UNION ALL: absent means zero.
  const nodes = Object.fromEntries(Object.values(NODE_LABELS).map((l) => [l, count.get(l) ?? 0])) as Record<
    NodeLabel,
    number
  >;
  const relationships = Object.fromEntries(RELATION_TYPES.map((t) => [t, count.get(t) ?? 0])) as Record<
    RelationType,
    number
  >;
  return { papers: nodes.Paper, nodes, relationships };
}

/**
 * Share of the overview held for papers when the best-connected nodes leave them out. In a big corpus every one of
 * the 1,000 best-connected nodes is an entity (a paper names a handful, a hub entity thousands of papers), and as
 * every link runs from a paper to an entity, such an overview had no edge at all (the real corpus: 1,000 nodes,
 * 0 edges). The best-connected papers tie the hubs together: on the real corpus 250 of them give 1,739 edges.
 */
const OVERVIEW_PAPER_SHARE = 0.25;

const isPaperRow = (r: Row) => kindOfId(String(r.id)) === "paper";

/**
 * The overview: the `limit` best-connected nodes and the edges among them; when those hold fewer than a quarter
 * papers and the store holds more, the best-connected entities and the best-connected papers, a quarter of `limit`.
 */
export async function readOverview(store: GraphStore, limit: number): Promise<GraphResponse> {
  const nodeRows = await store.run("read/overview-nodes", { limit: limit + 1 });
  const truncated = nodeRows.rows.length > limit;
  let rows = nodeRows.rows.slice(0, limit);
  const paperSlots = Math.floor(limit * OVERVIEW_PAPER_SHARE);
  if (truncated && rows.filter(isPaperRow).length < paperSlots) {
    const papers = (await store.run("read/overview-papers", { limit: paperSlots })).rows;
    rows = nodeRows.rows
      .filter((r) => !isPaperRow(r))
      .slice(0, limit - papers.length)
      .concat(papers);
  }
  const nodes: GraphNode[] = [];
  for (const r of rows) {
    const id = String(r.id);
    const kind = kindOfId(id);
    if (!kind) continue;
    const node: GraphNode = { id, kind, label: String(r.label ?? id), x: num(r.x), y: num(r.y), degree: num(r.degree) };
    if (r.community !== null && r.community !== undefined) node.community = num(r.community);
    if (kind === "paper") Object.assign(node, { date: r.date ?? null, year: r.year ?? null });
    nodes.push(node);
  }
  const present = new Set(nodes.map((n) => n.id));
  if (!nodes.length) return { nodes, edges: [], truncated };
  const minDegree = (papers: boolean) =>
    nodes.reduce((min, n) => ((n.kind === "paper") === papers ? Math.min(min, n.degree) : min), Infinity);
  // No paper (or no entity) shown: no edge can be, and an infinite bound is no parameter either store takes.
  const [minPaperDegree, minEntityDegree] = [minDegree(true), minDegree(false)];
  if (!Number.isFinite(minPaperDegree) || !Number.isFinite(minEntityDegree)) return { nodes, edges: [], truncated };
  const edgeRows = await store.run("read/overview-edges", { minPaperDegree, minEntityDegree });
  const edges: GraphEdge[] = edgeRows.rows
    .filter((r) => present.has(String(r.source)) && present.has(String(r.target)))
    .map((r) => ({ source: String(r.source), target: String(r.target), type: r.type as RelationType }));
  return { nodes, edges, truncated };
}

/** A response body ready to send as is, compressed once rather than on every request, with its entity tag. */
export interface EncodedBody {
  json: string;
  gzip: Buffer;
  br: Buffer;
  /** A strong entity tag (quoted) of the JSON: the same overview, the same tag, across restarts. */
  etag: string;
}

/**
 * Brotli quality for bodies encoded once: the real corpus's 4,000-node overview (935 KB of JSON) took 108 ms at 7
 * (136 KB, gzip 9: 154 KB) and 5 s at 11 (117 KB), which the first visitor would wait for.
 */
const BROTLI_QUALITY = 7;

/** Encodes a JSON body once for every client: brotli and gzip, and its entity tag. */
export async function encodeBody(json: string): Promise<EncodedBody> {
  const [gzipped, br] = await Promise.all([
    gzipAsync(json, { level: 9 }),
    brotliAsync(json, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
      },
    }),
  ]);
  const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
  return { json, gzip: gzipped, br, etag };
}

const encodedOverviews = new WeakMap<GraphStore, Map<number, Promise<EncodedBody>>>();

/**
 * The overview, serialised and compressed. A frozen store's overview never changes, so it is built once per limit
 * (concurrent first requests share the work): at 100k papers building it costs far more than sending it.
 */
export function readOverviewEncoded(store: GraphStore, limit: number): Promise<EncodedBody> {
  const encode = async () => encodeBody(JSON.stringify(await readOverview(store, limit)));
  if (!store.frozen) return encode();
  let byLimit = encodedOverviews.get(store);
  if (!byLimit) encodedOverviews.set(store, (byLimit = new Map()));
  let body = byLimit.get(limit);
  if (!body) {
    if (byLimit.size >= 8) byLimit.clear(); // a handful of limits in use; never grow without bound
    body = encode();
    byLimit.set(limit, body);
    body.catch(() => byLimit.delete(limit));
  }
  return body;
}

export async function readNodeDetails(store: GraphStore, id: string, limit: number): Promise<NodeDetailsResponse> {
  const kind = kindOfId(id);
  if (!kind) throw new NotFoundError(`no node with id "${id}": ids start with arxiv:, title: or an entity type`);
  const params = { id, limit };
  if (kind === "paper") {
    const { rows } = await store.run("read/paper", { id });
    const row = rows[0];
    if (!row) throw new NotFoundError(`no paper with id "${id}"`);
    const { label, ...properties } = row;
    const origins = String(properties.origins ?? "");
    const neighbours = (await store.run("read/paper-neighbours", params)).rows;
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
  const { rows } = await store.run("read/entity", { id }, { slots });
  const row = rows[0];
  if (!row) throw new NotFoundError(`no ${kind} with id "${id}"`);
  const neighbours = (await store.run("read/entity-neighbours", params, { slots })).rows;
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
