// A first ingest streamed chunk by chunk (extraction spilled to disk, the corpus pass over tallies, the store's bulk
// load fed part by part) must give exactly what the whole-corpus path gives: the same mentions for every paper on
// the seeds plus a slice of the real corpus, and the same store, node by node and link by link, layout included.
// A load that fails leaves the store empty and no spill file behind; one cut short leaves a marker that has the
// next writer empty the store and a reader refuse it.

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paper, PaperRecord } from "../../domain/types.js";
import { cutChunks } from "../../ingest/extract-pool.js";
import { extractStreamed } from "../../ingest/extract-stream.js";
import { resolveCorpus } from "../../ingest/extract/corpus.js";
import { CorpusTally } from "../../ingest/extract/corpus-tally.js";
import { corpusContext, extractCorpus } from "../../ingest/extract/index.js";
import { extractPaperMentions } from "../../ingest/extract/paper.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { mergeRecords } from "../../ingest/merge.js";
import { ingestPapers } from "../../ingest/pipeline.js";
import { resolveSources } from "../../ingest/sources/index.js";
import { KuzuStore, loadingMarker } from "../../store/kuzu/index.js";
import { hasRealCorpus, writeCorpusSlice } from "../support/real-corpus.js";
import { generatedRecords } from "./support/generated-corpus.js";
import { dumpStore } from "./support/store-dump.js";
import { TempStores } from "./support/temp-stores.js";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const stores = new TempStores("papergraph-stream-");
const root = stores.root;
let records: PaperRecord[] = [];

beforeAll(async () => {
  const specs = [SEEDS];
  if (hasRealCorpus()) {
    const slice = join(root, "slice.jsonl");
    await writeCorpusSlice(slice, 100); // ~1,570 real papers across the file's venues and years
    specs.push(slice);
  }
  records = [...(await resolveSources(specs)).records, ...generatedRecords(40)];
}, 120_000);

afterAll(() => stores.removeAll());

/**
 * `bulkRoundRows`: papers a streamed load COPYs early; `bulkLinkPieceRows`: links it COPYs at once (both small
 * here, so tests cross them).
 */
const freshStore = (name: string, bulkRoundRows?: number, bulkLinkPieceRows?: number) =>
  stores.fresh(name, { bulkRoundRows, bulkLinkPieceRows });

const streamExtract = (papers: Paper[]) => extractStreamed(papers, { threads: 1, chunkSize: 97 });

