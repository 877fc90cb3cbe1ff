// The saved-query picker and a form for the chosen query's parameters (typed inputs, defaults filled in).
import type { CypherParamValue, SavedQueryInfo, SavedQueryParamInfo } from "../../../domain/types.js";

export interface SavedQueryFormProps {
  queries: SavedQueryInfo[];
  chosen: SavedQueryInfo | null;
  values: Record<string, string>;
  /** Parameters the editor's text uses that no saved query declares (plain Cypher). */
  extraParams: string[];
  onChoose(query: SavedQueryInfo | null): void;
  onValue(name: string, value: string): void;
}

export const initialValues = (q: SavedQueryInfo): Record<string, string> =>
  Object.fromEntries(
    q.params.map((p) => [p.name, p.default === undefined || p.default === null ? "" : String(p.default)]),
  );

/** Form text to a typed value; undeclared (plain-Cypher) parameters are read as numbers when they look like one. */
export function typedValue(param: SavedQueryParamInfo | undefined, text: string): CypherParamValue {
  const type = param?.type ?? (/^-?\d+(\.\d+)?$/.test(text.trim()) ? "float" : "string");
  if (type === "int" || type === "float") return text.trim() === "" ? null : Number(text);
  if (type === "bool") return text === "true";
  return text;
}

export function SavedQueryForm({ queries, chosen, values, extraParams, onChoose, onValue }: SavedQueryFormProps) {
  const params: SavedQueryParamInfo[] = [
    ...(chosen?.params ?? []),
    ...extraParams.map((name) => ({ name, type: "string" as const })),
  ];
  return (
    <div className="saved-query-form">
      <label>
        Saved query{" "}
        <select
          data-testid="saved-query-picker"
          value={chosen?.name ?? ""}
          onChange={(e) => onChoose(queries.find((q) => q.name === e.target.value) ?? null)}
        >
          <option value="">— write your own —</option>
          {queries.map((q) => (
            <option key={q.name} value={q.name}>
              {q.name}
            </option>
          ))}
        </select>
      </label>
      {chosen && <p className="muted">{chosen.description}</p>}
      {params.map((p) => (
        <label key={p.name} className="param" title={p.description}>
          <span>
            ${p.name}{" "}
            <small className="muted">
              {p.type === "node" ? `${p.kinds?.join(" | ") ?? "node"}: id or name` : p.type}
            </small>
          </span>
          {p.type === "bool" ? (
            <select value={values[p.name] ?? "false"} onChange={(e) => onValue(p.name, e.target.value)}>
              <option value="true">true</option>
              <option value="false">false</option>
            </select>
          ) : (
            <input
              data-testid={`param-${p.name}`}
              type={p.type === "int" || p.type === "float" ? "number" : "text"}
              step={p.type === "float" ? "any" : undefined}
              value={values[p.name] ?? ""}
              onChange={(e) => onValue(p.name, e.target.value)}
            />
          )}
        </label>
      ))}
    </div>
  );
}
