// What the server needs at start, built once at ingest and kept on disk beside the store
// (`<data>/serve-index/`): the neighbourhood index's numbers (numbers.bin, read in one go), its text (LMDB,
// memory-mapped, read per request) and the search index (search.bin: compact arrays read in one go, in the
// background: search requests wait for it, nothing else does). A server over a frozen Kùzu store opens it in constant time instead of
// reading the whole graph from the store.
//
// Validity: `manifest.json` is written last and set aside before an ingest writes to the store, so an index
// without one (an interrupted ingest, a store written by an older version) is never served: the server then
// builds its indexes from the store as before. The manifest set aside is the base an incremental update
// (update.ts) starts from when the run only added papers; an interrupted update leaves it and its files intact.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadNeighbourhoodNumbers } from "../server/neighbourhood/load.js";
import { ArrayText, type NeighbourhoodIndex } from "../server/neighbourhood/build.js";
import { SEARCH_FILE, SearchIndex } from "../server/search-index.js";
import type { GraphStore, Row } from "../store/types.js";
import { readNumbers, writeNumbers } from "./numbers.js";
import { LmdbText, lmdbTextSink, writeText } from "./text.js";

/** Bumped whenever what is written changes shape: an index of another version is rebuilt, never misread. */
const FORMAT = 8;

export interface Manifest {
  format: number;
  /** 0 for an index written whole; each incremental update adds one (and names its files by it). */
  generation: number;
  /** The numbers file (numbers.ts) of this generation. */
  numbers: string;
  nodeCount: number;
  linkCount: number;
  /** Evidence sentences held in the text; an update appends after them. */
  evidenceCount: number;
  paperColumns: string[];
  /** The saved search index (SEARCH_FILE, or the file an update wrote) and its documents. */
  search: string;
  searchDocuments: number;
}

export const serveIndexDir = (dataDir: string) => join(dataDir, "serve-index");
export const manifestPath = (dir: string) => join(dir, "manifest.json");

export const setAside = (dir: string) => join(dir, "manifest.stale.json");

/**
 * Marks the index stale before the store changes; writeServeIndex, updateServeIndex (or restoreServeIndex) mark
 * it valid again. The manifest set aside describes the store as it was when this run started: one left by an
 * earlier, interrupted run does not (the store changed since), so it is dropped.
 */
export function invalidateServeIndex(dataDir: string): void {
  const dir = serveIndexDir(dataDir);
  rmSync(setAside(dir), { force: true });
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

export function readManifest(dir: string, path = manifestPath(dir)): Manifest | undefined {
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  return manifest.format === FORMAT ? manifest : undefined;
}

/** Writes a manifest whole or not at all (a rename), so a crash never leaves half of one. */
export function writeManifest(dir: string, manifest: Manifest): void {
  const partial = join(dir, "manifest.partial.json");
  writeFileSync(partial, JSON.stringify(manifest));
  renameSync(partial, manifestPath(dir));
}

/** A fresh directory to write the next index into, beside the current one. */
function startNext(dataDir: string): string {
  const next = `${serveIndexDir(dataDir)}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  return next;
}

type NodesPart = Pick<Manifest, "nodeCount" | "linkCount" | "evidenceCount" | "paperColumns">;

/** Writes the neighbourhood part (numbers and text); returns what the manifest says of it. */
async function writeNodes(next: string, index: NeighbourhoodIndex): Promise<NodesPart> {
  if (!(index.text instanceof ArrayText)) throw new TypeError("serve index: the index must be built in memory");
  writeNumbers(join(next, "numbers.bin"), index);
  const evidenceCount = index.text.evidenceList.length;
  await writeText(join(next, "text.lmdb"), { nodeCount: index.nodeCount, evidenceCount, text: index.text });
  return {
    nodeCount: index.nodeCount,
    linkCount: index.linkSource.length,
    evidenceCount,
    paperColumns: index.paperColumns,
  };
}

/**
 * Reads the neighbourhood index from the store into `next`: the text goes to LMDB a read step at a time (never the
 * whole corpus's text in the heap), the numbers are written once sorted. `onNodeRows` hears the node rows as read.
 */
async function writeNodesFromStore(
  next: string,
  store: GraphStore,
  onNodeRows: (rows: Row[]) => void,
): Promise<NodesPart> {
  const sink = lmdbTextSink(join(next, "text.lmdb"));
  try {
    const numbers = await loadNeighbourhoodNumbers(store, sink, { onNodeRows });
    sink.finish();
    writeNumbers(join(next, "numbers.bin"), numbers);
    const { nodeCount, linkSource, evidenceCount, paperColumns } = numbers;
    return { nodeCount, linkCount: linkSource.length, evidenceCount, paperColumns };
  } finally {
    await sink.close();
  }
}

/** Marks `next` valid (manifest last) and puts it in place of the current index. */
function finishNext(dataDir: string, next: string, nodes: NodesPart, searchDocuments: number): void {
  writeManifest(next, {
    format: FORMAT,
    generation: 0,
    numbers: "numbers.bin",
    ...nodes,
    search: SEARCH_FILE,
    searchDocuments,
  });
  const dir = serveIndexDir(dataDir);
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
}

/** Writes an index built in memory (and its search index) as the serve index of `dataDir`, replacing any. */
export async function saveServeIndex(dataDir: string, index: NeighbourhoodIndex, search: SearchIndex): Promise<void> {
  const next = startNext(dataDir);
  const nodes = await writeNodes(next, index);
  await search.save(join(next, SEARCH_FILE));
  finishNext(dataDir, next, nodes, search.size);
}

export interface WriteServeIndexOptions {
  /**
   * Called once everything is read from the store, before the search index is built: a caller done with the store
   * closes it here, so Kùzu's buffer pool (a gigabyte after an ingest) is given back before the search index's
   * build, the biggest heap of the serve index, and the two do not add up.
   */
  storeDone?: () => Promise<void>;
}

/**
 * Builds the serve index from the store (every node and link, once) and writes it. The search index's documents
 * are taken from the node rows the neighbourhood index reads (read/search-documents' rows: every laid-out node,
 * which is every node with a degree, both written by the layout), rather than read again (20 s at 1M papers);
 * the search index is built once the neighbourhood index is written and dropped, and the store let go.
 */
export async function writeServeIndex(
  dataDir: string,
  store: GraphStore,
  options: WriteServeIndexOptions = {},
): Promise<void> {
  invalidateServeIndex(dataDir);
  const next = startNext(dataDir);
  const documents: Row[] = [];
  const nodes = await writeNodesFromStore(next, store, (rows) => {
    for (const r of rows) {
      if (r.degree === null || r.degree === undefined) continue;
      documents.push({ id: r.id!, label: r.label ?? null, aliases: r.aliases ?? null, degree: r.degree });
    }
  });
  await options.storeDone?.();
  const search = SearchIndex.fromRows(documents);
  documents.length = 0;
  await search.save(join(next, SEARCH_FILE));
  finishNext(dataDir, next, nodes, search.size);
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
  const numbers = readNumbers(join(dir, manifest.numbers));
  const text = new LmdbText(join(dir, "text.lmdb"), manifest);
  const search = loadSearch(dir, manifest);
  return {
    nodes: { ...numbers, nodeCount: manifest.nodeCount, paperColumns: manifest.paperColumns, text },
    search,
    close: () => text.close(),
  };
}

/** The saved search index. */
export function loadSearch(dir: string, manifest: Manifest): Promise<SearchIndex> {
  return SearchIndex.read(join(dir, manifest.search));
}
