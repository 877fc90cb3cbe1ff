// Turns papers and their extracted mentions into the nodes and edges the store writes. Pure.

import { hash } from "node:crypto";
import { entityId, foldName, relationFor } from "../domain/identity.js";
import { groupBy } from "../domain/group-by.js";
import type { Entity, Mention, Paper, Relation } from "../domain/types.js";
import type { GraphBatch, PaperRow, StoredResult } from "../store/types.js";
import { storedResults } from "./stored-results.js";

/**
 * How a paper and its links are laid out in the store; a new form changes every hash, so the next ingest rewrites
 * each paper it reads in it. 2: a link's evidence sentence moved to its paper (`sentences`, `sentence`).
 */
const STORED_FORM = "form2";

/**
 * Hash of everything ingest writes for a paper: unchanged hash, nothing to rewrite. SHA-1 (native) over a
 * length-prefixed flattening: JSON.stringify and a hash in JS took ~30 µs a real paper, the write stage's biggest step.
 */
export function contentHash(paper: Paper, mentions: Mention[], results: StoredResult[] = []): string {
  let text = STORED_FORM + "{";
  for (const key in paper) {
    const value = paper[key as keyof Paper];
    if (key !== "origins" && value !== undefined) text += flatten(key) + flatten(value);
  }
  text += "}";
  for (const m of mentions) text += flattenEach(m.type, m.name, m.canonical, m.role, m.count, m.aliases);
  // Results change with the extractor even when entities do not: a changed result rewrites the paper.
  for (const r of results) text += flattenEach(r.model, r.dataset, r.metric, r.value, r.unit, r.kind, r.charStart);
  return hash("sha1", text).slice(0, 16);
}

/** Values flattened one after the other (each flattening ends where the next begins). */
const flattenEach = (...values: unknown[]) => values.map(flatten).join("");

/**
 * A value as text no other value gives: every string carries its length, so no content can pass for a separator.
 * Object keys in their own order, as JSON.stringify takes them.
 */
function flatten(value: unknown): string {
  if (value === undefined) return "u";
  if (value === null) return "n";
  if (typeof value === "string") return `${value.length}:${value}`;
  if (typeof value !== "object") return `${typeof value}${String(value)};`;
  if (Array.isArray(value)) {
    let out = "[";
    for (const item of value) out += flatten(item);
    return out + "]";
  }
  let out = "{";
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out += flatten(key) + flatten(item);
  }
  return out + "}";
}

export function authorId(name: string): string {
  return `author:${foldName(name)}`;
}

/**
 * Builds the batch for `papers`. Entities are merged across papers by id (aliases unioned, the canonical
 * name from the first mention); one relation per paper and entity. `stated` as for buildGraphPart.
 */
export function buildGraphBatch(
  papers: Paper[],
  mentionsByPaper: Map<string, Mention[]>,
  stated?: readonly StoredResult[][],
): GraphBatch {
  const nodes: GraphNodes = { entities: new Map(), authors: new Map() };
  const part = buildGraphPart(papers, mentionsByPaper, nodes, stated);
  return { ...part, entities: [...nodes.entities.values()], authors: [...nodes.authors.values()] };
}

/** Entities and authors by id, in first-seen order: what a corpus's parts share. */
export interface GraphNodes {
  entities: Map<string, Entity>;
  authors: Map<string, { id: string; name: string }>;
}

/**
 * buildGraphBatch for one part of a corpus: the part's rows, with its entities and authors merged into `nodes`
 * (shared by every part, in order), which then hold what buildGraphBatch of the whole corpus would. `stated`, when
 * given, is each paper's storedResults (in `papers` order) already worked out elsewhere (a worker thread).
 */
export function buildGraphPart(
  papers: Paper[],
  mentionsByPaper: Map<string, Mention[]>,
  nodes: GraphNodes,
  stated?: readonly StoredResult[][],
): Omit<GraphBatch, "entities" | "authors"> {
  const { entities, authors } = nodes;
  const relations: Relation[] = [];
  const wrote: GraphBatch["wrote"] = [];
  const rows: PaperRow[] = [];
  const results: StoredResult[] = [];

  for (const [i, paper] of papers.entries()) {
    const mentions = mentionsByPaper.get(paper.id) ?? [];
    const paperResults = stated?.[i] ?? storedResults(paper, mentions);
    for (const r of paperResults) results.push(r);
    rows.push({ ...paper, contentHash: contentHash(paper, mentions, paperResults) });
    const linked = new Set<string>();
    for (const m of mentions) {
      // The canonical name (canonical layer) decides the node; the paper's own name becomes one of its aliases.
      const name = m.canonical ?? m.name;
      const id = entityId(m.type, name);
      if (linked.has(id)) continue; // one edge per paper and entity, even if two surface forms collapsed
      linked.add(id);
      const entity = entities.get(id) ?? { id, type: m.type, name, aliases: [] };
      entities.set(id, entity);
      for (const alias of [m.name, ...m.aliases])
        if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
      relations.push({
        paperId: paper.id,
        entityId: id,
        type: relationFor(m.type, m.role),
        mentions: m.count,
        evidence: m.evidence.sentence,
        start: m.evidence.start,
        end: m.evidence.end,
        confidence: m.confidence,
      });
    }
    // One authorship per paper and author, even when a listing names someone twice.
    const wroteThis = new Set<string>();
    for (const name of paper.authors ?? []) {
      const id = authorId(name);
      if (wroteThis.has(id)) continue;
      wroteThis.add(id);
      if (!authors.has(id)) authors.set(id, { id, name });
      // The listing's order: readers look for the first and last authors.
      wrote.push({ authorId: id, paperId: paper.id, position: wroteThis.size - 1 });
    }
  }
  return { papers: rows, relations, wrote, results };
}

/** Splits a batch into batches of at most `size` papers, each carrying only the entities its relations need. */
export function splitBatch(batch: GraphBatch, size: number): GraphBatch[] {
  const entityById = new Map(batch.entities.map((e) => [e.id, e]));
  const authorById = new Map(batch.authors.map((a) => [a.id, a]));
  const relationsOf = groupBy(batch.relations, (r) => r.paperId);
  const wroteOf = groupBy(batch.wrote, (w) => w.paperId);
  const resultsOf = groupBy(batch.results ?? [], (r) => r.paperId);
  const out: GraphBatch[] = [];
  for (let i = 0; i < batch.papers.length; i += size) {
    const papers = batch.papers.slice(i, i + size);
    const relations = papers.flatMap((p) => relationsOf.get(p.id) ?? []);
    const wrote = papers.flatMap((p) => wroteOf.get(p.id) ?? []);
    const entities = [...new Set(relations.map((r) => r.entityId))].map((id) => entityById.get(id)!);
    const authors = [...new Set(wrote.map((w) => w.authorId))].map((id) => authorById.get(id)!);
    const results = papers.flatMap((p) => resultsOf.get(p.id) ?? []);
    out.push({ papers, entities, relations, authors, wrote, results, newPaperIds: batch.newPaperIds });
  }
  return out;
}
