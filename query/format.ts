// Renders a query result for the terminal: an aligned text table, CSV (RFC 4180) or JSON. Pure.

import type { QueryResult, Value } from "../store/types.js";

export type Format = "table" | "json" | "csv";
export const FORMATS: readonly Format[] = ["table", "json", "csv"];

/** One cell as text: nodes as `(:Label id)`, relationships as `[:TYPE]`, paths as their chain, rest as JSON. */
export function cellText(value: Value): string {
  if (value === null) return "";
  if (typeof value !== "object") return String(value);
  if (!Array.isArray(value)) {
    if (value._kind === "node") return `(:${String(value._label)} ${String(value.id ?? value._id)})`;
    if (value._kind === "relationship") return `[:${String(value._label)}]`;
    if (value._kind === "path" && Array.isArray(value.nodes)) {
      return value.nodes.map((n) => cellText(n)).join("-");
    }
  }
  return JSON.stringify(value);
}

const MAX_CELL = 60;

function table(result: QueryResult): string {
  const cells = result.rows.map((row) =>
    result.columns.map((c) => {
      const text = cellText(row[c] ?? null).replace(/\s+/g, " ");
      return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
    }),
  );
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (parts: string[]) =>
    parts
      .map((p, i) => p.padEnd(widths[i]!))
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  return [line(result.columns), rule, ...cells.map(line)].join("\n");
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatResult(result: QueryResult, format: Format): string {
  switch (format) {
    case "json":
      return JSON.stringify(result, null, 2);
    case "csv":
      return [result.columns, ...result.rows.map((r) => result.columns.map((c) => cellText(r[c] ?? null)))]
        .map((fields) => fields.map(csvField).join(","))
        .join("\r\n");
    case "table":
      return table(result);
  }
}
