// The ingest pipeline: records → merged papers → extracted mentions → batches in the store → layout.
// Incremental: a paper whose content hash is unchanged is not rewritten; each batch is written atomically,
// so an interrupted run leaves whole papers only and the next run completes it.

import { confidentOnly } from "../domain/confidence.js";
import { kindOfId } from "../domain/identity.js";
import {
  NODE_LABELS,
  type Correction,
  type Mention,
  type NodeLabel,
  type Paper,
  type PaperRecord,
} from "../domain/types.js";
import type { AddedPapers, GraphBatch, GraphStore, LayoutRow, Row, StoredResult } from "../store/types.js";
import { ALIAS_SEPARATOR } from "../store/write-plan.js";
import { applyCorrections } from "./corrections.js";
import { buildGraphBatch, splitBatch } from "./graph-batch.js";
import { computeLayout, FULL_LAYOUT_MAX_NODES, type LayoutInput } from "./layout.js";
import { placeIncrementally, type Placed } from "./layout-incremental.js";
import { computeLayoutInWorker } from "./layout-worker.js";
import { mergeRecords } from "./merge.js";
import { withSourceLinks } from "./source-links.js";
import { lookUpAll } from "./store-lookup.js";
import { withStoredNamesakes } from "./stored-namesakes.js";
import { storedResults } from "./stored-results.js";
import { ingestStreamed, type StreamExtractor } from "./stream-ingest.js";

export type Stage = "read" | "extract" | "write" | "layout";
export type ProgressListener = (stage: Stage, done: number, total: number) => void;
/** Mentions per paper id; `onProgress` hears papers done of papers total as extraction goes. */
export type Extractor = (
  papers: Paper[],
  onProgress?: (done: number, total: number) => void,
) => Promise<Map<string, Mention[]>>;

export interface IngestOptions {
  extract: Extractor;
  /** Papers per atomic write (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Delete stored papers the records no longer contain (and entities left without papers). */
  prune?: boolean;
  /**
   * From this many papers, a run into an empty store bulk-loads them (all or nothing) when the store can; below it,
   * or into a store holding anything, batches are written one at a time.
   */
  bulkFrom?: number;
  /** Compute everything, write nothing. */
  dryRun?: boolean;
  onProgress?: ProgressListener;
  /** What users reported wrong (`npm run corrections`): applied to the extracted mentions before writing. */
  corrections?: readonly Correction[];
  /**
   * Extraction chunk by chunk. When given, a first ingest into an empty store that can bulk-load part by part
   * (openBulkLoad) streams (stream-ingest.ts): memory bounded by a chunk and what the corpus pass tallies, rather
   * than by every paper's mentions. It takes the papers array over (empties it).
   */
  streamExtract?: StreamExtractor;
  /**
   * The results some papers state (stored-results.ts; `mentions` in `papers` order), worked out elsewhere (the
   * extraction pool's worker) while this thread works out the others'.
   */
  statedResults?: (papers: Paper[], mentions: Mention[][]) => Promise<StoredResult[][]>;
}

export interface IngestSummary {
  records: number;
  papers: number;
  /** Records folded into a paper seen before (the same arXiv id or title): `records - papers`. */
  merged: number;
  /** Corrections that changed at least one paper's mentions. */
  correctionsApplied: number;
  added: number;
  updated: number;
  unchanged: number;
  pruned: number;
  entities: number;
  relations: number;
  /** Wall-clock stages; `layout` counts only what the writes did not hide (a worker lays out big graphs meanwhile). */
  seconds: { extract: number; write: number; layout: number };
  /**
   * When the run only added papers to a laid-out store (nothing updated, renamed or pruned), what it wrote: what an
   * incremental serve-index update appends (serve-index/update.ts). Undefined otherwise.
   */
  increment?: AddedPapers;
}

/**
 * Papers per atomic write. Each statement of a batch costs Kùzu a scan of the tables it matches against (160k
 * papers: ~0.15 s each, whatever the batch's length), so 10,000 new papers go in one transaction rather than five:
 * their write took a third of the time. An interrupted run still leaves whole papers only.
 */
export const DEFAULT_BATCH_SIZE = 10_000;

const since = (t: number) => Math.round((performance.now() - t) / 10) / 100;

