// Leaderboard logic: ranking by direction, progression of the best so far, conflicts, CSV neutralisation.

import { describe, expect, it } from "vitest";
import {
  findConflicts,
  leaderboardCsv,
  neutraliseCell,
  progression,
  rankLeaderboard,
} from "../../domain/leaderboard.js";
import type { LeaderboardRow } from "../../domain/types.js";

let n = 0;
const row = (over: Partial<LeaderboardRow>): LeaderboardRow => ({
  id: `r${++n}`,
  model: "M",
  modelId: null,
  metric: "accuracy",
  value: 1,
  unit: "%",
  kind: "score",
  paperId: `p${n}`,
  paperTitle: `Paper ${n}`,
  year: 2020,
  sentence: "s",
  start: 0,
  end: 1,
  confidence: 0.9,
  ...over,
});

describe("rankLeaderboard", () => {
  it("ranks higher-is-better metrics descending and lower-is-better ascending, kinds apart", () => {
    const rows = [
      row({ metric: "FID", value: 9 }),
      row({ metric: "FID", value: 3 }),
      row({ value: 70 }),
      row({ value: 90 }),
      row({ value: 2, kind: "gain" }),
    ];
    const ranked = rankLeaderboard(rows);
    expect(ranked.metrics.map((m) => [m.metric, m.kind, m.direction])).toEqual([
      ["accuracy", "score", "higher"],
      ["FID", "score", "lower"],
      ["accuracy", "gain", "higher"],
    ]);
    expect(ranked.rows.map((r) => r.value)).toEqual([90, 70, 3, 9, 2]);
  });
});

describe("progression", () => {
  it("keeps the best so far per year, in the metric's direction", () => {
    const rows = [row({ value: 5, year: 2020 }), row({ value: 7, year: 2021 }), row({ value: 6, year: 2022 })];
    expect(progression(rows, "higher").map((p) => [p.year, p.best])).toEqual([
      [2020, 5],
      [2021, 7],
      [2022, 7],
    ]);
    expect(progression(rows, "lower").map((p) => [p.year, p.best])).toEqual([
      [2020, 5],
      [2021, 5],
      [2022, 5],
    ]);
  });
});

describe("findConflicts", () => {
  it("pairs differing values of one model and metric from different papers only", () => {
    const a = row({ model: "X", value: 80, paperId: "p-a" });
    const b = row({ model: "X", value: 81, paperId: "p-b" });
    const sameValue = row({ model: "X", value: 80, paperId: "p-c" });
    const samePaper = [row({ model: "Y", value: 1, paperId: "q" }), row({ model: "Y", value: 2, paperId: "q" })];
    expect(findConflicts([a, b, sameValue, ...samePaper])).toEqual([
      { model: "X", metric: "accuracy", kind: "score", rows: [a.id, b.id] },
    ]);
  });

  it("does not call differing gains, ratios or values without a metric conflicts", () => {
    const rows = [
      row({ model: "Z", metric: null, value: 10, paperId: "u" }),
      row({ model: "Z", metric: null, value: 20, paperId: "v" }),
      row({ model: "Z", kind: "gain", value: 1, paperId: "u" }),
      row({ model: "Z", kind: "gain", value: 2, paperId: "v" }),
    ];
    expect(findConflicts(rows)).toEqual([]);
  });
});

describe("CSV export", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["plain", "plain"],
  ])("neutralises %j", (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it("quotes fields and ranks within each metric", () => {
    const csv = leaderboardCsv("D", [
      row({ model: "=evil", value: 2, sentence: 'He said "hi", twice' }),
      row({ model: null, value: 1, metric: null }),
    ]);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("dataset,metric,kind,rank,model,value,unit,paper,paper id,year,sentence");
    expect(lines[1]).toContain(",accuracy,score,1,'=evil,2,%,");
    expect(lines[1]).toContain('"He said ""hi"", twice"');
    expect(lines[2]).toContain("(metric not stated),score,1,(model not named),1,");
  });
});
