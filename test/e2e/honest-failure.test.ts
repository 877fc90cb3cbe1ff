// End to end, at desktop and phone sizes: with the server stopped the app stays on screen, a banner names the
// problem and retries, opening the console and searching say what failed; when the server is back the app
// recovers by itself.

import { describe, expect, it } from "vitest";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import { drawnNodes } from "./page-helpers.js";

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`a lost server (${size})`, () => {
    const session = useExplorerSession(viewport);

    it("is named in a banner, never blanks the app, and the app recovers when it is back", async () => {
      const page = session.page;
      await page.goto(session.server.url);
      await drawnNodes(page);
      await session.server.pause();
      try {
        // Opening the console needs its code from the server: it says so, and the rest stays.
        await page.click('[data-testid="open-console"]');
        await page.locator('[data-testid="boundary-error"]').waitFor({ timeout: 15_000 });
        const banner = page.locator('[data-testid="connection-banner"]');
        await banner.waitFor();
        expect(await banner.textContent()).toContain(
          `Cannot reach the papergraph server at ${new URL(session.server.url).origin}`,
        );
        expect(await banner.textContent()).toMatch(/Retrying in \d+ s/);
        await page.locator("header h1").waitFor();
        expect(await page.locator('[data-testid="graph"]').count()).toBe(1);

        await page.fill('[data-testid="search-input"]', "BERT");
        const failure = page.locator('[data-testid="search-error"]');
        await failure.waitFor();
        expect(await failure.textContent()).toMatch(/^Search failed: Cannot reach the papergraph server/);
      } finally {
        await session.server.resume();
      }
      // Back by itself: the banner goes, the failed search runs again, the console opens.
      await page.locator('[data-testid="connection-banner"]').waitFor({ state: "detached", timeout: 30_000 });
      await page.locator('[data-testid="search-hits"] button').first().waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid="search-error"]').count()).toBe(0);
      await page.locator('[data-testid="boundary-error"] button').click();
      await page.locator('[data-testid="cypher-console"]').waitFor({ timeout: 15_000 });
    }, 90_000);
  });
}
