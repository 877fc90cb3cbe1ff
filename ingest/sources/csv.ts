// Reader for CSV paper files (`.csv`, or gzipped `.csv.gz`): a header row naming the columns (as in JSON Lines),
// then one paper per record. Quoted fields may hold commas and newlines; problems name the line the record starts
// on, and a stray quote costs its own line only (csv-frames.ts). Files are read as a stream of lines, so a corpus
// of any size is read in constant memory.

import { basename } from "node:path";
import type { Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { CsvFramer, type CsvFrame } from "./csv-frames.js";
import { FLAT_COLUMNS, parseFlatRecord } from "./flat-record.js";
import { hasExtension, linesOf } from "./text-file.js";
import { collect, type PaperSource, type ReadItem, type ReadResult } from "./types.js";

/** Header cells → known column names (case-insensitive), or undefined for columns this reader ignores. */
function mapHeader(header: string[]): (string | undefined)[] {
  const known = new Map(FLAT_COLUMNS.map((c) => [c.toLowerCase(), c as string]));
  return header.map((cell) => known.get(cell.trim().toLowerCase()));
}

/** Field-level parsing of framed text: quotes and commas only; framing already decided where records end. */
const FIELD_OPTIONS: Options = { relax_column_count: true, skip_empty_lines: true };

/** The records csv-parse finds in `text`, or the reason it could not read it. */
function parseFields(text: string): string[][] | { error: string } {
  try {
    return parseSync(text, FIELD_OPTIONS) as string[][];
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * A reader of parsed rows, header first: each call turns one row into the records and problems it holds, in file
 * order. After a header without "title" or "abstract" every row is ignored (the file is skipped).
 */
function rowReader(source: string) {
  let columns: (string | undefined)[] | undefined;
  let skipFile = false;
  return {
    /** Fields the header declares, once it has been read. */
    width: () => columns?.length,
    read(cells: string[], line: number): ReadItem[] {
      if (skipFile) return [];
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
    },
  };
}

/** Single-line records parsed together: one csv-parse call per batch instead of per line. */
const BATCH_LINES = 256;

/**
 * Turns lines into read items: frames them (csv-frames.ts), parses single-line records in batches, and parses a
 * record spanning lines alone, giving its first line back as bad when it does not read as one record of the
 * header's width (a stray quote that swallowed the lines after it).
 */
function csvLineReader(source: string) {
  const framer = new CsvFramer();
  const rows = rowReader(source);
  let batch: CsvFrame[] = [];

  const malformed = (line: number, why: string): ReadItem => ({
    problem: { source, line, message: `malformed CSV (${why}); skipped` },
  });

  function readOne(frame: CsvFrame): ReadItem[] {
    const parsed = parseFields(frame.text);
    if (!Array.isArray(parsed)) return [malformed(frame.line, parsed.error)];
    return parsed.length === 1 ? rows.read(parsed[0]!, frame.line) : [malformed(frame.line, "not one record")];
  }

  function flush(): ReadItem[] {
    if (!batch.length) return [];
    const frames = batch;
    batch = [];
    const parsed = frames.length > 1 ? parseFields(frames.map((f) => f.text).join("\n")) : undefined;
    // A batch that does not split into exactly its frames holds a bad line: read them one by one to find it.
    if (!Array.isArray(parsed) || parsed.length !== frames.length) return frames.flatMap(readOne);
    return parsed.flatMap((cells, i) => rows.read(cells, frames[i]!.line));
  }

  function multiLine(frame: CsvFrame): ReadItem[] {
    const parsed = parseFields(frame.text);
    const width = rows.width();
    let why: string | undefined;
    if (!Array.isArray(parsed)) why = parsed.error;
    else if (parsed.length !== 1) why = "quotes do not pair up";
    else if (width !== undefined && parsed[0]!.length !== width) {
      const later = frame.lines.length - 1;
      why = `the quote opened here closes ${later} line${later === 1 ? "" : "s"} later, leaving ${parsed[0]!.length} fields where the header has ${width}`;
    }
    if (why === undefined) return rows.read((parsed as string[][])[0]!, frame.line);
    const bad = framer.reject(frame, why);
    return [malformed(bad.badLine, bad.message)];
  }

  function drain(): ReadItem[] {
    const out: ReadItem[] = [];
    for (let item = framer.take(); item; item = framer.take()) {
      if ("badLine" in item) {
        out.push(...flush(), malformed(item.badLine, item.message));
      } else if (item.frame.lines.length > 1 || rows.width() === undefined) {
        out.push(...flush(), ...(item.frame.lines.length > 1 ? multiLine(item.frame) : readOne(item.frame)));
      } else {
        batch.push(item.frame);
        if (batch.length >= BATCH_LINES) out.push(...flush());
      }
    }
    return out;
  }

  return {
    line(text: string): ReadItem[] {
      framer.push(text);
      return drain();
    },
    end(): ReadItem[] {
      framer.end();
      return [...drain(), ...flush()];
    },
  };
}

/** Parses CSV text. `source` names the file in records and problems. */
export function parseCsv(content: string, source: string): ReadResult {
  const result: ReadResult = { records: [], problems: [] };
  const reader = csvLineReader(source);
  const add = (items: ReadItem[]) => {
    for (const item of items) {
      if (item.record) result.records.push(item.record);
      else result.problems.push(item.problem);
    }
  };
  for (const line of content.replace(/^\uFEFF/, "").split(/\r?\n/)) add(reader.line(line));
  add(reader.end());
  result.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

/** Streams a CSV file line by line, in constant memory (a record is never longer than the frame limits). */
async function* streamCsv(spec: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<ReadItem> {
  const reader = csvLineReader(basename(spec));
  for await (const line of linesOf(spec, onBytes)) yield* reader.line(line);
  yield* reader.end();
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
