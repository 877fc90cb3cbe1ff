// One explorer server on a slice of the real corpus for a whole suite: the slice written to a temp file, ingested
// once with the real ingest CLI into a temp Kùzu directory, served read-only with the built web app, and one
// Chromium. Pages are the tests' own (a desktop and a phone one share the server).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../tools/chromium.js";
import { serveStore, type CorpusServer } from "../../tools/corpus-server.js";
import { ingestWithCli } from "../support/ingest-cli.js";
import { writeCorpusSlice, type CorpusRecord } from "../support/real-corpus.js";
import { SESSION_START_MS } from "./explorer-session.js";

export interface RealCorpusSession {
  server: CorpusServer;
  browser: Browser;
  /** The records the slice holds, as the corpus file has them (what a paper's page must show). */
  records: CorpusRecord[];
  /** Seconds the setup took: slicing, ingest, serving. */
  setupSeconds: number;
}

/** Registers the hooks; the object is filled in before the file's first test. Every `every`-th record is kept. */
export function useRealCorpusSession(every: number): RealCorpusSession {
  const session = {} as RealCorpusSession;
  const dir = mkdtempSync(join(tmpdir(), "papergraph-e2e-real-"));
  beforeAll(async () => {
    const started = performance.now();
    const slice = join(dir, "slice.jsonl");
    const dataDir = join(dir, "kuzu");
    session.records = await writeCorpusSlice(slice, every);
    // Exit 2: some records were cleaned or skipped and reported (control characters in real abstracts).
    await ingestWithCli(["--store", "kuzu", "--data", dataDir, slice], process.env, [0, 2]);
    session.server = await serveStore({ kind: "kuzu", dataDir });
    session.browser = await launchChromium();
    session.setupSeconds = (performance.now() - started) / 1000;
  }, SESSION_START_MS);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return session;
}
