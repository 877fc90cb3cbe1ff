// Analyst queries on a real Neo4j holding the seed corpus: the EXPLAIN probe refuses what READ mode lets through,
// every saved query plans as a read and runs, the hostile cases hold as on Kùzu, the deadline and caps hold, and
// the store is unchanged afterwards.

import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  AnalystRunner,
  DEFAULT_LIMITS,
  listSavedQueries,
  QueryRefusedError,
  QueryTimeoutError,
} from "../../query/index.js";
import { Neo4jAnalystRunner } from "../../query/neo4j.js";
import { Neo4jStore } from "../../store/neo4j/index.js";
import { describeNeo4j, seedTarget } from "../support/neo4j.js";
import { describeHostileCases } from "./hostile-suite.js";

describeNeo4j("analyst queries on Neo4j", () => {
  let store: Neo4jStore;
  let runner: AnalystRunner;
  let probe: Neo4jAnalystRunner;
  beforeAll(async () => {
    store = new Neo4jStore({ ...seedTarget()!, readOnly: true });
    await store.init();
    runner = AnalystRunner.forStore(store, { ...DEFAULT_LIMITS, timeoutMs: 2000 });
    probe = new Neo4jAnalystRunner(seedTarget()!);
  });
  afterAll(async () => {
    await runner?.close();
    await probe?.close();
    await store?.close();
  });

  /** Counts per label and type and a hash of every node and relationship: any write changes it. */
  async function fingerprint(): Promise<unknown> {
    const read = async (q: string) => (await store.read(q)).rows;
    const hash = createHash("sha256");
    hash.update(JSON.stringify(await read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id")));
    hash.update(
      JSON.stringify(
        await read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b"),
      ),
    );
    const counts = await read("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label");
    const schema = await read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    return { counts, schema, checksum: hash.digest("hex") };
  }

  it.each(listSavedQueries("neo4j").map((q) => [q.name]))("saved query %s plans as a read and runs", async (name) => {
    const result = await runner.runSaved(name);
    expect(result.columns.length).toBeGreaterThan(0);
  });

  it.each(["CREATE (n:Probe)", "MATCH (n) SET n.x = 1", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"])(
    "the plan probe alone refuses %s (guard bypassed)",
    async (query) => {
      await expect(probe.probe(query, {})).rejects.toBeInstanceOf(QueryRefusedError);
    },
  );

  it("stops a runaway query at the deadline", async () => {
    const query = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n";
    await expect(runner.run(query, {}, { timeoutMs: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it("cuts a result at the byte cap and says so", async () => {
    const patient = AnalystRunner.forStore(store, { ...DEFAULT_LIMITS, timeoutMs: 60_000 });
    try {
      // About 1.2 MB a row as counted: the 32 MB cap stops it near 27 rows.
      const result = await patient.run(
        "UNWIND range(1, 100) AS i RETURN i, [x IN range(1, 20000) | 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] AS s",
      );
      expect(result.truncated).toBe(true);
      expect(result.rows.length).toBeGreaterThan(10);
      expect(result.rows.length).toBeLessThan(60);
    } finally {
      await patient.close();
    }
  }, 120_000);

  describeHostileCases("Neo4j", () => ({ runner, fingerprint }));
});
