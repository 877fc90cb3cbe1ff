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

/** One thing a streaming reader found: a record or a problem, in file order. */
export type ReadItem = { record: PaperRecord; problem?: undefined } | { problem: ReadProblem; record?: undefined };

export interface StreamOptions {
  signal?: AbortSignal;
  /** Bytes of the file on disk read so far (compressed bytes for a `.gz`), for progress over the file's size. */
  onBytes?: (bytesRead: number) => void;
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
  /**
   * Record by record, for readers of local files that can stream (JSON Lines, CSV): a large corpus is never
   * held whole. Readers without it are read whole with `read`.
   */
  stream?(spec: string, options?: StreamOptions): AsyncIterable<ReadItem>;
}

/** Collects a stream into one result: `read` for readers that stream. */
export async function collect(items: AsyncIterable<ReadItem>): Promise<ReadResult> {
  const result: ReadResult = { records: [], problems: [] };
  for await (const item of items) {
    if (item.record) result.records.push(item.record);
    else result.problems.push(item.problem);
  }
  return result;
}

export function formatProblem(p: ReadProblem): string {
  return `${p.source}${p.line !== undefined ? `:${p.line}` : ""}: ${p.message}`;
}
