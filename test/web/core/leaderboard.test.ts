// What the leaderboard view shows for a URL state, from a response ranked as the server ranks it.

import { describe, expect, it } from "vitest";
import { findConflicts, rankLeaderboard } from "../../../domain/leaderboard.js";
import type { LeaderboardResponse, LeaderboardRow } from "../../../domain/types.js";
import { shownLeaderboard } from "../../../web/src/core/leaderboard/index.js";
import type { LeaderboardState } from "../../../web/src/core/url-state/leaderboard.js";

let n = 0;
const row = (over: Partial<LeaderboardRow>): LeaderboardRow => ({
  id: `r${++n}`,
  model: null,
  modelId: null,
  metric: "accuracy",
  value: 1,
  unit: "%",
  kind: "score",
  paperId: `p${n}`,
  paperTitle: "t",
  year: 2020,
  sentence: "s",
  start: 0,
  end: 1,
  confidence: 0.9,
  ...over,
});

function response(rows: LeaderboardRow[]): LeaderboardResponse {
  const ranked = rankLeaderboard(rows);
  return {
    dataset: { id: "dataset:d", label: "D", kind: "dataset", known: true },
    ...ranked,
    conflicts: findConflicts(rows),
    truncated: false,
  };
}

const data = response([
  row({ model: "A", value: 70, year: 2019, paperId: "a" }),
  row({ model: "A", value: 72, year: 2021, paperId: "b" }),
  row({ model: "B", value: 80, year: 2022 }),
  row({ model: "B", value: 3, kind: "gain", year: 2022 }),
  row({ model: "C", value: 2, kind: "ratio", metric: null, year: null }),
]);
const all: LeaderboardState = { datasetId: "dataset:d", metric: null, from: null, to: null };

describe("shownLeaderboard", () => {
  it("keeps scores, gains and ratios in lists of their own", () => {
    const shown = shownLeaderboard(data, all);
    expect(shown.scores.map((l) => l.rows.map((r) => r.value))).toEqual([[80, 72, 70]]);
    expect(shown.gains.map((l) => l.rows.map((r) => r.value))).toEqual([[3]]);
    expect(shown.ratios.map((l) => l.rows.map((r) => r.value))).toEqual([[2]]);
    expect(shown.scores[0]!.progression.map((p) => [p.year, p.best])).toEqual([
      [2019, 70],
      [2021, 72],
      [2022, 80],
    ]);
    expect(shown.conflicts).toHaveLength(1);
    expect(shown.years).toEqual({ min: 2019, max: 2022 });
  });

  it("filters by metric and years; a conflict whose rows are filtered away is not shown", () => {
    const shown = shownLeaderboard(data, { ...all, metric: { kind: "score", metric: "accuracy" }, from: 2020 });
    expect(shown.rows.map((r) => r.value)).toEqual([80, 72]);
    expect(shown.gains).toEqual([]);
    expect(shown.ratios).toEqual([]);
    expect(shown.conflicts).toEqual([]);
  });
});
