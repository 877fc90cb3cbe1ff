import { describe, expect, it } from "vitest";
import { labelX } from "../../../web/src/graph/png.js";

describe("labelX", () => {
  it.each([
    [100, 5, 50, 1000, 108],
    [980, 5, 50, 1000, 922],
    [10, 5, 200, 100, 0],
  ])("node at %d (radius %d), text %d wide, picture %d → %d", (x, r, w, width, expected) => {
    expect(labelX(x, r, w, width)).toBe(expected);
  });
});
