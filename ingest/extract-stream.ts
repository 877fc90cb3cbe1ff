// Extraction of a corpus too big to hold every paper's mentions at once: pass 1 runs chunk by chunk on the worker
// pool (extract-pool.ts); each chunk's papers and pass-1 mentions are spilled to a temp file as soon as they come
// back, and only the corpus pass's tallies stay in the heap (extract/corpus-tally.ts). Once every chunk is in, the
// corpus-level decisions are taken and the chunks are read back one at a time, resolved. Same mentions as
// extractCorpusPooled / extractCorpus, chunk by chunk in input order.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Mention, Paper } from "../domain/types.js";
import { scratchDir } from "../store/scratch.js";
import type { StoredResult } from "../store/types.js";
import { CorpusTally } from "./extract/corpus-tally.js";
import { corpusContext } from "./extract/index.js";
import type { PaperMention } from "./extract/types.js";
import { cutChunks, DEFAULT_CHUNK, ExtractPool, poolThreads } from "./extract-pool.js";

export interface StreamOptions {
  /** Threads for pass 1, this one included; defaults to the machine's parallelism. */
  threads?: number;
  /** Below this many papers pass 1 runs in this thread alone (default: the pool's, extract-pool.ts). */
  minPapers?: number;
  /** Papers per chunk: one spill file, one progress step. */
  chunkSize?: number;
  /** Where the spill files go (a new directory under it): the store's scratch folder, else the OS temp dir. */
  tmp?: string;
  onProgress?: (done: number, total: number) => void;
  /** A pool the caller started ahead (extract-pool.ts), taken over for pass 1: closed when pass 1 ends. */
  pool?: ExtractPool;
}

/** A chunk of papers with their resolved mentions. */
export interface ResolvedChunk {
  papers: Paper[];
  mentions: Map<string, Mention[]>;
}

/**
 * The extraction's result, read back chunk by chunk; `dispose` removes the spill files (also when not all read) and
 * stops the workers that meanwhile work out the papers' stated results (ExtractPool.statedResults).
 */
export interface StreamedExtraction {
  papers: number;
  chunks(): Generator<ResolvedChunk>;
  statedResults(papers: Paper[], mentions: Mention[][]): Promise<StoredResult[][]>;
  dispose(): void;
}

interface Spilled {
  papers: Paper[];
  mentions: PaperMention[][];
}

/**
 * Extracts `papers` chunk by chunk. Takes the papers over: the array is emptied, and each chunk is let go once
 * spilled, so the heap holds the papers only until their chunk is extracted.
 */
export async function extractStreamed(papers: Paper[], options: StreamOptions = {}): Promise<StreamedExtraction> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const progress = options.onProgress ?? (() => undefined);
  const total = papers.length;
  const dir = scratchDir(options.tmp ?? tmpdir(), "extract");
  const fileOf = (index: number) => join(dir, `${index}.bin`);
  // Workers start first, so they load the extractor while this thread reads the corpus's lowercase words.
  const threads = poolThreads(total, options);
  const pool = options.pool && threads > 1 ? options.pool : new ExtractPool(threads - 1);
  let chunks: Paper[][] = [];
  const tally = new CorpusTally();
  try {
    // Pass 1 needs the words the whole corpus writes in lowercase: the one thing read from every paper up front.
    const context = corpusContext(papers);
    chunks = cutChunks(papers, chunkSize, threads);
    papers.length = 0;
    let done = 0;
    const spill = (index: number, mentions: PaperMention[][]) => {
      mentions.forEach((m, i) => tally.add(m, chunks[index]![i]));
      const spilled: Spilled = { papers: chunks[index]!, mentions };
      writeFileSync(fileOf(index), serialize(spilled));
      chunks[index] = [];
      done += spilled.papers.length;
      progress(done, total);
    };
    progress(0, total);
    await pool.run(chunks, context, spill);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    pool.close();
    options.pool?.close();
  }
  // The stated results are worked out on fresh workers: pass 1's hold what a whole corpus's extraction left in
  // their heaps. They start now, while this thread takes the corpus pass.
  return readBack(tally, chunks.length, fileOf, total, dir, new ExtractPool(poolThreads(total, options) - 1));
}

/** The spilled chunks, read back one at a time and resolved with the tally's decisions. */
function readBack(
  tally: CorpusTally,
  count: number,
  fileOf: (index: number) => string,
  total: number,
  dir: string,
  pool: ExtractPool,
): StreamedExtraction {
  const resolver = tally.resolver();
  return {
    papers: total,
    *chunks() {
      for (let c = 0; c < count; c++) {
        const spilled = deserialize(readFileSync(fileOf(c))) as Spilled;
        rmSync(fileOf(c), { force: true });
        const mentions = new Map<string, Mention[]>();
        spilled.papers.forEach((p, i) => mentions.set(p.id, resolver.resolve(spilled.mentions[i]!, p.id)));
        yield { papers: spilled.papers, mentions };
      }
    },
    statedResults: (papers, mentions) => pool.statedResults(papers, mentions),
    dispose() {
      pool.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
