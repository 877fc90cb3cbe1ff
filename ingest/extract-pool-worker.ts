// Worker thread body for the extraction pool (extract-pool.ts): loads the extractor once, hears the corpus's
// lowercase words, then runs pass 1 on each chunk it is sent; after pass 1, the stated results of resolved chunks.

import { parentPort } from "node:worker_threads";
import type { PoolMessage, PoolReply } from "./extract-pool.js";
import { extractPaperMentions } from "./extract/paper.js";
import { storedResults } from "./stored-results.js";
import type { CorpusContext } from "./extract/types.js";

let context: CorpusContext = {};
parentPort!.on("message", (message: PoolMessage) => {
  if ("commonWords" in message) {
    context = { commonWords: new Set(message.commonWords) };
    return;
  }
  if ("results" in message) {
    const { results, papers, mentions } = message;
    let reply: PoolReply;
    try {
      reply = { results, stated: papers.map((p, i) => storedResults(p, mentions[i]!)) };
    } catch (error) {
      reply = { results, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(reply);
    return;
  }
  const { index, papers } = message;
  let reply: PoolReply;
  try {
    reply = { index, mentions: papers.map((p) => extractPaperMentions(p, context)) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
