// Serves a store with the built web app, for end-to-end tests and screenshots: a corpus ingested into a fresh
// store (a temp Kùzu directory, or a Neo4j server emptied first), or a store that already holds one (the test
// run's seed stores), opened read-only as `npm run serve` opens it.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../ingest/extract/index.js";
import { ingestRecords } from "../ingest/pipeline.js";
import { resolveSources } from "../ingest/sources/index.js";
import { DEFAULT_WEB_DIR, startServer } from "../server/start.js";
import { openStore } from "../store/index.js";
import type { Neo4jTarget } from "../store/neo4j/driver.js";
import type { GraphStore, StoreKind } from "../store/types.js";

export const SEEDS = join(import.meta.dirname, "..", "..", "shared", "seeds");
export const SAMPLES = join(import.meta.dirname, "..", "samples");

export interface CorpusServer {
  url: string;
  /** The store kind served. */
  kind: StoreKind;
  /** The server's data directory (users' corrections; for a Kùzu store it ingested, the store too). */
  dataDir: string;
  store: GraphStore;
  /** Stops answering HTTP (the store stays open), as a crashed or stopped server would. */
  pause(): Promise<void>;
  /** Answers again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export const DEFAULT_CORPUS = existsSync(SEEDS) ? SEEDS : SAMPLES;

/** A store that already holds a corpus: a Kùzu data directory, or a Neo4j server. */
export type ServedStore = { kind: "kuzu"; dataDir: string } | { kind: "neo4j"; target: Neo4jTarget };

function openServed(source: ServedStore, readOnly: boolean): Promise<GraphStore> {
  return source.kind === "kuzu"
    ? openStore({ kind: "kuzu", dataDir: source.dataDir, readOnly })
    : openStore({ kind: "neo4j", dataDir: "", readOnly, neo4j: source.target });
}

/**
 * Serves `source` read-only. Corrections go to a fresh temp directory (removed on stop), so servers sharing one
 * store never see each other's. `onStop` runs after the store is closed.
 */
export async function serveStore(source: ServedStore, onStop?: () => Promise<void> | void): Promise<CorpusServer> {
  if (!existsSync(join(DEFAULT_WEB_DIR, "index.html"))) throw new Error("the web app is not built: npm run build:web");
  const dataDir = mkdtempSync(join(tmpdir(), "papergraph-e2e-"));
  const store = await openServed(source, true);
  const settings = { host: "127.0.0.1", port: 0, webDir: DEFAULT_WEB_DIR, dataDir };
  let server = await startServer(store, settings);
  const port = Number(new URL(server.url).port);
  let running = true;
  return {
    url: server.url,
    kind: source.kind,
    dataDir,
    store,
    async pause() {
      // A request in flight must not hold the pause open: a stopped server drops its connections.
      if (running) await server.close({ drop: true });
      running = false;
    },
    async resume() {
      if (!running) server = await startServer(store, { ...settings, port });
      running = true;
    },
    async stop() {
      if (running) await server.close({ drop: true });
      running = false;
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      await onStop?.();
    },
  };
}

/** Ingests `corpus` (the real extractor and pipeline) into the store `into` names, which must start empty. */
export async function ingestCorpus(corpus: string | string[], into: ServedStore): Promise<void> {
  const writable = await openServed(into, false);
  try {
    const { records } = await resolveSources(Array.isArray(corpus) ? corpus : [corpus]);
    await ingestRecords(records, writable, { extract: async (papers) => extractCorpus(papers) });
  } finally {
    await writable.close();
  }
}

/**
 * Ingests `corpus` into a fresh store and serves it: a temp Kùzu directory (removed on stop) by default, or the
 * given Neo4j server, which the caller has emptied and holds for itself until `onStop`.
 */
export async function startCorpusServer(
  corpus: string | string[] = DEFAULT_CORPUS,
  options: { neo4j?: Neo4jTarget; onStop?: () => Promise<void> | void } = {},
): Promise<CorpusServer> {
  if (options.neo4j) {
    const source: ServedStore = { kind: "neo4j", target: options.neo4j };
    await ingestCorpus(corpus, source);
    return serveStore(source, options.onStop);
  }
  const storeDir = mkdtempSync(join(tmpdir(), "papergraph-e2e-store-"));
  const source: ServedStore = { kind: "kuzu", dataDir: storeDir };
  try {
    await ingestCorpus(corpus, source);
  } catch (error) {
    rmSync(storeDir, { recursive: true, force: true });
    throw error;
  }
  return serveStore(source, async () => {
    rmSync(storeDir, { recursive: true, force: true });
    await options.onStop?.();
  });
}
