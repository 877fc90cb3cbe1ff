// Reported results on a real Kùzu store in temp directories: written with their papers in the batch, linked to
// paper, dataset, model and metric, replaced when a paper changes, removed with it, bulk-loaded alike, and read by
// the saved queries "dataset-best-results" and "model-results".

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { loadSavedQuery } from "../../query/saved.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import { LEADERBOARD_MENTIONS, LEADERBOARD_PAPERS, PIXELBANK_ID } from "../fixtures/leaderboard-graph.js";

const dirs: string[] = [];
async function freshStore(): Promise<KuzuStore> {
  const dir = mkdtempSync(join(tmpdir(), "papergraph-results-"));
  dirs.push(dir);
  const store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
  return store;
}

async function linkCounts(store: KuzuStore): Promise<Record<string, number>> {
  const { rows } = await store.read(
    "MATCH (r:Result)-[l]->(e) RETURN label(l) AS rel, label(e) AS target, count(*) AS n",
  );
  return Object.fromEntries(rows.map((r) => [`${r.rel} ${r.target}`, Number(r.n)]));
}
const resultCount = async (store: KuzuStore) =>
  Number((await store.read("MATCH (r:Result) RETURN count(r) AS n")).rows[0]!.n);

const batch = buildGraphBatch(LEADERBOARD_PAPERS, LEADERBOARD_MENTIONS);
let store: KuzuStore;

beforeAll(async () => {
  store = await freshStore();
  await store.writeBatch(batch);
});
afterAll(async () => {
  await store.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("results on Kùzu", () => {
  it("stores every result of the batch as a node with its value, kind, sentence and span", async () => {
    expect(batch.results!.length).toBe(10);
    expect(await resultCount(store)).toBe(batch.results!.length);
    const { rows } = await store.read(
      "MATCH (r:Result {paperId: $paper}) RETURN r.value AS value, coalesce(r.unit, '') AS unit, r.kind AS kind, r.metric AS metric, " +
        "r.evidence AS sentence, r.charStart AS s, r.charEnd AS e, r.year AS year ORDER BY r.charStart",
      { paper: "arxiv:2301.00011" },
    );
    expect(rows.map((r) => [r.value, r.unit, r.kind, r.metric, r.year])).toEqual([
      [81.3, "%", "score", "top-1 accuracy", 2023],
      [47.9, "", "score", "AP", 2023],
      [3, "x", "ratio", null, 2023],
    ]);
    const text = `${LEADERBOARD_PAPERS[1]!.title}\n${LEADERBOARD_PAPERS[1]!.abstract}`;
    expect(text.slice(Number(rows[0]!.s), Number(rows[0]!.e))).toBe("81.3%");
    expect(String(rows[0]!.sentence)).toContain("81.3% top-1 accuracy on PixelBank");
  });

  it("links each result to its paper and dataset, and to model and metric where they are nodes", async () => {
    expect(await linkCounts(store)).toEqual({
      "RESULT_OF Paper": 10,
      "MEASURED_ON Dataset": 9,
      "MEASURED_ON Benchmark": 1,
      "ACHIEVED_BY Model": 10,
      "IN_METRIC Metric": 8,
    });
  });

  it("leaves paper → entity reads untouched (links point away from results)", async () => {
    const { rows } = await store.read("MATCH (p:Paper)-[r]->(e) RETURN DISTINCT label(e) AS label ORDER BY label");
    expect(rows.map((r) => r.label)).toEqual(["Benchmark", "Dataset", "Metric", "Model"]);
  });

  it("replaces a paper's results when the paper is written again, never adds to them", async () => {
    await store.writeBatch(batch);
    expect(await resultCount(store)).toBe(10);
    const changed = {
      ...LEADERBOARD_PAPERS[1]!,
      abstract: "We propose Zeta. Zeta reaches 82.0% top-1 accuracy on PixelBank.",
    };
    await store.writeBatch(buildGraphBatch([changed], new Map([[changed.id, LEADERBOARD_MENTIONS.get(changed.id)!]])));
    const { rows } = await store.read("MATCH (r:Result {paperId: $p}) RETURN r.value AS v", { p: changed.id });
    expect(rows.map((r) => r.v)).toEqual([82]);
    expect(await resultCount(store)).toBe(8);
    await store.writeBatch(batch);
  });

  it("removes a deleted paper's results with their links, so orphaned entities can be pruned", async () => {
    const other = await freshStore();
    await other.writeBatch(batch);
    await other.deletePapers(["arxiv:2301.00011"]);
    await other.pruneOrphans();
    expect(await resultCount(other)).toBe(7);
    const boxes = await other.read("MATCH (b:Benchmark) RETURN count(b) AS n");
    expect(Number(boxes.rows[0]!.n)).toBe(0);
    await other.close();
  });

  it("bulk-loads the same results and links into an empty store", async () => {
    const bulk = await freshStore();
    await bulk.bulkLoad(batch);
    expect(await resultCount(bulk)).toBe(10);
    expect(await linkCounts(bulk)).toEqual(await linkCounts(store));
    await bulk.close();
  });

  it("dataset-best-results: the dataset's scores only, best value first per metric", async () => {
    const q = loadSavedQuery("dataset-best-results", "kuzu");
    const { rows } = await store.read(q.cypher, { dataset: PIXELBANK_ID, limit: 100 });
    // Nulls sort last on both databases: the result with no metric closes the list.
    expect(rows.map((r) => [r.metric, r.value, r.model, r.year])).toEqual([
      ["top-1 accuracy", 83.5, "Kappa", 2024],
      ["top-1 accuracy", 81.3, "Zeta", 2023],
      ["top-1 accuracy", 80.1, "Zeta", 2024],
      ["top-1 accuracy", 78, "Omega", 2022],
      ["top-1 error", 22, "Omega", 2022],
      ["top-1 error", 16.5, "Kappa", 2024],
      [null, 0.91, "Lambda", 2024],
    ]);
  });

  it("model-results: a model's results across datasets, from every paper that states one", async () => {
    const q = loadSavedQuery("model-results", "kuzu");
    const { rows } = await store.read(q.cypher, { model: "model:zeta", limit: 100 });
    expect(rows.map((r) => [r.dataset, r.metric, r.kind, r.value, r.paper])).toEqual([
      ["BoxSuite", "AP", "score", 47.9, "arxiv:2301.00011"],
      ["PixelBank", "top-1 accuracy", "score", 81.3, "arxiv:2301.00011"],
      ["PixelBank", "top-1 accuracy", "score", 80.1, "arxiv:2402.00014"],
      ["PixelBank", null, "ratio", 3, "arxiv:2301.00011"],
    ]);
  });
});
