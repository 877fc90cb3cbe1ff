// Leaderboards from reported results: grouping by metric and kind, ranking by the metric's direction, the
// progression of the best value over years, conflicting values, and CSV export. Pure; shared by the server (which
// ranks) and the web app (which filters by year and metric, draws progression and exports).

import { metricDirection } from "./metric-direction.js";
import type { LeaderboardConflict, LeaderboardMetric, LeaderboardRow, MetricDirection, ResultKind } from "./types.js";

const KIND_ORDER: Record<ResultKind, number> = { score: 0, gain: 1, ratio: 2 };

const groupKey = (r: Pick<LeaderboardRow, "kind" | "metric">) => `${r.kind}\u0000${r.metric ?? ""}`;

/**
 * Best first: by value in the metric's direction (for an unknown direction, larger first, as most leaderboards
 * rank), then earlier year (who reached it first), then paper id for a stable order.
 */
export function compareRows(direction: MetricDirection): (a: LeaderboardRow, b: LeaderboardRow) => number {
  const sign = direction === "lower" ? 1 : -1;
  return (a, b) =>
    sign * (a.value - b.value) || (a.year ?? 9999) - (b.year ?? 9999) || (a.paperId < b.paperId ? -1 : 1);
}

/** Gains and ratios are ranked as larger-is-better whatever the metric: they state how much better. */
export function directionOf(kind: ResultKind, metric: string | null): MetricDirection {
  return kind === "score" ? metricDirection(metric) : "higher";
}

/** The ranked lists of a leaderboard: scores first (named metrics, then those with none), then gains, then ratios. */
export function rankLeaderboard(rows: readonly LeaderboardRow[]): {
  metrics: LeaderboardMetric[];
  rows: LeaderboardRow[];
} {
  const groups = new Map<string, LeaderboardRow[]>();
  for (const r of rows) {
    const key = groupKey(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const ordered = [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0]!, b[0]!];
    return (
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      Number(x.metric === null) - Number(y.metric === null) ||
      b.length - a.length ||
      (x.metric ?? "").localeCompare(y.metric ?? "")
    );
  });
  const metrics: LeaderboardMetric[] = [];
  const ranked: LeaderboardRow[] = [];
  for (const group of ordered) {
    const { kind, metric } = group[0]!;
    const direction = directionOf(kind, metric);
    metrics.push({ metric, kind, direction, count: group.length });
    ranked.push(...[...group].sort(compareRows(direction)));
  }
  return { metrics, rows: ranked };
}

/**
 * Scores of one model in one named metric (and unit) that differ between papers. Gains, ratios and scores that
 * name no metric are left out: their values may measure different things and differ without disagreeing.
 */
export function findConflicts(rows: readonly LeaderboardRow[]): LeaderboardConflict[] {
  const byModel = new Map<string, LeaderboardRow[]>();
  for (const r of rows) {
    if (!r.model || r.kind !== "score" || r.metric === null) continue;
    const key = `${r.model}\u0000${groupKey(r)}\u0000${r.unit}`;
    byModel.set(key, [...(byModel.get(key) ?? []), r]);
  }
  const out: LeaderboardConflict[] = [];
  for (const group of byModel.values()) {
    const papers = new Set(group.map((r) => r.paperId));
    const values = new Map<number, LeaderboardRow>();
    for (const r of group) if (!values.has(r.value)) values.set(r.value, r);
    if (papers.size < 2 || values.size < 2) continue;
    const { model, metric, kind } = group[0]!;
    out.push({ model: model!, metric, kind, rows: [...values.values()].map((r) => r.id) });
  }
  return out;
}

export interface ProgressionPoint {
  year: number;
  /** The best value reached by this year. */
  best: number;
  /** The row that set it. */
  row: LeaderboardRow;
}

/** The best value so far, year by year, as state-of-the-art charts draw it. Rows without a year are left out. */
export function progression(rows: readonly LeaderboardRow[], direction: MetricDirection): ProgressionPoint[] {
  const better = compareRows(direction);
  const dated = rows.filter((r) => r.year !== null).sort((a, b) => a.year! - b.year! || better(a, b));
  const points: ProgressionPoint[] = [];
  let best: LeaderboardRow | undefined;
  for (const r of dated) {
    if (!best || better(r, best) < 0) best = r;
    const last = points.at(-1);
    if (last && last.year === r.year) Object.assign(last, { best: best.value, row: best });
    else points.push({ year: r.year!, best: best.value, row: best });
  }
  return points;
}

/** A cell a spreadsheet would run as a formula (= + - @, tab, carriage return) is prefixed with a quote. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The rows as CSV (RFC 4180), header first, every text cell neutralised against formula injection. */
export function leaderboardCsv(datasetLabel: string, rows: readonly LeaderboardRow[]): string {
  const header = [
    "dataset",
    "metric",
    "kind",
    "rank",
    "model",
    "value",
    "unit",
    "paper",
    "paper id",
    "year",
    "sentence",
  ];
  const lines = [header.join(",")];
  let rank = 0;
  let previous = "";
  for (const r of rows) {
    const key = groupKey(r);
    rank = key === previous ? rank + 1 : 1;
    previous = key;
    const cells = [
      datasetLabel,
      r.metric ?? "(metric not stated)",
      r.kind,
      String(rank),
      r.model ?? "(model not named)",
      String(r.value),
      r.unit,
      r.paperTitle,
      r.paperId,
      r.year === null ? "" : String(r.year),
      r.sentence,
    ];
    lines.push(cells.map((c) => csvField(neutraliseCell(c))).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
