// Extraction of a whole corpus with progress: pass 1 in chunks on a pool of long-lived worker threads (each loads
// the extractor once and is fed chunks as it finishes the last, so both cores stay busy and the bar moves), then
// the corpus pass (type votes, aliases) here. Same result as extractCorpus. The thread plumbing lives here, not in
// ingest/extract/, which stays pure.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Mention } from "../domain/types.js";
import { resolveCorpus } from "./extract/corpus.js";
import { corpusContext, type CorpusPaper } from "./extract/index.js";
import { extractPaperMentions } from "./extract/paper.js";
import type { PaperMention } from "./extract/types.js";
import { workerEntry } from "./worker-thread.js";

export interface ExtractPoolOptions {
  /** Worker threads for pass 1; defaults to the machine's parallelism. */
  threads?: number;
  /** Below this many papers pass 1 runs in this thread (starting workers costs ~1 s under tsx). */
  minPapers?: number;
  /** Papers per chunk: one progress step, one message each way. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** What the pool's workers are told once, and per chunk. */
export interface PoolInit {
  commonWords: string[];
}
export interface PoolChunk {
  index: number;
  papers: CorpusPaper[];
}
export type PoolReply = { index: number; mentions: PaperMention[][] } | { index: number; error: string };

const DEFAULT_MIN_PAPERS = 20_000;
const DEFAULT_CHUNK = 1000;
const WORKER_ENTRY = workerEntry(import.meta.url, "./extract-pool-worker-bootstrap.mjs", "./extract-pool-worker.js");

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Pass 1 and the corpus pass over `papers`, keyed by paper id in input order. */
export async function extractCorpusPooled(
  papers: CorpusPaper[],
  options: ExtractPoolOptions = {},
): Promise<Map<string, Mention[]>> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const progress = options.onProgress ?? (() => undefined);
  const context = corpusContext(papers);
  const perPaper = new Map<string, PaperMention[]>();
  progress(0, papers.length);

  if (threads === 1 || papers.length < (options.minPapers ?? DEFAULT_MIN_PAPERS)) {
    for (let i = 0; i < papers.length; i += chunkSize) {
      for (const p of papers.slice(i, i + chunkSize)) perPaper.set(p.id, extractPaperMentions(p, context));
      progress(Math.min(i + chunkSize, papers.length), papers.length);
      await nextTick(); // let the progress bar draw
    }
    return resolveCorpus(perPaper);
  }

  const chunks: CorpusPaper[][] = [];
  for (let i = 0; i < papers.length; i += chunkSize) chunks.push(papers.slice(i, i + chunkSize));
  const results: PaperMention[][][] = new Array(chunks.length);
  let done = 0;
  await runPool(chunks, { commonWords: [...context.commonWords!] }, threads, (index, mentions) => {
    results[index] = mentions;
    progress(Math.min(++done * chunkSize, papers.length), papers.length);
  });
  // Chunks are put back in input order, so the corpus pass sees papers in the same order as extractCorpus.
  chunks.forEach((chunk, c) => chunk.forEach((p, i) => perPaper.set(p.id, results[c]![i]!)));
  return resolveCorpus(perPaper);
}

/**
 * Feeds chunks to `threads` workers, each taking the next chunk when it replies; `onChunk` hears each reply (in
 * the order they come, not input order) and the promise settles once every chunk has replied. A chunk is read
 * only when it is sent, so the caller may let go of a chunk once `onChunk` heard it.
 */
export function runPool(
  chunks: CorpusPaper[][],
  init: PoolInit,
  threads: number,
  onChunk: (index: number, mentions: PaperMention[][]) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => workers.forEach((w) => void w.terminate());
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      stop();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= chunks.length) return;
      const chunk: PoolChunk = { index: next, papers: chunks[next]! };
      next++;
      worker.postMessage(chunk);
    };
    for (let t = 0; t < Math.min(threads, chunks.length); t++) {
      const worker = new Worker(WORKER_ENTRY, { workerData: init });
      workers.push(worker);
      worker.on("message", (reply: PoolReply) => {
        if ("error" in reply) return fail(new Error(`extract worker: ${reply.error}`));
        try {
          onChunk(reply.index, reply.mentions);
        } catch (error) {
          return fail(error as Error);
        }
        if (++done === chunks.length) {
          stop();
          resolve();
        } else feed(worker);
      });
      worker.once("error", fail);
      worker.once("exit", (code) => {
        if (code !== 0 && done < chunks.length) fail(new Error(`extract worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
