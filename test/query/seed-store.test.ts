// Analyst Cypher on a real Kùzu store over the seed corpus: every saved query checked against facts worked out
// in JS from the extraction output; the hostile table refused or bounded with the store unchanged; the HTTP routes.
// The corpus is the run's shared seed store (ingested once by the global setup).

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CypherResponse, SavedQueriesResponse } from "../../domain/types.js";
import { AnalystRunner, DEFAULT_LIMITS, listSavedQueries } from "../../query/index.js";
import { buildApp } from "../../server/app.js";
import type { AppContext } from "../../server/context.js";
import { setAnalystRunner } from "../../server/routes/cypher.js";
import { SearchIndex } from "../../server/search-index.js";
import type { Row } from "../../store/types.js";
import { Facts } from "./facts.js";
import { describeHostileCases } from "./hostile-suite.js";
import { buildSeedStore, fingerprint, type SeedStore } from "./seed-store.js";

let seed: SeedStore;
let facts: Facts;
let runner: AnalystRunner;

beforeAll(async () => {
  seed = await buildSeedStore();
  facts = new Facts(seed.batch);
  runner = AnalystRunner.forKuzu(seed.path, { ...DEFAULT_LIMITS, workers: 2 });
  await runner.warm();
});
afterAll(async () => {
  await runner?.close();
  await seed?.cleanup();
});

const run = (name: string, params: Record<string, unknown> = {}) => runner.runSaved(name, params);
const pick = (rows: Row[], ...keys: string[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));
const sorted = (v: unknown) => [...(v as string[])].sort();

describe("saved queries on the seed corpus", () => {
  it("every saved query runs with its defaults", async () => {
    for (const q of listSavedQueries("kuzu")) {
      const result = await run(q.name);
      expect(result.columns.length, q.name).toBeGreaterThan(0);
    }
  });

  it("shared-datasets: papers sharing datasets/benchmarks with the paper, by how many", async () => {
    const paper = facts.richestDataPaper();
    const expected = facts.sharedDatasets(paper);
    const { rows } = await run("shared-datasets", { paper, limit: 1000 });
    expect(pick(rows, "id", "shared")).toEqual(expected.map(({ id, shared }) => ({ id, shared })));
    expect(rows.map((r) => sorted(r.items))).toEqual(expected.map((e) => e.items));
  });

  it("top-datasets: most used datasets and benchmarks", async () => {
    const { rows } = await run("top-datasets", { limit: 10 });
    expect(pick(rows, "id", "kind", "papers")).toEqual(facts.topDatasets().slice(0, 10));
  });

  it("proposed-then-used: models proposed in one paper and used in others", async () => {
    const { rows } = await run("proposed-then-used", { minUses: 2, limit: 1000 });
    expect(pick(rows, "id", "proposedBy", "usedBy")).toEqual(facts.proposedThenUsed(2));
    expect(rows.length).toBeGreaterThan(0);
  });

  it("used-together: models named together with a given model", async () => {
    const model = facts.topModels()[0]!.id;
    const { rows } = await run("used-together", { model, limit: 1000 });
    expect(pick(rows, "id", "papers")).toEqual(facts.usedTogether(model));
  });

  it("related-jaccard: papers by the Jaccard index of shared entities", async () => {
    const paper = facts.richestDataPaper();
    const { rows } = await run("related-jaccard", { paper, limit: 1000 });
    const expected = facts.jaccard(paper);
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    rows.forEach((r, i) => expect(r.jaccard as number).toBeCloseTo(expected[i]!.jaccard, 4));
  });

  it("related-adamic-adar: shared entities weighted by 1/ln(paper count)", async () => {
    const paper = facts.richestDataPaper();
    const { rows } = await run("related-adamic-adar", { paper, limit: 1000 });
    const expected = facts.adamicAdar(paper);
    expect(rows.map((r) => r.adamicAdar as number)).toEqual(expected.map((e) => e.adamicAdar));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(expected.map((e) => e.id)));
  });

  it("shortest-path: as many hops as a breadth-first search, along real links", async () => {
    const [first, second] = facts.topDatasets();
    const from = facts.topModels()[0]!.id;
    for (const to of [first!.id, second!.id]) {
      const { rows } = await run("shortest-path", { from, to });
      const hops = facts.distance(from, to, 8);
      expect(rows.length).toBe(hops === undefined ? 0 : 1);
      if (!rows[0]) continue;
      expect(rows[0].hops).toBe(hops);
      const ids = rows[0].ids as string[];
      expect([ids[0], ids.at(-1)]).toEqual([from, to]);
      const adj = facts.adjacency();
      for (let i = 1; i < ids.length; i++) expect(adj.get(ids[i - 1]!)?.has(ids[i]!)).toBe(true);
      expect((rows[0].path as { _kind: string })._kind).toBe("path");
    }
  });

  it("code-availability: papers with and without code", async () => {
    const { rows } = await run("code-availability");
    expect(rows).toEqual(facts.codeAvailability());
  });

  it("benchmarks-per-task: benchmarks of the papers addressing each task", async () => {
    const { rows } = await run("benchmarks-per-task", { limit: 1000 });
    const expected = facts.benchmarksPerTask();
    expect(pick(rows, "id", "benchmarks", "papers")).toEqual(
      expected.map(({ id, benchmarks, papers }) => ({ id, benchmarks, papers })),
    );
    expect(rows.map((r) => sorted(r.names))).toEqual(expected.map((e) => e.names));
  });

  it("single-paper-datasets: datasets only one paper names", async () => {
    const { rows } = await run("single-paper-datasets", { limit: 100000 });
    expect(pick(rows, "id", "paper")).toEqual(facts.singlePaperDatasets());
  });

  it("top-repo-owners: code owners with the most papers", async () => {
    const { rows } = await run("top-repo-owners", { limit: 1000 });
    expect(rows).toEqual(facts.repoOwners());
  });

  it("top-models: most used models", async () => {
    const { rows } = await run("top-models", { limit: 30 });
    expect(pick(rows, "id", "usedBy", "proposedBy")).toEqual(facts.topModels().slice(0, 30));
  });

  it("paper-entities: everything a paper names, with nodes and relationships to draw", async () => {
    const paper = facts.richestDataPaper();
    const { rows } = await run("paper-entities", { paper });
    expect(pick(rows, "relation", "entity", "mentions")).toEqual(facts.paperEntities(paper));
    expect((rows[0]!.r as { _kind: string })._kind).toBe("relationship");
    expect((rows[0]!.e as { _kind: string })._kind).toBe("node");
  });

  it("entity-papers: papers naming an entity, most mentions first", async () => {
    const entity = facts.topDatasets()[0]!.id;
    const { rows } = await run("entity-papers", { entity, limit: 1000 });
    expect(pick(rows, "id", "mentions")).toEqual(facts.entityPapers(entity));
  });

  it("busiest-tasks: tasks by papers, with the models those papers name", async () => {
    const { rows } = await run("busiest-tasks", { limit: 40 });
    expect(pick(rows, "id", "papers", "models")).toEqual(facts.busiestTasks().slice(0, 40));
  });
});

