// Reads a store's nodes and links into the neighbourhood index: a handful of bulk reads, one relationship type
// at a time so that only about one type's rows are held at once (USES is half the links); a store that can hand
// rows over in batches (Kùzu) does, so only a batch of rows is held at once. The reads ask for no order (the
// builder sorts): a sort of every row would be held whole by the store (Kùzu's buffer pool fills at a million
// papers).

import { NODE_LABELS, RELATION_TYPES, type NodeKind } from "../../domain/types.js";
import type { GraphStore, Row, TemplateSlots } from "../../store/types.js";
import { runAuthorsRead } from "../paper-extras.js";
import { NeighbourhoodIndexBuilder, type NeighbourhoodIndex, type TextSink } from "./build.js";

const AUTHORS = "read/all-paper-authors-for-index";

/** From a store that reads in batches: rows per batch, nodes per page (tests make them small). */
export interface LoadOptions {
  batchRows?: number;
  pageNodes?: number;
  /** Hears every node row as it is read (papers and entities, each row once): the serve index's search documents. */
  onNodeRows?: (rows: Row[]) => void;
}

export async function loadNeighbourhoodIndex(
  store: GraphStore,
  options: LoadOptions = {},
): Promise<NeighbourhoodIndex> {
  return (await readInto(store, new NeighbourhoodIndexBuilder(), options)).finish();
}

/** The index's numbers, its text sent to `sink` as it is read (serve-index/ writes it to disk). */
export async function loadNeighbourhoodNumbers(store: GraphStore, sink: TextSink, options: LoadOptions = {}) {
  return (await readInto(store, new NeighbourhoodIndexBuilder(sink), options)).finishNumbers();
}

async function readInto(
  store: GraphStore,
  builder: NeighbourhoodIndexBuilder,
  options: LoadOptions,
): Promise<NeighbourhoodIndexBuilder> {
  type Step = [name: string, slots: TemplateSlots, add: (rows: Row[]) => void];
  const heard = options.onNodeRows ?? (() => undefined);
  const steps: Step[] = [
    [
      "read/all-papers-for-index",
      {},
      (rows) => {
        heard(rows);
        builder.addPapers(rows);
      },
    ],
    [AUTHORS, {}, (rows) => builder.addAuthors(rows)],
    ...(Object.entries(NODE_LABELS) as [NodeKind, string][])
      .filter(([kind]) => kind !== "paper")
      .map(([kind, label]): Step => [
        "read/all-entities-for-index",
        { LABEL: label },
        (rows) => {
          heard(rows);
          builder.addEntities(kind, rows);
        },
      ]),
    ...RELATION_TYPES.map((relation): Step => [
      "read/all-links-for-index",
      { REL: relation },
      (rows) => builder.addLinks(relation, rows),
    ]),
  ];
  if (store.runInBatches) {
    for (const step of steps) await readInBatches(store, builder, step, options);
    return builder;
  }
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

/** Rows handed over per batch: large enough that the sink's writes stay few, small next to a whole read. */
const BATCH_ROWS = 10_000;

/** One step read a batch at a time, the builder's sink flushed after each. */
async function readInBatches(
  store: GraphStore,
  builder: NeighbourhoodIndexBuilder,
  [name, slots, add]: [string, TemplateSlots, (rows: Row[]) => void],
  { batchRows = BATCH_ROWS, pageNodes }: LoadOptions,
): Promise<void> {
  const send = (rows: Row[]) => {
    add(rows);
    builder.flush();
  };
  const options = { slots, batchRows, pageNodes };
  if (name !== AUTHORS) return store.runInBatches!(name, send, options);
  try {
    await store.runInBatches!(name, send, options);
  } catch (error) {
    // A store ingested before authorship kept its order has no `position` (runAuthorsRead): its twin reads by name.
    if (!/position/i.test((error as Error).message)) throw error;
    await store.runInBatches!(`${name}-by-name`, send, options);
  }
}