export async function ingestRecords(
  records: PaperRecord[],
  store: GraphStore,
  options: IngestOptions,
): Promise<IngestSummary> {
  return ingestPapers(mergeRecords(records), records.length, store, options);
}

/** How many stored papers a prune would remove: those no current paper names, by id or (renamed) by title. */
export async function prunablePapers(store: GraphStore, papers: Paper[]): Promise<{ prunable: number }> {
  const storedRows = (await store.run("read/paper-hashes")).rows;
  const current = new Set(papers.map((p) => p.id));
  const titleKeys = new Set(papers.map((p) => p.titleKey));
  const prunable = storedRows.filter((r) => !current.has(String(r.id)) && !titleKeys.has(String(r.titleKey))).length;
  return { prunable };
}

/** Ingests papers already merged from `records` records (a streaming reader merges as it reads). */
export async function ingestPapers(
  papers: Paper[],
  records: number,
  store: GraphStore,
  options: IngestOptions,
): Promise<IngestSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const corrections = options.corrections ?? [];
  if (
    options.streamExtract &&
    !options.dryRun &&
    store.openBulkLoad &&
    papers.length > 0 &&
    papers.length >= (options.bulkFrom ?? DEFAULT_BULK_FROM) &&
    (await isEmpty(store))
  ) {
    const bulkStore = store as GraphStore & Required<Pick<GraphStore, "openBulkLoad">>;
    return ingestStreamed(papers, records, bulkStore, {
      extract: options.streamExtract,
      corrections,
      correctionChanged,
      onProgress: progress,
    });
  }

  let t = performance.now();
  const storeWasEmpty = await isEmpty(store);
  progress("extract", 0, papers.length);
  // Mentions live only inside extractBatch: once the batch is built, only it (and the papers) stay in the heap.
  const { batch, correctionsApplied } = await extractBatch(papers, corrections, options.extract, progress, {
    stored: storeWasEmpty ? undefined : store,
    statedResults: options.statedResults,
  });
  const extractSeconds = since(t);

  t = performance.now();
  // Only a prune needs every stored paper; otherwise the stored papers among the incoming ids and titles will do.
  const storedRows = storeWasEmpty
    ? []
    : options.prune
      ? (await store.run("read/paper-hashes")).rows
      : await storedPapersAmong(store, batch.papers);
  const stored = new Map(storedRows.map((r) => [String(r.id), r.hash]));
  const changed = batch.papers.filter((p) => stored.get(p.id) !== p.contentHash);
  const current = new Set(batch.papers.map((p) => p.id));
  // A paper stored under its title hash that a source now gives an arXiv id for moves to the new id.
  const idByTitleKey = new Map(batch.papers.map((p) => [p.titleKey, p.id]));
  const renamed = new Set<string>();
  const renamedTo = new Set<string>();
  for (const r of storedRows) {
    const newId = idByTitleKey.get(String(r.titleKey));
    if (newId !== undefined && !current.has(String(r.id))) {
      renamed.add(String(r.id));
      renamedTo.add(newId);
    }
  }
  const added = changed.filter((p) => !stored.has(p.id) && !renamedTo.has(p.id)).length;
  const pruned = options.prune ? [...stored.keys()].filter((id) => !current.has(id) && !renamed.has(id)) : [];
  const stale = [...renamed, ...pruned];

  // Into an empty store the stored graph will be exactly this batch: lay it out from memory instead of reading
  // back every node and link (100k papers: ~1M rows), and for a big graph on a worker thread while the batches
  // are written.
  const layoutFromMemory = !options.dryRun && storeWasEmpty && changed.length > 0;
  let layoutInput = layoutFromMemory ? layoutInputOf(batch) : undefined;
  const layoutInWorker = layoutInput && layoutInput.nodes.length > FULL_LAYOUT_MAX_NODES;
  const pendingLayout = layoutInWorker ? computeLayoutInWorker(layoutInput!) : undefined;
  // The worker has its own copy: this one would only sit in the heap beside the write.
  if (pendingLayout) layoutInput = undefined;
  pendingLayout?.catch(() => undefined); // awaited below; a failed write must not leave it unhandled
  // Into a laid-out store, with nothing removed, only the run's new nodes are placed (next to their neighbours).
  const placeOnly =
    !options.dryRun && !storeWasEmpty && !stale.length && changed.length > 0 && !(await hasUnplacedPapers(store));
  const updatedIds = changed.filter((p) => stored.has(p.id)).map((p) => p.id);
  const linkedBefore = placeOnly ? await entitiesLinkedFrom(store, updatedIds) : [];

  // Entities already stored keep their name and aliases and gain the run's new aliases after them, as one run
  // over both corpora would have it (the first mention names an entity, later ones add aliases in order).
  if (!storeWasEmpty && !options.dryRun) batch.entities = await mergedWithStored(store, batch.entities);

  if (!options.dryRun) {
    let done = 0;
    progress("write", 0, changed.length);
    if (storeWasEmpty && (await canBulkLoad(store, changed.length, options.bulkFrom ?? DEFAULT_BULK_FROM))) {
      // Progress by steps (papers, entities, links…), as a share of the papers.
      await store.bulkLoad!({ ...batch, papers: changed }, (done, steps) =>
        progress("write", Math.floor((changed.length * done) / steps), changed.length),
      );
      progress("write", changed.length, changed.length);
    } else {
      const newPaperIds = new Set(changed.filter((p) => !stored.has(p.id)).map((p) => p.id));
      for (const part of splitBatch(
        { ...batch, papers: changed, newPaperIds },
        options.batchSize ?? DEFAULT_BATCH_SIZE,
      )) {
        await store.writeBatch(part);
        done += part.papers.length;
        progress("write", done, changed.length);
      }
    }
    if (stale.length) await store.deletePapers(stale);
    // It also finishes the work of a run killed between deleting and pruning, which left its papers unplaced (the
    // layout comes after): a run that only added papers to a laid-out store can leave no entity orphaned, and
    // skips this scan of every entity.
    if (!(placeOnly && updatedIds.length === 0)) await store.pruneOrphans();
  }
  const writeSeconds = since(t);

  t = performance.now();
  let placedRows: LayoutRow[] | undefined;
  if (!options.dryRun && (changed.length || stale.length || (await hasUnplacedPapers(store)))) {
    progress("layout", 0, 1);
    if (pendingLayout) await store.writeLayout(await pendingLayout);
    else if (placeOnly) placedRows = await placeNewNodes(store, batch, changed, linkedBefore);
    else await relayout(store, layoutInput);
    progress("layout", 1, 1);
  }

  return {
    records,
    papers: papers.length,
    merged: records - papers.length,
    correctionsApplied,
    added,
    updated: changed.length - added,
    unchanged: papers.length - changed.length,
    pruned: pruned.length,
    entities: batch.entities.length,
    relations: batch.relations.length,
    seconds: { extract: extractSeconds, write: writeSeconds, layout: since(t) },
    increment:
      placedRows && updatedIds.length === 0 ? { batch: writtenFor(batch, changed), layout: placedRows } : undefined,
  };
}

