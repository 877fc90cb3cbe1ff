// The leaderboard page of one dataset or benchmark (`/leaderboard/<id>`): per metric the reported scores ranked
// best first by the metric's direction, the best so far over the years, gains and ratios listed apart, values
// papers disagree on side by side, filters by metric and year kept in the URL, and CSV export.
import { useEffect, useMemo, useState } from "react";
import { leaderboardCsv } from "../../../../domain/leaderboard.js";
import type { LeaderboardResponse, MetricDirection } from "../../../../domain/types.js";
import type { Loadable } from "../../api.js";
import { shownLeaderboard, type RankedList } from "../../core/leaderboard/index.js";
import {
  decodeLeaderboardState,
  encodeLeaderboardState,
  metricKeyText,
  parseMetricKey,
  type LeaderboardState,
} from "../../core/url-state/leaderboard.js";
import { leaderboardApi } from "./leaderboard-api.js";
import { ProgressionChart } from "./ProgressionChart.js";
import { formatValue, RankedTable } from "./RankedTable.js";
import "./leaderboard.css";

const DIRECTION_TEXT: Record<MetricDirection, string> = {
  higher: "↑ higher is better",
  lower: "↓ lower is better",
  unknown: "direction unknown: ranked larger first",
};
const KIND_TEXT = { score: "scores", gain: "stated gains", ratio: "ratios" } as const;

const metricTitle = (l: Pick<RankedList, "metric">) => l.metric ?? "metric not stated";

