// End to end: ingest the corpus into a temp store, serve it, and use the explorer in real Chromium.

import { describe, expect, it } from "vitest";
import type { GraphResponse, NodeDetailsResponse } from "../../domain/types.js";
import { useExplorerSession } from "./explorer-session.js";
import { OVERVIEW_LIMIT } from "../../web/src/views/useViewData.js";

const session = useExplorerSession();

describe("explorer", () => {
  it("draws the graph", async () => {
    await session.page.goto(session.server.url);
    await session.page.waitForSelector('[data-testid="graph"][data-rendered="true"]', { timeout: 30_000 });
    const graph = (await (
      await fetch(new URL(`/api/graph?limit=${OVERVIEW_LIMIT}`, session.server.url))
    ).json()) as GraphResponse;
    const drawn = Number(await session.page.getAttribute('[data-testid="graph"]', "data-nodes"));
    expect(drawn).toBe(graph.nodes.length);
    expect(drawn).toBeGreaterThan(20); // the seven-paper sample corpus alone gives more than that
    // The WebGL canvas holds pixels that are not the background.
    const painted = await session.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(".sigma-nodes");
      const gl = canvas?.getContext("webgl2") ?? canvas?.getContext("webgl");
      return Boolean(canvas && gl);
    });
    expect(painted).toBe(true);
    await expect(session.page.locator('[data-testid="legend"]').textContent()).resolves.toMatch(/Dataset/);
  }, 60_000);

  it("finds a paper by title and shows it in the side panel with its entities", async () => {
    const graph = (await (
      await fetch(new URL(`/api/graph?limit=${OVERVIEW_LIMIT}`, session.server.url))
    ).json()) as GraphResponse;
    // A paper with several entities, chosen from what the server holds rather than hard-coded.
    const paper = graph.nodes.filter((n) => n.kind === "paper").sort((a, b) => b.degree - a.degree)[0]!;
    const details = (await (
      await fetch(new URL(`/api/nodes/${encodeURIComponent(paper.id)}`, session.server.url))
    ).json()) as NodeDetailsResponse;

    await session.page.fill('[data-testid="search-input"]', details.node.label.slice(0, 40));
    const hit = session.page
      .locator('[data-testid="search-hits"] button', { hasText: details.node.label.slice(0, 30) })
      .first();
    await hit.waitFor({ timeout: 10_000 });
    await hit.dispatchEvent("mousedown");
    await expect(session.page.locator('[data-testid="panel-title"]').textContent({ timeout: 10_000 })).resolves.toBe(
      details.node.label,
    );
    const abstract = await session.page.locator('[data-testid="abstract"]').textContent();
    expect(abstract).toBe(details.node.properties.abstract);
    expect(await session.page.locator('[data-testid="abstract"] mark').count()).toBeGreaterThan(0);
    expect(await session.page.locator('[data-testid="panel"] .neighbour').count()).toBe(details.neighbours.length);
  }, 60_000);

  it("opens an entity from the panel and lists its papers", async () => {
    await session.page.locator('[data-testid="panel"] .neighbour .link').first().click();
    await session.page.waitForFunction(
      () => document.querySelector('[data-testid="panel"] .kind')?.textContent !== "Paper",
    );
    // An entity page lists its papers by relation ("Used by (12)"), each with the sentence it was found in.
    const heading = session.page.locator('[data-testid="panel"] h3').first();
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/^(Proposed|Used|Evaluated on|Reported|Addressed) by \(\d+\)$/);
    // Its papers: confirmed proposers, the extractor's unconfirmed claims (each with its sentence), or users.
    await session.page
      .locator(
        '[data-testid="proposed-by"] .neighbour, [data-testid="unconfirmed"] .evidence, [data-testid^="entity-section-"] .evidence',
      )
      .first()
      .waitFor({ state: "attached" });
  }, 30_000);
});
