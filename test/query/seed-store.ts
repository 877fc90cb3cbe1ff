// Ingests the seed corpus (the real extractor, the real pipeline) into a temp Kùzu store, keeps the graph batch
// the extraction produced for computing expected answers, and reopens the store read-only.

import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Mention, Paper } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { mergeRecords } from "../../ingest/merge.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { resolveSources } from "../../ingest/sources/index.js";
import { kuzuPath, openStore } from "../../store/index.js";
import type { KuzuStore } from "../../store/kuzu/index.js";
import type { GraphBatch } from "../../store/types.js";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const SAMPLES = join(import.meta.dirname, "..", "..", "samples");

export interface SeedStore {
  dataDir: string;
  path: string;
  /** Open read-only in this process; sandboxes open the same path read-only beside it. */
  store: KuzuStore;
  batch: GraphBatch;
  cleanup(): Promise<void>;
}

/**
 * The run's shared seed store (PAPERGRAPH_TEST_SEED_KUZU, ingested once by test/setup/global.ts with the real CLI)
 * opened read-only, with the batch the extractor makes of the same records; without it, a fresh ingest.
 */
export async function buildSeedStore(): Promise<SeedStore> {
  const shared = process.env.PAPERGRAPH_TEST_SEED_KUZU;
  if (shared) {
    const { records } = await resolveSources([existsSync(SEEDS) ? SEEDS : SAMPLES]);
    const papers = mergeRecords(records);
    const store = (await openStore({ kind: "kuzu", dataDir: shared, readOnly: true })) as KuzuStore;
    return {
      dataDir: shared,
      path: kuzuPath(shared),
      store,
      batch: buildGraphBatch(papers, extractCorpus(papers)),
      cleanup: () => store.close(),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "papergraph-query-"));
  const writable = await openStore({ kind: "kuzu", dataDir, readOnly: false });
  const { records } = await resolveSources([existsSync(SEEDS) ? SEEDS : SAMPLES]);
  let seen: { papers: Paper[]; mentions: Map<string, Mention[]> } | undefined;
  await ingestRecords(records, writable, {
    extract: async (papers) => {
      const mentions = extractCorpus(papers);
      seen = { papers, mentions };
      return mentions;
    },
  });
  await writable.close();
  const store = (await openStore({ kind: "kuzu", dataDir, readOnly: true })) as KuzuStore;
  return {
    dataDir,
    path: kuzuPath(dataDir),
    store,
    batch: buildGraphBatch(seen!.papers, seen!.mentions),
    async cleanup() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Counts per label and relationship type, a hash of every node and relationship, and the files on disk. */
export async function fingerprint(seed: SeedStore): Promise<{ counts: string; checksum: string; files: string }> {
  const read = async (q: string) => (await seed.store.read(q)).rows;
  const nodes = await read("MATCH (n) RETURN label(n) AS label, count(*) AS count ORDER BY label");
  const rels = await read("MATCH ()-[r]->() RETURN label(r) AS type, count(*) AS count ORDER BY type");
  const hash = createHash("sha256");
  hash.update(JSON.stringify(await read("MATCH (n) RETURN n ORDER BY n.id")));
  hash.update(
    JSON.stringify(
      await read("MATCH (a)-[r]->(b) RETURN a.id AS src, label(r) AS t, b.id AS dst, r AS rel ORDER BY src, t, dst"),
    ),
  );
  const files = readdirSync(seed.dataDir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => {
      const s = statSync(join(seed.dataDir, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    });
  return { counts: JSON.stringify({ nodes, rels }), checksum: hash.digest("hex"), files: files.join("\n") };
}
