// One explorer session per test file: the seed corpus (or a corpus of the file's own) served from the store kind
// the vitest project names (e2e-store.ts), and one Chromium page.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../tools/chromium.js";
import type { CorpusServer } from "../../tools/corpus-server.js";
import { startE2eServer } from "./e2e-store.js";

export interface ExplorerSession {
  server: CorpusServer;
  browser: Browser;
  page: Page;
}

/**
 * Starting a session may ingest a corpus; on Neo4j it may first wait for the scratch server another file holds
 * (test/support/neo4j.ts's lock), and on a busy 2-core machine both take minutes.
 */
export const SESSION_START_MS = 600_000;

/** The two sizes every explorer feature is checked at. */
export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Registers the hooks; the returned object is filled in before the file's first test runs. `corpus` names what to
 * ingest (the seed corpus by default); a function, so files it writes exist by the time the hooks run.
 */
export function useExplorerSession(
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
  corpus?: () => string | string[],
): ExplorerSession {
  const session = {} as ExplorerSession;
  beforeAll(async () => {
    session.server = await startE2eServer(corpus?.());
    session.browser = await launchChromium();
    session.page = await session.browser.newPage({ viewport });
  }, SESSION_START_MS);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
