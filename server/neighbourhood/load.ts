// Reads a store's nodes and links into the neighbourhood index: a handful of bulk reads, one relationship type
// at a time so that only about one type's rows are held at once (USES is half the links).

import { NODE_LABELS, RELATION_TYPES, type NodeKind } from "../../domain/types.js";
import type { GraphStore, Row, TemplateSlots } from "../../store/types.js";
import { runAuthorsRead } from "../paper-extras.js";
import { NeighbourhoodIndexBuilder, type NeighbourhoodIndex, type TextSink } from "./build.js";

const AUTHORS = "read/all-paper-authors-for-index";

export async function loadNeighbourhoodIndex(store: GraphStore): Promise<NeighbourhoodIndex> {
  return (await readInto(store, new NeighbourhoodIndexBuilder())).finish();
}

/** The index's numbers, its text sent to `sink` as it is read (serve-index/ writes it to disk). */
export async function loadNeighbourhoodNumbers(store: GraphStore, sink: TextSink) {
  return (await readInto(store, new NeighbourhoodIndexBuilder(sink))).finishNumbers();
}

async function readInto(store: GraphStore, builder: NeighbourhoodIndexBuilder): Promise<NeighbourhoodIndexBuilder> {
  type Step = [name: string, slots: TemplateSlots, add: (rows: Row[]) => void];
  const steps: Step[] = [
    ["read/all-papers-for-index", {}, (rows) => builder.addPapers(rows)],
    [AUTHORS, {}, (rows) => builder.addAuthors(rows)],
    ...(Object.entries(NODE_LABELS) as [NodeKind, string][])
      .filter(([kind]) => kind !== "paper")
      .map(([kind, label]): Step => [
        "read/all-entities-for-index",
        { LABEL: label },
        (rows) => builder.addEntities(kind, rows),
      ]),
    ...RELATION_TYPES.map((relation): Step => [
      "read/all-links-for-index",
      { REL: relation },
      (rows) => builder.addLinks(relation, rows),
    ]),
  ];
  const read = ([name, slots]: Step) =>
    name === AUTHORS ? runAuthorsRead(store, name) : store.run(name, {}, { slots });
  // One read ahead: the store runs the next query while this thread turns the last one's rows into the index.
  let next = read(steps[0]!);
  for (let i = 0; i < steps.length; i++) {
    const { rows } = await next;
    if (i + 1 < steps.length) next = read(steps[i + 1]!);
    steps[i]![2](rows);
    builder.flush();
  }
  return builder;
}