function useLeaderboardUrl(): [LeaderboardState | null, (next: LeaderboardState) => void] {
  const [state, setState] = useState(() => decodeLeaderboardState(location.pathname, location.search));
  useEffect(() => {
    const onPop = () => setState(decodeLeaderboardState(location.pathname, location.search));
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const update = (next: LeaderboardState) => {
    const url = encodeLeaderboardState(next);
    if (url !== location.pathname + location.search) history.pushState(null, "", url);
    setState(next);
  };
  return [state, update];
}

function downloadCsv(name: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rows shown before "Show all": long lists (ImageNet has hundreds) stay readable. */
const FIRST_ROWS = 25;

function ListSection(props: { list: RankedList; conflicting: Set<string>; chart: boolean }) {
  const { list } = props;
  const [all, setAll] = useState(false);
  const rows = all ? list.rows : list.rows.slice(0, FIRST_ROWS);
  return (
    <section className="ranked-list" data-testid={`list-${list.key}`}>
      <h3>
        {metricTitle(list)} <span className="muted">· {KIND_TEXT[list.kind]}</span>{" "}
        {list.kind === "score" && (
          <span className={`direction ${list.direction}`}>{DIRECTION_TEXT[list.direction]}</span>
        )}
      </h3>
      {props.chart && (
        <ProgressionChart rows={list.rows} points={list.progression} unit={list.rows[0]?.unit === "%" ? "%" : ""} />
      )}
      <RankedTable rows={rows} conflicting={props.conflicting} testId={`table-${list.key}`} />
      {rows.length < list.rows.length && (
        <button className="small" data-testid="show-all" onClick={() => setAll(true)}>
          Show all {list.rows.length}
        </button>
      )}
    </section>
  );
}

export function LeaderboardView() {
  const [state, update] = useLeaderboardUrl();
  const [data, setData] = useState<Loadable<LeaderboardResponse>>({ type: "loading" });
  const datasetId = state?.datasetId ?? null;

  useEffect(() => {
    if (!datasetId) return;
    const controller = new AbortController();
    setData({ type: "loading" });
    leaderboardApi.leaderboard(datasetId, controller.signal).then(
      (d) => setData({ type: "ready", data: d }),
      (e: Error) => {
        if (!controller.signal.aborted) setData({ type: "error", message: e.message });
      },
    );
    return () => controller.abort();
  }, [datasetId]);

  const shown = useMemo(
    () => (state && data.type === "ready" ? shownLeaderboard(data.data, state) : null),
    [state, data],
  );

  if (!state) return <p className="center error">Not a leaderboard address: /leaderboard/dataset:… or benchmark:…</p>;
  if (data.type !== "ready" || !shown) {
    return (
      <div className="leaderboard">
        <p className={data.type === "error" ? "error" : "muted"} data-testid="leaderboard-status">
          {data.type === "error" ? data.message : "Loading the leaderboard…"}
        </p>
      </div>
    );
  }
  const { dataset, metrics } = data.data;
  const yearBound = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : null);
  const conflictRows = (ids: string[]) => data.data.rows.filter((r) => ids.includes(r.id));

  return (
    <div className="leaderboard" data-testid="leaderboard">
      <header className="leaderboard-header">
        <a href="/" className="muted">
          papergraph
        </a>
        <h1 data-testid="leaderboard-title">
          {dataset.label} <span className="muted">· {dataset.kind} leaderboard</span>
        </h1>
        <a href={`/neighbourhood/${encodeURIComponent(dataset.id)}?sel=${encodeURIComponent(dataset.id)}`}>
          Open in the graph
        </a>
      </header>
      {!dataset.known && (
        <p className="notice-inline" data-testid="dataset-unknown">
          Results name this {dataset.kind}, but the graph has no node for it: its type was not settled.
        </p>
      )}
      <div className="leaderboard-filters">
        <label>
          Metric{" "}
          <select
            data-testid="metric-filter"
            value={state.metric ? metricKeyText(state.metric) : ""}
            onChange={(e) => update({ ...state, metric: parseMetricKey(e.target.value) })}
          >
            <option value="">All metrics</option>
            {metrics.map((m) => (
              <option key={metricKeyText(m)} value={metricKeyText(m)}>
                {`${m.metric ?? "metric not stated"} (${KIND_TEXT[m.kind]}, ${m.count})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          From{" "}
          <input
            data-testid="year-from"
            type="number"
            min={shown.years?.min}
            max={shown.years?.max}
            placeholder={String(shown.years?.min ?? "")}
            value={state.from ?? ""}
            onChange={(e) => update({ ...state, from: yearBound(e.target.value) })}
          />
        </label>
        <label>
          to{" "}
          <input
            data-testid="year-to"
            type="number"
            min={shown.years?.min}
            max={shown.years?.max}
            placeholder={String(shown.years?.max ?? "")}
            value={state.to ?? ""}
            onChange={(e) => update({ ...state, to: yearBound(e.target.value) })}
          />
        </label>
        <button
          data-testid="export-csv"
          disabled={shown.rows.length === 0}
          onClick={() =>
            downloadCsv(
              `leaderboard-${dataset.label.replace(/[^\w.-]+/g, "_")}.csv`,
              leaderboardCsv(dataset.label, shown.rows),
            )
          }
        >
          Export CSV
        </button>
        <span className="muted" data-testid="shown-count">
          {shown.rows.length} of {data.data.rows.length} results
        </span>
      </div>
      {data.data.truncated && (
        <p className="notice-inline">Only the first {data.data.rows.length} results are shown.</p>
      )}
      {shown.rows.length === 0 && <p className="muted">No result matches these filters.</p>}

      {shown.scores.length > 0 && (
        <section data-testid="scores">
          <h2>Scores</h2>
          {shown.scores.map((l) => (
            <ListSection key={l.key} list={l} conflicting={shown.conflicting} chart={l.metric !== null} />
          ))}
        </section>
      )}
      {shown.conflicts.length > 0 && (
        <section className="conflicts" data-testid="conflicts">
          <h2>Papers that disagree</h2>
          {shown.conflicts.map((c) => (
            <div key={`${c.model}|${c.kind}|${c.metric}`} className="conflict" data-testid="conflict">
              <h3>
                {c.model} · {c.metric ?? "metric not stated"} <span className="muted">({KIND_TEXT[c.kind]})</span>
              </h3>
              <div className="side-by-side">
                {conflictRows(c.rows).map((r) => (
                  <div key={r.id} className="claim" data-testid="conflict-claim">
                    <div className="value">{formatValue(r)}</div>
                    <div>
                      <a href={`/neighbourhood/${encodeURIComponent(r.paperId)}`}>{r.paperTitle}</a>{" "}
                      <span className="muted">{r.year ?? ""}</span>
                    </div>
                    <div className="sentence">{r.sentence}</div>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </section>
      )}

      {shown.gains.length > 0 && (
        <section data-testid="gains">
          <h2>Stated gains</h2>
          <p className="muted">Differences papers state over their baselines; not comparable with scores.</p>
          {shown.gains.map((l) => (
            <ListSection key={l.key} list={l} conflicting={shown.conflicting} chart={false} />
          ))}
        </section>
      )}
      {shown.ratios.length > 0 && (
        <section data-testid="ratios">
          <h2>Ratios</h2>
          <p className="muted">Factors papers state (faster, smaller, fewer); not comparable with scores.</p>
          {shown.ratios.map((l) => (
            <ListSection key={l.key} list={l} conflicting={shown.conflicting} chart={false} />
          ))}
        </section>
      )}
    </div>
  );
}
