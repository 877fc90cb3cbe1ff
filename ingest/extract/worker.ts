// Worker thread body for extractCorpusParallel: pass 1 over one slice of papers.

import { workerData } from "node:worker_threads";
import { replyToParent } from "../worker-thread.js";
import type { WorkerRequest } from "./parallel.js";
import { extractPaperMentions } from "./paper.js";

const request = workerData as WorkerRequest;
replyToParent(() => {
  const context = { commonWords: new Set(request.commonWords) };
  return request.papers.map((p) => [p.id, extractPaperMentions(p, context)]);
});
