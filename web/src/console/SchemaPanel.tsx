// The console's schema panel: labels and relationship types with counts and properties, and the hints that keep
// a query in the store's dialect (Kùzu's label(r) against Neo4j's type(r)). Clicking a name inserts it.
import { useLoadable } from "../use-loadable.js";
import { consoleApi } from "./console-api.js";

export function SchemaPanel({ onInsert }: { onInsert(text: string): void }) {
  const state = useLoadable((signal) => consoleApi.schema(signal), []);
  if (state.type === "loading") return <p className="muted">Loading the schema…</p>;
  if (state.type === "error") return <p className="error">Could not load the schema: {state.message}</p>;
  if (state.type === "idle") return null;
  const s = state.data;
  const count = (n: number) => ` (${n.toLocaleString()})`;
  return (
    <div className="schema-panel" data-testid="schema-panel">
      <h3>Dialect: {s.dialect === "kuzu" ? "Kùzu" : "Neo4j"}</h3>
      <ul className="hints" data-testid="dialect-hints">
        {s.hints.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      <h3>Labels</h3>
      <ul>
        {s.labels.map((l) => (
          <li key={l.name} data-testid="schema-label">
            <button className="link inline" onClick={() => onInsert(`(n:${l.name})`)}>
              {l.name}
            </button>
            {count(l.count)}
            <span className="muted"> {l.properties.map((p) => p.name).join(", ")}</span>
          </li>
        ))}
      </ul>
      <h3>Relationship types</h3>
      <ul>
        {s.relationships.map((r) => (
          <li key={r.name} data-testid="schema-relationship">
            <button className="link inline" onClick={() => onInsert(`-[r:${r.name}]->`)}>
              {r.name}
            </button>
            {count(r.count)}
            <span className="muted">
              {" "}
              {r.from.join("|")} → {r.to.join("|")}
              {r.properties.length ? ` · ${r.properties.map((p) => p.name).join(", ")}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
