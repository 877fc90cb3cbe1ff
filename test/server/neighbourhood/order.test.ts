// Kùzu's string order (UTF-8 bytes) against JS's (UTF-16 units): compareStrings must side with Kùzu.

import { describe, expect, it } from "vitest";
import {
  compareDescNullsFirst,
  compareStrings,
  compareStringsDescNullsFirst,
} from "../../../server/neighbourhood/order.js";

const sign = (n: number) => Math.sign(n);
const utf8 = (a: string, b: string) => sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe("compareStrings", () => {
  it.each([
    ["a", "b"],
    ["B", "a"],
    ["a", "ab"],
    ["", "a"],
    ["é", "z"],
    ["x\uE000", "x𠀀"], // JS's `<` says the reverse
    ["\uFFFD", "😀"],
    ["日本", "\uE000"],
    ["same", "same"],
  ])("orders %j and %j by UTF-8 bytes", (a, b) => {
    expect(sign(compareStrings(a, b))).toBe(utf8(a, b));
    expect(sign(compareStrings(b, a))).toBe(utf8(b, a));
  });
});

describe("descending with NULL first", () => {
  it("puts NaN (NULL) before every number, then larger first", () => {
    expect([1, NaN, 3, 2].sort(compareDescNullsFirst)).toEqual([NaN, 3, 2, 1]);
  });
  it("puts null before every string, then by UTF-8 bytes, larger first", () => {
    expect(["--03-12", null, "2024-01-03", "2023"].sort(compareStringsDescNullsFirst)).toEqual([
      null,
      "2024-01-03",
      "2023",
      "--03-12",
    ]);
  });
});
