// Reader for CSV paper files (`.csv`, or gzipped `.csv.gz`): a header row naming the columns (as in JSON Lines),
// then one paper per record. Quoted fields may hold commas and newlines; problems name the line the record starts
// on. Files are parsed as a stream, so a corpus of any size is read in constant memory.

import { basename } from "node:path";
import { parse, type CsvError, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { FLAT_COLUMNS, parseFlatRecord } from "./flat-record.js";
import { hasExtension, openText } from "./text-file.js";
import { collect, type PaperSource, type ReadItem, type ReadProblem, type ReadResult } from "./types.js";

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

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** csv-parse settings; malformed records go to `onSkip` as problems. */
function csvOptions(source: string, onSkip: (problem: ReadProblem) => void): Options {
  return {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const line = startLine(Number(error?.lines ?? 1), raw);
      onSkip({ source, line, message: `malformed CSV (${error?.message ?? "unreadable record"}); skipped` });
      return undefined;
    },
  };
}

/**
 * A reader of parsed rows, header first: each call turns one row into the records and problems it holds, in file
 * order. After a header without "title" or "abstract" every row is ignored (the file is skipped).
 */
function rowReader(source: string): (row: CsvRow) => ReadItem[] {
  let columns: (string | undefined)[] | undefined;
  let skipFile = false;
  return ({ record: cells, raw, info }) => {
    if (skipFile) return [];
    const line = startLine(info.lines, raw);
    if (!columns) {
      columns = mapHeader(cells);
      const missing = (["title", "abstract"] as const).filter((c) => !columns!.includes(c));
      if (!missing.length) return [];
      skipFile = true;
      const message = `header has no ${missing.map((c) => `"${c}"`).join(" or ")} column; file skipped`;
      return [{ problem: { source, line, message } }];
    }
    if (cells.length !== columns.length) {
      const message = `${cells.length} fields where the header has ${columns.length}; skipped`;
      return [{ problem: { source, line, message } }];
    }
    const row: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) row[column] = cells[i]!;
    });
    const result = parseFlatRecord(row, { source, line });
    if (!result.record) return [{ problem: { source, line, message: `${result.errors.join(", ")}; skipped` } }];
    return [{ record: result.record }, ...result.warnings.map((message) => ({ problem: { source, line, message } }))];
  };
}

/** Parses CSV text. `source` names the file in records and problems. */
export function parseCsv(content: string, source: string): ReadResult {
  const result: ReadResult = { records: [], problems: [] };
  const rows = parseSync(
    content,
    csvOptions(source, (p) => result.problems.push(p)),
  ) as unknown as CsvRow[];
  const read = rowReader(source);
  for (const row of rows) {
    for (const item of read(row)) {
      if (item.record) result.records.push(item.record);
      else result.problems.push(item.problem);
    }
  }
  result.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

/** Streams a CSV file; problems from malformed records come out as soon as the parser reports them. */
async function* streamCsv(spec: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<ReadItem> {
  const source = basename(spec);
  const skipped: ReadProblem[] = [];
  const parser = openText(spec, onBytes).pipe(parse(csvOptions(source, (p) => skipped.push(p))));
  const read = rowReader(source);
  for await (const row of parser as AsyncIterable<CsvRow>) {
    while (skipped.length) yield { problem: skipped.shift()! };
    yield* read(row);
  }
  while (skipped.length) yield { problem: skipped.shift()! };
}

export const csvSource: PaperSource = {
  name: "csv",
  accepts: (spec) => hasExtension(spec, [".csv"]),
  async read(spec) {
    const result = await collect(streamCsv(spec));
    result.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return result;
  },
  stream: (spec, options) => streamCsv(spec, options?.onBytes),
};
