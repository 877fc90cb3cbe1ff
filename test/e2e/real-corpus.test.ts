// End to end on the real corpus (a slice of ML Anthology, ingested once with the real CLI), at desktop and phone
// sizes: issue 14's points checked on real data, every expectation derived from the store (Cypher) or from the
// corpus records themselves, never written down: the best-connected model's page (proposers, timeline, related
// methods), a paper's links and authors, dates, readable labels, the panel beside the selection, the phone sheet,
// a lost server, the console and the exports.

import { parse as parseCsv } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-library/gexf";
import { parse as parseGraphml } from "graphology-library/graphml";
import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  GraphResponse,
  IntroducingPaper,
  IntroductionResponse,
  RelatedMethodsResponse,
  SchemaResponse,
} from "../../domain/types.js";
import { hiddenNodes } from "../../web/src/core/filters/index.js";
import { buildGraph } from "../../web/src/graph/build-graph.js";
import { OVERVIEW_LIMIT } from "../../web/src/views/useViewData.js";
import type { CorpusRecord } from "../support/real-corpus.js";
import { VIEWPORTS } from "./explorer-session.js";
import {
  api,
  drawnNodes,
  expectHubsLabelled,
  expectLabelledView,
  expectReadable,
  expectSelectionNeighboursLabelled,
  modelToSelect,
  nodePoint,
  settledLabels,
  visibleNodes,
  waitForUrlState,
} from "./page-helpers.js";
import { useRealCorpusSession } from "./real-corpus-session.js";

/** Every 50th record: about 3,100 papers from every venue and year of the file. */
const session = useRealCorpusSession(50);
const pages = {} as Record<keyof typeof VIEWPORTS, Page>;
let overview: GraphResponse;
/** The model most papers name, and what its page and related-methods view answer. */
let model: { id: string; label: string; papers: number };

const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await session.server.store.read(cypher, params)).rows;
const url = (path: string) => new URL(path, session.server.url).toString();

beforeAll(async () => {
  console.log(`real-corpus slice: ${session.records.length} records ready in ${session.setupSeconds.toFixed(1)} s`);
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    pages[size as keyof typeof VIEWPORTS] = await session.browser.newPage({ viewport });
  }
  overview = await api<GraphResponse>(session.server.url, `/api/graph?limit=${OVERVIEW_LIMIT}`);
  const [top] = await read(
    `MATCH (p:Paper)-[]->(m:Model) RETURN m.id AS id, m.name AS label, count(DISTINCT p) AS papers
     ORDER BY papers DESC, id LIMIT 1`,
  );
  model = top as typeof model;
}, 120_000);
afterAll(() => Promise.all(Object.values(pages).map((p) => p.close())));

/** Lower case, letters and digits only: "CLIP-Lite:" and "clip lite" compare equal. */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The rule for "Proposed by": the title is headed by the name, or a sentence says the paper proposes it. */
function expectConfirmed(entity: { label: string }, p: IntroducingPaper) {
  if (p.basis === "title")
    expect(squash(p.label), `${p.label} is headed by ${entity.label}`).toContain(squash(entity.label));
  else {
    expect(p.evidence, `${p.label}'s sentence`).toMatch(/\b(propose|present|introduce|develop|call)/i);
    expect(squash(p.evidence)).toContain(squash(entity.label));
  }
}

/** Dates ascending, undated last. */
const earliestFirst = (ps: IntroducingPaper[]) =>
  ps.every((p, i) => i === 0 || !p.date || (ps[i - 1]!.date !== null && ps[i - 1]!.date! <= p.date));

/** A record of the slice with a code link and as many other links as any, and its id in the store. */
async function paperWithLinks(): Promise<{ record: CorpusRecord; id: string }> {
  const ranked = session.records
    .filter((r) => r.githubRepo && r.authors.length > 1)
    .sort(
      (a, b) =>
        Number(b.links.some((l) => /arxiv\.org/.test(l))) - Number(a.links.some((l) => /arxiv\.org/.test(l))) ||
        b.links.length - a.links.length,
    );
  for (const record of ranked) {
    const [row] = await read("MATCH (p:Paper) WHERE p.title = $title RETURN p.id AS id", { title: record.title });
    if (row) return { record, id: row.id as string };
  }
  throw new Error("no paper of the slice with a code link is in the store");
}

