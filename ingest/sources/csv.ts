// Reader for CSV paper files: a header row naming the columns (as in JSON Lines), then one paper per record.
// Quoted fields may hold commas and newlines; problems name the line the record starts on.

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parse, type CsvError } from "csv-parse/sync";
import type { PaperRecord } from "../../domain/types.js";
import { FLAT_COLUMNS, parseFlatRecord } from "./flat-record.js";
import type { PaperSource, ReadProblem, ReadResult } from "./types.js";

/** Line a record starts on: csv-parse reports the line it ends on, and quoted newlines sit in between. */
function startLine(endLine: number, raw: string | undefined): number {
  const inner = (raw ?? "").replace(/\r?\n$/, "").split("\n").length - 1;
  return Math.max(1, endLine - inner);
}

/** Header cells → known column names (case-insensitive), or undefined for columns this reader ignores. */
function mapHeader(header: string[]): (string | undefined)[] {
  const known = new Map(FLAT_COLUMNS.map((c) => [c.toLowerCase(), c as string]));
  return header.map((cell) => known.get(cell.trim().toLowerCase()));
}

/** Parses CSV text. `source` names the file in records and problems. */
export function parseCsv(content: string, source: string): ReadResult {
  const records: PaperRecord[] = [];
  const problems: ReadProblem[] = [];
  const rows = parse(content, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const line = startLine(Number(error?.lines ?? 1), raw);
      problems.push({ source, line, message: `malformed CSV (${error?.message ?? "unreadable record"}); skipped` });
      return undefined;
    },
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];

  const [headerRow, ...body] = rows;
  if (!headerRow) return { records, problems };
  const columns = mapHeader(headerRow.record);
  const missing = (["title", "abstract"] as const).filter((c) => !columns.includes(c));
  if (missing.length) {
    const message = `header has no ${missing.map((c) => `"${c}"`).join(" or ")} column; file skipped`;
    problems.push({ source, line: startLine(headerRow.info.lines, headerRow.raw), message });
    return { records, problems };
  }

  for (const { record: cells, raw, info } of body) {
    const line = startLine(info.lines, raw);
    if (cells.length !== columns.length) {
      const message = `${cells.length} fields where the header has ${columns.length}; skipped`;
      problems.push({ source, line, message });
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) row[column] = cells[i]!;
    });
    const result = parseFlatRecord(row, { source, line });
    if (!result.record) {
      problems.push({ source, line, message: `${result.errors.join(", ")}; skipped` });
      continue;
    }
    records.push(result.record);
    for (const message of result.warnings) problems.push({ source, line, message });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, problems };
}

export const csvSource: PaperSource = {
  name: "csv",
  accepts: (spec) => spec.toLowerCase().endsWith(".csv"),
  async read(spec) {
    return parseCsv(await readFile(spec, "utf8"), basename(spec));
  },
};
