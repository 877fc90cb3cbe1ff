// Every per-node read the API serves, in one place: a node with its neighbours, its neighbour bundles with one page
// of them, the papers sharing data with a paper, and the models used with a model. Two implementations answer
// identically: Cypher on the store, and an in-memory index of a frozen store.

import type {
  NeighboursPageResponse,
  NodeDetailsResponse,
  NodeKind,
  RelatedMethodsResponse,
  RelationType,
  SharedDataResponse,
} from "../../domain/types.js";

export interface NeighbourPageQuery {
  kind?: NodeKind;
  relation?: RelationType;
  offset: number;
  limit: number;
}

export interface NodeReader {
  /** The node's properties and up to `limit` neighbours; NotFoundError for an unknown id. */
  details(id: string, limit: number): Promise<NodeDetailsResponse>;
  /** The node's bundles (kind × relation), how many neighbours match the filter, and one page of them. */
  neighbourPage(id: string, query: NeighbourPageQuery): Promise<NeighboursPageResponse>;
  /** Papers naming the same datasets or benchmarks as paper `id`, ranked by the rarity-weighted items shared. */
  sharedData(id: string, limit: number): Promise<SharedDataResponse>;
  /** A paper's authors (by name, then id); empty for an unknown id or a paper without. */
  authors(paperId: string): Promise<{ id: string; name: string }[]>;
  /** Models linked by how many papers name both: around one model, or the strongest-linked across the corpus. */
  relatedMethods(options: RelatedMethodsQuery): Promise<RelatedMethodsResponse>;
}

/** Around `focus` (a model id), or corpus-wide; `minWeight` defaults as the route documents. */
export interface RelatedMethodsQuery {
  focus?: string;
  limit: number;
  minWeight?: number;
}
