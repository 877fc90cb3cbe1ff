// The NodeReader over Cypher: every request is a few store reads. For stores that can change while serving
// (writable Kùzu, Neo4j).

import type { GraphStore } from "../../store/types.js";
import { readNeighbourPage } from "../explore/index.js";
import { readNodeDetails } from "../graph-service.js";
import type { NodeReader } from "./types.js";

export function cypherNodeReader(store: GraphStore): NodeReader {
  return {
    details: (id, limit) => readNodeDetails(store, id, limit),
    neighbourPage: (id, query) => readNeighbourPage(store, id, query),
  };
}
