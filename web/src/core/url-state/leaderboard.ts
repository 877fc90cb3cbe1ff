// The leaderboard view's own URL state: `/leaderboard/<dataset id>?metric=<kind>:<metric>&from=YYYY&to=YYYY`.
// Pure encode/decode, so a shared link reopens the same dataset, metric and years.
import { RESULT_KINDS, type ResultKind } from "../../../../domain/types.js";
import { encodeQueryValue } from "./utils.js";

export const LEADERBOARD_PATH = "/leaderboard/";

/** One ranked list: scores, gains or ratios in one metric (null: results that name no metric). */
export interface MetricKey {
  kind: ResultKind;
  metric: string | null;
}

export interface LeaderboardState {
  datasetId: string;
  /** The list shown alone; null shows every list. */
  metric: MetricKey | null;
  /** Inclusive year bounds; results without a year fail any bound. */
  from: number | null;
  to: number | null;
}

export const isLeaderboardPath = (pathname: string) => pathname.startsWith(LEADERBOARD_PATH);

export const metricKeyText = (k: MetricKey) => `${k.kind}:${k.metric ?? ""}`;

export function parseMetricKey(text: string | null): MetricKey | null {
  if (!text) return null;
  const at = text.indexOf(":");
  const kind = text.slice(0, at) as ResultKind;
  if (at < 0 || !RESULT_KINDS.includes(kind)) return null;
  const metric = text.slice(at + 1);
  return { kind, metric: metric === "" ? null : metric };
}

function parseYear(text: string | null): number | null {
  return text && /^\d{4}$/.test(text) ? Number(text) : null;
}

/** The state a leaderboard URL encodes, or null when the path is no leaderboard's. */
export function decodeLeaderboardState(pathname: string, search: string): LeaderboardState | null {
  if (!isLeaderboardPath(pathname)) return null;
  let datasetId: string;
  try {
    datasetId = decodeURIComponent(pathname.slice(LEADERBOARD_PATH.length));
  } catch {
    return null;
  }
  if (!/^(?:dataset|benchmark):./.test(datasetId)) return null;
  const q = new URLSearchParams(search);
  let from = parseYear(q.get("from"));
  let to = parseYear(q.get("to"));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { datasetId, metric: parseMetricKey(q.get("metric")), from, to };
}

export function encodeLeaderboardState(state: LeaderboardState): string {
  const q: string[] = [];
  if (state.metric) q.push(`metric=${encodeQueryValue(metricKeyText(state.metric))}`);
  if (state.from !== null) q.push(`from=${state.from}`);
  if (state.to !== null) q.push(`to=${state.to}`);
  return `${LEADERBOARD_PATH}${encodeQueryValue(state.datasetId)}${q.length ? `?${q.join("&")}` : ""}`;
}

/** The explorer-side link to a dataset's or benchmark's leaderboard. */
export const leaderboardUrl = (datasetId: string) =>
  encodeLeaderboardState({ datasetId, metric: null, from: null, to: null });
