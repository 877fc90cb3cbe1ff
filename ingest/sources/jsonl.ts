// Reader for JSON Lines paper files (`.jsonl`, `.ndjson`, either gzipped): one JSON object per line, blank lines
// allowed. Streams line by line, so a corpus of any size is read in constant memory.

import { basename } from "node:path";
import { parseFlatRecord } from "./flat-record.js";
import { hasExtension, linesOf } from "./text-file.js";
import { collect, type PaperSource, type ReadItem, type ReadResult } from "./types.js";

/** What one line holds: nothing (blank), a record and its warnings, or the problem that skipped it. */
export function* parseJsonlLine(text: string, source: string, line: number): Generator<ReadItem> {
  if (!text.trim()) return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { problem: { source, line, message: `not valid JSON (${(error as Error).message}); skipped` } };
    return;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    yield { problem: { source, line, message: "expected a JSON object; skipped" } };
    return;
  }
  const result = parseFlatRecord(value as Record<string, unknown>, { source, line });
  if (!result.record) {
    yield { problem: { source, line, message: `${result.errors.join(", ")}; skipped` } };
    return;
  }
  yield { record: result.record };
  for (const message of result.warnings) yield { problem: { source, line, message } };
}

/** Parses JSON Lines text. `source` names the file in records and problems. */
export function parseJsonl(content: string, source: string): ReadResult {
  const result: ReadResult = { records: [], problems: [] };
  content
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((text, i) => {
      for (const item of parseJsonlLine(text, source, i + 1)) {
        if (item.record) result.records.push(item.record);
        else result.problems.push(item.problem);
      }
    });
  return result;
}

const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];

async function* streamJsonl(spec: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<ReadItem> {
  const source = basename(spec);
  let line = 0;
  for await (const text of linesOf(spec, onBytes)) yield* parseJsonlLine(text, source, ++line);
}

export const jsonlSource: PaperSource = {
  name: "jsonl",
  accepts: (spec) => hasExtension(spec, JSONL_EXTENSIONS),
  read: (spec) => collect(streamJsonl(spec)),
  stream: (spec, options) => streamJsonl(spec, options?.onBytes),
};
