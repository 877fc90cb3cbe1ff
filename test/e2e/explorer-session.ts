// One explorer session per test file: the corpus ingested into a temp store, served, and one Chromium page.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../tools/chromium.js";
import { startCorpusServer, type CorpusServer } from "../../tools/corpus-server.js";

export interface ExplorerSession {
  server: CorpusServer;
  browser: Browser;
  page: Page;
}

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
    session.server = await startCorpusServer(corpus?.());
    session.browser = await launchChromium();
    session.page = await session.browser.newPage({ viewport });
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
