// Worker thread body for extractCorpusPooled: loads the extractor once, then runs pass 1 on each chunk it is sent.

import { parentPort, workerData } from "node:worker_threads";
import type { PoolChunk, PoolInit, PoolReply } from "./extract-pool.js";
import { extractPaperMentions } from "./extract/paper.js";

const context = { commonWords: new Set((workerData as PoolInit).commonWords) };
parentPort!.on("message", ({ index, papers }: PoolChunk) => {
  let reply: PoolReply;
  try {
    reply = { index, mentions: papers.map((p) => extractPaperMentions(p, context)) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
