// End to end, at desktop and phone sizes: a paper's links (arXiv, PDF, Hugging Face, venue, code) and authors in
// the panel, an author's page, and the date filter that says how many undated papers it hides (with a toggle to
// keep them) and a year slider. The seed corpus plus two papers of our own with ids, links and authors.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphResponse, NodeDetailsResponse } from "../../domain/types.js";
import { DEFAULT_CORPUS } from "../../tools/corpus-server.js";
import { useExplorerSession, VIEWPORTS, type ExplorerSession } from "./explorer-session.js";
import { OVERVIEW_LIMIT } from "../../web/src/views/useViewData.js";
import { api, drawnNodes, visibleNodes, waitForUrlState } from "./page-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "papergraph-e2e-papers-"));
const OWN = join(dir, "own.jsonl");
writeFileSync(
  OWN,
  [
    {
      id: "2101.00042",
      title: "Quillnet: Feathered Attention for Small Images",
      abstract: "We propose Quillnet, a model that routes attention through feathers, and evaluate it on ImageNet.",
      authors: ["Ada Byron", "Alan Mathison"],
      date: "2021-01-05",
      githubRepo: "https://github.com/example/quillnet",
    },
    {
      title: "Scaling Feathers",
      abstract: "We study Quillnet at scale on ImageNet.",
      authors: ["Ada Byron"],
      date: "2022",
      venue: "neurips",
      url: "https://openreview.net/forum?id=feathers",
    },
  ]
    .map((l) => JSON.stringify(l))
    .join("\n"),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openSidebar(page: Page) {
  const toggle = page.locator('[data-testid="sidebar-toggle"]');
  if (await toggle.isVisible()) await toggle.click();
}

// One server for both sizes (an ingest of its own: on Neo4j it holds the scratch server), a page per size.
const shared = useExplorerSession(VIEWPORTS.desktop, () => [DEFAULT_CORPUS, OWN]);

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`papers (${size})`, () => {
    const session = {} as ExplorerSession;
    beforeAll(async () => {
      Object.assign(session, shared, { page: await shared.browser.newPage({ viewport }) });
    });
    afterAll(() => session.page?.close());

    it("shows a paper's links and authors, and an author's page", async () => {
      const details = await api<NodeDetailsResponse>(session.server.url, "/api/nodes/arxiv%3A2101.00042");
      await session.page.goto(`${session.server.url}?sel=arxiv%3A2101.00042`);
      const links = session.page.locator('[data-testid="paper-links"] a');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toEqual(details.node.links!.map((l) => new URL(l.url).href));
      expect(hrefs).toContain("https://arxiv.org/abs/2101.00042");
      expect(hrefs).toContain("https://github.com/example/quillnet");
      const box = await links.last().boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 1);

      await session.page.locator('[data-testid="paper-authors"] button', { hasText: "Ada Byron" }).click();
      await session.page.locator('[data-testid="panel-title"]', { hasText: "Ada Byron" }).waitFor();
      const papers = await session.page.locator('[data-testid="author-papers"] .link').allTextContents();
      expect(papers).toEqual(["Scaling Feathers", "Quillnet: Feathered Attention for Small Images"]);
      await session.page.locator('[data-testid="author-papers"] .link', { hasText: "Scaling Feathers" }).click();
      await session.page.locator('[data-testid="paper-links"] a[data-kind="venue"]').waitFor();
    }, 60_000);

    it("says how many undated papers the dates hide, and keeps them on request", async () => {
      const graph = await api<GraphResponse>(session.server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
      const papers = graph.nodes.filter((n) => n.kind === "paper");
      const undated = papers.filter((n) => !n.date || !/^\d{4}/.test(n.date)).length;
      expect(undated).toBeGreaterThan(0);
      await session.page.goto(`${session.server.url}?from=2020`);
      await drawnNodes(session.page);
      await openSidebar(session.page);
      const note = session.page.locator('[data-testid="undated-note"]');
      expect(await note.textContent()).toBe(
        `${undated.toLocaleString("en-US")} of ${papers.length.toLocaleString("en-US")} papers are undated and hidden by the dates.`,
      );
      const before = await visibleNodes(session.page);
      await session.page.locator('[data-testid="keep-undated"]').check();
      await waitForUrlState(session.page, (s) => s.filters.keepUndated);
      await session.page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="graph"]')?.getAttribute("data-visible")) > n,
        before,
      );
    }, 60_000);

    it("filters the overview by year with a slider", async () => {
      await session.page.goto(session.server.url);
      await drawnNodes(session.page);
      await openSidebar(session.page);
      const slider = session.page.locator('[data-testid="year-from"]');
      const max = Number(await slider.getAttribute("max"));
      const all = await visibleNodes(session.page);
      await slider.fill(String(max));
      const state = await waitForUrlState(session.page, (s) => s.filters.from === String(max));
      expect(state.filters.from).toBe(String(max));
      expect(await session.page.locator('[data-testid="year-from-value"]').textContent()).toBe(String(max));
      expect(await visibleNodes(session.page)).toBeLessThan(all);
    }, 60_000);
  });
}
