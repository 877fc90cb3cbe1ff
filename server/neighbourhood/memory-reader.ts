// Node details and neighbour pages answered from the in-memory index: the same answers, field for field and in
// the same order, as the Cypher reader (test/server/neighbourhood/equivalence.test.ts holds them together).

import { kindOfId } from "../../domain/identity.js";
import {
  NODE_KINDS,
  RELATION_TYPES,
  type Neighbour,
  type NeighbourBundle,
  type NeighboursPageResponse,
  type NodeDetailsResponse,
  type NodeKind,
  type RelatedMethodsResponse,
  type SharedDataResponse,
} from "../../domain/types.js";
import { ALIAS_SEPARATOR } from "../../store/write-plan.js";
import { NotFoundError } from "../errors.js";
import { num, str } from "../rows.js";
import { PAPER, type NeighbourhoodIndex } from "./build.js";
import { sortBundles } from "./order.js";
import { notA, relatedMethodsOf } from "./memory-explore.js";
import { sharedDataOf } from "./memory-shared-data.js";
import type { NeighbourPageQuery, NodeReader, RelatedMethodsQuery } from "./types.js";

/** Which neighbour fields a list carries, as the Cypher it mirrors selects them. */
interface Extras {
  date: boolean;
  degree: boolean;
}

const splitAliases = (v: unknown) => {
  const text = String(v ?? "");
  return text ? text.split(ALIAS_SEPARATOR) : [];
};

/** The node's index, or NotFoundError worded as the Cypher reader words it. */
function lookUp(index: NeighbourhoodIndex, id: string): { n: number; kind: NodeKind } {
  const kind = kindOfId(id);
  if (!kind) throw new NotFoundError(`no node with id "${id}": ids start with arxiv:, title: or an entity type`);
  const n = index.text.find(id);
  if (n === undefined || NODE_KINDS[index.kinds[n]!] !== kind) throw new NotFoundError(`no ${kind} with id "${id}"`);
  return { n, kind };
}

/** The neighbour across link `l` from node `n`, shaped as rows.ts `toNeighbour` shapes a Cypher row. */
function neighbourOf(index: NeighbourhoodIndex, n: number, l: number, extras: Extras): Neighbour {
  const isPaper = index.kinds[n] === PAPER;
  const other = isPaper ? index.linkTarget[l]! : index.linkSource[l]!;
  const id = index.text.id(other);
  const neighbour: Neighbour = {
    id,
    kind: NODE_KINDS[index.kinds[other]!]!,
    label: String(index.text.label(other) ?? id),
    relation: RELATION_TYPES[index.linkRelation[l]!]!,
    direction: isPaper ? "out" : "in",
    mentions: num(nanToNull(index.linkMentions[l]!)),
    evidence: index.text.evidence(index.linkEvidence[l]!),
    start: index.linkStart[l]!,
    end: index.linkEnd[l]!,
  };
  if (extras.date) neighbour.date = str(index.text.date(other));
  if (extras.degree) neighbour.degree = num(nanToNull(index.degrees[other]!));
  return neighbour;
}

const nanToNull = (v: number) => (Number.isNaN(v) ? null : v);

/** Node details (graph-service `readNodeDetails`): properties, then up to `limit` neighbours. */
export function nodeDetails(index: NeighbourhoodIndex, id: string, limit: number): NodeDetailsResponse {
  const { n, kind } = lookUp(index, id);
  const isPaper = kind === "paper";
  const start = index.offsets[n]!;
  const end = Math.min(index.offsets[n + 1]!, start + limit);
  // Papers list entities (no date, no degree); entities list papers with their dates.
  const extras: Extras = { date: !isPaper, degree: false };
  const neighbours: Neighbour[] = [];
  for (let i = start; i < end; i++) neighbours.push(neighbourOf(index, n, index.detailsOrder[i]!, extras));
  if (isPaper) {
    const properties: NodeDetailsResponse["node"]["properties"] = {};
    const values = index.text.paperValues(n)!;
    index.paperColumns.forEach((c, i) => {
      properties[c] = c === "origins" ? splitAliases(values[i]) : (values[i] as string | number | null);
    });
    return { node: { id, kind, label: String(index.text.label(n)), properties }, neighbours };
  }
  return {
    node: {
      id,
      kind,
      label: String(index.text.label(n)),
      properties: { aliases: splitAliases(index.text.aliases(n)), degree: num(nanToNull(index.degrees[n]!)) },
    },
    neighbours,
  };
}

