// Parity, proven on the seed corpus: after the same ingest, Kùzu and Neo4j hold the same nodes, relationships and
// properties, every saved query returns the same rows in the same order, and every API route answers the same
// JSON. Ordering rule: every read that returns more than one row ends in an ORDER BY over all its rows, except
// reads that are only counted or gathered into a map (stats, counts, bundles sorted in code); this suite is what
// catches a missing one.

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NODE_LABELS, RELATION_TYPES, type SchemaResponse } from "../../domain/types.js";
import { AnalystRunner, DEFAULT_LIMITS, listSavedQueries } from "../../query/index.js";
import { buildApp } from "../../server/app.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import type { GraphStore, Row } from "../../store/types.js";
import { describeNeo4j } from "../support/neo4j.js";
import { comparable, openSeedStores, type SeedStores } from "./seed-stores.js";

/** Every label and relationship type the schema knows (results and authors included), checked against the store. */
const LABELS = [...new Set([...Object.values(NODE_LABELS), "Author", "Result"])];
const RELS = [...new Set([...RELATION_TYPES, "WROTE", "RESULT_OF", "MEASURED_ON", "ACHIEVED_BY", "IN_METRIC"])];

async function appFor(store: GraphStore): Promise<FastifyInstance> {
  const [search, nodes] = await Promise.all([SearchIndex.fromStore(store), openNodeReader(store)]);
  return buildApp({ store, search, nodes, settings: { host: "127.0.0.1", port: 0 } });
}

function withoutDialect(body: { dialect: string; queries: Record<string, unknown>[] }): unknown {
  return body.queries.map(({ cypher: _cypher, ...rest }) => rest);
}