describe("the best-connected model's page", () => {
  it("lists only confirmed proposers, earliest first, and variants as proposing themselves", async () => {
    const intro = await api<IntroductionResponse>(
      session.server.url,
      `/api/nodes/${encodeURIComponent(model.id)}/introduction`,
    );
    for (const p of intro.proposedBy) expectConfirmed(intro, p);
    expect(earliestFirst(intro.proposedBy)).toBe(true);
    expect(intro.introducedElsewhere).toBe(intro.proposedBy.length === 0);
    // A variant's proposer is named for the variant, and the variant names the model as its base.
    for (const v of intro.variants) {
      for (const p of v.proposedBy) expectConfirmed(v, p);
      const base = await api<IntroductionResponse>(
        session.server.url,
        `/api/nodes/${encodeURIComponent(v.id)}/introduction`,
      );
      expect(base.variantOf.map((b) => b.id)).toContain(model.id);
    }
    for (const [size, page] of Object.entries(pages)) {
      await page.goto(url(`/?sel=${encodeURIComponent(model.id)}`));
      const section = page.locator('[data-testid="entity-introduction"]');
      await section.waitFor({ timeout: 30_000 });
      if (intro.introducedElsewhere) {
        expect(await section.locator('[data-testid="introduced-elsewhere"]').textContent()).toContain(
          `no paper of this corpus introduces ${intro.label}`,
        );
      } else {
        const shown = await section.locator('[data-testid="proposed-by"] li .link').allTextContents();
        expect(shown.map((s) => s.split(" · ")[0])).toEqual(intro.proposedBy.map((p) => p.label));
      }
      const box = (await section.boundingBox())!;
      expect(box.x, size).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, size).toBeLessThanOrEqual(VIEWPORTS[size as keyof typeof VIEWPORTS].width + 1);
    }
  }, 90_000);

  it("draws papers per year as Cypher counts them", async () => {
    const rows = await read(
      `MATCH (p:Paper)-[]->(m:Model {id: $id}) WHERE p.year IS NOT NULL
       RETURN p.year AS year, count(DISTINCT p) AS papers ORDER BY year`,
      { id: model.id },
    );
    expect(rows.length, `${model.label} is named in more than one year`).toBeGreaterThan(1);
    const intro = await api<IntroductionResponse>(
      session.server.url,
      `/api/nodes/${encodeURIComponent(model.id)}/introduction`,
    );
    const perYear = new Map(intro.timeline.map((y) => [y.year, y.introduce + y.use]));
    expect(Object.fromEntries(rows.map((r) => [r.year, perYear.get(r.year as number) ?? 0]))).toEqual(
      Object.fromEntries(rows.map((r) => [r.year, r.papers])),
    );
    const page = pages.desktop;
    await page.goto(url(`/?sel=${encodeURIComponent(model.id)}`));
    const bars = page.locator('[data-testid="timeline"] .bar');
    await bars.first().waitFor({ timeout: 30_000 });
    const drawn = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
    expect(drawn.filter((n) => n > 0)).toEqual(rows.map((r) => r.papers));
  }, 60_000);

  it("ranks related methods by Jaccard with the papers that tie them and a reason, in a labelled ego view", async () => {
    const related = await api<RelatedMethodsResponse>(
      session.server.url,
      `/api/methods/related?id=${encodeURIComponent(model.id)}`,
    );
    const list = related.related!;
    expect(list.length, `models related to ${model.label}`).toBeGreaterThan(0);
    for (const [i, r] of list.entries()) {
      if (i > 0) expect(r.jaccard).toBeLessThanOrEqual(list[i - 1]!.jaccard);
      // Support and Jaccard as Cypher counts them.
      const [both] = await read(
        `MATCH (a:Model {id: $a})<-[]-(p:Paper)-[]->(b:Model {id: $b}) RETURN count(DISTINCT p) AS n`,
        { a: model.id, b: r.id },
      );
      expect(r.support).toBe(both!.n);
      expect(r.jaccard).toBeCloseTo(r.support / (model.papers + r.papers - r.support), 2);
      expect(r.reason).toContain(String(r.support));
      expect(r.tiedBy.length).toBeGreaterThan(0);
      for (const p of r.tiedBy) {
        const [tie] = await read(
          `MATCH (a:Model {id: $a})<-[]-(p:Paper {id: $p})-[]->(b:Model {id: $b}) RETURN count(*) AS n`,
          { a: model.id, b: r.id, p: p.id },
        );
        expect(tie!.n, `${p.label} names ${model.label} and ${r.label}`).toBeGreaterThan(0);
      }
    }
    for (const [size, page] of Object.entries(pages)) {
      await page.goto(url(`/methods/${encodeURIComponent(model.id)}`));
      await drawnNodes(page);
      if (size === "phone") await openViewSide(page);
      const items = page.locator('[data-testid="related-methods"] > li');
      await items.first().waitFor({ timeout: 30_000 });
      expect(await items.locator("> button.link").allTextContents()).toEqual(list.map((r) => r.label));
      expect(await page.locator('[data-testid="related-reason"]').allTextContents()).toEqual(list.map((r) => r.reason));
      if (size === "phone") await closeViewSide(page);
      const { labels, width, height } = await settledLabels(page);
      expectReadable(labels, width, height);
      expect(
        labels.map((l) => l.id),
        `${size}: the focus is labelled`,
      ).toContain(model.id);
    }
  }, 90_000);
});