/** Bundles, total and one page (explore `readNeighbourPage`), filtered by neighbour kind and relation. */
export function neighbourPage(
  index: NeighbourhoodIndex,
  id: string,
  query: NeighbourPageQuery,
): NeighboursPageResponse {
  const { n, kind } = lookUp(index, id);
  const isPaper = kind === "paper";
  const start = index.offsets[n]!;
  const end = index.offsets[n + 1]!;
  const otherKind = (l: number) => index.kinds[isPaper ? index.linkTarget[l]! : index.linkSource[l]!]!;

  const counts = new Int32Array(NODE_KINDS.length * RELATION_TYPES.length);
  for (let i = start; i < end; i++) {
    const l = index.pageOrder[i]!;
    counts[otherKind(l) * RELATION_TYPES.length + index.linkRelation[l]!]!++;
  }
  const bundles: NeighbourBundle[] = [];
  counts.forEach((count, slot) => {
    if (count > 0) {
      const k = NODE_KINDS[Math.floor(slot / RELATION_TYPES.length)]!;
      bundles.push({ kind: k, relation: RELATION_TYPES[slot % RELATION_TYPES.length]!, count });
    }
  });
  sortBundles(bundles);
  const matches = (b: NeighbourBundle) =>
    (!query.kind || b.kind === query.kind) && (!query.relation || b.relation === query.relation);
  const total = bundles.filter(matches).reduce((sum, b) => sum + b.count, 0);

  const neighbours: Neighbour[] = [];
  if (query.limit > 0 && total > query.offset) {
    const wantKind = query.kind ? NODE_KINDS.indexOf(query.kind) : -1;
    const wantRelation = query.relation ? RELATION_TYPES.indexOf(query.relation) : -1;
    const extras: Extras = { date: !isPaper, degree: true };
    let skip = query.offset;
    for (let i = start; i < end && neighbours.length < query.limit; i++) {
      const l = index.pageOrder[i]!;
      if (wantRelation >= 0 && index.linkRelation[l] !== wantRelation) continue;
      if (wantKind >= 0 && otherKind(l) !== wantKind) continue;
      if (skip > 0) skip--;
      else neighbours.push(neighbourOf(index, n, l, extras));
    }
  }
  const label = String(index.text.label(n) ?? id);
  return { id, kind, label, bundles, total, offset: query.offset, limit: query.limit, neighbours };
}

/** The NodeReader over a built index. */
export class MemoryNodeReader implements NodeReader {
  constructor(readonly index: NeighbourhoodIndex) {}

  async details(id: string, limit: number): Promise<NodeDetailsResponse> {
    return nodeDetails(this.index, id, limit);
  }

  async neighbourPage(id: string, query: NeighbourPageQuery): Promise<NeighboursPageResponse> {
    return neighbourPage(this.index, id, query);
  }

  async authors(paperId: string): Promise<{ id: string; name: string }[]> {
    const n = this.index.text.find(paperId);
    return n === undefined ? [] : this.index.text.authors(n);
  }

  async sharedData(id: string, limit: number): Promise<SharedDataResponse> {
    const { n, kind } = lookUp(this.index, id);
    if (kind !== "paper") throw notA(id, kind, "paper");
    return sharedDataOf(this.index, n, limit);
  }

  async relatedMethods(query: RelatedMethodsQuery): Promise<RelatedMethodsResponse> {
    let focus: number | undefined;
    if (query.focus) {
      const { n, kind } = lookUp(this.index, query.focus);
      if (kind !== "model") throw notA(query.focus, kind, "model");
      focus = n;
    }
    return relatedMethodsOf(this.index, focus, query);
  }
}
