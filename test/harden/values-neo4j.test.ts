// Point 1 for Neo4j: the converter on the driver's own types (no server needed to build them): temporal values
// of any year, integers past 2^53, byte arrays, nodes and relationships whose properties include `__proto__`.

import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { fromNeo4j } from "../../store/neo4j/values.js";
import { fromKuzu, OUT_OF_RANGE_DATE } from "../../store/values.js";

const { Date: NeoDate, DateTime, LocalDateTime, LocalTime, Time, Duration, Point, Node, Relationship } = neo4j.types;
const int = neo4j.int;

/** A properties object with an own `__proto__` key, as a driver record would carry it. */
const withProto = () => JSON.parse('{"__proto__": 7, "name": "x"}') as Record<string, unknown>;

describe("fromNeo4j: every driver type converts, none throws", () => {
  it.each([
    ["a date past JavaScript's range", new NeoDate(300000, 1, 2), "+300000-01-02"],
    ["a date of year 1", new NeoDate(1, 1, 1), "0001-01-01"],
    ["a zoned datetime", new DateTime(294246, 1, 1, 0, 0, 0, 0, 0), "+294246-01-01T00:00:00Z"],
    ["a local datetime", new LocalDateTime(2020, 1, 1, 12, 0, 0, 0), "2020-01-01T12:00:00"],
    ["a local time", new LocalTime(1, 2, 3, 0), "01:02:03"],
    ["a time", new Time(1, 2, 3, 0, 3600), "01:02:03+01:00"],
    ["a duration", new Duration(14, 100000000, 0, 0), "P1Y2M100000000D"],
    ["a point", new Point(7203, 1, 2), "Point{srid=7203.0, x=1.0, y=2.0}"],
    ["an integer past 2^53", int("9223372036854775807"), "9223372036854775807"],
    ["a small integer", int(42), 42],
    ["a bigint", 18446744073709551615n, "18446744073709551615"],
    ["bytes", new Int8Array([-86, -67, 65]), Buffer.from([0xaa, 0xbd, 0x41]).toString("base64")],
    ["NaN", Number.NaN, "NaN"],
    ["a list of out-of-range dates", [new NeoDate(300000, 1, 2), null], ["+300000-01-02", null]],
  ])("%s", (_, value, expected) => {
    expect(fromNeo4j(value)).toEqual(expected);
  });

  it("a node keeps a __proto__ property as an own key", () => {
    const node = new Node(int(1), ["Paper"], withProto(), "4:x:1");
    const out = fromNeo4j(node) as Record<string, unknown>;
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(out.__proto__).toBe(7);
    expect({ ...out, __proto__: undefined }).toBeTruthy();
    expect(JSON.parse(JSON.stringify(out))).toEqual(
      JSON.parse('{"_kind":"node","_label":"Paper","_id":"4:x:1","__proto__":7,"name":"x"}'),
    );
  });

  it("a relationship and a map keep their keys", () => {
    const rel = new Relationship(
      int(1),
      int(2),
      int(3),
      "USES",
      { since: new NeoDate(300000, 1, 1) },
      "5:r",
      "4:a",
      "4:b",
    );
    expect(fromNeo4j(rel)).toMatchObject({
      _kind: "relationship",
      _label: "USES",
      _src: "4:a",
      since: "+300000-01-01",
    });
    const map = fromNeo4j(withProto()) as Record<string, unknown>;
    expect(Object.hasOwn(map, "__proto__")).toBe(true);
  });
});

describe("fromKuzu on values the binding may hand over", () => {
  it.each([
    ["an invalid Date", new Date(Number.NaN), OUT_OF_RANGE_DATE],
    ["a valid Date", new Date(Date.UTC(2020, 0, 1)), "2020-01-01T00:00:00.000Z"],
    ["bytes", new Uint8Array([0xaa, 0xbd]), "qr0="],
    ["a BigInt past 2^53", 2n ** 100n, (2n ** 100n).toString()],
    ["a list of invalid Dates", [new Date(Number.NaN)], [OUT_OF_RANGE_DATE]],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
  ])("%s", (_, value, expected) => {
    expect(fromKuzu(value)).toEqual(expected);
  });

  it("a __proto__ key stays a key", () => {
    const out = fromKuzu(withProto()) as Record<string, unknown>;
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(null);
  });
});
