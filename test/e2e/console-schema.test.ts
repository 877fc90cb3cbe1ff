// End to end, at desktop and phone sizes: the console's schema panel lists labels and relationship types with
// the store's counts, and the dialect's hints (Kùzu's label(r) rather than type(r); Neo4j's own type(r)).

import { describe, expect, it } from "vitest";
import type { SchemaResponse } from "../../domain/types.js";
import { E2E_STORE } from "./e2e-store.js";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import { api, drawnNodes } from "./page-helpers.js";

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`console schema (${size})`, () => {
    const session = useExplorerSession(viewport);

    it("shows labels, relationship types, counts and dialect hints", async () => {
      const schema = await api<SchemaResponse>(session.server.url, "/api/schema");
      const page = session.page;
      await page.goto(session.server.url);
      await drawnNodes(page);
      await page.click('[data-testid="open-console"]');
      await page.click('[data-testid="console-schema"]');
      const labels = page.locator('[data-testid="schema-label"]');
      await labels.first().waitFor();
      expect(await labels.count()).toBe(schema.labels.length);
      const paper = schema.labels.find((l) => l.name === "Paper")!;
      expect(
        await labels
          .filter({ hasText: /^Paper/ })
          .first()
          .textContent(),
      ).toContain(`Paper (${paper.count!.toLocaleString("en-US")})`);
      expect(await page.locator('[data-testid="schema-relationship"]').count()).toBe(schema.relationships.length);
      // Each store's own dialect: the console runs the analyst's Cypher as the store reads it.
      const hint = E2E_STORE === "kuzu" ? "label(r), not type(r)" : "A relationship's type is type(r)";
      expect(await page.locator('[data-testid="dialect-hints"]').textContent()).toContain(hint);
    }, 60_000);
  });
}
