// End to end: the whole graph coloured by community, "shares data with", related methods and entity pages,
// each reached through the UI and checked against the API.

import { describe, expect, it } from "vitest";
import type {
  IntroductionResponse,
  NeighboursPageResponse,
  RelatedMethodsResponse,
  SharedDataResponse,
} from "../../domain/types.js";
import { useExplorerSession } from "./explorer-session.js";
import { api, clickNode, drawnNodes, waitForUrlState } from "./page-helpers.js";

const session = useExplorerSession();

async function searchAndChoose(label: string) {
  await session.page.fill('[data-testid="search-input"]', label.slice(0, 40));
  const hit = session.page.locator('[data-testid="search-hits"] button', { hasText: label.slice(0, 30) }).first();
  await hit.waitFor();
  await hit.dispatchEvent("mousedown");
}

describe("views", () => {
  it("colours the whole graph by community, with its own URL", async () => {
    await session.page.goto(session.server.url);
    const nodes = await drawnNodes(session.page);
    expect(nodes).toBeGreaterThan(100);
    await session.page.selectOption('[data-testid="color-mode"]', "community");
    await waitForUrlState(session.page, (s) => s.view === "overview" && s.color === "community");
    expect(new URL(session.page.url()).search).toContain("color=community");
    await session.page.locator('[data-testid="legend-communities"]').waitFor();
  }, 60_000);

  it("ranks the papers sharing a paper's datasets, each saying why", async () => {
    // A paper naming the corpus's most used dataset, plus at least one more dataset or benchmark if any does.
    const graph = await api<{ nodes: { id: string; kind: string; degree: number }[] }>(
      session.server.url,
      "/api/graph",
    );
    const dataset = graph.nodes.filter((n) => n.kind === "dataset").sort((a, b) => b.degree - a.degree)[0]!;
    const papers = await api<NeighboursPageResponse>(
      session.server.url,
      `/api/nodes/${encodeURIComponent(dataset.id)}/neighbours?limit=50`,
    );
    let best: SharedDataResponse | undefined;
    for (const p of papers.neighbours.slice(0, 15)) {
      const shares = await api<SharedDataResponse>(
        session.server.url,
        `/api/papers/${encodeURIComponent(p.id)}/shares-data?limit=60`,
      );
      if (!best || shares.items.length > best.items.length) best = shares;
    }
    expect(best!.matches.length).toBeGreaterThan(0);

    await searchAndChoose(best!.paper.label);
    await session.page.click('[data-testid="open-shares"]');
    await waitForUrlState(session.page, (s) => s.view === "shares" && s.focus === best!.paper.id);
    const sharedItems = new Set(best!.matches.flatMap((m) => m.shared));
    await drawnNodes(session.page, 1 + sharedItems.size + best!.matches.length);
    const reasons = await session.page.locator('[data-testid="share-reason"]').allTextContents();
    expect(reasons).toHaveLength(best!.matches.length);
    expect(reasons[0]).toContain(best!.matches[0]!.reason);
    for (const r of reasons) expect(r).toMatch(/^shares \d+ (dataset|benchmark)s?( and \d+ (dataset|benchmark)s?)?: /);
  }, 60_000);

  it("links methods used together, and centres on one", async () => {
    await session.page.click('[data-testid="tab-methods"]');
    await waitForUrlState(session.page, (s) => s.view === "methods");
    const all = await api<RelatedMethodsResponse>(session.server.url, "/api/methods/related?limit=150");
    await drawnNodes(session.page, all.nodes.length);
    const top = all.links[0]!;
    const label = (id: string) => all.nodes.find((n) => n.id === id)!.label;
    expect(await session.page.locator('[data-testid="methods-links"] li').first().textContent()).toContain(
      `${label(top.source)} + ${label(top.target)}`,
    );
    // Link weight filter: links lighter than 2 are hidden.
    await session.page.fill('[data-testid="min-weight"]', "2");
    await session.page.waitForFunction(
      (n) => document.querySelector('[data-testid="graph"]')?.getAttribute("data-visible-edges") === String(n),
      all.links.filter((l) => l.weight >= 2).length,
    );
    await session.page.fill('[data-testid="min-weight"]', "1");

    await clickNode(session.page, top.source);
    await session.page.click('[data-testid="centre-method"]');
    await waitForUrlState(session.page, (s) => s.view === "methods" && s.focus === top.source);
    const around = await api<RelatedMethodsResponse>(
      session.server.url,
      `/api/methods/related?limit=40&id=${encodeURIComponent(top.source)}`,
    );
    await drawnNodes(session.page, around.nodes.length);
    // An ego view: every link touches the focus, each related model says why, ranked by Jaccard.
    expect(around.links.every((l) => l.source === top.source)).toBe(true);
    const reasons = await session.page.locator('[data-testid="related-reason"]').allTextContents();
    expect(reasons).toEqual(around.related!.map((r) => r.reason));
    // The papers that tie each model, one to a line: each title starts its own line and none overlaps another.
    const ties = session.page.locator('[data-testid="related-ties"]');
    expect(await ties.count()).toBe(around.related!.length);
    for (let i = 0; i < around.related!.length; i++) {
      const buttons = ties.nth(i).locator("button");
      expect(await buttons.allTextContents()).toEqual(around.related![i]!.tiedBy.map((p) => p.label));
      const boxes = await Promise.all((await buttons.all()).map((b) => b.boundingBox()));
      for (const [j, box] of boxes.entries())
        if (j > 0)
          expect(box!.y, `tie ${j} of ${around.related![i]!.label}`).toBeGreaterThanOrEqual(
            boxes[j - 1]!.y + boxes[j - 1]!.height - 1,
          );
    }
    const jaccards = around.related!.map((r) => r.jaccard);
    expect(jaccards).toEqual([...jaccards].sort((a, b) => b - a));
    for (const r of around.related!) expect(r.support).toBeGreaterThanOrEqual(around.minSupport!);
  }, 60_000);

  it("shows a model's page: who proposed it, then who used it, newest first, each with its sentence", async () => {
    // A model some paper proposes and others use, picked from the data.
    const models = (await api<RelatedMethodsResponse>(session.server.url, "/api/methods/related?limit=80")).nodes;
    let model: NeighboursPageResponse | undefined;
    for (const m of models) {
      const s = await api<NeighboursPageResponse>(
        session.server.url,
        `/api/nodes/${encodeURIComponent(m.id)}/neighbours?limit=0`,
      );
      const relations = s.bundles.map((b) => b.relation);
      if (relations.includes("PROPOSES") && relations.includes("USES")) {
        model = s;
        break;
      }
    }
    expect(model).toBeDefined();
    const count = (relation: string) => model!.bundles.find((b) => b.relation === relation)!.count;
    await session.page.goto(new URL(`/?sel=${encodeURIComponent(model!.id)}`, session.server.url).toString());
    const used = session.page.locator('[data-testid="entity-section-USES"]');
    await used.locator(".neighbour").first().waitFor();
    // "Proposed by" counts confirmed introductions only (entity-pages.test.ts), never the raw PROPOSES links.
    const intro = await api<IntroductionResponse>(
      session.server.url,
      `/api/nodes/${encodeURIComponent(model!.id)}/introduction`,
    );
    const headings = await session.page.locator('[data-testid="panel"] h3').allTextContents();
    expect(headings[0]).toBe(`Proposed by (${intro.proposedBy.length})`);
    expect(headings).toContain(`Used by (${count("USES")})`);
    const dates = await used.locator(".neighbour .relation").allTextContents();
    const dated = dates.filter((d) => d !== "undated");
    expect(dated).toEqual([...dated].sort().reverse());
    expect(await used.locator(".evidence").count()).toBe(await used.locator(".neighbour").count());
    expect(await used.locator(".neighbour").count()).toBe(Math.min(10, count("USES")));
    if (count("USES") > 10) {
      await used.locator('[data-testid="entity-more"]').click();
      await session.page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="entity-section-USES"] .neighbour').length === n,
        Math.min(20, count("USES")),
      );
    }
  }, 60_000);
});
