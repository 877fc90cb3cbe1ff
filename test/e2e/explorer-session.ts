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

/** Registers the hooks; the returned object is filled in before the file's first test runs. */
export function useExplorerSession(): ExplorerSession {
  const session = {} as ExplorerSession;
  beforeAll(async () => {
    session.server = await startCorpusServer();
    session.browser = await launchChromium();
    session.page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
