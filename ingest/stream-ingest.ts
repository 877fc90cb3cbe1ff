// A first ingest into an empty store, streamed: extraction spills chunk by chunk (extract-stream.ts), then each
// resolved chunk becomes rows appended to the store's bulk load (GraphStore.openBulkLoad) and is let go; only the
// entities, authors, result links and the packed layout input grow with the corpus. The load is all or nothing, as
// the one-batch bulk load is: a failed one leaves the store empty, one cut short by a kill is emptied by the next
// open (store/kuzu openBulkLoad). Same store as ingestPapers.

import { setImmediate } from "node:timers/promises";
import { confidentOnly } from "../domain/confidence.js";
import {
  NODE_LABELS,
  type Correction,
  type Entity,
  type Mention,
  type NodeLabel,
  type Paper,
} from "../domain/types.js";
import type { BulkEnd, BulkLoad, GraphStore } from "../store/types.js";
import { resultLinksOf } from "../store/write-plan.js";
import { applyCorrections } from "./corrections.js";
import type { StreamedExtraction } from "./extract-stream.js";
import { buildGraphPart, type GraphNodes } from "./graph-batch.js";
import { computePackedLayout, FULL_LAYOUT_MAX_NODES } from "./layout.js";
import { computePackedLayoutInWorker } from "./layout-worker.js";
import type { PackedInput } from "./layout-packed.js";
import type { IngestSummary, ProgressListener } from "./pipeline.js";
import { withSourceLinks } from "./source-links.js";

/** Extracts papers chunk by chunk (taking the array over); `onProgress` hears papers done of papers total. */
export type StreamExtractor = (
  papers: Paper[],
  onProgress?: (done: number, total: number) => void,
) => Promise<StreamedExtraction>;

export interface StreamIngestOptions {
  extract: StreamExtractor;
  corrections: readonly Correction[];
  /** Whether a correction changed a paper's mentions (for the summary), as the whole-corpus path counts it. */
  correctionChanged: (c: Correction, found: Map<string, Mention[]>) => boolean;
  onProgress: ProgressListener;
}

const since = (t: number) => Math.round((performance.now() - t) / 10) / 100;

/** A growing list of int32 pairs. */
class PairList {
  private data = new Int32Array(1 << 16);
  length = 0;
  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Ingests `papers` (taken over: the array is emptied) into `store`, which must be empty and offer openBulkLoad. */
export async function ingestStreamed(
  papers: Paper[],
  records: number,
  store: GraphStore & { openBulkLoad(): BulkLoad },
  options: StreamIngestOptions,
): Promise<IngestSummary> {
  const progress = options.onProgress;
  const total = papers.length;
  let t = performance.now();
  progress("extract", 0, total);
  const extraction = await options.extract(papers, (done, all) => progress("extract", done, all));
  progress("extract", total, total);
  const extractSeconds = since(t);

  t = performance.now();
  const nodes: GraphNodes = { entities: new Map(), authors: new Map() };
  const resultLinks: BulkEnd["resultLinks"] = [];
  // The layout input, packed as it comes: papers by index, entities by first-seen index, links as index pairs.
  const paperIds: string[] = [];
  const entityIndex = new Map<string, number>();
  const edges = new PairList();
  const changedCorrections = new Set<number>();
  let relations = 0;
  let pendingLayout: Promise<unknown> | undefined;
  const load = store.openBulkLoad();
  try {
    progress("write", 0, total);
    // A chunk's mentions as the graph takes them; its stated results are worked out on the extraction's workers
    // while this thread builds and writes the chunk before it.
    const chunks = extraction.chunks();
    const prepare = () => {
      const next = chunks.next();
      if (next.done) return undefined;
      const { papers } = next.value;
      const found = new Map(
        papers.map((p) => [p.id, withSourceLinks(p, confidentOnly(next.value.mentions.get(p.id) ?? []))]),
      );
      options.corrections.forEach((c, i) => {
        if (!changedCorrections.has(i) && options.correctionChanged(c, found)) changedCorrections.add(i);
      });
      const mentions = applyCorrections(found, options.corrections);
      const stated = extraction.statedResults(
        papers,
        papers.map((p) => mentions.get(p.id) ?? []),
      );
      stated.catch(() => undefined); // awaited in turn; one failing while another is awaited is not unhandled
      return { papers, mentions, stated };
    };
    for (let chunk = prepare(); chunk;) {
      const current = chunk;
      chunk = prepare();
      const part = buildGraphPart(current.papers, current.mentions, nodes, await current.stated);
      const firstPaper = paperIds.length;
      const paperIndex = new Map(current.papers.map((p, i) => [p.id, firstPaper + i]));
      for (const p of current.papers) paperIds.push(p.id);
      for (const r of part.relations) {
        let e = entityIndex.get(r.entityId);
        if (e === undefined) entityIndex.set(r.entityId, (e = entityIndex.size));
        edges.push(paperIndex.get(r.paperId)!, e);
      }
      relations += part.relations.length;
      // Links to entities wait for the end: a later part may be the first to make the named entity a node.
      for (const link of resultLinksOf(part.results ?? [])) if (link.rel !== "RESULT_OF") resultLinks.push(link);
      await load.add(part);
      progress("write", paperIds.length, total);
      // Lets the store's I/O completions in: without it a COPY the load started finishes unnoticed until the loop
      // ends, and the ones queued behind it run after the loop instead of beside it.
      await setImmediate();
    }
    extraction.dispose();

    // Lay out on a worker while the store loads (nodes: papers first, then entities in first-seen order, as the
    // whole-corpus path gives them).
    const entities = [...nodes.entities.values()];
    const packed = packedLayoutInput(paperIds, entities, edges.toArray());
    const layout =
      packed.ids.length > FULL_LAYOUT_MAX_NODES
        ? computePackedLayoutInWorker(packed)
        : Promise.resolve().then(() => computePackedLayout(packed));
    pendingLayout = layout;
    layout.catch(() => undefined); // awaited below; a failed load must not leave it unhandled
    await load.commit({ entities, authors: [...nodes.authors.values()], resultLinks });
    progress("write", total, total);
    await store.pruneOrphans();
    const writeSeconds = since(t);

    t = performance.now();
    progress("layout", 0, 1);
    await store.writeLayout(await layout);
    progress("layout", 1, 1);
    return {
      records,
      papers: total,
      merged: records - total,
      correctionsApplied: changedCorrections.size,
      added: total,
      updated: 0,
      unchanged: 0,
      pruned: 0,
      entities: entities.length,
      relations,
      seconds: { extract: extractSeconds, write: writeSeconds, layout: since(t) },
    };
  } catch (error) {
    await load.abort();
    extraction.dispose();
    await pendingLayout?.catch(() => undefined);
    throw error;
  }
}

function packedLayoutInput(paperIds: string[], entities: Entity[], pairs: Int32Array): PackedInput {
  const labels: NodeLabel[] = paperIds.map(() => NODE_LABELS.paper);
  for (const e of entities) labels.push(NODE_LABELS[e.type]);
  const ids = paperIds.concat(entities.map((e) => e.id));
  // Entity indices follow the papers'.
  for (let i = 1; i < pairs.length; i += 2) pairs[i]! += paperIds.length;
  return { ids, labels, edges: pairs };
}