describeHostileCases("Kùzu", () => ({ runner, fingerprint: () => fingerprint(seed) }));

describe("HTTP routes", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const ctx: AppContext = {
      store: seed.store,
      search: await SearchIndex.fromStore(seed.store),
      settings: { host: "127.0.0.1", port: 0 },
    };
    setAnalystRunner(ctx, runner);
    app = await buildApp(ctx);
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = (url: string, payload: unknown) => app.inject({ method: "POST", url, payload: payload as object });

  it("GET /api/queries lists the saved queries with their parameters", async () => {
    const res = await app.inject({ method: "GET", url: "/api/queries" });
    expect(res.statusCode).toBe(200);
    const body = res.json<SavedQueriesResponse>();
    expect(body.dialect).toBe("kuzu");
    expect(body.queries.length).toBeGreaterThanOrEqual(12);
    expect(body.queries.find((q) => q.name === "shared-datasets")?.params.map((p) => p.name)).toEqual([
      "paper",
      "limit",
    ]);
  });

  it("POST /api/queries/:name runs one with the body's parameters", async () => {
    const res = await post("/api/queries/top-datasets", { params: { limit: 3 } });
    expect(res.statusCode).toBe(200);
    const body = res.json<CypherResponse>();
    expect(body.rows.map((r) => r.id)).toEqual(
      facts
        .topDatasets()
        .slice(0, 3)
        .map((d) => d.id),
    );
    expect(body.truncated).toBe(false);
  });

  it("POST /api/queries/:name answers 404 for an unknown name and 400 for bad parameters", async () => {
    expect((await post("/api/queries/nope", {})).statusCode).toBe(404);
    const bad = await post("/api/queries/top-datasets", { params: { limit: "many" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/limit/);
  });

  it("POST /api/queries/:name takes a node parameter by name or title as well as by id", async () => {
    const paper = facts.richestDataPaper();
    const byId = await post("/api/queries/shared-datasets", { params: { paper } });
    const byTitle = await post("/api/queries/shared-datasets", { params: { paper: facts.titles.get(paper)! } });
    expect(byTitle.statusCode).toBe(200);
    expect(byTitle.json<CypherResponse>().rows).toEqual(byId.json<CypherResponse>().rows);
    expect(byId.json<CypherResponse>().rows.length).toBeGreaterThan(0);
    // The most used dataset, by its name in another case.
    const top = facts.topDatasets()[0]!;
    const name = (await seed.store.read("MATCH (d {id: $id}) RETURN d.name AS name", { id: top.id })).rows[0]!.name;
    const named = await post("/api/queries/entity-papers", { params: { entity: String(name).toUpperCase() } });
    const idRows = await post("/api/queries/entity-papers", { params: { entity: top.id } });
    expect(named.statusCode).toBe(200);
    expect(named.json<CypherResponse>().rows).toEqual(idRows.json<CypherResponse>().rows);
  });

  it("POST /api/queries/:name says which nodes an ambiguous name could be, and when a name is unknown", async () => {
    // A name a dataset and a benchmark both carry, found in the store.
    const { rows } = await seed.store.read(
      "MATCH (d:Dataset), (b:Benchmark) WHERE d.name = b.name RETURN d.name AS name, d.id AS d, b.id AS b ORDER BY name LIMIT 1",
    );
    expect(rows.length).toBe(1);
    const ambiguous = await post("/api/queries/dataset-best-results", { params: { dataset: rows[0]!.name } });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json()).toMatchObject({ error: "ambiguous_name" });
    expect(ambiguous.json<{ message: string }>().message).toContain(String(rows[0]!.d));
    expect(ambiguous.json<{ message: string }>().message).toContain(String(rows[0]!.b));
    const unknown = await post("/api/queries/model-results", { params: { model: "Qwzx Unheard-Of Net" } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: "unknown_name",
      message: expect.stringContaining('no model with id or name "Qwzx Unheard-Of Net"'),
    });
  });

  it("POST /api/cypher runs a read and says when rows were cut", async () => {
    const res = await post("/api/cypher", { query: "MATCH (p:Paper) RETURN p.id AS id", maxRows: 5 });
    expect(res.statusCode).toBe(200);
    const body = res.json<CypherResponse>();
    expect(body.rows).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.limits.maxRows).toBe(5);
  });

  it("POST /api/cypher takes $params", async () => {
    const id = facts.paperIds[0]!;
    const res = await post("/api/cypher", { query: "MATCH (p:Paper {id: $id}) RETURN p.title AS t", params: { id } });
    expect(res.json<CypherResponse>().rows).toEqual([{ t: facts.titles.get(id) }]);
  });

  it("POST /api/cypher answers 400 naming what it refused", async () => {
    const res = await post("/api/cypher", { query: "MATCH (p) /* hi */ DETACH DELETE p" });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: "query_refused", message: expect.stringContaining("DETACH") });
  });

  it("POST /api/cypher answers 408 at the deadline", async () => {
    const query = "MATCH (a:Model), (b:Model), (c:Paper) WHERE a.name + b.name + c.title = 'x' RETURN count(*) AS n";
    const res = await post("/api/cypher", { query, timeoutMs: 400 });
    expect(res.statusCode).toBe(408);
    expect(res.json()).toMatchObject({ error: "timeout" });
  });

  it("POST /api/cypher answers 400 for malformed bodies, syntax errors and list parameters", async () => {
    expect((await post("/api/cypher", { query: "RETURN 1", extra: true })).statusCode).toBe(400);
    expect((await post("/api/cypher", { query: "RETURN 'open" })).statusCode).toBe(400);
    expect((await post("/api/cypher", { query: "RETURN $x", params: { x: [1, 2] } })).statusCode).toBe(400);
    expect((await post("/api/cypher", { query: "MATCH (n RETURN n" })).statusCode).toBe(400);
  });

  it("the server survives a memory bomb", async () => {
    const res = await post("/api/cypher", { query: "RETURN size(range(1, 500000000)) AS n", timeoutMs: 3000 });
    expect([408, 422]).toContain(res.statusCode);
    expect((await post("/api/cypher", { query: "RETURN 1 AS one" })).json<CypherResponse>().rows).toEqual([{ one: 1 }]);
  });
});
