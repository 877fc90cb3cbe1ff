import { describe, expect, it } from "vitest";
import { entityTimeline } from "../../../server/explore/timeline.js";

describe("entityTimeline", () => {
  it("counts introducing and other papers per year, fills gaps, and keeps undated apart", () => {
    const papers = [
      { id: "a", date: "2018-10-11" },
      { id: "b", date: "2020" },
      { id: "c", date: "2020-03-01" },
      { id: "c", date: "2020-03-01" },
      { id: "d", date: "--05-01" },
      { id: "e", date: null },
    ];
    expect(entityTimeline(papers, new Set(["a"]))).toEqual({
      years: [
        { year: 2018, introduce: 1, use: 0 },
        { year: 2019, introduce: 0, use: 0 },
        { year: 2020, introduce: 0, use: 2 },
      ],
      undated: 2,
    });
  });
  it("is empty without dated papers", () => {
    expect(entityTimeline([{ id: "x", date: null }], new Set())).toEqual({ years: [], undated: 1 });
  });
});
