// Point 1 of the hardening issue on real Kùzu: values the Node binding cannot carry (dates past year 275760,
// 64-bit integers past 2^53, decimals, blobs, unions, a `__proto__` alias) come back exact through
// `POST /api/cypher`, and the server keeps answering (`/api/stats`) after every one of them.

import { describe, expect, it } from "vitest";
import { useFixtureApp } from "../server/fixture-app.js";

const app = useFixtureApp({ readOnly: true });

/** Each query returns one row with one column `v` (or the named column) and what it must hold. */
const CASES: { query: string; expected: unknown; column?: string }[] = [
  { query: 'RETURN date("275760-09-14") AS v', expected: "275760-09-14" },
  { query: "RETURN timestamp('294246-01-01') AS v", expected: "294246-01-01 00:00:00" },
  { query: 'RETURN [date("275760-09-14"), date("2020-01-01")] AS v', expected: "[275760-09-14,2020-01-01]" },
  { query: "RETURN date('2020-01-01') + interval('100000000 days') AS v", expected: "275810-09-14" },
  { query: "RETURN cast(timestamp('2020-01-01'), 'TIMESTAMP_MS') AS v", expected: "2020-01-01T00:00:00.000Z" },
  { query: "RETURN cast('18446744073709551615', 'UINT64') AS v", expected: "18446744073709551615" },
  { query: "RETURN cast('9223372036854775807', 'INT64') AS v", expected: "9223372036854775807" },
  {
    query: "RETURN cast('170141183460469231731687303715884105727', 'INT128') AS v",
    expected: "170141183460469231731687303715884105727",
  },
  { query: "RETURN cast('12345678901234.567', 'DECIMAL(18,3)') AS v", expected: "12345678901234.567" },
  {
    query: "RETURN BLOB('\\\\xAA\\\\xBDABC') AS v",
    expected: Buffer.from([0xaa, 0xbd, 0x41, 0x42, 0x43]).toString("base64"),
  },
  { query: "RETURN interval('3 days') AS v", expected: "3 days" },
  { query: "RETURN 1 AS `__proto__`", expected: 1, column: "__proto__" },
  { query: "RETURN 42 AS v", expected: 42 },
  { query: "UNWIND [3, 1, 2] AS x RETURN cast(x, 'DECIMAL(5,1)') AS v ORDER BY x DESC LIMIT 1", expected: "3.0" },
];

async function cypher(query: string) {
  const r = await app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
  return { status: r.statusCode, body: JSON.parse(r.body) as { columns: string[]; rows: Record<string, unknown>[] } };
}

describe("POST /api/cypher: every Kùzu value type converts exactly, and the server stays up", () => {
  it.each(CASES)("$query", async ({ query, expected, column }) => {
    const r = await cypher(query);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const name = column ?? "v";
    expect(r.body.columns).toEqual([name]);
    expect(Object.hasOwn(r.body.rows[0]!, name)).toBe(true);
    expect(r.body.rows[0]![name]).toEqual(expected);
    expect((await app.get("/api/stats")).status).toBe(200);
  });

  it("a union comes back as an object", async () => {
    const r = await cypher("RETURN union_value(a := 1) AS v");
    expect(r.status).toBe(200);
    expect(typeof r.body.rows[0]!.v).toBe("object");
  });

  it("a struct without odd keys stays an object", async () => {
    const r = await cypher("RETURN {a: 1, b: [2, 3]} AS s");
    expect(r.status).toBe(200);
    expect(r.body.rows[0]).toEqual({ s: { a: 1, b: [2, 3] } });
  });

  it.each([
    ["RETURN {`__proto__`: 1, b: 2} AS v", "{__proto__: 1, b: 2}"],
    ["RETURN {a: {`__proto__`: {c: 5}}} AS v", "{a: {__proto__: {c: 5}}}"],
    ["RETURN [{`__proto__`: 7}] AS v", "[{__proto__: 7}]"],
    ["RETURN map(['__proto__', 'x'], [2, 3]) AS v", "{__proto__=2, x=3}"],
  ])("%s keeps its __proto__ key (as the database prints it), never a prototype", async (query, text) => {
    const r = await cypher(query);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.rows[0]!.v).toBe(text);
    expect((await app.get("/api/stats")).status).toBe(200);
  });
});