describeNeo4j("the seed corpus in Kùzu and in Neo4j", () => {
  let seeds: SeedStores;
  let apps: { kuzu: FastifyInstance; neo4j: FastifyInstance };
  let runners: { kuzu: AnalystRunner; neo4j: AnalystRunner };
  beforeAll(async () => {
    seeds = await openSeedStores();
    apps = { kuzu: await appFor(seeds.kuzu), neo4j: await appFor(seeds.neo4j) };
    runners = {
      kuzu: AnalystRunner.forStore(seeds.kuzu, DEFAULT_LIMITS),
      neo4j: AnalystRunner.forStore(seeds.neo4j, DEFAULT_LIMITS),
    };
  });
  afterAll(async () => {
    await Promise.all([apps?.kuzu.close(), apps?.neo4j.close(), runners?.kuzu.close(), runners?.neo4j.close()]);
    await seeds?.close();
  });

  const both = async (cypher: string): Promise<[Row[], Row[]]> => [
    (await seeds.kuzu.read(cypher)).rows.map((r) => comparable(r) as Row),
    (await seeds.neo4j.read(cypher)).rows.map((r) => comparable(r) as Row),
  ];

  it.each(LABELS)("holds the same %s nodes with the same properties", async (label) => {
    const [kuzu, neo4j] = await both(`MATCH (n:${label}) RETURN n ORDER BY n.id`);
    // The seed pages name no authors and few Hugging Face resources: those two may be empty.
    if (!["HFResource", "Author", "Result"].includes(label)) expect(kuzu.length).toBeGreaterThan(0);
    expect(neo4j).toEqual(kuzu);
  });

  it.each(RELS)("holds the same %s relationships with the same properties", async (rel) => {
    const [kuzu, neo4j] = await both(
      `MATCH (a)-[r:${rel}]->(b) RETURN a.id AS source, b.id AS target, r ORDER BY source, target`,
    );
    expect(neo4j).toEqual(kuzu);
  });

  it("holds no label or relationship type the dump above would miss", async () => {
    const labels = (await seeds.neo4j.read("MATCH (n) RETURN DISTINCT labels(n)[0] AS l ORDER BY l")).rows;
    const types = (await seeds.neo4j.read("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t ORDER BY t")).rows;
    for (const { l } of labels) expect(LABELS).toContain(l);
    for (const { t } of types) expect(RELS).toContain(t);
    const [kuzu] = await both("MATCH ()-[r]->() RETURN count(r) AS n");
    expect(kuzu[0]!.n).toBeGreaterThan(1000);
  });

  it("counts every label and relationship type in GET /api/schema, the same on both stores", async () => {
    const [k, n] = await Promise.all([
      apps.kuzu.inject({ url: "/api/schema" }),
      apps.neo4j.inject({ url: "/api/schema" }),
    ]);
    const counts = (body: SchemaResponse) =>
      Object.fromEntries([...body.labels, ...body.relationships].map((x) => [x.name, x.count]));
    const kuzu = counts(k.json<SchemaResponse>());
    expect(counts(n.json<SchemaResponse>())).toEqual(kuzu);
    expect(Object.keys(kuzu)).toEqual(expect.arrayContaining([...LABELS, ...RELS]));
    for (const label of LABELS) {
      const [rows] = await both(`MATCH (n:${label}) RETURN count(n) AS n`);
      expect({ label, count: kuzu[label] }).toEqual({ label, count: rows[0]!.n });
    }
    // The seeds report results: their label and links are counted, not left empty.
    expect(kuzu.Result).toBeGreaterThan(0);
    expect(kuzu.RESULT_OF).toBe(kuzu.Result);
  });

  it.each(listSavedQueries("kuzu").map((q) => q.name))("saved query %s returns the same rows", async (name) => {
    const kuzu = await runners.kuzu.runSaved(name);
    const neo4j = await runners.neo4j.runSaved(name);
    expect(neo4j.columns).toEqual(kuzu.columns);
    if (name === "shortest-path") {
      // Among paths of the same length each database picks its own: the length and the ends must agree.
      expect(neo4j.rows.map((r) => r.hops)).toEqual(kuzu.rows.map((r) => r.hops));
      const ends = (rows: Row[]) => rows.map((r) => [(r.ids as string[])[0], (r.ids as string[]).at(-1)]);
      expect(ends(neo4j.rows)).toEqual(ends(kuzu.rows));
      return;
    }
    expect(neo4j.rows.map(comparable)).toEqual(kuzu.rows.map(comparable));
    expect(neo4j.truncated).toBe(kuzu.truncated);
  });

  it("answers every API route with the same JSON", async () => {
    const ids = (
      await seeds.kuzu.read("MATCH (n) WHERE n.degree IS NOT NULL RETURN n.id AS id, n.degree AS d ORDER BY d DESC, id")
    ).rows.map((r) => String(r.id));
    const byKind = new Map<string, string[]>();
    for (const id of ids) {
      const kind = id.slice(0, id.indexOf(":"));
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
    // Hubs and the tail of every kind.
    const sample = [...byKind.values()].flatMap((list) => [...list.slice(0, 3), ...list.slice(-2)]);
    const model = byKind.get("model")?.[0];
    const papers = [...(byKind.get("arxiv") ?? []), ...(byKind.get("title") ?? [])].slice(0, 3);
    const urls = [
      "/api/stats",
      "/api/graph",
      "/api/graph?limit=40",
      "/api/search?q=trans",
      "/api/search?q=imagenet&kind=dataset",
      "/api/queries",
      "/api/methods/related",
      ...(model ? [`/api/methods/related?id=${encodeURIComponent(model)}`] : []),
      ...sample.flatMap((id) => {
        const e = encodeURIComponent(id);
        return [
          `/api/nodes/${e}`,
          `/api/nodes/${e}?limit=5`,
          `/api/nodes/${e}/neighbours`,
          `/api/nodes/${e}/neighbours?offset=2&limit=3`,
          // What the neighbourhood view asks: bundle summaries, a bundle's pages, the introduction.
          `/api/nodes/${e}/neighbours?limit=0`,
          `/api/nodes/${e}/neighbours?kind=paper&relation=USES&limit=20`,
          `/api/nodes/${e}/neighbours?kind=paper&relation=USES&offset=20&limit=20`,
          `/api/nodes/${e}/introduction`,
        ];
      }),
      ...papers.map((id) => `/api/papers/${encodeURIComponent(id)}/shares-data`),
      "/api/nodes/model:no-such-model",
      "/api/nodes/nonsense",
    ];
    const differ: { url: string; kuzu: string; neo4j: string }[] = [];
    for (const url of urls) {
      const [k, n] = await Promise.all([apps.kuzu.inject({ url }), apps.neo4j.inject({ url })]);
      // The saved-query list names the dialect and shows each store its own text: the rest must agree.
      const body = (r: typeof k) => (url === "/api/queries" ? JSON.stringify(withoutDialect(r.json())) : r.body);
      if (k.statusCode !== n.statusCode || body(k) !== body(n)) {
        differ.push({
          url,
          kuzu: `${k.statusCode} ${body(k).slice(0, 2000)}`,
          neo4j: `${n.statusCode} ${body(n).slice(0, 2000)}`,
        });
      }
    }
    expect(differ).toEqual([]);
    expect(urls.length).toBeGreaterThan(40);
  }, 300_000);
});
