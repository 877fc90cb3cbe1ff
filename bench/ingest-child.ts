// Child process for the ingest bench: one end-to-end ingest of a JSONL file into a fresh Kùzu store, reported as
// one JSON line. A child of its own so its peak RSS is the ingest's alone.

import { openStore } from "../store/index.js";
import { extractCorpusPooled } from "../ingest/extract-pool.js";
import { ingestRecords } from "../ingest/pipeline.js";
import { resolveSources } from "../ingest/sources/index.js";

const [file, dataDir] = process.argv.slice(2);
if (!file || !dataDir) throw new Error("usage: ingest-child FILE DATA_DIR");

const started = performance.now();
const { records } = await resolveSources([file]);
const readSeconds = (performance.now() - started) / 1000;
const store = await openStore({ kind: "kuzu", dataDir, readOnly: false });
// The extractor `npm run ingest` uses.
const summary = await ingestRecords(records, store, { extract: (papers) => extractCorpusPooled(papers) });
const seconds = (performance.now() - started) / 1000;
await store.close();
// maxRSS is in kilobytes: the high-water mark of this whole process.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ summary, readSeconds, seconds, peakRssMb }) + "\n");
process.exit(0);
