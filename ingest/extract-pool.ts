// Extraction of a whole corpus with progress: pass 1 in chunks on this thread and a pool of long-lived worker threads
// (each loads the extractor once and is fed chunks as it finishes, so every core stays busy and the bar moves), then
// the corpus pass (type votes, aliases) here. Same result as extractCorpus. The one way ingest runs extraction in
// parallel (extract-stream.ts spills the same pool's chunks); the thread plumbing lives here, not in ingest/extract/,
// which stays pure.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Mention, Paper } from "../domain/types.js";
import type { StoredResult } from "../store/types.js";
import { resolveCorpus } from "./extract/corpus.js";
import { corpusContext, factsOf, type CorpusContext, type CorpusPaper } from "./extract/index.js";
import { extractPaperMentions } from "./extract/paper.js";
import type { PaperMention } from "./extract/types.js";
import { storedResults } from "./stored-results.js";
import { workerEntry } from "./worker-thread.js";

export interface ExtractPoolOptions {
  /** Threads for pass 1, this one included; defaults to the machine's parallelism. */
  threads?: number;
  /** Below this many papers pass 1 runs in this thread alone. */
  minPapers?: number;
  /** Papers per chunk: one progress step, one message each way. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * A pool the caller started ahead (its workers load while the sources are read) and closes itself: used for pass 1
   * when the papers are enough for more than one thread, and left open for the stated results (statedResults).
   */
  pool?: ExtractPool;
}

/**
 * What a pool's worker is told first (the corpus's lowercase words), then per chunk of pass 1; after pass 1, chunks
 * of resolved papers whose stated results it works out. And what it replies.
 */
export type PoolMessage = { commonWords: string[] } | PoolChunk | PoolResultsChunk;
export interface PoolChunk {
  index: number;
  papers: CorpusPaper[];
}
export interface PoolResultsChunk {
  results: number;
  papers: Paper[];
  mentions: Mention[][];
}
export type PoolReply =
  | { index: number; mentions: PaperMention[][] }
  | { results: number; stated: StoredResult[][] }
  | { index: number; error: string }
  | { results: number; error: string };

/**
 * Below this many papers one thread does it all. A worker costs its start (tsx, the extractor, compromise and the
 * lexicons: 0.9 CPU-seconds to its first reply, `bench/extract-real.ts --worker-start`) and its own warm-up (JIT,
 * compromise's tags of the words it meets): measured on 10,000 real papers, two threads spend 4–7 CPU-seconds more
 * than one's 16–22. It starts while this thread reads the corpus's lowercase words, and this thread extracts too, so
 * with two cores a second thread pays once one thread would need more than about 4 CPU-seconds: a few thousand papers.
 */
export const DEFAULT_MIN_PAPERS = 4_000;
/** Papers per chunk at most; a smaller corpus is cut in about 40, so no thread is left waiting on a long last one. */
export const DEFAULT_CHUNK = 1000;
const MIN_CHUNK = 100;
/** The smallest chunk of a corpus's tail (see cutChunks). */
const TAIL_CHUNK = 25;
/** Chunks a worker holds once it has answered: the next waits in its queue while this thread is busy with its own. */
const IN_FLIGHT = 2;
const WORKER_ENTRY = workerEntry(import.meta.url, "./extract-pool-worker-bootstrap.mjs", "./extract-pool-worker.js");

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `items` cut into chunks of `size`, smaller towards the end (each at most a (2 × threads)-th of what remains, down
 * to TAIL_CHUNK): whichever thread takes the last chunk then finishes soon after the others, instead of them
 * waiting up to two whole chunks on it (10,000 real papers in chunks of 250: half a second of one core). One
 * thread has no one to wait for: its chunks keep their size.
 */
export function cutChunks<T>(items: T[], size: number, threads: number): T[][] {
  const chunks: T[][] = [];
  const smallest = threads > 1 ? Math.min(size, TAIL_CHUNK) : size;
  for (let i = 0; i < items.length;) {
    const take = Math.min(size, Math.max(smallest, Math.ceil((items.length - i) / (2 * threads))));
    chunks.push(items.slice(i, i + take));
    i += take;
  }
  return chunks;
}

/** Threads to use for `papers` papers under `options`. */
export function poolThreads(papers: number, options: { threads?: number; minPapers?: number }): number {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  return papers < (options.minPapers ?? DEFAULT_MIN_PAPERS) ? 1 : threads;
}

/** Pass 1 and the corpus pass over `papers`, keyed by paper id in input order. */
export async function extractCorpusPooled(
  papers: CorpusPaper[],
  options: ExtractPoolOptions = {},
): Promise<Map<string, Mention[]>> {
  const chunkSize = options.chunkSize ?? Math.min(DEFAULT_CHUNK, Math.max(MIN_CHUNK, Math.ceil(papers.length / 40)));
  const progress = options.onProgress ?? (() => undefined);
  const threads = poolThreads(papers.length, options);
  // Workers start first, so they load the extractor while this thread reads the corpus's lowercase words.
  const ahead = options.pool && threads > 1 ? options.pool : undefined;
  const pool = ahead ?? new ExtractPool(threads - 1);
  try {
    const context = corpusContext(papers);
    const chunks = cutChunks(papers, chunkSize, threads);
    const results: PaperMention[][][] = new Array(chunks.length);
    let done = 0;
    progress(0, papers.length);
    await pool.run(chunks, context, (index, mentions) => {
      results[index] = mentions;
      done += chunks[index]!.length;
      progress(done, papers.length);
    });
    // Chunks are put back in input order, so the corpus pass sees papers in the same order as extractCorpus.
    const perPaper = new Map<string, PaperMention[]>();
    chunks.forEach((chunk, c) => chunk.forEach((p, i) => perPaper.set(p.id, results[c]![i]!)));
    return resolveCorpus(perPaper, factsOf(papers));
  } finally {
    if (pool !== ahead) pool.close();
  }
}

