// The NodeReader over Cypher: every request is a few store reads. For stores that can change while serving
// (writable Kùzu, Neo4j), and the reference the in-memory reader is tested against.

import type { GraphStore } from "../../store/types.js";
import { readNeighbourPage, readRelatedMethods, readSharedData } from "../explore/index.js";
import { readNodeDetails } from "../graph-service.js";
import { readPaperAuthors } from "../paper-extras.js";
import type { NodeReader } from "./types.js";

export function cypherNodeReader(store: GraphStore): NodeReader {
  return {
    details: (id, limit) => readNodeDetails(store, id, limit),
    neighbourPage: (id, query) => readNeighbourPage(store, id, query),
    sharedData: (id, limit) => readSharedData(store, id, limit),
    relatedMethods: (options) => readRelatedMethods(store, options),
    authors: (id) => readPaperAuthors(store, id),
  };
}
