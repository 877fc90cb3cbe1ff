// What the server needs at start, built once at ingest and kept on disk beside the store
// (`<data>/serve-index/`): the neighbourhood index's numbers (numbers.bin, read in one go), its text (LMDB,
// memory-mapped, read per request) and the search index (search.txt, loaded in the background: search requests
// wait for it, nothing else does). A server over a frozen Kùzu store opens it in constant time instead of
// reading the whole graph from the store.
//
// Validity: `manifest.json` is written last and removed before an ingest writes to the store, so an index
// without one (an interrupted ingest, a store written by an older version) is never served: the server then
// builds its indexes from the store as before.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadNeighbourhoodIndex } from "../server/neighbourhood/load.js";
import { ArrayText, type NeighbourhoodIndex } from "../server/neighbourhood/build.js";
import { SearchIndex } from "../server/search-index.js";
import type { GraphStore } from "../store/types.js";
import { readNumbers, writeNumbers } from "./numbers.js";
import { LmdbText, writeText } from "./text.js";

/** Bumped whenever what is written changes shape: an index of another version is rebuilt, never misread. */
const FORMAT = 4;

interface Manifest {
  format: number;
  nodeCount: number;
  linkCount: number;
  paperColumns: string[];
}

export const serveIndexDir = (dataDir: string) => join(dataDir, "serve-index");
const manifestPath = (dir: string) => join(dir, "manifest.json");

const setAside = (dir: string) => join(dir, "manifest.stale.json");

/** Marks the index stale before the store changes; writeServeIndex (or restoreServeIndex) marks it valid again. */
export function invalidateServeIndex(dataDir: string): void {
  const dir = serveIndexDir(dataDir);
  if (existsSync(manifestPath(dir))) renameSync(manifestPath(dir), setAside(dir));
}

/** After an ingest that changed nothing in the store: the index set aside by invalidateServeIndex holds again. */
export function restoreServeIndex(dataDir: string): void {
  const dir = serveIndexDir(dataDir);
  if (existsSync(setAside(dir))) renameSync(setAside(dir), manifestPath(dir));
}

export function hasServeIndex(dataDir: string): boolean {
  return readManifest(serveIndexDir(dataDir)) !== undefined;
}

function readManifest(dir: string): Manifest | undefined {
  if (!existsSync(manifestPath(dir))) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath(dir), "utf8")) as Manifest;
  return manifest.format === FORMAT ? manifest : undefined;
}

/** A fresh directory to write the next index into, beside the current one. */
function startNext(dataDir: string): string {
  const next = `${serveIndexDir(dataDir)}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  return next;
}

/** Writes the neighbourhood part (numbers and text); returns what the manifest says of it. */
async function writeNodes(next: string, index: NeighbourhoodIndex): Promise<Omit<Manifest, "format">> {
  if (!(index.text instanceof ArrayText)) throw new TypeError("serve index: the index must be built in memory");
  writeNumbers(join(next, "numbers.bin"), index);
  await writeText(join(next, "text.lmdb"), {
    nodeCount: index.nodeCount,
    evidenceCount: index.text.evidenceList.length,
    text: index.text,
  });
  return { nodeCount: index.nodeCount, linkCount: index.linkSource.length, paperColumns: index.paperColumns };
}

/** Marks `next` valid (manifest last) and puts it in place of the current index. */
function finishNext(dataDir: string, next: string, nodes: Omit<Manifest, "format">): void {
  writeFileSync(manifestPath(next), JSON.stringify({ format: FORMAT, ...nodes } satisfies Manifest));
  const dir = serveIndexDir(dataDir);
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
}

/** Writes an index built in memory (and its search index) as the serve index of `dataDir`, replacing any. */
export async function saveServeIndex(dataDir: string, index: NeighbourhoodIndex, search: SearchIndex): Promise<void> {
  const next = startNext(dataDir);
  const nodes = await writeNodes(next, index);
  writeFileSync(join(next, "search.txt"), search.toText());
  finishNext(dataDir, next, nodes);
}

/**
 * Builds the serve index from the store (every node and link, once) and writes it. The neighbourhood index is
 * written and dropped before the search index is built, so only one of them is in the heap at a time.
 */
export async function writeServeIndex(dataDir: string, store: GraphStore): Promise<void> {
  invalidateServeIndex(dataDir);
  const next = startNext(dataDir);
  const nodes = await writeNodes(next, await loadNeighbourhoodIndex(store));
  writeFileSync(join(next, "search.txt"), (await SearchIndex.fromStore(store)).toText());
  finishNext(dataDir, next, nodes);
}

export interface OpenServeIndex {
  nodes: NeighbourhoodIndex;
  /** Loading: the search index is the one part read in full (seconds at 150k papers), without blocking. */
  search: Promise<SearchIndex>;
  close(): Promise<void>;
}

/** The serve index of `dataDir`, or undefined when there is no valid one. */
export function openServeIndex(dataDir: string): OpenServeIndex | undefined {
  const dir = serveIndexDir(dataDir);
  const manifest = readManifest(dir);
  if (!manifest) return undefined;
  const numbers = readNumbers(join(dir, "numbers.bin"));
  const text = new LmdbText(join(dir, "text.lmdb"));
  const search = SearchIndex.load(readFileSync(join(dir, "search.txt"), "utf8"));
  return {
    nodes: { ...numbers, nodeCount: manifest.nodeCount, paperColumns: manifest.paperColumns, text },
    search,
    close: () => text.close(),
  };
}
