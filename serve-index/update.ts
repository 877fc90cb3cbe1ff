// Brings the serve index up to date after a run that only added papers, at a cost that follows the new papers
// rather than the store: their nodes, links, authors and the entities they link to come from what the run wrote
// (AddedPapers: the rows the store would give back, without reading them back: 10,000 new papers' reads took
// ~3 s of scans); the text (LMDB) gains their records and the touched entities' new ones; the search index is
// saved anew with their documents merged into its arrays (SearchIndex.upsert: 1.6 s at a million papers, where
// re-indexing every document took 13 s, then paid at every server start); only the numbers are rewritten, from
// the previous numbers file plus the new links (typed arrays, no text, no store read).
//
// Crash safety: everything is written beside the previous index (a new numbers file, new search files, LMDB
// records past the previous manifest's bounds, in one LMDB transaction) and the new manifest comes last. Until
// then the previous manifest, set aside at the start of the run, still describes files that are all intact.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { kindOfId } from "../domain/identity.js";
import { NODE_KINDS, NODE_LABELS, RELATION_TYPES, type NodeKind, type NodeLabel } from "../domain/types.js";
import { PAPER, type NeighbourhoodIndex } from "../server/neighbourhood/build.js";
import { reorderLinks } from "../server/neighbourhood/link-order.js";
import { compareStrings, compareStringsDescNullsFirst } from "../server/neighbourhood/order.js";
import type { SearchDocument } from "../server/search-index.js";
import type { AddedPapers, LayoutRow, Row, Value } from "../store/types.js";
import { ALIAS_SEPARATOR, storedPaper } from "../store/write-plan.js";
import { loadSearch, readManifest, serveIndexDir, setAside, writeManifest, type Manifest } from "./index.js";
import { readNumbers, writeNumbers } from "./numbers.js";
import { openText, type NodeRecord } from "./text.js";

/** Why an update could not be made (the caller then writes the index whole). */
export type NoUpdate =
  | "no valid index from before the run"
  | "a paper was already indexed"
  | "paper columns changed"
  | "a linked node was not laid out";

export interface UpdateOptions {
  /** Called after the text is committed, before the manifest: tests interrupt an update here. */
  beforeManifest?: () => void;
}

const nullableNumber = (v: Value | undefined) => (v === null || v === undefined ? NaN : Number(v));
const int = (v: Value | undefined) => (v === null || v === undefined ? 0 : Number(v));
const orNull = (s: string) => (s === "" ? null : s);

/** Ids grouped by the node label their prefix names (ids naming no kind are left out, as the full build does). */
function byLabel(ids: Iterable<string>): Map<NodeLabel, string[]> {
  const groups = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const kind = kindOfId(id);
    if (!kind || kind === "paper") continue;
    const label = NODE_LABELS[kind];
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label)!.push(id);
  }
  return groups;
}

/**
 * The run's rows, taken from what it wrote, with the columns of the index's store reads (all-papers-for-index…),
 * except that a link carries its evidence sentence itself rather than its number among its paper's.
 */
interface AddedRows {
  papers: Row[];
  links: Map<(typeof RELATION_TYPES)[number], Row[]>;
  /** Every paper's authors, in each paper's listing order. */
  authors: Row[];
  entities: [NodeKind, Row][];
}

