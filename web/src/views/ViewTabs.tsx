// The view switcher: one tab per view; views that need a node use the selection (or the current focus).
import type { ViewKind, ViewState } from "../core/url-state/index.js";
import type { Update } from "../url/useViewState.js";

const TABS: { view: ViewKind; label: string }[] = [
  { view: "overview", label: "Whole graph" },
  { view: "neighbourhood", label: "Neighbourhood" },
  { view: "shares", label: "Shares data with" },
  { view: "methods", label: "Related methods" },
];

/** The state after switching to `view`: its focus is the selection, else the current focus when it fits. */
export function switchView(state: ViewState, view: ViewKind, focus?: string | null): ViewState {
  const candidate = focus !== undefined ? focus : (state.selected ?? state.focus);
  const fits = (id: string | null) =>
    id !== null &&
    (view === "neighbourhood" ||
      (view === "shares" && /^(arxiv|title):/.test(id)) ||
      (view === "methods" && id.startsWith("model:")));
  const next: ViewState = { ...state, view, camera: null, expanded: [], pinned: [] };
  if (view === "overview") return { ...next, focus: null };
  if (view === "neighbourhood") {
    const root = fits(candidate) ? candidate : null;
    return { ...next, focus: root, expanded: root ? [{ id: root, open: {} }] : [] };
  }
  return { ...next, focus: fits(candidate) ? candidate : null };
}

export function ViewTabs({ state, update }: { state: ViewState; update: Update }) {
  const go = (view: ViewKind) => update((s) => (s.view === view ? s : switchView(s, view)));
  return (
    <>
      {/* On a phone the tabs fold into this menu (styles.css shows one or the other). */}
      <select
        className="view-menu"
        aria-label="View"
        data-testid="view-menu"
        value={state.view}
        onChange={(e) => go(e.target.value as ViewKind)}
      >
        {TABS.map((t) => (
          <option key={t.view} value={t.view}>
            {t.label}
          </option>
        ))}
      </select>
      <nav className="tabs" data-testid="view-tabs">
        {TABS.map((t) => (
          <button
            key={t.view}
            className={state.view === t.view ? "active" : ""}
            data-testid={`tab-${t.view}`}
            aria-pressed={state.view === t.view}
            onClick={() => go(t.view)}
          >
            {t.label}
          </button>
        ))}
      </nav>
    </>
  );
}
