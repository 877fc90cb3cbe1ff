// The contract every paper source implements: yield records and report what it could not read.

import type { PaperRecord } from "../../domain/types.js";

/** Something a reader skipped, with the place it was found, e.g. `002_….txt:41: title without abstract`. */
export interface ReadProblem {
  source: string;
  line?: number;
  message: string;
}

export interface ReadResult {
  records: PaperRecord[];
  problems: ReadProblem[];
}

/** A reader of one kind of source (a file format or a network API). */
export interface PaperSource {
  /** Short name used in messages and `--source` hints, e.g. `listing`, `jsonl`, `arxiv`. */
  name: string;
  /** True for readers of URIs (network APIs): only they may claim a spec that is not an existing path. */
  remote?: boolean;
  /** Whether this reader handles the spec (a path or a URI such as `arxiv:QUERY`). */
  accepts(spec: string): boolean;
  read(spec: string, options?: { signal?: AbortSignal }): Promise<ReadResult>;
}

export function formatProblem(p: ReadProblem): string {
  return `${p.source}${p.line !== undefined ? `:${p.line}` : ""}: ${p.message}`;
}
