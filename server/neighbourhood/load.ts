// Reads a store's nodes and links into the neighbourhood index: a handful of bulk reads, one relationship type
// at a time so that only one type's rows are held at once (USES is half the links).

import { NODE_LABELS, RELATION_TYPES, type NodeKind } from "../../domain/types.js";
import { fillTemplate, loadCypher } from "../../store/cypher-files.js";
import type { GraphStore } from "../../store/types.js";
import { NeighbourhoodIndexBuilder, type NeighbourhoodIndex } from "./build.js";

export async function loadNeighbourhoodIndex(store: GraphStore): Promise<NeighbourhoodIndex> {
  const builder = new NeighbourhoodIndexBuilder();
  builder.addPapers((await store.read(loadCypher("read/all-papers-for-index", store.kind))).rows);
  const entities = loadCypher("read/all-entities-for-index", store.kind);
  for (const [kind, label] of Object.entries(NODE_LABELS) as [NodeKind, string][]) {
    if (kind === "paper") continue;
    builder.addEntities(kind, (await store.read(fillTemplate(entities, { LABEL: label }))).rows);
  }
  const links = loadCypher("read/all-links-for-index", store.kind);
  for (const relation of RELATION_TYPES) {
    builder.addLinks(relation, (await store.read(fillTemplate(links, { REL: relation }))).rows);
  }
  return builder.finish();
}