function addedRows({ batch }: AddedPapers, layout: Map<string, LayoutRow>): AddedRows | NoUpdate {
  const degree = (id: string) => layout.get(id)?.degree ?? null;
  const papers: Row[] = [];
  for (const p of batch.papers) {
    if (kindOfId(p.id) !== "paper") continue;
    const { title, pubDate, ...cells } = storedPaper(p);
    papers.push({ ...cells, id: p.id, label: title ?? null, date: pubDate ?? null, degree: degree(p.id) });
  }
  const links = new Map<(typeof RELATION_TYPES)[number], Row[]>(RELATION_TYPES.map((type) => [type, []]));
  for (const r of batch.relations) {
    links.get(r.type)?.push({
      source: r.paperId,
      target: r.entityId,
      mentions: r.mentions,
      evidence: orNull(r.evidence),
      charStart: r.start,
      charEnd: r.end,
    });
  }
  const targets = new Set<string>();
  for (const rows of links.values()) {
    rows.sort(
      (a, b) =>
        compareStrings(String(a.source), String(b.source)) || compareStrings(String(a.target), String(b.target)),
    );
    for (const r of rows) targets.add(String(r.target));
  }
  const authorName = new Map(batch.authors.map((a) => [a.id, a.name]));
  const authors: Row[] = batch.wrote
    .map((w) => ({
      paper: w.paperId,
      id: w.authorId,
      name: orNull(authorName.get(w.authorId) ?? ""),
      position: w.position,
    }))
    .sort((a, b) => compareStrings(a.paper, b.paper) || a.position - b.position);
  const entityById = new Map(batch.entities.map((e) => [e.id, e]));
  const entities: [NodeKind, Row][] = [];
  for (const ids of byLabel(targets).values()) {
    for (const id of ids) {
      const e = entityById.get(id);
      if (!e || !layout.has(id)) return "a linked node was not laid out";
      const row = { id, label: orNull(e.name), aliases: orNull(e.aliases.join(ALIAS_SEPARATOR)), degree: degree(id) };
      entities.push([kindOfId(id)!, row]);
    }
  }
  for (const p of papers) if (!layout.has(String(p.id))) return "a linked node was not laid out";
  return { papers, links, authors, entities };
}

/**
 * Appends the papers `added` names (papers this run added to the store, laid out) to the serve index of
 * `dataDir`. Returns undefined when done, or why it could not be: then nothing valid was written, and the caller
 * writes the index whole (writeServeIndex).
 */