/**
 * Pass 1 on this thread and `workers` worker threads. The workers start when the pool is made; `run` feeds chunks
 * to whichever thread is free and `onChunk` hears each chunk's mentions (in the order they come, not input order).
 * A chunk is read only when it is taken, so the caller may let go of a chunk once `onChunk` heard it.
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private failure: Error | undefined;
  private onFailure: ((error: Error) => void) | undefined;
  /** statedResults requests sent and not yet answered, by number. */
  private readonly asked = new Map<
    number,
    { resolve: (stated: StoredResult[][]) => void; reject: (e: Error) => void }
  >();
  private requests = 0;

  constructor(workers: number) {
    for (let t = 0; t < workers; t++) {
      const worker = new Worker(WORKER_ENTRY);
      worker.once("error", (error) => this.fail(error));
      worker.once("exit", (code) => {
        if (code !== 0) this.fail(new Error(`extract worker exited with code ${code}`));
      });
      worker.on("message", (reply: PoolReply) => {
        if ("results" in reply) this.answer(reply);
      });
      // Until `run`, an idle worker must not keep the process alive.
      worker.unref();
      this.workers.push(worker);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.onFailure?.(this.failure);
    for (const { reject } of this.asked.values()) reject(this.failure);
    this.asked.clear();
  }

  /**
   * The results each paper states (stored-results.ts; `mentions` in `papers` order), worked out on a worker while
   * this thread goes on with other chunks: after pass 1 the workers would otherwise sit idle while this thread
   * writes. On this thread when the pool has no worker.
   */
  statedResults(papers: Paper[], mentions: Mention[][]): Promise<StoredResult[][]> {
    if (!this.workers.length) return Promise.resolve(papers.map((p, i) => storedResults(p, mentions[i]!)));
    if (this.failure) return Promise.reject(this.failure);
    const id = this.requests++;
    const worker = this.workers[id % this.workers.length]!;
    worker.ref(); // until the pool is closed: an answer is awaited
    return new Promise((resolve, reject) => {
      this.asked.set(id, { resolve, reject });
      worker.postMessage({ results: id, papers, mentions } satisfies PoolMessage);
    });
  }

  private answer(reply: Extract<PoolReply, { results: number }>): void {
    const asked = this.asked.get(reply.results);
    this.asked.delete(reply.results);
    if ("error" in reply) asked?.reject(new Error(`extract worker: ${reply.error}`));
    else asked?.resolve(reply.stated);
  }

  run(
    chunks: CorpusPaper[][],
    context: CorpusContext,
    onChunk: (index: number, mentions: PaperMention[][]) => void,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let next = 0;
      let done = 0;
      let settled = false;
      const listening: [Worker, (reply: PoolReply) => void][] = [];
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        for (const [w, listener] of listening) w.off("message", listener);
        if (error) reject(error);
        else resolve();
      };
      this.onFailure = (error) => finish(error);
      if (this.failure) return finish(this.failure);
      const heard = (index: number, mentions: PaperMention[][]) => {
        try {
          onChunk(index, mentions);
        } catch (error) {
          return finish(error as Error);
        }
        if (++done === chunks.length) finish();
      };
      const feed = (worker: Worker) => {
        if (next >= chunks.length) return false;
        const chunk: PoolChunk = { index: next, papers: chunks[next]! };
        next++;
        worker.postMessage(chunk satisfies PoolMessage);
        return true;
      };
      const commonWords = { commonWords: [...(context.commonWords ?? [])] } satisfies PoolMessage;
      for (const worker of this.workers) {
        worker.ref();
        worker.postMessage(commonWords);
        // One chunk while it starts (this thread may finish the rest first), more once it answers.
        let held = feed(worker) ? 1 : 0;
        const listener = (reply: PoolReply) => {
          if ("results" in reply) return; // statedResults' answer, heard by the pool's own listener
          if ("error" in reply) return finish(new Error(`extract worker: ${reply.error}`));
          held--;
          heard(reply.index, reply.mentions);
          while (!settled && held < IN_FLIGHT && feed(worker)) held++;
        };
        worker.on("message", listener);
        listening.push([worker, listener]);
      }
      if (chunks.length === 0) return finish();
      // This thread takes chunks too, yielding between them so replies are heard and workers fed.
      void (async () => {
        while (!settled && next < chunks.length) {
          const index = next++;
          let mentions: PaperMention[][];
          try {
            mentions = chunks[index]!.map((p) => extractPaperMentions(p, context));
          } catch (error) {
            return finish(error as Error);
          }
          heard(index, mentions);
          await nextTick();
        }
      })();
    });
  }

  /** Stops the workers (also when a run failed). */
  close(): void {
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}
