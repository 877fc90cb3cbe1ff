// The leaderboard's URL state: every state survives encode → decode, and bad input decodes to safe defaults.

import { describe, expect, it } from "vitest";
import {
  decodeLeaderboardState,
  encodeLeaderboardState,
  type LeaderboardState,
} from "../../../web/src/core/url-state/leaderboard.js";

const url = (s: LeaderboardState) => new URL(encodeLeaderboardState(s), "http://x");

describe("leaderboard URL state", () => {
  it.each<LeaderboardState>([
    { datasetId: "dataset:imagenet", metric: null, from: null, to: null },
    { datasetId: "benchmark:glue", metric: { kind: "score", metric: "top-1 accuracy" }, from: 2020, to: 2024 },
    { datasetId: "dataset:coco test-dev", metric: { kind: "gain", metric: null }, from: null, to: 2023 },
    { datasetId: "dataset:a/b%c&d", metric: { kind: "ratio", metric: "x:y & z" }, from: 2019, to: null },
  ])("round-trips %j", (state) => {
    const u = url(state);
    expect(decodeLeaderboardState(u.pathname, u.search)).toEqual(state);
  });

  it.each([
    ["/leaderboard/dataset:x", "?metric=bogus:acc&from=20x&to=1999", { metric: null, from: null, to: 1999 }],
    ["/leaderboard/dataset:x", "?from=2024&to=2020", { metric: null, from: 2020, to: 2024 }],
  ])("decodes %s%s to safe values", (path, search, expected) => {
    expect(decodeLeaderboardState(path, search)).toMatchObject(expected);
  });

  it.each(["/", "/neighbourhood/dataset:x", "/leaderboard/model:zeta", "/leaderboard/%E0%A4%A"])(
    "is no leaderboard: %s",
    (path) => {
      expect(decodeLeaderboardState(path, "")).toBeNull();
    },
  );
});
