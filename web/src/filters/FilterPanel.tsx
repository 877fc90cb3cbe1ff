// Filters and colouring: node kinds, paper date range, minimum degree, hiding hubs, minimum link weight.
import { NODE_KINDS, type NodeKind } from "../../../domain/types.js";
import type { DateSummary } from "../core/filters/index.js";
import { DEFAULT_FILTERS, type Filters, type ViewState } from "../core/url-state/index.js";
import { KIND_COLORS, KIND_NAMES } from "../graph/appearance.js";
import type { Update } from "../url/useViewState.js";

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The year slider: two thumbs over the years the graph's papers span; moving one sets `from`/`to` to a year. */
function YearSlider({ dates, f, set }: { dates: DateSummary; f: Filters; set(patch: Partial<Filters>): void }) {
  if (dates.minYear === null || dates.maxYear === null || dates.minYear === dates.maxYear) return null;
  const yearOf = (bound: string | null, fallback: number) => (bound ? Number(bound.slice(0, 4)) : fallback);
  const from = yearOf(f.from, dates.minYear);
  const to = yearOf(f.to, dates.maxYear);
  return (
    <div className="year-slider" data-testid="year-slider">
      <label>
        from <strong data-testid="year-from-value">{from}</strong>
        <input
          type="range"
          min={dates.minYear}
          max={dates.maxYear}
          value={from}
          aria-label="from year"
          data-testid="year-from"
          onChange={(e) => {
            const y = Number(e.target.value);
            set({ from: y <= dates.minYear! ? null : String(Math.min(y, to)) });
          }}
        />
      </label>
      <label>
        to <strong data-testid="year-to-value">{to}</strong>
        <input
          type="range"
          min={dates.minYear}
          max={dates.maxYear}
          value={to}
          aria-label="to year"
          data-testid="year-to"
          onChange={(e) => {
            const y = Number(e.target.value);
            set({ to: y >= dates.maxYear! ? null : String(Math.max(y, from)) });
          }}
        />
      </label>
    </div>
  );
}

export function FilterPanel({ state, update, dates }: { state: ViewState; update: Update; dates: DateSummary }) {
  const f = state.filters;
  const set = (patch: Partial<Filters>) => update((s) => ({ ...s, filters: { ...s.filters, ...patch } }));
  const toggleKind = (kind: NodeKind) => {
    const kinds = f.kinds ?? [...NODE_KINDS];
    const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
    set({ kinds: next.length === NODE_KINDS.length ? null : next });
  };
  const bound = (value: string) => (DATE_BOUND.test(value.trim()) ? value.trim() : null);
  const int = (value: string) => Math.max(0, Math.floor(Number(value) || 0));
  return (
    <section className="filters" data-testid="filters">
      <h3>Colour</h3>
      <label className="row">
        <select
          data-testid="color-mode"
          value={state.color}
          onChange={(e) => update((s) => ({ ...s, color: e.target.value as ViewState["color"] }))}
        >
          <option value="kind">by type</option>
          <option value="community">by community (Louvain)</option>
        </select>
      </label>
      <h3>Show</h3>
      <ul className="kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <label>
              <input
                type="checkbox"
                data-testid={`kind-${kind}`}
                checked={!f.kinds || f.kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
              />
              <span className="dot" style={{ background: KIND_COLORS[kind] }} />
              {KIND_NAMES[kind]}
            </label>
          </li>
        ))}
      </ul>
      <h3>Papers dated</h3>
      <div className="row">
        <input
          key={`from-${f.from}`}
          placeholder="from (2021)"
          aria-label="from date"
          data-testid="date-from"
          defaultValue={f.from ?? ""}
          onBlur={(e) => set({ from: bound(e.target.value) })}
          onKeyDown={(e) => e.key === "Enter" && set({ from: bound(e.currentTarget.value) })}
        />
        <input
          key={`to-${f.to}`}
          placeholder="to (2023-06)"
          aria-label="to date"
          data-testid="date-to"
          defaultValue={f.to ?? ""}
          onBlur={(e) => set({ to: bound(e.target.value) })}
          onKeyDown={(e) => e.key === "Enter" && set({ to: bound(e.currentTarget.value) })}
        />
      </div>
      <YearSlider dates={dates} f={f} set={set} />
      {dates.undated > 0 && (
        <p className="hint" data-testid="undated-note">
          {f.from || f.to
            ? f.keepUndated
              ? `${dates.undated.toLocaleString()} undated papers kept.`
              : `${dates.undated.toLocaleString()} of ${dates.papers.toLocaleString()} papers are undated and hidden by the dates.`
            : `${dates.undated.toLocaleString()} of ${dates.papers.toLocaleString()} papers have no date.`}
        </p>
      )}
      {dates.undated > 0 && (f.from || f.to) && (
        <label className="row">
          <input
            type="checkbox"
            data-testid="keep-undated"
            checked={f.keepUndated}
            onChange={(e) => set({ keepUndated: e.target.checked })}
          />
          keep undated papers
        </label>
      )}
      <h3>Degree</h3>
      <div className="row">
        <label>
          min{" "}
          <input
            type="number"
            min={0}
            data-testid="min-degree"
            value={f.minDegree}
            onChange={(e) => set({ minDegree: int(e.target.value) })}
          />
        </label>
        <label title="Hide hubs: nodes linked to more than this many">
          hide hubs above{" "}
          <input
            type="number"
            min={0}
            data-testid="max-degree"
            value={f.maxDegree ?? ""}
            placeholder="∞"
            onChange={(e) => set({ maxDegree: e.target.value === "" ? null : int(e.target.value) })}
          />
        </label>
      </div>
      <h3>Link weight</h3>
      <label className="row">
        at least{" "}
        <input
          type="number"
          min={1}
          data-testid="min-weight"
          value={f.minWeight}
          onChange={(e) => set({ minWeight: Math.max(1, Number(e.target.value) || 1) })}
        />
      </label>
      <button className="small" data-testid="reset-filters" onClick={() => set(DEFAULT_FILTERS)}>
        Reset filters
      </button>
    </section>
  );
}
