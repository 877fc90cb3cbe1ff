// The source registry: turns specs (files, directories, globs, `arxiv:`/`hf:` URIs) into readers and reads them.

import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { arxivSource } from "./arxiv.js";
import { csvSource } from "./csv.js";
import { SourceError } from "./errors.js";
import { hfSource } from "./hf-daily.js";
import { jsonlSource } from "./jsonl.js";
import { listingPageSource } from "./listing-page.js";
import type { PaperSource, ReadItem, ReadResult } from "./types.js";

export { SourceError } from "./errors.js";
export { formatProblem, type PaperSource, type ReadItem, type ReadProblem, type ReadResult } from "./types.js";

/** Every reader, most specific first: `.hf.json` must be claimed before anything generic. */
export const SOURCES: readonly PaperSource[] = [hfSource, arxivSource, jsonlSource, csvSource, listingPageSource];

const FILE_KINDS = ".txt (listing page), .jsonl/.ndjson, .csv, .hf.json (JSON Lines and CSV also gzipped: .jsonl.gz)";
const URI_FORMS = "arxiv:QUERY[?max=N], arxiv:ARXIV_ID, hf:daily:YYYY-MM-DD, hf:paper:ARXIV_ID";
/** What a spec may be, for CLI help. */
export const SPEC_FORMS = `a file (${FILE_KINDS}), a directory, a glob, or a URI (${URI_FORMS})`;
/** `scheme:`, but not a Windows drive letter. */
const LOOKS_LIKE_URI = /^[a-z][a-z0-9+.-]+:/i;

/** One readable thing a spec stands for: a file path or a URI, and the reader for it. */
export interface ResolvedSpec {
  /** What the user passed (a directory or glob may stand for many files). */
  input: string;
  /** The file path or URI the reader gets. */
  spec: string;
  source: PaperSource;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Readers to choose from; defaults to SOURCES (tests pass readers pointed at local servers). */
  sources?: readonly PaperSource[];
}