/** On a phone the view's side list sits in the menu (the sidebar); open and close it. */
async function openViewSide(page: Page) {
  const toggle = page.locator('[data-testid="sidebar-toggle"]');
  if (await toggle.isVisible()) await toggle.click();
}
const closeViewSide = openViewSide;

describe("a real paper", () => {
  it("shows the record's links and authors in the panel; an author's page lists their papers", async () => {
    const { record, id } = await paperWithLinks();
    const want = new Set(
      [...record.links, record.githubRepo!].map((u) =>
        u
          .replace(/^https?:\/\/(www\.)?/, "")
          .replace(/\/+$/, "")
          .toLowerCase(),
      ),
    );
    for (const [size, page] of Object.entries(pages)) {
      await page.goto(url(`/?sel=${encodeURIComponent(id)}`));
      const links = page.locator('[data-testid="paper-links"] a');
      await links.first().waitFor({ timeout: 30_000 });
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      const shown = new Set(
        hrefs.map((u) =>
          u
            .replace(/^https?:\/\/(www\.)?/, "")
            .replace(/\/+$/, "")
            .toLowerCase(),
        ),
      );
      for (const u of want) expect(shown, `${size}: ${u}`).toContain(u);
      expect(await page.locator('[data-testid="paper-links"] a[data-kind="code"]').count()).toBeGreaterThan(0);
      const last = (await links.last().boundingBox())!;
      expect(last.x + last.width, size).toBeLessThanOrEqual(VIEWPORTS[size as keyof typeof VIEWPORTS].width + 1);
      const authors = await page.locator('[data-testid="paper-authors"] button').allTextContents();
      expect(authors).toEqual(record.authors);
    }
    // The first author's page: the slice's papers by that name.
    const page = pages.desktop;
    const author = record.authors[0]!;
    await page.locator('[data-testid="paper-authors"] button', { hasText: author }).first().click();
    await page.locator('[data-testid="panel-title"]', { hasText: author }).waitFor();
    const titles = await page.locator('[data-testid="author-papers"] .link').allTextContents();
    const byName = new Set(session.records.filter((r) => r.authors.includes(author)).map((r) => r.title));
    expect(new Set(titles)).toEqual(byName);
  }, 90_000);
});

