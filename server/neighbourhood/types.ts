// What the node routes read: a node with its neighbours, and a node's neighbour bundles with one page of them.
// Two implementations answer identically: Cypher on the store, and an in-memory index of a frozen store.

import type { NeighboursPageResponse, NodeDetailsResponse, NodeKind, RelationType } from "../../domain/types.js";

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
}
