// The read-only guard over the hostile table (both dialects) and over queries an analyst should be able to run.

import { describe, expect, it } from "vitest";
import { QueryRefusedError, QuerySyntaxError } from "../../query/errors.js";
import { guardQuery } from "../../query/guard.js";
import { decodeQuery } from "../../query/lexer.js";
import { HOSTILE_CASES } from "./hostile-cases.js";

const text = (q: string | Uint8Array) => (typeof q === "string" ? q : decodeQuery(q));

describe.each(["kuzu", "neo4j"] as const)("guardQuery on %s", (dialect) => {
  it.each(HOSTILE_CASES.filter((c) => c.expect === "refused").map((c) => [c.name, c] as const))(
    "refuses: %s",
    (_, c) => {
      let error: unknown;
      try {
        guardQuery(text(c.query), dialect);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(QueryRefusedError);
      expect((error as QueryRefusedError).message.toLowerCase()).toContain(c.refused!.toLowerCase());
    },
  );

  it.each(HOSTILE_CASES.filter((c) => c.expect === "syntax").map((c) => [c.name, c] as const))(
    "syntax error: %s",
    (_, c) => {
      expect(() => guardQuery(text(c.query), dialect)).toThrow(QuerySyntaxError);
    },
  );

  it.each(
    HOSTILE_CASES.filter(
      (c) => ["ok", "failed", "bounded"].includes(c.expect) && !/show_tables/.test(String(c.query)),
    ).map((c) => [c.name, c] as const),
  )("lets the database judge: %s", (_, c) => {
    expect(() => guardQuery(text(c.query), dialect)).not.toThrow();
  });
});

describe("guardQuery", () => {
  it.each([
    "MATCH (p:Paper)-[r:USES]->(m:Model) WHERE m.id = $id RETURN p.title, r.evidence ORDER BY p.date DESC LIMIT $n",
    "MATCH (start)-->(stop) RETURN start AS start, stop AS stop LIMIT 1",
    "MATCH (p:Paper) WITH p, COUNT { MATCH (p)-->() } AS degree RETURN p.id, degree",
    "MATCH (p:Paper) WHERE EXISTS { MATCH (p)-[:HAS_CODE]->() } RETURN count(p);",
    "UNWIND [1, 2, 3] AS x RETURN x * 2 AS y",
    "RETURN date.truncate('month', date()) AS m, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d",
    "EXPLAIN MATCH (n) RETURN n",
    "MATCH (p:Paper) RETURN p.id AS `CREATE`, 'DELETE' AS note",
  ])("allows %j", (query) => {
    expect(() => guardQuery(query, "kuzu")).not.toThrow();
  });

  it("returns the statement without its trailing semicolon, and the parameters it uses", () => {
    const g = guardQuery("MATCH (p {id: $id}) RETURN p LIMIT $n; // done", "kuzu");
    expect(g.statement).toBe("MATCH (p {id: $id}) RETURN p LIMIT $n");
    expect(g.params).toEqual(["id", "n"]);
  });

  it("gives the query behind EXPLAIN for Neo4j's plan probe", () => {
    expect(guardQuery("  EXPLAIN MATCH (n) RETURN n ;", "neo4j").prefix).toEqual({
      keyword: "EXPLAIN",
      query: "MATCH (n) RETURN n",
    });
  });

  it("allow-lists procedures per dialect", () => {
    expect(() => guardQuery("CALL db.labels()", "neo4j")).not.toThrow();
    expect(() => guardQuery("CALL db.labels()", "kuzu")).toThrow(QueryRefusedError);
    expect(() => guardQuery("CALL table_info('Paper') RETURN *", "kuzu")).not.toThrow();
    expect(() => guardQuery("CALL table_info('Paper') RETURN *", "neo4j")).toThrow(QueryRefusedError);
  });

  it("reports where the refused construct starts", () => {
    const error = (() => {
      try {
        guardQuery("MATCH (n)\n  /* c */ MERGE (m)", "kuzu");
      } catch (e) {
        return e as QueryRefusedError;
      }
    })();
    expect(error?.refused).toBe("MERGE");
    expect(error?.offset).toBe(20);
  });
});
