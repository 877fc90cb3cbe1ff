// A paper's reported results as the store keeps them: extracted from its text and mentions, with the ids of the
// nodes they link to and the paper's year. Pure.

import { entityId } from "../domain/identity.js";
import type { Mention, Paper } from "../domain/types.js";
import type { StoredResult } from "../store/types.js";
import { extractResults } from "./extract/results/index.js";

const yearOf = (date: string | undefined) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

export function storedResults(paper: Paper, mentions: readonly Mention[]): StoredResult[] {
  const results = extractResults(paper, mentions);
  if (!results.length) return [];
  // Only names the paper's mentions hold are nodes; the others stay names (a cost measure, a title's name).
  // A mention's node is its canonical name's (canonical layer); any form the paper writes leads there.
  const nodeOf = new Map<string, string>();
  for (const m of mentions) {
    const node = entityId(m.type, m.canonical ?? m.name);
    for (const name of [m.name, ...m.aliases]) nodeOf.set(entityId(m.type, name), node);
  }
  const idIfNode = (id: string) => nodeOf.get(id) ?? null;
  return results.map(({ evidence, ...r }, i) => ({
    ...r,
    id: `result:${paper.id}#${i}`,
    paperId: paper.id,
    modelId: r.model === null ? null : idIfNode(entityId("model", r.model)),
    datasetId: idIfNode(entityId(r.datasetType, r.dataset)) ?? entityId(r.datasetType, r.dataset),
    metricId: r.metric === null ? null : idIfNode(entityId("metric", r.metric)),
    evidence: evidence.sentence,
    charStart: evidence.start,
    charEnd: evidence.end,
    year: yearOf(paper.date),
  }));
}
