// Opening a source file as text, gzip or not: `papers.jsonl.gz` and `papers.csv.gz` are read through zlib as a
// stream, so a compressed corpus is never unpacked on disk or held whole in memory.

import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";

const GZIP = /\.gz$/i;

/** The name without a trailing `.gz`: what the file holds (`a.jsonl.gz` → `a.jsonl`). */
export function withoutGzip(spec: string): string {
  return spec.replace(GZIP, "");
}

/** Whether `spec` (a path, gzipped or not) ends with one of `extensions` (lowercase, with the dot). */
export function hasExtension(spec: string, extensions: readonly string[]): boolean {
  const name = withoutGzip(spec).toLowerCase();
  return extensions.some((ext) => name.endsWith(ext));
}

/**
 * The file's decoded bytes as a stream; `onBytes` hears how many bytes *of the file on disk* have been read so
 * far (compressed bytes for a `.gz`), which is what a progress bar over the file's size needs.
 */
export function openText(path: string, onBytes?: (bytesRead: number) => void): Readable {
  const file = createReadStream(path);
  if (onBytes) file.on("data", () => onBytes(file.bytesRead));
  if (!GZIP.test(path)) return file;
  const gunzip = createGunzip();
  file.on("error", (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

/** The whole file as text (for formats that must be parsed whole: listing pages, saved API replies). */
export async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (GZIP.test(path) ? gunzipSync(bytes) : bytes).toString("utf8");
}

/**
 * The file's lines, one at a time, without their line endings (a leading BOM removed). A file that fails part-way
 * (a gzip cut short, a read error) fails with how far it got, so the user knows which lines were read.
 */
export async function* linesOf(path: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<string> {
  const lines = createInterface({ input: openText(path, onBytes), crlfDelay: Infinity });
  let read = 0;
  try {
    for await (const line of lines) yield read++ === 0 ? line.replace(/^\uFEFF/, "") : line;
  } catch (error) {
    throw new Error(`${readFailure(error)} ${read ? `after line ${read}` : "before its first line"}`, { cause: error });
  }
}

/** What went wrong reading a file, in the user's words where zlib's are terse. */
function readFailure(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === "Z_BUF_ERROR") return "compressed data ends early (the file is cut short)";
  if (code === "Z_DATA_ERROR") return `not valid gzip data (${message})`;
  return message ?? String(error);
}
