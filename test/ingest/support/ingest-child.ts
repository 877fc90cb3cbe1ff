// Child process for the kill -9 test: ingests the generated corpus in small batches, announcing each batch.

import { extractCorpus } from "../../../ingest/extract/index.js";
import { ingestRecords } from "../../../ingest/pipeline.js";
import { openStore } from "../../../store/index.js";
import { generatedRecords } from "./generated-corpus.js";

const [dataDir, count, batchSize] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const store = await openStore({ kind: "kuzu", dataDir, readOnly: false });
await ingestRecords(generatedRecords(count), store, {
  extract: async (papers) => extractCorpus(papers),
  batchSize,
  onProgress: (stage, done) => {
    if (stage === "write") console.log(`written ${done}`);
  },
});
await store.close();
console.log("done");
