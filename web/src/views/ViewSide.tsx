// The view-specific part of the sidebar: neighbourhood controls and bundles, the shares-data ranking with
// reasons, and the strongest related-method links.
import type { RelatedMethodsResponse, SharedDataResponse } from "../../../domain/types.js";
import type { Loadable } from "../api.js";
import {
  collapse,
  expand,
  isExpanded,
  openNextPage,
  PAGE_SIZE,
  togglePin,
  type DerivedNeighbourhood,
} from "../core/neighbourhood/index.js";
import type { ViewState } from "../core/url-state/index.js";
import type { Update } from "../url/useViewState.js";

function Pending({ what, state }: { what: string; state: Loadable<unknown> }) {
  if (state.type === "loading") return <p className="muted">Loading {what}…</p>;
  if (state.type === "error") return <p className="error">{state.message}</p>;
  return null;
}

export function NeighbourhoodSide(props: {
  state: ViewState;
  update: Update;
  undo(): void;
  canUndo: boolean;
  derived: DerivedNeighbourhood | null;
  error: string | null;
}) {
  const { state, update, undo, canUndo, derived, error } = props;
  if (!state.focus) return <p className="hint">Search for a node, or select one, to start a neighbourhood.</p>;
  const sel = state.selected && derived?.nodes.some((n) => n.id === state.selected) ? state.selected : null;
  const bundles = derived?.nodes.filter((n) => n.bundle) ?? [];
  return (
    <section className="view-side" data-testid="neighbourhood-side">
      <h3>Neighbourhood</h3>
      <p className="hint">Double click a node to expand or collapse it; click a bundle to open its next page.</p>
      <div className="row">
        <button className="small" data-testid="undo" disabled={!canUndo} onClick={undo}>
          Undo
        </button>
        {sel && (
          <>
            <button
              className="small"
              data-testid="toggle-expand"
              onClick={() => update((s) => (isExpanded(s, sel) ? collapse(s, sel) : expand(s, sel)))}
            >
              {isExpanded(state, sel) ? "Collapse" : "Expand"}
            </button>
            <button className="small" data-testid="toggle-pin" onClick={() => update((s) => togglePin(s, sel))}>
              {state.pinned.includes(sel) ? "Unpin" : "Pin"}
            </button>
          </>
        )}
      </div>
      {error && <p className="error">{error}</p>}
      <p className="muted" data-testid="neighbourhood-counts">
        {derived?.nodes.filter((n) => !n.bundle).length ?? 0} nodes · {state.expanded.length} expanded ·{" "}
        {state.pinned.length} pinned
      </p>
      {bundles.length > 0 && (
        <ul className="bundles" data-testid="bundles">
          {bundles.map((b) => (
            <li key={b.id}>
              <button
                className="link"
                data-testid="bundle"
                onClick={() =>
                  update((s) =>
                    openNextPage(
                      s,
                      b.bundle!.parent,
                      b.bundle!.key,
                      Math.ceil((b.bundle!.total - b.bundle!.remaining) / PAGE_SIZE),
                    ),
                  )
                }
              >
                {b.label}
              </button>
              <span className="muted"> · next {Math.min(PAGE_SIZE, b.bundle!.remaining)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SharesSide(props: {
  state: ViewState;
  data: Loadable<SharedDataResponse>;
  onSelect(id: string): void;
}) {
  const { state, data, onSelect } = props;
  if (!state.focus) return <p className="hint">Search for a paper, or select one, to see who shares its data.</p>;
  if (data.type !== "ready") return <Pending what="shared data" state={data} />;
  const { items, matches } = data.data;
  return (
    <section className="view-side" data-testid="shares-side">
      <h3>Shares data with</h3>
      <p className="meta">
        {items.length === 0
          ? "This paper names no dataset or benchmark."
          : `Its ${items.length} datasets/benchmarks: ${items.map((i) => `${i.label} (${i.papers})`).join(", ")}`}
      </p>
      <p className="hint" data-testid="score-explained">
        Score: the sum, over the datasets and benchmarks both papers name, of how rare each is (ln(1 + papers in the
        corpus / papers naming it)). Sharing one rare dataset weighs more than sharing a common one.
      </p>
      <ol className="ranking" data-testid="shares-ranking">
        {matches.map((m) => (
          <li key={m.id} className={state.selected === m.id ? "active" : ""}>
            <button className="link" onClick={() => onSelect(m.id)}>
              {m.label}
            </button>
            <div className="reason" data-testid="share-reason">
              {m.reason}{" "}
              <span
                className="muted"
                title={m.shared
                  .map((id) => items.find((i) => i.id === id))
                  .filter((i) => i !== undefined)
                  .map((i) => `${i.label}: ${i.weight.toFixed(2)} (${i.papers} papers)`)
                  .join(" + ")}
              >
                · score {m.score.toFixed(2)} = {m.shared.length} rarity weight{m.shared.length === 1 ? "" : "s"}
              </span>
            </div>
          </li>
        ))}
      </ol>
      {matches.length === 0 && items.length > 0 && <p className="muted">No other paper names them.</p>}
    </section>
  );
}

export function MethodsSide(props: {
  state: ViewState;
  data: Loadable<RelatedMethodsResponse>;
  onSelect(id: string): void;
  onCentre(id: string | null): void;
}) {
  const { state, data, onSelect, onCentre } = props;
  if (data.type !== "ready") return <Pending what="related methods" state={data} />;
  const labels = new Map(data.data.nodes.map((n) => [n.id, n.label]));
  const links = data.data.links.filter((l) => l.weight >= state.filters.minWeight).slice(0, 30);
  const related = data.data.related;
  if (state.focus && related) {
    const focusLabel = labels.get(state.focus) ?? state.focus;
    return (
      <section className="view-side" data-testid="methods-side">
        <h3>Related to {focusLabel}</h3>
        <p className="hint">
          Models most associated with {focusLabel}: papers naming both, divided by papers naming either (Jaccard), so
          models that appear with everything rank low. Only models sharing at least {data.data.minSupport} papers;
          {data.data.belowSupport
            ? ` ${data.data.belowSupport} named with it in fewer are left out.`
            : " none was left out."}
        </p>
        <button className="small" onClick={() => onCentre(null)}>
          All methods
        </button>
        {related.length === 0 && <p className="muted">No model shares enough papers with {focusLabel}.</p>}
        <ol className="ranking" data-testid="related-methods">
          {related.map((r) => (
            <li key={r.id} className={state.selected === r.id ? "active" : ""}>
              <button className="link" onClick={() => onSelect(r.id)}>
                {r.label}
              </button>
              <div className="reason" data-testid="related-reason">
                {r.reason}
              </div>
              {/* One paper a line: titles wrapped inline left the separating dots alone on their own lines. */}
              <ul className="reason ties" data-testid="related-ties">
                {r.tiedBy.map((p) => (
                  <li key={p.id}>
                    <button className="link tie" onClick={() => onSelect(p.id)}>
                      {p.label}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <section className="view-side" data-testid="methods-side">
      <h3>{state.focus ? `Used with ${labels.get(state.focus) ?? state.focus}` : "Methods used together"}</h3>
      <p className="hint">Links weigh how many papers name both; a high overlap (Jaccard) hints at an alternative.</p>
      {state.focus ? (
        <button className="small" onClick={() => onCentre(null)}>
          All methods
        </button>
      ) : (
        state.selected?.startsWith("model:") && (
          <button className="small" data-testid="centre-method" onClick={() => onCentre(state.selected)}>
            Centre on {labels.get(state.selected) ?? state.selected}
          </button>
        )
      )}
      {data.data.truncated && <p className="muted">Showing the {data.data.nodes.length} strongest-linked models.</p>}
      <ol className="ranking" data-testid="methods-links">
        {links.map((l) => (
          <li key={`${l.source}|${l.target}`}>
            <button className="link" onClick={() => onSelect(l.source)}>
              {labels.get(l.source)}
            </button>{" "}
            +{" "}
            <button className="link" onClick={() => onSelect(l.target)}>
              {labels.get(l.target)}
            </button>
            <div className="reason">
              {l.weight} paper{l.weight === 1 ? "" : "s"} · overlap {Math.round(l.jaccard * 100)}%
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