/**
 * Extracts `papers`' mentions and builds the batch to write from them (with users' corrections applied); into a
 * `stored` graph, their proposals of names it holds are told from the stored works (stored-namesakes.ts).
 */
async function extractBatch(
  papers: Paper[],
  corrections: readonly Correction[],
  extract: Extractor,
  progress: ProgressListener,
  { stored, statedResults }: { stored?: GraphStore; statedResults?: IngestOptions["statedResults"] },
): Promise<{ batch: GraphBatch; correctionsApplied: number }> {
  const extracted = await extract(papers, (done, total) => progress("extract", done, total));
  if (stored) await withStoredNamesakes(stored, papers, extracted);
  // Links extraction is not confident of (names in an abstract outside ML, say) stay out of the graph.
  const found = new Map(papers.map((p) => [p.id, withSourceLinks(p, confidentOnly(extracted.get(p.id) ?? []))]));
  extracted.clear();
  const mentions = applyCorrections(found, corrections);
  progress("extract", papers.length, papers.length);
  const correctionsApplied = corrections.filter((c) => correctionChanged(c, found)).length;
  const stated = statedResults && (await resultsShared(papers, mentions, statedResults));
  return { batch: buildGraphBatch(papers, mentions, stated), correctionsApplied };
}

/** Below this many papers the stated results are not worth a message to another thread. */
const SHARED_RESULTS_FROM = 1000;

