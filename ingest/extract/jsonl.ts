// Reading paper JSONL files ({id, title, abstract} per line) for the extraction CLIs; errors name file:line.

import { readFileSync } from "node:fs";
import type { CorpusPaper } from "./index.js";

/** A line of input that is not a paper; the message names file and line. */
export class InputError extends Error {
  override name = "InputError";
}

/** Papers of a JSONL file; throws InputError naming file:line for a bad line. */
export function readPapers(path: string): CorpusPaper[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const papers: CorpusPaper[] = [];
  content.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new InputError(`${where}: not valid JSON`);
    }
    if (!row || typeof row !== "object" || Array.isArray(row)) throw new InputError(`${where}: not a JSON object`);
    const r = row as Record<string, unknown>;
    for (const field of ["id", "title", "abstract"]) {
      if (typeof r[field] !== "string") throw new InputError(`${where}: "${field}" missing or not a string`);
    }
    papers.push({ id: r.id as string, title: r.title as string, abstract: r.abstract as string });
  });
  return papers;
}
