// What the leaderboard view shows for a URL state: the ranked lists kept by the metric and year filters, each with
// its direction and progression, and the conflicts among what is shown. Pure.
import { progression, type ProgressionPoint } from "../../../../domain/leaderboard.js";
import type {
  LeaderboardConflict,
  LeaderboardResponse,
  LeaderboardRow,
  MetricDirection,
  ResultKind,
} from "../../../../domain/types.js";
import { metricKeyText, type LeaderboardState, type MetricKey } from "../url-state/leaderboard.js";

export interface RankedList {
  key: string;
  kind: ResultKind;
  metric: string | null;
  direction: MetricDirection;
  /** Best first, as the server ranked them. */
  rows: LeaderboardRow[];
  /** Scores only: the best so far, year by year. */
  progression: ProgressionPoint[];
}

export interface LeaderboardShown {
  scores: RankedList[];
  gains: RankedList[];
  ratios: RankedList[];
  /** Conflicts whose rows are all still shown. */
  conflicts: LeaderboardConflict[];
  /** Row ids taking part in a shown conflict. */
  conflicting: Set<string>;
  /** Years any result has, for the filter's bounds. */
  years: { min: number; max: number } | null;
  rows: LeaderboardRow[];
}

const inYears = (r: LeaderboardRow, s: LeaderboardState) =>
  (s.from === null || (r.year !== null && r.year >= s.from)) && (s.to === null || (r.year !== null && r.year <= s.to));

const sameKey = (a: MetricKey, b: MetricKey) => a.kind === b.kind && a.metric === b.metric;

export function shownLeaderboard(data: LeaderboardResponse, state: LeaderboardState): LeaderboardShown {
  const lists: RankedList[] = [];
  for (const m of data.metrics) {
    if (state.metric && !sameKey(state.metric, m)) continue;
    const rows = data.rows.filter((r) => r.kind === m.kind && r.metric === m.metric && inYears(r, state));
    if (!rows.length) continue;
    lists.push({
      key: metricKeyText(m),
      kind: m.kind,
      metric: m.metric,
      direction: m.direction,
      rows,
      progression: m.kind === "score" ? progression(rows, m.direction) : [],
    });
  }
  const rows = lists.flatMap((l) => l.rows);
  const shownIds = new Set(rows.map((r) => r.id));
  const conflicts = data.conflicts.filter((c) => c.rows.filter((id) => shownIds.has(id)).length >= 2);
  const years = data.rows.map((r) => r.year).filter((y): y is number => y !== null);
  return {
    scores: lists.filter((l) => l.kind === "score"),
    gains: lists.filter((l) => l.kind === "gain"),
    ratios: lists.filter((l) => l.kind === "ratio"),
    conflicts,
    conflicting: new Set(conflicts.flatMap((c) => c.rows.filter((id) => shownIds.has(id)))),
    years: years.length ? { min: Math.min(...years), max: Math.max(...years) } : null,
    rows,
  };
}
