// Reads a store's nodes and links into the neighbourhood index: a handful of bulk reads, one relationship type
// at a time so that only about one type's rows are held at once (USES is half the links).

import { NODE_LABELS, RELATION_TYPES, type NodeKind } from "../../domain/types.js";
import { fillTemplate, loadCypher } from "../../store/cypher-files.js";
import type { GraphStore, Row } from "../../store/types.js";
import { NeighbourhoodIndexBuilder, type NeighbourhoodIndex } from "./build.js";

export async function loadNeighbourhoodIndex(store: GraphStore): Promise<NeighbourhoodIndex> {
  const builder = new NeighbourhoodIndexBuilder();
  const entities = loadCypher("read/all-entities-for-index", store.kind);
  const links = loadCypher("read/all-links-for-index", store.kind);
  const steps: [cypher: string, add: (rows: Row[]) => void][] = [
    [loadCypher("read/all-papers-for-index", store.kind), (rows) => builder.addPapers(rows)],
    ...(Object.entries(NODE_LABELS) as [NodeKind, string][])
      .filter(([kind]) => kind !== "paper")
      .map(([kind, label]): [string, (rows: Row[]) => void] => [
        fillTemplate(entities, { LABEL: label }),
        (rows) => builder.addEntities(kind, rows),
      ]),
    ...RELATION_TYPES.map((relation): [string, (rows: Row[]) => void] => [
      fillTemplate(links, { REL: relation }),
      (rows) => builder.addLinks(relation, rows),
    ]),
  ];
  // One read ahead: the store runs the next query while this thread turns the last one's rows into the index.
  let next = store.read(steps[0]![0]);
  for (let i = 0; i < steps.length; i++) {
    const { rows } = await next;
    if (i + 1 < steps.length) next = store.read(steps[i + 1]![0]);
    steps[i]![1](rows);
  }
  return builder.finish();
}