describe("dates on the overview", () => {
  it("says how many papers are undated, and the year slider filters the overview as the filters compute", async () => {
    const page = pages.desktop;
    const papers = overview.nodes.filter((n) => n.kind === "paper");
    const undated = papers.filter((n) => !/^\d{4}/.test(n.date ?? "")).length;
    const years = papers.flatMap((n) => (/^\d{4}/.test(n.date ?? "") ? [Number(n.date!.slice(0, 4))] : [])).sort();
    const median = years[Math.floor(years.length / 2)]!;
    await page.goto(url("/"));
    expect(await drawnNodes(page)).toBe(overview.nodes.length);
    const slider = page.locator('[data-testid="year-from"]');
    expect(Number(await slider.getAttribute("min"))).toBe(years[0]);
    expect(Number(await slider.getAttribute("max"))).toBe(years.at(-1));
    await slider.fill(String(median));
    const state = await waitForUrlState(page, (s) => s.filters.from === String(median));
    const hidden = hiddenNodes(buildGraph(overview), state.filters, null);
    expect(hidden.size).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="graph"]')?.getAttribute("data-visible") === String(n),
      overview.nodes.length - hidden.size,
    );
    const note = page.locator('[data-testid="undated-note"]');
    if (undated === 0) expect(await note.count()).toBe(0);
    else
      expect(await note.textContent()).toBe(
        `${undated.toLocaleString("en-US")} of ${papers.length.toLocaleString("en-US")} papers are undated and hidden by the dates.`,
      );
    expect(await visibleNodes(page)).toBe(overview.nodes.length - hidden.size);
  }, 60_000);
});

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`readable on real data (${size})`, () => {
    it("labels the dense overview and the model's neighbourhood without overlaps, cuts or text over dots", async () => {
      const page = pages[size as keyof typeof VIEWPORTS];
      for (const [path, focus] of [
        ["/", null],
        // The model with its first two pages of papers open.
        [`/neighbourhood/${encodeURIComponent(model.id)}?exp=${encodeURIComponent(model.id)}~paper.USES*2`, model.id],
      ] as const) {
        // A phone's canvas has room for few labels between the overview's dots; a desktop's for more.
        await expectLabelledView(page, url(path), focus, path === "/" && size === "phone" ? 1 : 3);
      }
    }, 90_000);

    it("names the overview's hubs, and a selected model's neighbours over the faded rest", async () => {
      const page = pages[size as keyof typeof VIEWPORTS];
      await page.goto(url("/"));
      await drawnNodes(page);
      await expectHubsLabelled(page);
      const chosen = modelToSelect(overview);
      expect(chosen.neighbours, `${chosen.id} has neighbours to label`).toBeGreaterThanOrEqual(5);
      const min = Math.min(chosen.neighbours, size === "phone" ? 3 : 5);
      await expectSelectionNeighboursLabelled(page, url(`/?sel=${encodeURIComponent(chosen.id)}`), chosen.id, min);
    }, 90_000);

    it("opens the panel beside (desktop) or below as a sheet (phone), clear of the selected node", async () => {
      const page = pages[size as keyof typeof VIEWPORTS];
      await page.goto(url(`/?sel=${encodeURIComponent(model.id)}`));
      await drawnNodes(page);
      await page.locator('[data-testid="panel"]').waitFor();
      await settledLabels(page);
      const graph = (await page.locator('[data-testid="graph"]').boundingBox())!;
      const panel = (await page.locator('[data-testid="panel"]').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width + 1);
      if (size === "phone") {
        // A bottom sheet: under the graph, the whole width.
        expect(graph.y + graph.height).toBeLessThanOrEqual(panel.y + 1);
        expect(panel.width).toBeGreaterThan(viewport.width - 20);
        expect(graph.height).toBeGreaterThan(viewport.height / 4);
      } else expect(graph.x + graph.width).toBeLessThanOrEqual(panel.x + 1);
      const p = await nodePoint(page, model.id);
      expect(p.x).toBeGreaterThanOrEqual(graph.x);
      expect(p.x).toBeLessThanOrEqual(graph.x + graph.width);
      expect(p.y).toBeGreaterThanOrEqual(graph.y);
      expect(p.y).toBeLessThanOrEqual(graph.y + graph.height);
      expect((await settledLabels(page)).labels.map((l) => l.id)).toContain(model.id);
    }, 60_000);
  });
}

describe("a lost server on real data", () => {
  it("is named in a banner and the app recovers by itself", async () => {
    const page = pages.phone;
    await page.goto(url("/"));
    await drawnNodes(page);
    await session.server.pause();
    try {
      await page.fill('[data-testid="search-input"]', model.label);
      await page.locator('[data-testid="search-error"]').waitFor({ timeout: 15_000 });
      const banner = page.locator('[data-testid="connection-banner"]');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(
        `Cannot reach the papergraph server at ${new URL(session.server.url).origin}`,
      );
      expect(await page.locator('[data-testid="graph"]').count()).toBe(1);
    } finally {
      await session.server.resume();
    }
    await page.locator('[data-testid="connection-banner"]').waitFor({ state: "detached", timeout: 30_000 });
    await page.locator('[data-testid="search-hits"] button', { hasText: model.label }).first().waitFor();
  }, 60_000);
});

