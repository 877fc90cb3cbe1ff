// Child process for the kill -9 test: ingests the generated corpus in small batches, announcing each batch.
// Arguments: STORE (kuzu: a data dir; neo4j: the server in NEO4J_URI…) COUNT BATCH [BULK_FROM] [stream] (default:
// never bulk-load; a bulk load reports its progress step by step, as a share of the papers; `stream`: a first ingest
// streams, reporting each part as it is added to the load, before the links are COPYed at its commit).

import { extractCorpus } from "../../../ingest/extract/index.js";
import { extractStreamed } from "../../../ingest/extract-stream.js";
import { ingestRecords } from "../../../ingest/pipeline.js";
import { kuzuPath, openStore, storeConfigFromEnv } from "../../../store/index.js";
import { scratchRoot } from "../../../store/scratch.js";
import { generatedRecords } from "./generated-corpus.js";

const [target, count, batchSize] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const bulkFrom = Number(process.argv[5] ?? Infinity);
const stream = process.argv[6] === "stream";
const store = await openStore(
  target === "neo4j"
    ? storeConfigFromEnv(process.env, { kind: "neo4j" })
    : { kind: "kuzu", dataDir: target, readOnly: false },
);
await ingestRecords(generatedRecords(count), store, {
  extract: async (papers) => extractCorpus(papers),
  // Spilled where `npm run ingest` spills into a Kùzu store: its scratch folder.
  ...(stream
    ? {
        streamExtract: (papers) =>
          extractStreamed(papers, { threads: 1, chunkSize: batchSize, tmp: scratchRoot(kuzuPath(target)) }),
      }
    : {}),
  batchSize,
  bulkFrom,
  onProgress: (stage, done) => {
    if (stage === "write") console.log(`written ${done}`);
  },
});
await store.close();
console.log("done");
