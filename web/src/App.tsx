// The explorer shell: search, the graph, the legend and the side panel, wired through a little state.
import { useEffect, useMemo, useState } from "react";
import type { GraphResponse, StatsResponse } from "../../domain/types.js";
import { api, type Loadable } from "./api.js";
import { buildGraph } from "./graph/build-graph.js";
import { GraphView } from "./graph/GraphView.js";
import { Legend } from "./legend/Legend.js";
import { NodePanel } from "./panel/NodePanel.js";
import { SearchBox } from "./search/SearchBox.js";

/** The overview never draws more than this many nodes at once (STACK-FACTS: keep it to a few thousand). */
const OVERVIEW_LIMIT = 4000;

export function App() {
  const [overview, setOverview] = useState<Loadable<GraphResponse>>({ type: "loading" });
  const [stats, setStats] = useState<StatsResponse | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api
      .graph(OVERVIEW_LIMIT, controller.signal)
      .then((data) => setOverview({ type: "ready", data }))
      .catch((e: Error) => !controller.signal.aborted && setOverview({ type: "error", message: e.message }));
    api.stats(controller.signal).then(setStats, () => undefined);
    return () => controller.abort();
  }, []);

  const graph = useMemo(() => (overview.type === "ready" ? buildGraph(overview.data) : null), [overview]);
  const select = (id: string | null) => {
    setSelected(id);
    if (id) setFocus(id);
  };

  return (
    <div className="app">
      <header>
        <h1>papergraph</h1>
        <SearchBox onChoose={select} />
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
      <main>
        {overview.type === "loading" && <p className="center muted">Loading the graph…</p>}
        {overview.type === "error" && <p className="center error">{overview.message}</p>}
        {graph && <GraphView graph={graph} selected={selected} onSelect={select} focus={focus} />}
        {overview.type === "ready" && overview.data.truncated && (
          <p className="notice">
            Showing the {overview.data.nodes.length.toLocaleString()} best-connected nodes; search to reach any other.
          </p>
        )}
        <Legend stats={stats} />
        {selected && <NodePanel id={selected} onSelect={select} onClose={() => setSelected(null)} />}
      </main>
    </div>
  );
}
