// The Cypher console: an editor, the saved-query picker with its parameter form, and results as a table or,
// when rows hold nodes and relationships, as a graph. A node, in a cell or in the graph, opens its page in the
// side panel (`onOpen`). Errors (refused, timed out, failed) show in place.
import { useEffect, useMemo, useRef, useState } from "react";
import type { CypherParamValue, CypherResponse, SavedQueryInfo } from "../../../domain/types.js";
import type { Loadable } from "../api.js";
import { GraphView } from "../graph/GraphView.js";
import { pageIdOf, paramNames } from "./cells.js";
import { consoleApi, ConsoleRequestError } from "./console-api.js";
import { CypherEditor } from "./CypherEditor.js";
import { ResultTable } from "./ResultTable.js";
import { SchemaPanel } from "./SchemaPanel.js";
import { resultGraph as resultGraphOf } from "./result-graph.js";
import { initialValues, SavedQueryForm, typedValue } from "./SavedQueryForm.js";
import "./console.css";

const STARTER = "MATCH (p:Paper)-[r:USES]->(d:Dataset)\nRETURN p, r, d\nLIMIT 25";

export default function CypherConsole({ onClose, onOpen }: { onClose(): void; onOpen(id: string): void }) {
  const [queries, setQueries] = useState<SavedQueryInfo[]>([]);
  const [chosen, setChosen] = useState<SavedQueryInfo | null>(null);
  const [text, setText] = useState(STARTER);
  const [values, setValues] = useState<Record<string, string>>({});
  const [state, setState] = useState<Loadable<CypherResponse>>({ type: "idle" });
  const [tab, setTab] = useState<"table" | "graph">("table");
  const [schemaOpen, setSchemaOpen] = useState(false);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    consoleApi.savedQueries(controller.signal).then(
      (r) => setQueries(r.queries),
      () => undefined,
    );
    return () => controller.abort();
  }, []);

  const usesSaved = chosen !== null && text === chosen.cypher;
  const extraParams = useMemo(
    () => paramNames(text).filter((n) => !chosen?.params.some((p) => p.name === n)),
    [text, chosen],
  );

  const run = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const declared = new Map((chosen?.params ?? []).map((p) => [p.name, p]));
    const params: Record<string, CypherParamValue> = {};
    for (const name of usesSaved ? [...declared.keys()] : paramNames(text)) {
      params[name] = typedValue(declared.get(name), values[name] ?? "");
    }
    setState({ type: "loading" });
    const request = usesSaved
      ? consoleApi.runSaved(chosen.name, params, controller.signal)
      : consoleApi.runCypher({ query: text, params }, controller.signal);
    request.then(
      (data) => setState({ type: "ready", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof ConsoleRequestError
            ? `${error.status} ${error.code}: ${error.message}`
            : `request failed: ${(error as Error).message}`;
        setState({ type: "error", message });
      },
    );
  };

  const graph = useMemo(() => (state.type === "ready" ? resultGraphOf(state.data.rows) : null), [state]);
  const shownTab = graph ? tab : "table";

  return (
    <section className="cypher-console" data-testid="cypher-console">
      <div className="console-head">
        <h2>Cypher console</h2>
        <span className="muted">read-only · bounded in time and rows</span>
        <button
          className="small"
          aria-expanded={schemaOpen}
          onClick={() => setSchemaOpen((open) => !open)}
          data-testid="console-schema"
        >
          Schema
        </button>
        <button className="small" onClick={onClose} data-testid="console-close">
          Close
        </button>
      </div>
      {schemaOpen && <SchemaPanel onInsert={(t) => setText((old) => `${old}${old.endsWith("\n") ? "" : " "}${t}`)} />}
      <div className="console-body">
        <div className="console-input">
          <SavedQueryForm
            queries={queries}
            chosen={chosen}
            values={values}
            extraParams={extraParams}
            onChoose={(q) => {
              setChosen(q);
              if (q) {
                setText(q.cypher);
                setValues(initialValues(q));
              }
            }}
            onValue={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
          />
          <CypherEditor value={text} onChange={setText} onRun={run} />
          <button onClick={run} disabled={state.type === "loading"} data-testid="console-run">
            {state.type === "loading" ? "Running…" : "Run"} <small className="muted">Ctrl+Enter</small>
          </button>
        </div>
        <div className="console-output">
          {state.type === "error" && (
            <p className="console-error" role="alert" data-testid="console-error">
              {state.message}
            </p>
          )}
          {state.type === "ready" && (
            <>
              <div className="console-status" data-testid="console-status">
                {state.data.rows.length.toLocaleString()} row{state.data.rows.length === 1 ? "" : "s"} in{" "}
                {state.data.elapsedMs} ms
                {state.data.truncated && (
                  <strong className="truncated"> · cut at {state.data.limits.maxRows.toLocaleString()} rows</strong>
                )}
                <span className="tabs">
                  <button className={shownTab === "table" ? "active" : ""} onClick={() => setTab("table")}>
                    Table
                  </button>
                  <button
                    className={shownTab === "graph" ? "active" : ""}
                    disabled={!graph}
                    onClick={() => setTab("graph")}
                    data-testid="console-graph-tab"
                  >
                    Graph
                  </button>
                </span>
              </div>
              {shownTab === "table" && <ResultTable result={state.data} onOpen={onOpen} />}
              {shownTab === "graph" && graph && (
                <div className="console-graph">
                  <GraphView
                    graph={graph}
                    selected={null}
                    focus={null}
                    hidden={NONE}
                    edgeVisible={ALWAYS}
                    colorOf={(_, a) => a.color}
                    camera={null}
                    ready
                    flyTo={null}
                    onSelect={(id) => {
                      const page = id && pageIdOf(id);
                      if (page) onOpen(page);
                    }}
                  />
                </div>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}

const NONE: ReadonlySet<string> = new Set();
const ALWAYS = () => true;
