// The explorer shell: header (search, view tabs), a sidebar (filters, export, the view's own list), the graph
// and the side panel. All of it is derived from one view state that lives in the URL.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { NodeKind, StatsResponse } from "../../domain/types.js";
import { api, type Loadable } from "./api.js";
import { ConnectionBanner } from "./connection/ConnectionBanner.js";
import { ErrorBoundary } from "./connection/ErrorBoundary.js";
import { connection, lostMessage } from "./core/connection/index.js";
import { useConnection } from "./core/connection/useConnection.js";
import { visibleSubgraph } from "./core/export/index.js";
import { dateSummary, edgePasses, hiddenNodes } from "./core/filters/index.js";
import { collapse, expand, isExpanded, openNextPage, PAGE_SIZE, togglePin } from "./core/neighbourhood/index.js";
import { NEEDS_FOCUS, type ViewState } from "./core/url-state/index.js";
import { methodsGraph, neighbourhoodGraph, sharesGraph } from "./core/views/index.js";
import { ExportMenu } from "./export/ExportMenu.js";
import { FilterPanel } from "./filters/FilterPanel.js";
import { communityColors, KIND_COLORS, OTHER_COMMUNITY } from "./graph/appearance.js";
import { buildGraph, type EdgeAttrs, type NodeAttrs, type PaperGraph } from "./graph/build-graph.js";
import { GraphView, type GraphHandle } from "./graph/GraphView.js";
import { Legend } from "./legend/Legend.js";
import { Onboarding } from "./onboarding/Onboarding.js";
import { NodePanel, type PanelAction } from "./panel/NodePanel.js";
import { SearchBox } from "./search/SearchBox.js";
import { useViewState } from "./url/useViewState.js";
import { useNeighbourhood, useOverview, useRelatedMethods, useSharesData } from "./views/useViewData.js";
import { MethodsSide, NeighbourhoodSide, SharesSide } from "./views/ViewSide.js";
import { switchView, ViewTabs } from "./views/ViewTabs.js";

// The Cypher console (CodeMirror and all) loads only when opened.
// A failed load (the server stopped) is not cached: each attempt makes a new lazy component.
const loadConsole = () =>
  lazy(() =>
    import("./console/CypherConsole.js").catch((error: unknown) => {
      connection.lost(lostMessage(location.origin, error));
      throw new Error("its code could not be loaded from the server", { cause: error });
    }),
  );

const isPaperId = (id: string) => /^(arxiv|title):/.test(id);
/** Views about one kind of node search only that kind. */
const SEARCH_KINDS: Partial<Record<ViewState["view"], readonly NodeKind[]>> = { shares: ["paper"], methods: ["model"] };
const SEARCH_HINTS: Partial<Record<ViewState["view"], string>> = {
  shares: "Search a paper to see who shares its data…",
  methods: "Search a model or method…",
};

