// RFC 4180 CSV for Kùzu's `LOAD FROM`: every string quoted with quotes doubled, null as an empty field.

import type { Cell } from "../write-plan.js";

function cell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return String(value);
  }
  return `"${value.replaceAll('"', '""')}"`;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header.join(",")];
  for (const row of rows) lines.push(row.map(cell).join(","));
  return lines.join("\n") + "\n";
}
