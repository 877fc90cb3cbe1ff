// Reader for JSON Lines paper files (`.jsonl`, `.ndjson`): one JSON object per line, blank lines allowed.

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { PaperRecord } from "../../domain/types.js";
import { parseFlatRecord } from "./flat-record.js";
import type { PaperSource, ReadProblem, ReadResult } from "./types.js";

/** Parses JSON Lines text. `source` names the file in records and problems. */
export function parseJsonl(content: string, source: string): ReadResult {
  const records: PaperRecord[] = [];
  const problems: ReadProblem[] = [];
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((text, i) => {
    const line = i + 1;
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.push({ source, line, message: `not valid JSON (${(error as Error).message}); skipped` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ source, line, message: "expected a JSON object; skipped" });
      return;
    }
    const result = parseFlatRecord(value as Record<string, unknown>, { source, line });
    if (!result.record) {
      problems.push({ source, line, message: `${result.errors.join(", ")}; skipped` });
      return;
    }
    records.push(result.record);
    for (const message of result.warnings) problems.push({ source, line, message });
  });
  return { records, problems };
}

const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];

export const jsonlSource: PaperSource = {
  name: "jsonl",
  accepts: (spec) => JSONL_EXTENSIONS.some((ext) => spec.toLowerCase().endsWith(ext)),
  async read(spec) {
    return parseJsonl(await readFile(spec, "utf8"), basename(spec));
  },
};
