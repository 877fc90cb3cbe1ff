// The Neo4j adapter against a real Neo4j Community server (started by test/setup/global.ts): the same store
// contract as Kùzu, integer parameters, read-only opens, typed errors and a routing URI against one server.

import { afterAll, beforeAll, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { readNeighbourPage } from "../../server/explore/index.js";
import { readOverview } from "../../server/graph-service.js";
import { StoreReadOnlyError, StoreUnavailableError } from "../../store/errors.js";
import { openDriverCount } from "../../store/neo4j/driver.js";
import { Neo4jStore } from "../../store/neo4j/index.js";
import { AnalystRunner, DEFAULT_LIMITS } from "../../query/index.js";
import { FIXTURE_MENTIONS, FIXTURE_PAPERS } from "../fixtures/graph.js";
import { describeNeo4j, lockScratchNeo4j, scratchTarget } from "../support/neo4j.js";
import { describeStoreContract } from "./store-contract.js";

describeNeo4j("Neo4jStore on a real server", () => {
  let store: Neo4jStore;
  let release: () => Promise<void>;
  beforeAll(async () => {
    ({ store, release } = await lockScratchNeo4j());
  });
  afterAll(async () => release?.());

  describeStoreContract("neo4j", () => store);

  it("takes integer-valued numbers in LIMIT and SKIP (the driver would send floats)", async () => {
    await store.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
    const page = await readNeighbourPage(store, "dataset:imagenet", { offset: 1, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.neighbours).toHaveLength(1);
    const overview = await readOverview(store, 2);
    expect(overview.nodes.length).toBeLessThanOrEqual(2);
    const { rows } = await store.read("UNWIND range(1, 10) AS i RETURN i SKIP $skip LIMIT $limit", {
      skip: 2,
      limit: 3,
    });
    expect(rows).toEqual([{ i: 3 }, { i: 4 }, { i: 5 }]);
  });

  it("returns integers as plain numbers and floats as floats", async () => {
    const { rows } = await store.read("RETURN $n AS n, $x AS x, 2^60 AS big, toInteger(2^60) AS huge", {
      n: 7,
      x: 0.25,
    });
    expect(rows[0]).toEqual({ n: 7, x: 0.25, big: 2 ** 60, huge: "1152921504606846976" });
  });

  it("opens read-only without DDL, reads in READ mode and refuses writes with a typed error", async () => {
    const target = scratchTarget()!;
    const readOnly = new Neo4jStore({ ...target, readOnly: true });
    try {
      const ddlBefore = await store.read("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n");
      await readOnly.init();
      expect((await readOnly.run("read/paper-count")).rows[0]!.count).toBeGreaterThan(0);
      await expect(readOnly.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS))).rejects.toBeInstanceOf(
        StoreReadOnlyError,
      );
      // READ access mode: the server itself refuses a write sent through the read path.
      await expect(readOnly.read("CREATE (n:Probe) RETURN n")).rejects.toBeInstanceOf(StoreReadOnlyError);
      expect(await store.read("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).toEqual(ddlBefore);
    } finally {
      await readOnly.close();
    }
  });

  it("shares one driver between the store and the analyst console", async () => {
    const before = openDriverCount();
    const runner = AnalystRunner.forStore(store, DEFAULT_LIMITS);
    expect(openDriverCount()).toBe(before);
    const result = await runner.run("MATCH (p:Paper) RETURN count(p) AS n");
    expect(result.rows[0]!.n).toBeGreaterThan(0);
    await runner.close();
    expect((await store.run("read/paper-count")).rows[0]!.count).toBeGreaterThan(0); // still open
  });

  it("talks to one server through a neo4j:// routing URI", async () => {
    const target = scratchTarget()!;
    const routed = new Neo4jStore({ ...target, uri: target.uri.replace(/^bolt:/, "neo4j:"), readOnly: true });
    try {
      await routed.init();
      expect((await routed.run("read/paper-count")).rows[0]!.count).toBeGreaterThan(0);
    } finally {
      await routed.close();
    }
  });

  it("says the store is unavailable, typed, for a wrong password or a closed port", async () => {
    const target = scratchTarget()!;
    const wrong = new Neo4jStore({ ...target, password: "not-the-password" });
    await expect(wrong.init()).rejects.toBeInstanceOf(StoreUnavailableError);
    await wrong.close();
    const closed = new Neo4jStore({ ...target, uri: "bolt://127.0.0.1:9" });
    await expect(closed.init()).rejects.toBeInstanceOf(StoreUnavailableError);
    await closed.close();
  });
});
