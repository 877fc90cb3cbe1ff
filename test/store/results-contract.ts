// What every store must do with reported results, run on Kùzu and on a real Neo4j: results written with their
// papers, linked to paper, dataset, model and metric, replaced when a paper changes, removed with it, and read by
// the saved queries "dataset-best-results" and "model-results". The store given starts empty.

import { expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { loadSavedQuery } from "../../query/saved.js";
import { readLeaderboard } from "../../server/leaderboards/index.js";
import type { GraphStore } from "../../store/types.js";
import { LEADERBOARD_MENTIONS, LEADERBOARD_PAPERS, PIXELBANK_ID } from "../fixtures/leaderboard-graph.js";

export const RESULTS_BATCH = buildGraphBatch(LEADERBOARD_PAPERS, LEADERBOARD_MENTIONS);

export async function resultLinkCounts(store: GraphStore): Promise<Record<string, number>> {
  const { rows } = await store.read(
    `MATCH (r:Result)-[l]->(e) RETURN ${store.kind === "kuzu" ? "label(l)" : "type(l)"} AS rel, ` +
      `${store.kind === "kuzu" ? "label(e)" : "labels(e)[0]"} AS target, count(*) AS n`,
  );
  return Object.fromEntries(rows.map((r) => [`${String(r.rel)} ${String(r.target)}`, Number(r.n)]));
}
export const resultCount = async (store: GraphStore) =>
  Number((await store.read("MATCH (r:Result) RETURN count(r) AS n")).rows[0]!.n);

export function describeResultsContract(store: () => GraphStore): void {
  it("stores every result of the batch as a node with its value, kind, sentence and span", async () => {
    await store().writeBatch(RESULTS_BATCH);
    expect(RESULTS_BATCH.results!.length).toBe(10);
    expect(await resultCount(store())).toBe(RESULTS_BATCH.results!.length);
    const { rows } = await store().read(
      "MATCH (r:Result {paperId: $paper}) RETURN r.value AS value, coalesce(r.unit, '') AS unit, r.kind AS kind, " +
        "r.metric AS metric, r.evidence AS sentence, r.charStart AS s, r.charEnd AS e, r.year AS year " +
        "ORDER BY r.charStart",
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
    expect(await resultLinkCounts(store())).toEqual({
      "RESULT_OF Paper": 10,
      "MEASURED_ON Dataset": 9,
      "MEASURED_ON Benchmark": 1,
      "ACHIEVED_BY Model": 10,
      "IN_METRIC Metric": 8,
    });
  });

  it("leaves paper → entity reads untouched (links point away from results)", async () => {
    const label = store().kind === "kuzu" ? "label(e)" : "labels(e)[0]";
    const { rows } = await store().read(`MATCH (p:Paper)-[r]->(e) RETURN DISTINCT ${label} AS label ORDER BY label`);
    expect(rows.map((r) => r.label)).toEqual(["Benchmark", "Dataset", "Metric", "Model"]);
  });

  it("dataset-best-results: the dataset's scores only, best value first per metric", async () => {
    const q = loadSavedQuery("dataset-best-results", store().kind);
    const { rows } = await store().read(q.cypher, { dataset: PIXELBANK_ID, limit: 100 });
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
    const q = loadSavedQuery("model-results", store().kind);
    const { rows } = await store().read(q.cypher, { model: "model:zeta", limit: 100 });
    expect(rows.map((r) => [r.dataset, r.metric, r.kind, r.value, r.paper])).toEqual([
      ["BoxSuite", "AP", "score", 47.9, "arxiv:2301.00011"],
      ["PixelBank", "top-1 accuracy", "score", 81.3, "arxiv:2301.00011"],
      ["PixelBank", "top-1 accuracy", "score", 80.1, "arxiv:2402.00014"],
      ["PixelBank", null, "ratio", 3, "arxiv:2301.00011"],
    ]);
  });

  it("serves the leaderboard: scores ranked by direction, conflicts between papers", async () => {
    const board = await readLeaderboard(store(), PIXELBANK_ID);
    const of = (metric: string) =>
      board.rows.filter((r) => r.kind === "score" && r.metric === metric).map((r) => [r.model, r.value]);
    expect(of("top-1 accuracy")).toEqual([
      ["Kappa", 83.5],
      ["Zeta", 81.3],
      ["Zeta", 80.1],
      ["Omega", 78],
    ]);
    expect(of("top-1 error")).toEqual([
      ["Kappa", 16.5],
      ["Omega", 22],
    ]);
    expect(board.conflicts.map((c) => [c.model, c.metric, c.rows.length])).toEqual([["Zeta", "top-1 accuracy", 2]]);
  });

  it("replaces a paper's results when the paper is written again, never adds to them", async () => {
    await store().writeBatch(RESULTS_BATCH);
    expect(await resultCount(store())).toBe(10);
    const changed = {
      ...LEADERBOARD_PAPERS[1]!,
      abstract: "We propose Zeta. Zeta reaches 82.0% top-1 accuracy on PixelBank.",
    };
    const mentions = new Map([[changed.id, LEADERBOARD_MENTIONS.get(changed.id)!]]);
    await store().writeBatch(buildGraphBatch([changed], mentions));
    const { rows } = await store().read("MATCH (r:Result {paperId: $p}) RETURN r.value AS v", { p: changed.id });
    expect(rows.map((r) => r.v)).toEqual([82]);
    expect(await resultCount(store())).toBe(8);
    await store().writeBatch(RESULTS_BATCH);
    expect(await resultCount(store())).toBe(10);
  });

  it("removes a deleted paper's results with their links, so orphaned entities can be pruned", async () => {
    await store().deletePapers(["arxiv:2301.00011"]);
    await store().pruneOrphans();
    expect(await resultCount(store())).toBe(7);
    const boxes = await store().read("MATCH (b:Benchmark) RETURN count(b) AS n");
    expect(Number(boxes.rows[0]!.n)).toBe(0);
  });

  it("prunes an entity no paper links any more even when another paper's result still points at it", async () => {
    // A result names its dataset whether or not its own paper's mentions do; linked to the node another paper
    // brought. Once that paper goes, the dataset is an orphan that only the result's link holds.
    const [template] = RESULTS_BATCH.results!;
    const dataset = "dataset:strandedset";
    const paper = (id: string) => ({ ...LEADERBOARD_PAPERS[0]!, id, title: `Paper ${id}`, contentHash: id });
    const link = { type: "USES" as const, mentions: 1, evidence: "StrandedSet", start: 0, end: 11, confidence: 1 };
    await store().writeBatch({
      papers: [paper("arxiv:2501.00001"), paper("arxiv:2501.00002")],
      entities: [{ id: dataset, type: "dataset", name: "StrandedSet", aliases: [] }],
      relations: [{ ...link, paperId: "arxiv:2501.00001", entityId: dataset }],
      authors: [],
      wrote: [],
      results: [
        {
          ...template!,
          id: "result:arxiv:2501.00002#0",
          paperId: "arxiv:2501.00002",
          modelId: null,
          metricId: null,
          datasetId: dataset,
        },
      ],
    });
    expect((await resultLinkCounts(store()))["MEASURED_ON Dataset"]).toBeGreaterThan(0);
    const stranded = `MATCH (r:Result)-[:MEASURED_ON]->(d:Dataset {id: '${dataset}'}) RETURN r.id AS id`;
    expect((await store().read(stranded)).rows.map((r) => r.id)).toEqual(["result:arxiv:2501.00002#0"]);
    await store().deletePapers(["arxiv:2501.00001"]);
    await store().pruneOrphans();
    const left = await store().read(`MATCH (d:Dataset {id: '${dataset}'}) RETURN count(d) AS n`);
    expect(Number(left.rows[0]!.n)).toBe(0);
    // The result stays, naming its dataset; only the link to the pruned node went with it.
    const { rows } = await store().read("MATCH (r:Result {paperId: $p}) RETURN r.datasetId AS d", {
      p: "arxiv:2501.00002",
    });
    expect(rows.map((r) => r.d)).toEqual([dataset]);
  });
}