export async function updateServeIndex(
  dataDir: string,
  added: AddedPapers,
  options: UpdateOptions = {},
): Promise<NoUpdate | undefined> {
  const dir = serveIndexDir(dataDir);
  const base = readManifest(dir, setAside(dir));
  if (!base) return "no valid index from before the run";

  const layout = new Map(added.layout.map((r) => [r.id, r]));
  const rows = addedRows(added, layout);
  if (typeof rows === "string") return rows;
  const { papers: paperRows, links: linkRows, authors: authorRows, entities: entityRows } = rows;

  const numbers = readNumbers(join(dir, base.numbers));
  const dbs = openText(join(dir, "text.lmdb"), false);
  try {
    const oldCount = base.nodeCount;
    const indexed = (id: string) => {
      const n = dbs.ids.get(id);
      return n !== undefined && n < oldCount ? n : undefined;
    };
    for (const r of paperRows) if (indexed(String(r.id)) !== undefined) return "a paper was already indexed";
    if (paperRows.length && base.paperColumns.some((c) => !(c in paperRows[0]!))) return "paper columns changed";

    // New nodes get the indexes after the old ones; entities already indexed keep theirs and get new records.
    const added: { id: string; kind: number; degree: number; date: string | null; record: NodeRecord }[] = [];
    const paperValues = new Map<number, Value[]>();
    const patched = new Map<number, { degree: number; record: NodeRecord }>();
    const nodeOf = new Map<string, number>();
    for (const r of paperRows) {
      const id = String(r.id);
      if (nodeOf.has(id)) continue;
      const date = r.date === null || r.date === undefined ? null : String(r.date);
      nodeOf.set(id, oldCount + added.length);
      paperValues.set(
        oldCount + added.length,
        base.paperColumns.map((c) => r[c] ?? null),
      );
      added.push({
        id,
        kind: PAPER,
        degree: nullableNumber(r.degree),
        date,
        record: [id, r.label ?? null, date, null],
      });
    }
    for (const [kind, r] of entityRows) {
      const id = String(r.id);
      const record: NodeRecord = [id, r.label ?? null, null, r.aliases ?? null];
      const old = indexed(id);
      if (old !== undefined) patched.set(old, { degree: nullableNumber(r.degree), record });
      else if (!nodeOf.has(id)) {
        nodeOf.set(id, oldCount + added.length);
        added.push({ id, kind: NODE_KINDS.indexOf(kind), degree: nullableNumber(r.degree), date: null, record });
      }
    }
    const nodeCount = oldCount + added.length;

    // Node numbers: the old ones, patched, then the new ones.
    const kinds = new Uint8Array(nodeCount);
    kinds.set(numbers.kinds);
    const degrees = new Float64Array(nodeCount);
    degrees.set(numbers.degrees);
    for (const [n, p] of patched) degrees[n] = p.degree;
    added.forEach((a, i) => {
      kinds[oldCount + i] = a.kind;
      degrees[oldCount + i] = a.degree;
    });

    // Links: the old ones, then the new papers' (by relation type, as the full build reads them).
    const newLinks: { source: number; target: number; relation: number; row: Row }[] = [];
    RELATION_TYPES.forEach((relation, relationIndex) => {
      for (const r of linkRows.get(relation)!) {
        const source = nodeOf.get(String(r.source));
        const target = nodeOf.get(String(r.target)) ?? indexed(String(r.target));
        if (source !== undefined && target !== undefined)
          newLinks.push({ source, target, relation: relationIndex, row: r });
      }
    });
    const oldLinks = numbers.linkSource.length;
    const linkCount = oldLinks + newLinks.length;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, Kind: new (n: number) => T): T => {
      const array = new Kind(linkCount);
      array.set(old);
      return array;
    };
    const links = {
      linkSource: grow(numbers.linkSource, Int32Array),
      linkTarget: grow(numbers.linkTarget, Int32Array),
      linkRelation: grow(numbers.linkRelation, Uint8Array),
      linkMentions: grow(numbers.linkMentions, Float64Array),
      linkEvidence: grow(numbers.linkEvidence, Int32Array),
      linkStart: grow(numbers.linkStart, Float64Array),
      linkEnd: grow(numbers.linkEnd, Float64Array),
    };
    const evidence: string[] = [];
    const evidenceIndex = new Map<string, number>();
    newLinks.forEach(({ source, target, relation, row }, i) => {
      const l = oldLinks + i;
      const sentence = String(row.evidence ?? "");
      let e = evidenceIndex.get(sentence);
      if (e === undefined) {
        e = base.evidenceCount + evidence.length;
        evidence.push(sentence);
        evidenceIndex.set(sentence, e);
      }
      links.linkSource[l] = source;
      links.linkTarget[l] = target;
      links.linkRelation[l] = relation;
      links.linkMentions[l] = nullableNumber(row.mentions);
      links.linkEvidence[l] = e;
      links.linkStart[l] = int(row.charStart);
      links.linkEnd[l] = int(row.charEnd);
    });

    // The global orders: each new node is found its place among the old ones by binary search over their
    // records (a few dozen LMDB reads each), never by reading every old node.
    const records = new Map<number, NodeRecord>();
    const recordOf = (n: number): NodeRecord => {
      if (n >= oldCount) return added[n - oldCount]!.record;
      let record = records.get(n);
      if (!record) {
        record = dbs.nodes.get(n);
        if (!record) throw new RangeError(`serve index text: no node ${n}`);
        records.set(n, record);
      }
      return record;
    };
    const idOf = (n: number) => recordOf(n)[0];
    const dateOf = (n: number) => recordOf(n)[2];
    const byId = (a: number, b: number) => compareStrings(idOf(a), idOf(b));
    const byDate = (a: number, b: number) => compareStringsDescNullsFirst(dateOf(a), dateOf(b)) || byId(a, b);
    const byPageDate = (a: number, b: number) => compareStrings(dateOf(b) ?? "", dateOf(a) ?? "") || byId(a, b);
    const newNodes = added.map((_, i) => oldCount + i);
    const newPapers = newNodes.filter((n) => kinds[n] === PAPER);
    const orders = {
      nodesById: mergeOrder(numbers.nodesById, newNodes.sort(byId), byId),
      papersByDate: mergeOrder(numbers.papersByDate, [...newPapers].sort(byDate), byDate),
      papersByPageDate: mergeOrder(numbers.papersByPageDate, [...newPapers].sort(byPageDate), byPageDate),
    };
    const index: Omit<NeighbourhoodIndex, "text" | "paperColumns"> = {
      nodeCount,
      kinds,
      degrees,
      ...links,
      ...orders,
      // Only the lists the new links change are redone (every list is 16M entries at a million papers).
      ...reorderLinks(
        { nodeCount: oldCount, linkCount: oldLinks, ...numbers },
        { nodeCount, kinds, degrees, ...links, ...orders },
      ),
    };
    const generation = base.generation + 1;
    const numbersFile = `numbers-${generation}.bin`;
    writeNumbers(join(dir, numbersFile), index);

    // Text: new records past the old bounds, the touched entities' records replaced; one transaction.
    await dbs.root.transaction(() => {
      added.forEach((a, i) => {
        void dbs.nodes.put(oldCount + i, a.record);
        void dbs.ids.put(a.id, oldCount + i);
      });
      for (const [n, values] of paperValues) void dbs.papers.put(n, values);
      for (const [n, authors] of authorsOf(authorRows, nodeOf)) void dbs.authors.put(n, authors);
      for (const [n, p] of patched) void dbs.nodes.put(n, p.record);
      evidence.forEach((sentence, i) => void dbs.evidence.put(base.evidenceCount + i, sentence));
    });

    const search = await updateSearch(dir, base, generation, searchDocuments(paperRows, entityRows));
    options.beforeManifest?.();
    writeManifest(dir, {
      ...base,
      generation,
      numbers: numbersFile,
      nodeCount,
      linkCount,
      evidenceCount: base.evidenceCount + evidence.length,
      paperColumns: base.paperColumns,
      ...search,
    });
    // The previous generation's files, now unused.
    rmSync(setAside(dir), { force: true });
    if (base.numbers !== numbersFile) rmSync(join(dir, base.numbers), { force: true });
    if (base.search !== search.search) rmSync(join(dir, base.search), { force: true });
    return undefined;
  } finally {
    await dbs.root.close();
  }
}

