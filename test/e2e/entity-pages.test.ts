// End to end, at desktop and phone sizes: entity pages say who introduced an entity only when a paper does so
// with confidence (checked against the API on the seed corpus), link variants both ways, and take corrections.

import { describe, expect, it } from "vitest";
import type { IntroductionResponse, NodeDetailsResponse } from "../../domain/types.js";
import { readCorrections, correctionsPath } from "../../store/corrections.js";
import { useExplorerSession, VIEWPORTS } from "./explorer-session.js";
import { api } from "./page-helpers.js";

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`entity pages (${size})`, () => {
    const session = useExplorerSession(viewport);
    const open = async (id: string) => {
      await session.page.goto(`${session.server.url}?sel=${encodeURIComponent(id)}`);
      await session.page.locator('[data-testid="entity-introduction"]').waitFor({ timeout: 30_000 });
    };

    it("shows each well-known model's confirmed proposers, or says it was introduced elsewhere", async () => {
      for (const id of ["model:vit", "model:bert", "model:dit"]) {
        const page = await api<IntroductionResponse>(session.server.url, `/api/nodes/${id}/introduction`);
        await open(id);
        const section = session.page.locator('[data-testid="entity-introduction"]');
        if (page.introducedElsewhere) {
          await expect(section.locator('[data-testid="introduced-elsewhere"]').textContent()).resolves.toContain(
            `no paper of this corpus introduces ${page.label}`,
          );
        } else {
          const shown = await section.locator('[data-testid="proposed-by"] li .link').allTextContents();
          expect(shown.map((s) => s.split(" · ")[0])).toEqual(page.proposedBy.map((p) => p.label));
        }
        // What the extractor claimed without confirmation is never the headline.
        for (const p of page.unconfirmed) {
          expect(
            await section
              .locator('[data-testid="proposed-by"]')
              .count()
              .then(async (n) => (n ? section.locator('[data-testid="proposed-by"]').textContent() : "")),
          ).not.toContain(p.label);
        }
        const inView = await section.boundingBox();
        expect(inView!.x).toBeGreaterThanOrEqual(0);
        expect(inView!.x + inView!.width).toBeLessThanOrEqual(viewport.width + 1);
      }
    }, 120_000);

    it("shows DiT-3D's paper proposing the variant, and the variant linked to DiT", async () => {
      const dit = await api<IntroductionResponse>(session.server.url, "/api/nodes/model:dit/introduction");
      const proposed = dit.variants.filter((v) => v.proposedBy.length);
      expect(proposed.length).toBeGreaterThan(0);
      await open("model:dit");
      const variants = await session.page.locator('[data-testid="variants"] li').allTextContents();
      expect(variants).toHaveLength(proposed.length);
      expect(variants[0]).toContain(proposed[0]!.label);
      await session.page.locator('[data-testid="variants"] li .link', { hasText: proposed[0]!.label }).first().click();
      await session.page.locator('[data-testid="variant-of"]', { hasText: "DiT" }).waitFor();
      await session.page.locator('[data-testid="variant-of"] button', { hasText: /^DiT$/ }).click();
      await session.page.locator('[data-testid="panel-title"]', { hasText: /^DiT$/ }).waitFor();
    }, 60_000);

    it("draws papers per year that introduce or name the entity", async () => {
      // The model with the longest timeline among the three, so the bars are worth checking.
      const pages = await Promise.all(
        ["model:vit", "model:bert", "model:dit"].map((id) =>
          api<IntroductionResponse>(session.server.url, `/api/nodes/${id}/introduction`),
        ),
      );
      const page = pages.sort((a, b) => b.timeline.length - a.timeline.length)[0]!;
      await open(page.id);
      if (!page.timeline.length) {
        await session.page.locator('[data-testid="timeline-empty"]').waitFor();
        return;
      }
      const bars = session.page.locator('[data-testid="timeline"] .bar');
      expect(await bars.count()).toBe(page.timeline.length);
      const counts = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
      expect(counts).toEqual(page.timeline.map((y) => y.introduce + y.use));
      const figure = await session.page.locator('[data-testid="timeline"]').boundingBox();
      expect(figure!.x + figure!.width).toBeLessThanOrEqual(viewport.width + 1);
    }, 60_000);

    it("stores a correction reported from the panel", async () => {
      // Any paper linked to ViT will do: which of them claim to propose it depends on extraction.
      const vit = await api<NodeDetailsResponse>(session.server.url, "/api/nodes/model:vit");
      const paper = vit.neighbours.find((n) => n.kind === "paper");
      await open("model:vit");
      await session.page.click('[data-testid="report-open"]');
      await session.page.selectOption('[data-testid="report-issue"]', "not-proposed");
      await session.page.fill('[data-testid="report-paper"]', paper!.id);
      await session.page.click('[data-testid="report-submit"]');
      await session.page.locator('[data-testid="report-thanks"]').waitFor();
      const stored = readCorrections(correctionsPath(session.server.dataDir)).filter((c) => c.entity === "model:vit");
      expect(stored.at(-1)).toMatchObject({ entity: "model:vit", paper: paper!.id, issue: "not-proposed" });
    }, 60_000);
  });
}
