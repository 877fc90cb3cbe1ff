// The serve index ingest writes beside a store: search answers the same once saved and reopened, a stale index
// (an ingest under way or interrupted) is never opened, and an ingest keeps it in step with the store.

import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kindOfId } from "../../domain/identity.js";
import { runIngest } from "../../ingest/run.js";
import {
  invalidateServeIndex,
  openServeIndex,
  restoreServeIndex,
  saveServeIndex,
  serveIndexDir,
  type OpenServeIndex,
} from "../../serve-index/index.js";
import { loadNeighbourhoodIndex } from "../../server/neighbourhood/load.js";
import { SearchIndex } from "../../server/search-index.js";
import { startServer } from "../../server/start.js";
import { openStore } from "../../store/index.js";
import { openVariedStore, type VariedStore } from "../server/neighbourhood/varied-graph.js";

describe("search from a saved index", () => {
  let varied: VariedStore;
  let built: SearchIndex;
  let saved: OpenServeIndex;
  let labels: string[];

  beforeAll(async () => {
    varied = await openVariedStore();
    built = await SearchIndex.fromStore(varied.store);
    await saveServeIndex(varied.dir, await loadNeighbourhoodIndex(varied.store), built);
    saved = openServeIndex(varied.dir)!;
    const { rows } = await varied.store.run("read/search-documents");
    labels = rows.map((r) => String(r.label ?? r.id));
  });
  afterAll(async () => {
    await saved?.close();
    await varied?.dispose();
  });

  it("answers every query as the index built from the store does", async () => {
    const search = await saved.search;
    expect(search.size).toBe(built.size);
    // Saved as bytes and opened again, at an offset that is not 8-byte aligned (as a Buffer from a pool may be).
    const bytes = built.toBytes();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const reloaded = SearchIndex.open(shifted.subarray(3));
    expect(reloaded.size).toBe(built.size);
    // Whole labels, first words, three-letter prefixes and one-typo words, from what the store holds.
    const words = labels.flatMap((l) => l.match(/[\p{L}\p{N}]+/gu) ?? []);
    const queries = [
      ...labels,
      ...words.map((w) => w.slice(0, 3)),
      ...words.filter((w) => w.length >= 6).map((w) => w.slice(0, -1) + "x"),
    ];
    let hits = 0;
    for (const q of new Set(queries)) {
      for (const kinds of [undefined, ["paper" as const], ["model" as const, "dataset" as const]]) {
        const expected = built.search(q, { limit: 10, kinds });
        hits += expected.length;
        expect(search.search(q, { limit: 10, kinds }), q).toStrictEqual(expected);
        expect(reloaded.search(q, { limit: 10, kinds }), q).toStrictEqual(expected);
      }
    }
    expect(hits).toBeGreaterThan(500); // the comparisons found things
  });
});

describe("the serve index an ingest writes", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "papergraph-serve-index-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const ingest = (dataDir: string) =>
    runIngest(
      [join(import.meta.dirname, "..", "..", "samples")],
      { kind: "kuzu", dataDir, readOnly: false },
      {
        batchSize: 2000,
        bulkFrom: 10_000,
        progress: false,
        log: () => undefined,
      },
    );

  it("describes the store, is not opened while stale, and is kept by a run that changes nothing", async () => {
    const data = join(work, "data");
    await ingest(data);
    const index = openServeIndex(data);
    expect(index).toBeDefined();
    const store = await openStore({ kind: "kuzu", dataDir: data, readOnly: true });
    const ids = (await store.run("read/all-node-ids")).rows.map((r) => String(r.id)).filter((id) => kindOfId(id));
    const searchable = (await store.run("read/search-documents")).rows.length;
    // The search index made from the rows the neighbourhood index read is the one read/search-documents gives.
    const fromStore = (await SearchIndex.fromStore(store)).toBytes();
    await store.close();
    expect(Buffer.from((await index!.search).toBytes()).equals(Buffer.from(fromStore))).toBe(true);
    expect(index!.nodes.nodeCount).toBe(ids.length);
    expect(ids.every((id) => index!.nodes.text.find(id) !== undefined)).toBe(true);
    expect((await index!.search).size).toBe(searchable);
    await index!.close();

    invalidateServeIndex(data);
    expect(openServeIndex(data)).toBeUndefined();
    restoreServeIndex(data);
    expect(openServeIndex(data)).toBeDefined();

    // The server over the store opens it, and answers as the store-built reader does.
    const served = await openStore({ kind: "kuzu", dataDir: data, readOnly: true });
    const server = await startServer(served, { host: "127.0.0.1", port: 0, dataDir: data });
    try {
      const built = await SearchIndex.fromStore(served);
      const query = ids.find((id) => id.startsWith("model:"))!.slice("model:".length, "model:".length + 4);
      const search = (await (await fetch(new URL(`/api/search?q=${query}`, server.url))).json()) as { hits: unknown };
      expect(search.hits).toEqual(built.search(query, { limit: 20 }));
      expect((search.hits as unknown[]).length).toBeGreaterThan(0);
      const node = await fetch(new URL(`/api/nodes/${encodeURIComponent(ids[0]!)}`, server.url));
      expect(node.status).toBe(200);
    } finally {
      await server.close();
      await served.close();
    }

    const written = statSync(join(serveIndexDir(data), "numbers.bin")).mtimeMs;
    const again = await ingest(data);
    expect(again.summary.added + again.summary.updated).toBe(0);
    expect(statSync(join(serveIndexDir(data), "numbers.bin")).mtimeMs).toBe(written);
    expect(existsSync(join(serveIndexDir(data), "manifest.json"))).toBe(true);
  });
});
