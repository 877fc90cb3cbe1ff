// The ingest pipeline: records → merged papers → extracted mentions → batches in the store → layout.
// Incremental: a paper whose content hash is unchanged is not rewritten; each batch is written atomically,
// so an interrupted run leaves whole papers only and the next run completes it.

import { confidentOnly } from "../domain/confidence.js";
import { kindOfId } from "../domain/identity.js";
import { NODE_LABELS, type Correction, type Mention, type Paper, type PaperRecord } from "../domain/types.js";
import type { GraphBatch, GraphStore } from "../store/types.js";
import { applyCorrections } from "./corrections.js";
import { buildGraphBatch, splitBatch } from "./graph-batch.js";
import { computeLayout, FULL_LAYOUT_MAX_NODES, type LayoutInput } from "./layout.js";
import { computeLayoutInWorker } from "./layout-worker.js";
import { mergeRecords } from "./merge.js";
import { withSourceLinks } from "./source-links.js";

export type Stage = "read" | "extract" | "write" | "layout";
export type ProgressListener = (stage: Stage, done: number, total: number) => void;
/** Mentions per paper id; `onProgress` hears papers done of papers total as extraction goes. */
export type Extractor = (
  papers: Paper[],
  onProgress?: (done: number, total: number) => void,
) => Promise<Map<string, Mention[]>>;

export interface IngestOptions {
  extract: Extractor;
  /** Papers per atomic write. */
  batchSize?: number;
  /** Delete stored papers the records no longer contain (and entities left without papers). */
  prune?: boolean;
  /**
   * From this many papers, a run into an empty store bulk-loads them in one transaction (all or nothing) when the
   * store can; below it, or into a store holding anything, batches are written one at a time.
   */
  bulkFrom?: number;
  /** Compute everything, write nothing. */
  dryRun?: boolean;
  onProgress?: ProgressListener;
  /** What users reported wrong (`npm run corrections`): applied to the extracted mentions before writing. */
  corrections?: readonly Correction[];
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
}

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

  let t = performance.now();
  progress("extract", 0, papers.length);
  const extracted = await options.extract(papers, (done, total) => progress("extract", done, total));
  // Links extraction is not confident of (names in an abstract outside ML, say) stay out of the graph.
  const found = new Map(papers.map((p) => [p.id, withSourceLinks(p, confidentOnly(extracted.get(p.id) ?? []))]));
  const corrections = options.corrections ?? [];
  const mentions = applyCorrections(found, corrections);
  progress("extract", papers.length, papers.length);
  const batch = buildGraphBatch(papers, mentions);
  const extractSeconds = since(t);

  t = performance.now();
  const storedRows = (await store.run("read/paper-hashes")).rows;
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
  const layoutFromMemory = !options.dryRun && stored.size === 0 && !stale.length && changed.length > 0;
  const layoutInput = layoutFromMemory ? layoutInputOf(batch) : undefined;
  const layoutInWorker = layoutInput && layoutInput.nodes.length > FULL_LAYOUT_MAX_NODES;
  const pendingLayout = layoutInWorker ? computeLayoutInWorker(layoutInput) : undefined;
  pendingLayout?.catch(() => undefined); // awaited below; a failed write must not leave it unhandled

  if (!options.dryRun) {
    let done = 0;
    progress("write", 0, changed.length);
    if (await canBulkLoad(store, changed.length, options.bulkFrom ?? DEFAULT_BULK_FROM)) {
      // Progress by steps (papers, entities, links…), as a share of the papers.
      await store.bulkLoad!({ ...batch, papers: changed }, (done, steps) =>
        progress("write", Math.floor((changed.length * done) / steps), changed.length),
      );
      progress("write", changed.length, changed.length);
    } else {
      const newPaperIds = new Set(changed.filter((p) => !stored.has(p.id)).map((p) => p.id));
      for (const part of splitBatch({ ...batch, papers: changed, newPaperIds }, options.batchSize ?? 2000)) {
        await store.writeBatch(part);
        done += part.papers.length;
        progress("write", done, changed.length);
      }
    }
    if (stale.length) await store.deletePapers(stale);
    // Always: cheap, and it finishes the work of a run that was killed between deleting and pruning.
    await store.pruneOrphans();
  }
  const writeSeconds = since(t);

  t = performance.now();
  if (!options.dryRun && (changed.length || stale.length || (await hasUnplacedPapers(store)))) {
    progress("layout", 0, 1);
    if (pendingLayout) await store.writeLayout(await pendingLayout);
    else await relayout(store, layoutInput);
    progress("layout", 1, 1);
  }

  return {
    records,
    papers: papers.length,
    merged: records - papers.length,
    correctionsApplied: corrections.filter((c) => correctionChanged(c, found)).length,
    added,
    updated: changed.length - added,
    unchanged: papers.length - changed.length,
    pruned: pruned.length,
    entities: batch.entities.length,
    relations: batch.relations.length,
    seconds: { extract: extractSeconds, write: writeSeconds, layout: since(t) },
  };
}

/**
 * Kùzu's COPY writes a first 100k-paper ingest with ~2.5× less CPU than batches of LOAD FROM + MATCH, each of
 * which scans the tables it matches against. Smaller runs keep batches: an interruption keeps their progress.
 */
const DEFAULT_BULK_FROM = 10_000;

async function canBulkLoad(store: GraphStore, papers: number, bulkFrom: number): Promise<boolean> {
  if (!store.bulkLoad || papers < bulkFrom) return false;
  const { rows } = await store.run("read/node-count");
  return Number(rows[0]?.count ?? 0) === 0;
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