export function App() {
  const { state, update, undo, canUndo } = useViewState();
  const [stats, setStats] = useState<StatsResponse | null>(null);
  const [flyTo, setFlyTo] = useState<string | null>(null);
  const handle = useRef<GraphHandle | null>(null);
  const [consoleOpen, setConsoleOpen] = useState(false);
  const [consoleAttempt, setConsoleAttempt] = useState(0);
  const CypherConsole = useMemo(loadConsole, [consoleAttempt]);
  // Loads that failed while the server was away run again when it answers (each recovery bumps the epoch).
  const { epoch } = useConnection();
  // Phone: the sidebar (filters, export, the view's list) folds away behind a header button.
  const [sidebarOpen, setSidebarOpen] = useState(false);
  // The first screen's examples, until the user picks one, selects a node or dismisses them.
  const [onboardingDismissed, setOnboardingDismissed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.stats(controller.signal).then(setStats, () => undefined);
    return () => controller.abort();
  }, [epoch]);

  // A fly-to belongs to the graph it was asked on; a new view or focus frames its own graph.
  useEffect(() => setFlyTo(null), [state.view, state.focus]);

  const overview = useOverview(state.view === "overview", epoch);
  const neighbourhood = useNeighbourhood(state, state.view === "neighbourhood");
  const shares = useSharesData(state.view === "shares" ? state.focus : null);
  const methods = useRelatedMethods(state.view === "methods", state.focus);

  const graph: PaperGraph | null = useMemo(() => {
    if (state.view === "overview") return overview.type === "ready" ? buildGraph(overview.data) : null;
    if (state.view === "neighbourhood") {
      const d = neighbourhood.derived;
      return d && d.nodes.length ? neighbourhoodGraph(d) : null;
    }
    if (state.view === "shares") return shares.type === "ready" ? sharesGraph(shares.data) : null;
    return methods.type === "ready" ? methodsGraph(methods.data) : null;
  }, [state.view, overview, neighbourhood.derived, shares, methods]);
  const loadable: Loadable<unknown> =
    state.view === "overview"
      ? overview
      : state.view === "shares"
        ? shares
        : state.view === "methods"
          ? methods
          : neighbourhood.error
            ? { type: "error", message: neighbourhood.error }
            : { type: "loading" };
  const ready = state.view === "neighbourhood" ? neighbourhood.ready : graph !== null;

  const hidden = useMemo(
    () => (graph ? hiddenNodes(graph, state.filters, state.focus) : new Set<string>()),
    [graph, state.filters, state.focus],
  );
  const dates = useMemo(
    () => (graph ? dateSummary(graph) : { papers: 0, undated: 0, minYear: null, maxYear: null }),
    [graph],
  );
  const filters = state.filters;
  const edgeVisible = useCallback((a: EdgeAttrs) => edgePasses(a.weight, filters), [filters]);
  const colorOf = useMemo(() => {
    if (state.color !== "community" || !graph) return (_: string, a: NodeAttrs) => KIND_COLORS[a.kind];
    const colors = communityColors(graph.mapNodes((_, a) => a.community));
    return (_: string, a: NodeAttrs) =>
      a.community === undefined ? KIND_COLORS[a.kind] : (colors.get(a.community) ?? OTHER_COMMUNITY);
  }, [state.color, graph]);

  const select = (id: string | null) => {
    if (id?.startsWith("bundle:") && graph?.hasNode(id)) {
      // A bundle opens its next page instead of being selected.
      const b = neighbourhood.derived?.nodes.find((n) => n.id === id)?.bundle;
      if (b) update((s) => openNextPage(s, b.parent, b.key, Math.ceil((b.total - b.remaining) / PAGE_SIZE)));
      return;
    }
    update((s) => (s.selected === id ? s : { ...s, selected: id }));
  };
  const choose = (id: string) => {
    // From search: needing a focus, the view takes the hit as its focus; otherwise select and fly there.
    if (
      state.view !== "overview" &&
      (state.view === "neighbourhood" ||
        (state.view === "shares" && isPaperId(id)) ||
        (state.view === "methods" && id.startsWith("model:")))
    ) {
      update((s) => ({ ...switchView(s, s.view, id), selected: id }));
    } else {
      update((s) => ({ ...s, selected: id }));
    }
    setFlyTo(id);
  };
  const onDoubleClick = (id: string) => {
    if (state.view !== "neighbourhood" || id.startsWith("bundle:")) return;
    update((s) => (isExpanded(s, id) ? collapse(s, id) : expand(s, id)));
  };
  const open = (view: ViewState["view"], id: string | null) =>
    update((s) => ({ ...switchView(s, view, id), selected: id }));

  const actions: PanelAction[] = [];
  const sel = state.selected;
  if (sel) {
    if (state.view === "neighbourhood" && graph?.hasNode(sel)) {
      actions.push({
        label: isExpanded(state, sel) ? "Collapse" : "Expand",
        testId: "panel-expand",
        run: () => update((s) => (isExpanded(s, sel) ? collapse(s, sel) : expand(s, sel))),
      });
      actions.push({
        label: state.pinned.includes(sel) ? "Unpin" : "Pin",
        testId: "panel-pin",
        run: () => update((s) => togglePin(s, sel)),
      });
    }
    if (state.view !== "neighbourhood" || state.focus !== sel)
      actions.push({ label: "Neighbourhood", testId: "open-neighbourhood", run: () => open("neighbourhood", sel) });
    if (isPaperId(sel) && (state.view !== "shares" || state.focus !== sel))
      actions.push({ label: "Shares data with", testId: "open-shares", run: () => open("shares", sel) });
    if (sel.startsWith("model:") && (state.view !== "methods" || state.focus !== sel))
      actions.push({ label: "Related methods", testId: "open-methods", run: () => open("methods", sel) });
  }

  const exportName = `papergraph-${state.view}${state.focus ? `-${state.focus.replace(/[^\w.-]+/g, "_")}` : ""}`;
  const needsFocus = NEEDS_FOCUS[state.view] && !state.focus;

  return (
    <div className={`app${sidebarOpen ? " sidebar-open" : ""}${sel ? " panel-open" : ""}`} data-view={state.view}>
      <header>
        <h1>papergraph</h1>
        <button
          className="small menu-toggle"
          data-testid="sidebar-toggle"
          aria-expanded={sidebarOpen}
          onClick={() => setSidebarOpen((open) => !open)}
        >
          {sidebarOpen ? "Hide filters" : "Filters"}
        </button>
        <SearchBox onChoose={choose} kinds={SEARCH_KINDS[state.view]} placeholder={SEARCH_HINTS[state.view]} />
        <ViewTabs state={state} update={update} />
        <button className="small" data-testid="open-console" onClick={() => setConsoleOpen((open) => !open)}>
          Cypher
        </button>
        {stats && (
          <span className="muted stats">
            {stats.papers.toLocaleString()} papers ·{" "}
            {Object.values(stats.relationships)
              .reduce((a, b) => a + b, 0)
              .toLocaleString()}{" "}
            links
          </span>
        )}
      </header>
      <ConnectionBanner />
      <main>
        <aside className="sidebar">
          {state.view === "neighbourhood" && (
            <NeighbourhoodSide
              state={state}
              update={update}
              undo={undo}
              canUndo={canUndo}
              derived={neighbourhood.derived}
              error={neighbourhood.error}
            />
          )}
          {state.view === "shares" && <SharesSide state={state} data={shares} onSelect={select} />}
          {state.view === "methods" && (
            <MethodsSide
              state={state}
              data={methods}
              onSelect={select}
              onCentre={(id) => update((s) => ({ ...switchView(s, "methods", id), selected: s.selected }))}
            />
          )}
          <FilterPanel state={state} update={update} dates={dates} />
          <ExportMenu
            name={exportName}
            handle={handle}
            subgraph={() => (graph ? visibleSubgraph(graph, hidden, colorOf, edgeVisible) : null)}
          />
          <Legend stats={stats} communities={state.view === "overview" && state.color === "community"} />
        </aside>
        <div className="stage">
          {needsFocus && <p className="center muted">Search for a node to start this view.</p>}
          {!needsFocus && !graph && loadable.type === "loading" && <p className="center muted">Loading the graph…</p>}
          {!needsFocus && !graph && loadable.type === "error" && <p className="center error">{loadable.message}</p>}
          {!needsFocus && !graph && state.view === "shares" && shares.type === "ready" && (
            <p className="center muted">Nothing to draw.</p>
          )}
          {graph && (
            <GraphView
              key={`${state.view}|${state.focus ?? ""}`}
              graph={graph}
              selected={state.selected}
              focus={state.focus}
              hidden={hidden}
              edgeVisible={edgeVisible}
              colorOf={colorOf}
              camera={state.camera}
              ready={ready}
              flyTo={flyTo}
              onSelect={select}
              onDoubleClick={onDoubleClick}
              onCameraChange={(camera) => update((s) => ({ ...s, camera }))}
              handle={handle}
            />
          )}
          {state.view === "overview" && overview.type === "ready" && !state.selected && !onboardingDismissed && (
            <Onboarding overview={overview.data} onChoose={choose} onDismiss={() => setOnboardingDismissed(true)} />
          )}
          {state.view === "overview" && overview.type === "ready" && overview.data.truncated && (
            <p className="notice">
              Showing the {overview.data.nodes.length.toLocaleString()} best-connected nodes; search to reach any other.
            </p>
          )}
          {consoleOpen && (
            <ErrorBoundary
              key={consoleAttempt}
              what="the Cypher console"
              onRetry={() => setConsoleAttempt((a) => a + 1)}
            >
              <Suspense fallback={<p className="center muted">Loading the console…</p>}>
                <CypherConsole onClose={() => setConsoleOpen(false)} onOpen={(id) => select(id)} />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
        {sel && (
          <NodePanel
            key={`${sel}#${epoch}`}
            id={sel}
            onSelect={select}
            onClose={() => select(null)}
            actions={actions}
          />
        )}
      </main>
    </div>
  );
}