describe("streamed first ingest", () => {
  it("the corpus pass over tallies gives resolveCorpus's mentions, whatever order the chunks come in", () => {
    const papers = mergeRecords(records);
    expect(papers.length).toBeGreaterThan(hasRealCorpus() ? 1500 : 100);
    const context = corpusContext(papers);
    const pass1 = papers.map((p) => extractPaperMentions(p, context));
    const tally = new CorpusTally();
    // Backwards: the tally must not depend on the order parts arrive in (the pool replies out of order).
    for (let i = pass1.length - 1; i >= 0; i--) tally.add(pass1[i]!, papers[i]!);
    const resolver = tally.resolver();
    const streamed = papers.map((p, i) => [p.id, resolver.resolve(pass1[i]!, p.id)]);
    // resolveCorpus retypes the mentions it is given: it gets its own copy.
    const whole = resolveCorpus(
      new Map(papers.map((p, i) => [p.id, structuredClone(pass1[i]!)])),
      new Map(papers.map((p) => [p.id, p])),
    );
    expect(streamed.length).toBe(whole.size);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify([...whole]));
    // The corpus pass does decide something here: names retyped, spellings and definitions merged.
    const canonical = [...whole.values()].flat().filter((m) => m.canonical).length;
    expect(canonical).toBeGreaterThan(hasRealCorpus() ? 100 : 0);
  }, 300_000);

  it("extraction spilled chunk by chunk on worker threads gives extractCorpus's mentions, in input order", async () => {
    const papers = mergeRecords(records);
    const whole = extractCorpus(papers);
    const spillRoot = mkdtempSync(join(root, "spill-"));
    const seen: number[] = [];
    const streamed = await extractStreamed([...papers], {
      threads: 2,
      minPapers: 1,
      chunkSize: 250,
      tmp: spillRoot,
      onProgress: (done) => seen.push(done),
    });
    const chunks = [...streamed.chunks()];
    streamed.dispose();
    const entries = chunks.flatMap((c) => c.papers.map((p) => [p.id, c.mentions.get(p.id)]));
    expect(entries.map(([id]) => id)).toEqual(papers.map((p) => p.id));
    expect(JSON.stringify(entries)).toBe(JSON.stringify([...whole]));
    expect(seen.at(-1)).toBe(papers.length);
    expect(readdirSync(spillRoot)).toEqual([]);
  }, 300_000);

  // With a worker the papers' stated results are worked out on it while this thread writes the chunk before.
  it.each([
    ["on this thread", streamExtract, 1],
    ["with a worker", (papers: Paper[]) => extractStreamed(papers, { threads: 2, minPapers: 1, chunkSize: 97 }), 2],
  ])(
    "leaves the store exactly as the whole-corpus bulk load does (%s)",
    async (thread, streamExtract, threads) => {
      const papers = mergeRecords(records.filter((_, i) => i % 3 === 0));
      const streamedStore = await freshStore(`streamed ${thread}`, 150, 400);
      const wholeStore = await freshStore(`whole ${thread}`);
      let parts = 0;
      let steps = 0;
      let markedWhileLoading = true;
      const marker = loadingMarker(streamedStore.options.path);
      const open = streamedStore.openBulkLoad.bind(streamedStore);
      streamedStore.openBulkLoad = () => {
        const load = open();
        return {
          ...load,
          add: (part) => (parts++, load.add(part)),
          commit: (end, onStep) =>
            load.commit(end, (done, total) => {
              steps = total;
              markedWhileLoading &&= existsSync(marker);
              onStep?.(done, total);
            }),
        };
      };
      const extract = async (batch: Paper[]) => extractCorpus(batch);
      const a = await ingestPapers([...papers], records.length, streamedStore, { extract, streamExtract, bulkFrom: 1 });
      const b = await ingestPapers([...papers], records.length, wholeStore, { extract, bulkFrom: 1 });
      // One part a chunk: chunks of 97, smaller towards the end with a worker.
      expect(parts).toBe(cutChunks(papers, 97, threads).length);
      expect(papers.length).toBeGreaterThan(2 * 150); // papers COPYed early, in rounds, and the rest at commit
      // Links in pieces of 400: more COPYs at commit than the tables they fill (about a dozen).
      expect(steps).toBeGreaterThan(20);
      expect(markedWhileLoading).toBe(true);
      expect(existsSync(marker)).toBe(false);
      expect({ ...a, seconds: 0 }).toEqual({ ...b, seconds: 0, increment: undefined });
      const streamedDump = await dumpStore(streamedStore);
      expect(streamedDump.length).toBeGreaterThan(papers.length * 3);
      expect(streamedDump.some((line) => line.includes('"MEASURED_ON"'))).toBe(true);
      expect(streamedDump.some((line) => line.includes('["x",'))).toBe(true);
      expect(streamedDump).toEqual(await dumpStore(wholeStore));

      // Afterwards the store is incremental like any other.
      const again = await ingestPapers([...papers], records.length, streamedStore, {
        extract,
        streamExtract,
        bulkFrom: 1,
      });
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: papers.length });
    },
    300_000,
  );

  it("a load that fails holds nothing, and leaves no spill file", async () => {
    const papers = mergeRecords(generatedRecords(60));
    const store = await freshStore("failed", 20);
    const open = store.openBulkLoad.bind(store);
    store.openBulkLoad = () => {
      const load = open();
      // A link to an entity no part carries fails its relationship COPY inside the one transaction.
      const add: typeof load.add = (part) =>
        load.add({ ...part, relations: [...part.relations, { ...part.relations[0]!, entityId: "dataset:nowhere" }] });
      return { ...load, add };
    };
    const spillRoot = mkdtempSync(join(root, "spill-"));
    const extract = async (batch: Paper[]) => extractCorpus(batch);
    const spilled = (batch: Paper[]) => extractStreamed(batch, { threads: 1, chunkSize: 25, tmp: spillRoot });
    await expect(ingestPapers(papers, 60, store, { extract, streamExtract: spilled, bulkFrom: 1 })).rejects.toThrow(
      /kuzu: upsert-relation/,
    );
    const stored = await store.read("MATCH (n) RETURN count(n) AS n");
    expect(stored.rows[0]!.n).toBe(0);
    expect(readdirSync(spillRoot)).toEqual([]);
    expect(existsSync(loadingMarker(store.options.path))).toBe(false);
    // The emptied store takes the same corpus again.
    store.openBulkLoad = open;
    const corpus = mergeRecords(generatedRecords(60));
    const count = corpus.length;
    const again = await ingestPapers(corpus, 60, store, { extract, streamExtract: spilled, bulkFrom: 1 });
    expect(again.added).toBe(count);
    expect((await store.read("MATCH (p:Paper) RETURN count(p) AS n")).rows[0]!.n).toBe(count);
  }, 120_000);

  it("a store a killed load left behind is emptied by the next writer and refused by a reader", async () => {
    const path = stores.pathOf("killed");
    const store = await freshStore("killed");
    const papers = mergeRecords(generatedRecords(12));
    const extract = async (batch: Paper[]) => extractCorpus(batch);
    await ingestPapers(papers, 12, store, { extract, bulkFrom: Infinity });
    await stores.close(store);
    // What a load leaves when its process dies between two COPYs.
    writeFileSync(loadingMarker(path), "");

    const reader = new KuzuStore({ path, readOnly: true });
    await expect(reader.init()).rejects.toThrow(`the store at ${path} holds a first load that was cut short`);
    const writer = await freshStore("killed");
    expect((await writer.read("MATCH (n) RETURN count(n) AS n")).rows[0]!.n).toBe(0);
    expect(existsSync(loadingMarker(path))).toBe(false);
  }, 120_000);

  it("a bulk load into a store that holds anything is refused, and the store keeps every link", async () => {
    const store = await freshStore("grown");
    const papers = mergeRecords(generatedRecords(12));
    const extract = async (batch: Paper[]) => extractCorpus(batch);
    await ingestPapers(papers.slice(0, 6), 6, store, { extract, bulkFrom: Infinity });
    const before = await dumpStore(store);
    expect(before.some((line) => line.includes('"USES"'))).toBe(true);
    const rest = papers.slice(6);
    const batch = buildGraphBatch(rest, extractCorpus(rest));
    const load = store.openBulkLoad();
    await load.add(batch);
    await expect(load.commit({ entities: batch.entities, authors: batch.authors, resultLinks: [] })).rejects.toThrow(
      /bulk load into a store that holds \d+ nodes refused/,
    );
    await expect(store.bulkLoad(batch)).rejects.toThrow(/refused/);
    expect(await dumpStore(store)).toEqual(before);
  }, 120_000);
});
