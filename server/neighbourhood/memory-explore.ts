// Models used with a model, answered from the in-memory index: the rows the Cypher reads (model-pairs*) return,
// gathered by walking adjacency instead, then shaped by the same pure functions as the Cypher path.
// test/server/neighbourhood/equivalence.test.ts holds the two together. (Papers sharing data: memory-shared-data.)

import { NODE_KINDS, type RelatedMethodsResponse } from "../../domain/types.js";
import { NotFoundError } from "../errors.js";
import type { ModelPair } from "../explore/co-usage.js";
import { relatedMethodsFrom } from "../explore/index.js";
import { num } from "../rows.js";
import { coUsageOf } from "./memory-co-usage.js";
import type { NeighbourhoodIndex } from "./build.js";
import type { RelatedMethodsQuery } from "./types.js";

const MODEL = NODE_KINDS.indexOf("model");
const nanToNull = (v: number) => (Number.isNaN(v) ? null : v);

/** Link indices of node `n`: a paper's out-links or an entity's in-links. */
function* linksOf(index: NeighbourhoodIndex, n: number): Generator<number> {
  for (let i = index.offsets[n]!; i < index.offsets[n + 1]!; i++) yield index.pageOrder[i]!;
}

/** Paper `p`'s links to models as read/model-pairs rows (with the title, as model-pairs-around has it). */
function pushModelRows(index: NeighbourhoodIndex, p: number, rows: ModelPair[], withTitle: boolean): void {
  for (const l of linksOf(index, p)) {
    const m = index.linkTarget[l]!;
    if (index.kinds[m] !== MODEL) continue;
    const model = index.text.id(m);
    const paper = index.text.id(p);
    const row: ModelPair = {
      paper,
      model,
      label: String(index.text.label(m) ?? model),
      papers: num(nanToNull(index.degrees[m]!)),
    };
    if (withTitle) row.title = String(index.text.label(p) ?? paper);
    rows.push(row);
  }
}

/** The Cypher reader's readRelatedMethods over the index; `focus` is the focus model's node index, if any. */
export function relatedMethodsOf(
  index: NeighbourhoodIndex,
  focus: number | undefined,
  query: RelatedMethodsQuery,
): RelatedMethodsResponse {
  if (focus === undefined) {
    return { focus: null, ...coUsageOf(index, { maxNodes: query.limit, minWeight: query.minWeight ?? 1 }) };
  }
  // read/model-pairs-around: per link from a paper to the focus, all that paper's model links.
  const pairs: ModelPair[] = [];
  for (const l of linksOf(index, focus)) pushModelRows(index, index.linkSource[l]!, pairs, true);
  return relatedMethodsFrom(pairs, query, String(index.text.label(focus) ?? index.text.id(focus)));
}

export function notA(id: string, kind: string, wanted: string): NotFoundError {
  return new NotFoundError(`"${id}" is a ${kind}, not a ${wanted}`);
}
