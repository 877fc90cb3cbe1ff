// Point 1 of the hardening issue on a real Neo4j (the run's seed server, read-only as `npm run serve` opens it):
// the values a driver can choke on come back through `POST /api/cypher` as exact text or numbers, and the server
// keeps answering (`/api/stats`) after every one of them. The converter's own unit cases are in
// values-neo4j.test.ts; these are the same kinds of value made by the database itself.

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../server/app.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { Neo4jStore } from "../../store/neo4j/index.js";
import { describeNeo4j, seedTarget } from "../support/neo4j.js";

/** Each query returns one row with one column `v` (or the named column) and what it must hold. */
const CASES: { query: string; expected?: unknown; json?: string; column?: string }[] = [
  { query: "RETURN date('+275760-09-14') AS v", expected: "+275760-09-14" },
  { query: "RETURN date('-000999-01-01') AS v", expected: "-000999-01-01" },
  { query: "RETURN datetime('+294246-01-01T00:00:00Z') AS v", expected: "+294246-01-01T00:00:00Z" },
  { query: "RETURN [date('+275760-09-14'), date('2020-01-01')] AS v", expected: ["+275760-09-14", "2020-01-01"] },
  { query: "RETURN date('2020-01-01') + duration({days: 100000000}) AS v", expected: "+275810-09-14" },
  { query: "RETURN duration({days: 100000000}) AS v", expected: "P100000000D" },
  { query: "RETURN localtime('01:02:03') AS v", expected: "01:02:03" },
  { query: "RETURN 9223372036854775807 AS v", expected: "9223372036854775807" },
  { query: "RETURN -9223372036854775808 AS v", expected: "-9223372036854775808" },
  { query: "RETURN 9007199254740993 AS v", expected: "9007199254740993" },
  { query: "RETURN 42 AS v", expected: 42 },
  { query: "RETURN 0.0 / 0.0 AS v", expected: "NaN" },
  { query: "RETURN 1e308 * 10 AS v", expected: "Infinity" },
  { query: "RETURN point({x: 1, y: 2}) AS v", expected: "Point{srid=7203, x=1.0, y=2.0}" },
  { query: "RETURN 1 AS `__proto__`", expected: 1, column: "__proto__" },
  // Written as JSON text: in an object literal a `__proto__` key would set the prototype instead.
  { query: "RETURN {`__proto__`: 1, b: 2} AS v", json: '{"__proto__":1,"b":2}' },
  { query: "RETURN {a: {`__proto__`: {c: 5}}} AS v", json: '{"a":{"__proto__":{"c":5}}}' },
  { query: "RETURN [{`__proto__`: 7}] AS v", json: '[{"__proto__":7}]' },
  { query: "RETURN {constructor: 1, toString: 2} AS v", json: '{"constructor":1,"toString":2}' },
];

describeNeo4j("POST /api/cypher on a real Neo4j: every value converts exactly, and the server stays up", () => {
  let store: Neo4jStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = new Neo4jStore({ ...seedTarget()!, readOnly: true });
    await store.init();
    const settings = { host: "127.0.0.1", port: 0 };
    app = await buildApp({
      store,
      search: await SearchIndex.fromStore(store),
      nodes: await openNodeReader(store),
      settings,
    });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.each(CASES)("$query", async ({ query, expected, json, column }) => {
    const r = await app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
    expect(r.statusCode, r.body).toBe(200);
    // Parsed with JSON.parse: a `__proto__` key in the reply is an own key of the parsed object.
    const body = JSON.parse(r.body) as { columns: string[]; rows: Record<string, unknown>[] };
    const name = column ?? "v";
    expect(body.columns).toEqual([name]);
    expect(Object.hasOwn(body.rows[0]!, name)).toBe(true);
    expect(JSON.stringify(body.rows[0]![name])).toBe(json ?? JSON.stringify(expected));
    expect((await app.inject({ method: "GET", url: "/api/stats" })).statusCode).toBe(200);
  });
});