/** Each new paper's authors as [id, name] pairs, in the order of the rows (the index's order). */
function authorsOf(rows: Row[], nodeOf: Map<string, number>): Map<number, [string, string][]> {
  const lists = new Map<number, [string, string][]>();
  for (const r of rows) {
    const n = nodeOf.get(String(r.paper));
    if (n === undefined) continue;
    if (!lists.has(n)) lists.set(n, []);
    lists.get(n)!.push([String(r.id), String(r.name ?? r.id)]);
  }
  return lists;
}

/** The search documents of the run's new papers and of the entities they link to, as search-documents gives them. */
function searchDocuments(papers: Row[], entities: [NodeKind, Row][]): SearchDocument[] {
  const document = (kind: NodeKind, r: Row, aliases: Value): SearchDocument => {
    const id = String(r.id);
    return { id, kind, label: String(r.label ?? id), aliases: String(aliases ?? ""), degree: Number(r.degree ?? 0) };
  };
  return [
    ...papers.map((r) => document("paper", r, null)),
    ...entities.map(([kind, r]) => document(kind, r, r.aliases ?? null)),
  ];
}

/**
 * The saved search index with the run's new nodes and the entities they link to (a new link changes an entity's
 * degree, which ranks it) added or replaced, saved as this generation's file.
 */
async function updateSearch(
  dir: string,
  base: Manifest,
  generation: number,
  documents: SearchDocument[],
): Promise<Pick<Manifest, "search" | "searchDocuments">> {
  const search = await loadSearch(dir, base);
  search.upsert(documents);
  const file = `search-${generation}.bin`;
  await search.save(join(dir, file));
  return { search: file, searchDocuments: search.size };
}

/**
 * `old` (sorted by `compare`) with `added` (sorted by `compare` too) merged in: each added node's place found by
 * binary search, the old runs between them copied whole.
 */
function mergeOrder(old: Int32Array, added: number[], compare: (a: number, b: number) => number): Int32Array {
  const merged = new Int32Array(old.length + added.length);
  let from = 0;
  let at = 0;
  for (const n of added) {
    let lo = from;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(old[mid]!, n) < 0) lo = mid + 1;
      else hi = mid;
    }
    merged.set(old.subarray(from, lo), at);
    at += lo - from;
    from = lo;
    merged[at++] = n;
  }
  merged.set(old.subarray(from), at);
  return merged;
}
