// A stored layout coordinate: what both stores keep alike.

import { describe, expect, it } from "vitest";
import { storedCoordinate } from "../../ingest/layout-coordinate.js";

describe("storedCoordinate", () => {
  it("rounds to two decimals and never gives -0, which Neo4j keeps and Kùzu drops", () => {
    expect(storedCoordinate(12.3456)).toBe(12.35);
    expect(Object.is(storedCoordinate(-0.001), 0)).toBe(true);
    expect(Object.is(storedCoordinate(-0), 0)).toBe(true);
    expect(storedCoordinate(-0.006)).toBe(-0.01);
  });

  it("stores 0 for a position a layout could not compute", () => {
    expect(storedCoordinate(Number.NaN)).toBe(0);
    expect(storedCoordinate(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