describe("the console on real data", () => {
  it("shows the schema with the store's counts, and names in a saved query's cells", async () => {
    const schema = await api<SchemaResponse>(session.server.url, "/api/schema");
    for (const label of schema.labels) {
      const [row] = await read(`MATCH (n:${label.name}) RETURN count(n) AS n`);
      expect(label.count, label.name).toBe(row!.n);
    }
    // The console opens from its button at both sizes (on a phone it once could not be reached), its schema panel
    // on screen.
    for (const [size, sized] of Object.entries(pages)) {
      await sized.goto(url("/"));
      await drawnNodes(sized);
      await sized.click('[data-testid="open-console"]');
      await sized.click('[data-testid="console-schema"]');
      await sized.locator('[data-testid="schema-label"]').first().waitFor();
      expect(await sized.locator('[data-testid="schema-label"]').count(), size).toBe(schema.labels.length);
      const first = (await sized.locator('[data-testid="schema-label"]').first().boundingBox())!;
      expect(first.x, size).toBeGreaterThanOrEqual(0);
      expect(first.x + first.width, size).toBeLessThanOrEqual(VIEWPORTS[size as keyof typeof VIEWPORTS].width + 1);
    }
    const page = pages.desktop;

    const { record, id } = await paperWithLinks();
    const entities = await read("MATCH (p:Paper {id: $id})-[]->(e) RETURN count(DISTINCT e) AS n", { id });
    await page.selectOption('[data-testid="saved-query-picker"]', "paper-entities");
    await page.fill('[data-testid="param-paper"]', record.title);
    await page.click('[data-testid="console-run"]');
    await page.waitForSelector('[data-testid="console-status"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="console-status"]')).toMatch(new RegExp(`^${entities[0]!.n} rows?`));
    const table = (await page.locator('[data-testid="result-table"]').textContent())!;
    expect(table).toContain(record.title);
    expect(table).not.toMatch(/\(:\w+ /);
  }, 60_000);
});

describe("exports of real data", () => {
  const download = async (page: Page, testId: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testId}"]`)]);
    return readFileSync((await file.path())!).toString("utf8");
  };

  it("parse back losslessly: CSV nodes and edges, GEXF and GraphML, well-formed XML", async () => {
    const page = pages.desktop;
    await page.goto(url("/?kinds=model,dataset,benchmark,metric&minDeg=2"));
    await drawnNodes(page);
    const expected = overview.nodes.filter(
      (n) => ["model", "dataset", "benchmark", "metric"].includes(n.kind) && n.degree >= 2,
    );
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="graph"]')?.getAttribute("data-visible") === String(n),
      expected.length,
    );
    const edges = Number(await page.getAttribute('[data-testid="graph"]', "data-visible-edges"));
    const files = new Map<string, string>();
    const both = new Promise<void>((done) => {
      const onDownload = async (file: Download) => {
        files.set(file.suggestedFilename(), readFileSync((await file.path())!).toString("utf8"));
        if (files.size === 2) {
          page.off("download", onDownload);
          done();
        }
      };
      page.on("download", onDownload);
    });
    await page.click('[data-testid="export-csv"]');
    await both;
    const nodeRows = parseCsv(files.get("papergraph-overview.nodes.csv")!, { columns: true }) as Record<
      string,
      string
    >[];
    const edgeRows = parseCsv(files.get("papergraph-overview.edges.csv")!, { columns: true }) as Record<
      string,
      string
    >[];
    const byId = new Map(expected.map((n) => [n.id, n]));
    expect(nodeRows.map((r) => r.id).sort()).toEqual([...byId.keys()].sort());
    for (const r of nodeRows) {
      const n = byId.get(r.id!)!;
      expect(r.label).toBe(n.label);
      expect([r.kind, Number(r.degree)]).toEqual([n.kind, n.degree]);
    }
    expect(edgeRows).toHaveLength(edges);

    const gexfText = await download(page, "export-gexf");
    const graphmlText = await download(page, "export-graphml");
    for (const xml of [gexfText, graphmlText]) expect(XMLValidator.validate(xml)).toBe(true);
    expect(gexfText).toContain('xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    for (const g of [parseGexf(Graph, gexfText), parseGraphml(Graph, graphmlText)]) {
      expect(g.nodes().sort()).toEqual([...byId.keys()].sort());
      expect(g.size).toBe(edges);
      g.forEachNode((id, a) => {
        const n = byId.get(id)!;
        expect([a.label, a.kind, Number(a.degree)]).toEqual([n.label, n.kind, n.degree]);
      });
      for (const e of edgeRows) expect(g.hasEdge(e.source, e.target), `${e.source} → ${e.target}`).toBe(true);
    }
  }, 60_000);
});
