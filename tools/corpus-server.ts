// Ingests a corpus into a temp Kùzu store and serves it with the built web app, for end-to-end tests.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../ingest/extract/index.js";
import { ingestRecords } from "../ingest/pipeline.js";
import { resolveSources } from "../ingest/sources/index.js";
import { DEFAULT_WEB_DIR, startServer } from "../server/start.js";
import { openStore } from "../store/index.js";
import type { GraphStore } from "../store/types.js";

export const SEEDS = join(import.meta.dirname, "..", "..", "shared", "seeds");
export const SAMPLES = join(import.meta.dirname, "..", "samples");

export interface CorpusServer {
  url: string;
  /** The data directory (the store and users' corrections). */
  dataDir: string;
  store: GraphStore;
  /** Stops answering HTTP (the store stays open), as a crashed or stopped server would. */
  pause(): Promise<void>;
  /** Answers again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export const DEFAULT_CORPUS = existsSync(SEEDS) ? SEEDS : SAMPLES;

export async function startCorpusServer(corpus: string | string[] = DEFAULT_CORPUS): Promise<CorpusServer> {
  if (!existsSync(join(DEFAULT_WEB_DIR, "index.html"))) throw new Error("the web app is not built: npm run build:web");
  const dataDir = mkdtempSync(join(tmpdir(), "papergraph-e2e-"));
  const writable = await openStore({ kind: "kuzu", dataDir, readOnly: false });
  const { records } = await resolveSources(Array.isArray(corpus) ? corpus : [corpus]);
  await ingestRecords(records, writable, { extract: async (papers) => extractCorpus(papers) });
  await writable.close();
  const store = await openStore({ kind: "kuzu", dataDir, readOnly: true });
  const settings = { host: "127.0.0.1", port: 0, webDir: DEFAULT_WEB_DIR, dataDir };
  let server = await startServer(store, settings);
  const port = Number(new URL(server.url).port);
  let running = true;
  return {
    url: server.url,
    dataDir,
    store,
    async pause() {
      if (running) await server.close();
      running = false;
    },
    async resume() {
      if (!running) server = await startServer(store, { ...settings, port });
      running = true;
    },
    async stop() {
      if (running) await server.close();
      running = false;
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