/** Each paper's stated results: the first half's worked out by `elsewhere` while this thread works out the rest. */
async function resultsShared(
  papers: Paper[],
  mentions: Map<string, Mention[]>,
  elsewhere: NonNullable<IngestOptions["statedResults"]>,
): Promise<StoredResult[][] | undefined> {
  if (papers.length < SHARED_RESULTS_FROM) return undefined;
  const half = papers.length >> 1;
  const first = papers.slice(0, half);
  const away = elsewhere(
    first,
    first.map((p) => mentions.get(p.id) ?? []),
  );
  away.catch(() => undefined); // awaited below, after this thread's share
  const here = papers.slice(half).map((p) => storedResults(p, mentions.get(p.id) ?? []));
  return [...(await away), ...here];
}

/**
 * Kùzu's COPY writes a first 100k-paper ingest with ~2.5× less CPU than batches of LOAD FROM + MATCH, each of
 * which scans the tables it matches against. Smaller runs keep batches: an interruption keeps their progress.
 */
const DEFAULT_BULK_FROM = 10_000;

async function canBulkLoad(store: GraphStore, papers: number, bulkFrom: number): Promise<boolean> {
  return store.bulkLoad !== undefined && papers >= bulkFrom;
}

async function isEmpty(store: GraphStore): Promise<boolean> {
  const { rows } = await store.run("read/node-count");
  return Number(rows[0]?.count ?? 0) === 0;
}

/** The stored papers with the ids or folded titles of `papers`: hash and title key, each paper once. */
async function storedPapersAmong(store: GraphStore, papers: GraphBatch["papers"]): Promise<Row[]> {
  const byId = await lookUpAll(
    store,
    "read/paper-hashes-of",
    "ids",
    papers.map((p) => p.id),
  );
  const byTitle = await lookUpAll(store, "read/papers-with-title-keys", "keys", [
    ...new Set(papers.map((p) => p.titleKey)),
  ]);
  const seen = new Set<string>();
  return [...byId, ...byTitle].filter((r) => !seen.has(String(r.id)) && seen.add(String(r.id)));
}

/** `entities` with the names and aliases of those the store holds already, plus the aliases the run adds. */
async function mergedWithStored(store: GraphStore, entities: GraphBatch["entities"]): Promise<GraphBatch["entities"]> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const e of entities) {
    const label = NODE_LABELS[e.type];
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push(e.id);
  }
  const stored = new Map<string, { name: string; aliases: string[] }>();
  for (const [label, ids] of byLabel) {
    for (const r of await lookUpAll(store, "read/entities-for-index-of", "ids", ids, { LABEL: label })) {
      const aliases = r.aliases ? String(r.aliases).split(ALIAS_SEPARATOR) : [];
      stored.set(String(r.id), { name: String(r.label ?? ""), aliases });
    }
  }
  return entities.map((e) => {
    const before = stored.get(e.id);
    if (!before) return e;
    const aliases = [...before.aliases];
    for (const alias of [e.name, ...e.aliases]) {
      if (alias !== before.name && !aliases.includes(alias)) aliases.push(alias);
    }
    return { ...e, name: before.name, aliases };
  });
}

/** Entities the stored papers `ids` link to now (their degrees may drop when the papers are rewritten). */
async function entitiesLinkedFrom(store: GraphStore, ids: string[]): Promise<string[]> {
  return (await lookUpAll(store, "read/paper-entity-ids", "ids", ids)).map((r) => String(r.id));
}

/**
 * Places the run's new nodes next to their stored neighbours and rewrites the degrees its links changed; every
 * other position stays (layout-incremental.ts). Reads only the run's neighbourhood.
 */