export function sourceFor(spec: string, sources: readonly PaperSource[] = SOURCES): PaperSource | undefined {
  return sources.find((source) => source.accepts(spec));
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

function readableFiles(paths: string[], input: string, sources: readonly PaperSource[]): ResolvedSpec[] {
  return paths.sort().flatMap((spec) => {
    const source = sourceFor(spec, sources);
    return source ? [{ input, spec, source }] : [];
  });
}

/**
 * What one spec stands for. A directory means its readable files (recursively, hidden ones skipped; others are
 * ignored), a glob the readable files it matches. Throws a SourceError naming the spec when it is unknown,
 * missing, or stands for nothing readable.
 */
export async function expandSpec(input: string, sources: readonly PaperSource[] = SOURCES): Promise<ResolvedSpec[]> {
  const info = await statOrUndefined(input);
  if (info?.isFile()) {
    const source = sourceFor(input, sources);
    if (!source) throw new SourceError(input, `no reader for this kind of file (readable: ${FILE_KINDS})`);
    return [{ input, spec: input, source }];
  }
  if (info?.isDirectory()) {
    const files = await glob("**/*", { cwd: input, onlyFiles: true, expandDirectories: false });
    const found = readableFiles(
      files.map((file) => join(input, file)),
      input,
      sources,
    );
    if (!found.length) throw new SourceError(input, `directory has no readable files (${FILE_KINDS})`);
    return found;
  }
  if (info) throw new SourceError(input, "neither a file nor a directory");
  if (LOOKS_LIKE_URI.test(input)) {
    const source = sourceFor(
      input,
      sources.filter((s) => s.remote),
    );
    if (!source) throw new SourceError(input, `unknown source URI (expected ${URI_FORMS})`);
    return [{ input, spec: input, source }];
  }
  if (isDynamicPattern(input)) {
    const found = readableFiles(await glob(input, { onlyFiles: true, expandDirectories: false }), input, sources);
    if (!found.length) throw new SourceError(input, `pattern matched no readable files (${FILE_KINDS})`);
    return found;
  }
  throw new SourceError(input, "no such file or directory");
}

/** Expands every spec before reading any, so a typo fails fast; a file named twice is read once. */
export async function expandSpecs(
  inputs: readonly string[],
  sources: readonly PaperSource[] = SOURCES,
): Promise<ResolvedSpec[]> {
  const seen = new Set<string>();
  const all: ResolvedSpec[] = [];
  for (const input of inputs) {
    for (const resolved of await expandSpec(input, sources)) {
      const key = LOOKS_LIKE_URI.test(resolved.spec) ? resolved.spec : resolve(resolved.spec);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(resolved);
    }
  }
  return all;
}

/**
 * Reads the specs one at a time (network sources are rate-limited, and order stays deterministic), yielding each
 * file's or URI's result as it completes. A spec that cannot be read at all throws a SourceError naming it.
 */
export async function* readSources(
  inputs: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ResolvedSpec & { result: ReadResult }> {
  for (const resolved of await expandSpecs(inputs, options.sources)) {
    options.signal?.throwIfAborted();
    let result: ReadResult;
    try {
      result = await resolved.source.read(resolved.spec, { signal: options.signal });
    } catch (error) {
      if (error instanceof SourceError || options.signal?.aborted) throw error;
      throw new SourceError(resolved.spec, (error as Error).message ?? String(error), { cause: error });
    }
    yield { ...resolved, result };
  }
}

/** How far reading has got: bytes of local files read of their total size (URIs count when they are done). */
export type ReadProgress = (bytesRead: number, bytesTotal: number) => void;

export interface StreamSourcesOptions extends ReadOptions {
  onProgress?: ReadProgress;
  /** Heard once per file or URI when it has been read, with how many records and problems it gave. */
  onSpecRead?: (spec: string, counts: { records: number; problems: number }) => void;
}

/**
 * Every record and problem of the specs, one at a time, in spec and file order. Files whose reader streams
 * (JSON Lines, CSV, gzipped or not) are never held whole; others are read whole, one at a time.
 */
export async function* streamSources(
  inputs: readonly string[],
  options: StreamSourcesOptions = {},
): AsyncGenerator<ReadItem> {
  const specs = await expandSpecs(inputs, options.sources);
  const sizes = await Promise.all(
    specs.map(async (s) => (s.source.remote ? 0 : ((await statOrUndefined(s.spec))?.size ?? 0))),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  for (const [i, resolved] of specs.entries()) {
    options.signal?.throwIfAborted();
    const counts = { records: 0, problems: 0 };
    try {
      if (resolved.source.stream) {
        const onBytes = options.onProgress && ((bytes: number) => options.onProgress!(before + bytes, total));
        for await (const item of resolved.source.stream(resolved.spec, { signal: options.signal, onBytes })) {
          if (item.record) counts.records++;
          else counts.problems++;
          yield item;
        }
      } else {
        const result = await resolved.source.read(resolved.spec, { signal: options.signal });
        counts.records = result.records.length;
        counts.problems = result.problems.length;
        for (const record of result.records) yield { record };
        for (const problem of result.problems) yield { problem };
      }
      options.onSpecRead?.(resolved.spec, counts);
    } catch (error) {
      if (error instanceof SourceError || options.signal?.aborted) throw error;
      throw new SourceError(resolved.spec, (error as Error).message ?? String(error), { cause: error });
    }
    before += sizes[i]!;
    options.onProgress?.(before, total);
  }
}

/** Reads every spec and concatenates records and problems, in spec order. */
export async function resolveSources(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const all: ReadResult = { records: [], problems: [] };
  // A loop, not push(...): spreading 157k records as arguments overflows the call stack.
  for await (const { result } of readSources(inputs, options)) {
    for (const record of result.records) all.records.push(record);
    for (const problem of result.problems) all.problems.push(problem);
  }
  return all;
}
