// Node details and neighbour pages for the routes: from an in-memory index when the store is frozen (it cannot
// change while the server runs, and Kùzu point queries cost milliseconds each), else through Cypher.

import type { GraphStore } from "../../store/types.js";
import { cypherNodeReader } from "./cypher-reader.js";
import { loadNeighbourhoodIndex } from "./load.js";
import { MemoryNodeReader } from "./memory-reader.js";
import type { NodeReader } from "./types.js";

export { cypherNodeReader } from "./cypher-reader.js";
export { loadNeighbourhoodIndex } from "./load.js";
export { MemoryNodeReader } from "./memory-reader.js";
export type { NeighbourPageQuery, NodeReader } from "./types.js";

/** The reader to serve `store` with; building the index reads the whole graph once (seconds at 100k papers). */
export async function openNodeReader(store: GraphStore): Promise<NodeReader> {
  return store.frozen ? new MemoryNodeReader(await loadNeighbourhoodIndex(store)) : cypherNodeReader(store);
}