async function placeNewNodes(
  store: GraphStore,
  batch: GraphBatch,
  changed: GraphBatch["papers"],
  linkedBefore: string[],
): Promise<LayoutRow[]> {
  const changedIds = new Set(changed.map((p) => p.id));
  const relations = batch.relations.filter((r) => changedIds.has(r.paperId));
  const entityIds = [...new Set([...relations.map((r) => r.entityId), ...linkedBefore])];
  const byLabel = new Map<NodeLabel, string[]>();
  const labelOf = (id: string) => NODE_LABELS[kindOfId(id)!];
  for (const id of [...entityIds, ...changedIds]) {
    if (!kindOfId(id)) continue;
    const label = labelOf(id);
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push(id);
  }
  const placed = new Map<string, Placed>();
  const fresh: { id: string; label: NodeLabel }[] = [];
  for (const [label, ids] of byLabel) {
    for (const r of await lookUpAll(store, "read/placed-nodes", "ids", ids, { LABEL: label })) {
      if (r.x === null || r.x === undefined) fresh.push({ id: String(r.id), label });
      else placed.set(String(r.id), { x: Number(r.x), y: Number(r.y), community: Number(r.community ?? 0) });
    }
  }
  const degrees = new Map<string, { label: NodeLabel; degree: number }>();
  for (const [label, ids] of byLabel) {
    if (label === NODE_LABELS.paper) continue;
    for (const r of await lookUpAll(store, "read/entity-degrees", "ids", ids, { LABEL: label })) {
      degrees.set(String(r.id), { label, degree: Number(r.degree ?? 0) });
    }
  }
  const paperEntities = new Map<string, Set<string>>();
  for (const r of relations) {
    if (!paperEntities.has(r.paperId)) paperEntities.set(r.paperId, new Set());
    paperEntities.get(r.paperId)!.add(r.entityId);
  }
  for (const id of changedIds) degrees.set(id, { label: NODE_LABELS.paper, degree: paperEntities.get(id)?.size ?? 0 });
  const edges = relations.map((r) => [r.paperId, r.entityId] as [string, string]);
  const rows = placeIncrementally({ fresh, edges, placed, degrees });
  await store.writeLayout(rows);
  return rows;
}

/** The part of `batch` the papers `changed` wrote: their rows, links, results and authorship, and every entity. */
function writtenFor(batch: GraphBatch, changed: GraphBatch["papers"]): GraphBatch {
  const ids = new Set(changed.map((p) => p.id));
  const wrote = batch.wrote.filter((w) => ids.has(w.paperId));
  const authors = new Set(wrote.map((w) => w.authorId));
  return {
    papers: changed,
    entities: batch.entities,
    relations: batch.relations.filter((r) => ids.has(r.paperId)),
    results: batch.results?.filter((r) => ids.has(r.paperId)),
    authors: batch.authors.filter((a) => authors.has(a.id)),
    wrote,
  };
}

async function hasUnplacedPapers(store: GraphStore): Promise<boolean> {
  const { rows } = await store.run("read/unplaced-papers");
  return Number(rows[0]?.count ?? 0) > 0;
}

/** The layout's view of a batch: papers and entities, linked by the batch's relations. */
function layoutInputOf(batch: GraphBatch): LayoutInput {
  return {
    nodes: [
      ...batch.papers.map((p) => ({ id: p.id, label: NODE_LABELS.paper })),
      ...batch.entities.map((e) => ({ id: e.id, label: NODE_LABELS[e.type] })),
    ],
    edges: batch.relations.map((r) => [r.paperId, r.entityId]),
  };
}

/**
 * Lays out the whole stored graph (not just this run's papers) and writes positions back. `known` is that graph
 * when the caller already holds it.
 */
export async function relayout(store: GraphStore, known?: LayoutInput): Promise<void> {
  if (known) {
    await store.writeLayout(computeLayout(known));
    return;
  }
  const ids = (await store.run("read/all-node-ids")).rows.map((r) => String(r.id));
  const nodes = ids.flatMap((id) => {
    const kind = kindOfId(id);
    return kind ? [{ id, label: NODE_LABELS[kind] }] : [];
  });
  const links = (await store.run("read/all-paper-links")).rows;
  const edges = links.map((r) => [String(r.source), String(r.target)] as [string, string]);
  await store.writeLayout(computeLayout({ nodes, edges }));
}

/** Whether `c` alone changes any paper's mentions (for the summary line). */
function correctionChanged(c: Correction, found: Map<string, Mention[]>): boolean {
  const ids = c.paper ? [c.paper] : [...found.keys()];
  return ids.some((id) => {
    const mentions = found.get(id);
    if (!mentions) return false;
    const after = applyCorrections(new Map([[id, mentions]]), [c]).get(id)!;
    return after.length !== mentions.length || after.some((m, i) => m.role !== mentions[i]!.role);
  });
}
