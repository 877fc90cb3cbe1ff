// The overview of a corpus whose best-connected nodes are all entities (every big one: a paper names a handful of
// entities, a hub entity thousands of papers) still shows how they link: the best-connected papers join it.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldTitle } from "../../domain/identity.js";
import type { Mention, Paper } from "../../domain/types.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { relayout } from "../../ingest/pipeline.js";
import { readOverview } from "../../server/graph-service.js";
import { KuzuStore } from "../../store/kuzu/index.js";

const ENTITIES: [Mention["type"], string][] = [
  ["model", "Quillnet"],
  ["dataset", "Pebble-9"],
  ["metric", "recall"],
  ["task", "shadow removal"],
];

/** Six papers, each naming the four entities: entities of degree 6, papers of degree 4. */
function hubCorpus(): { papers: Paper[]; mentions: Map<string, Mention[]> } {
  const papers: Paper[] = [];
  const mentions = new Map<string, Mention[]>();
  for (let i = 1; i <= 6; i++) {
    const title = `Hub study number ${i}`;
    const id = `title:00000000000000b${i}`;
    papers.push({ id, title, abstract: `We test on ${i}.`, titleKey: foldTitle(title), origins: [] });
    mentions.set(
      id,
      ENTITIES.map(([type, name]) => ({
        type,
        name,
        aliases: [],
        role: "used",
        count: 1,
        evidence: { sentence: name, start: 0, end: name.length },
        confidence: 0.9,
      })),
    );
  }
  return { papers, mentions };
}

describe("the overview of a corpus whose best-connected nodes are entities", () => {
  let dir: string;
  let store: KuzuStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "papergraph-overview-"));
    store = new KuzuStore({ path: join(dir, "graph.kuzu") });
    await store.init();
    const { papers, mentions } = hubCorpus();
    await store.writeBatch(buildGraphBatch(papers, mentions));
    await relayout(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives a quarter of a capped overview to the best-connected papers, so it has edges", async () => {
    const overview = await readOverview(store, 4);
    expect(overview.truncated).toBe(true);
    const papers = overview.nodes.filter((n) => n.kind === "paper");
    const entities = overview.nodes.filter((n) => n.kind !== "paper");
    expect(papers).toHaveLength(1);
    expect(entities).toHaveLength(3);
    // The paper names every entity: an edge to each of the three shown, none to the one left out.
    expect(overview.edges).toHaveLength(3);
    const shown = new Set(overview.nodes.map((n) => n.id));
    for (const e of overview.edges) {
      expect(e.source).toBe(papers[0]!.id);
      expect(shown.has(e.target)).toBe(true);
    }
  });

  it("shows every node and link when the overview is not capped", async () => {
    const overview = await readOverview(store, 100);
    expect(overview.truncated).toBe(false);
    expect(overview.nodes).toHaveLength(10);
    expect(overview.edges).toHaveLength(24);
  });
});
