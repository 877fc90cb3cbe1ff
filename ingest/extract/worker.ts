// Worker thread body for extractCorpusParallel: pass 1 over one slice of papers.

import { parentPort, workerData } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./parallel.js";
import { extractPaperMentions } from "./paper.js";

const request = workerData as WorkerRequest;
let reply: WorkerReply;
try {
  const context = { commonWords: new Set(request.commonWords) };
  reply = { ok: true, mentions: request.papers.map((p) => [p.id, extractPaperMentions(p, context)]) };
} catch (error) {
  reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(reply);
