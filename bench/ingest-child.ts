// Child process for the ingest bench: one end-to-end ingest of a corpus file into a store (fresh, or the existing
// one for the incremental figure) exactly as `npm run ingest` runs it, reported as one JSON line on stdout (its
// own log goes to stderr). A child of its own so its peak RSS is the ingest's alone.

import { DEFAULT_BATCH_SIZE } from "../ingest/pipeline.js";
import { runIngest } from "../ingest/run.js";
import { setRecordLimits } from "../ingest/sources/fields.js";
import { resolveSettings } from "../settings/index.js";
import { decodeStore, storeConfig } from "./store-spec.js";

const [file, storeArg] = process.argv.slice(2);
if (!file || !storeArg) throw new Error("usage: ingest-child FILE STORE_JSON");

// The settings `npm run ingest` applies (ingest/cli.ts): record limits, and the ingest's bounded Kùzu buffer pool
// (without it Kùzu keeps up to 80 % of RAM of pages, which the bench would count as the ingest's memory).
const settings = resolveSettings().ingest;
setRecordLimits(settings);
const started = performance.now();
const { summary, readSeconds, indexSeconds, index } = await runIngest(
  [file],
  { ...storeConfig(decodeStore(storeArg), false), bufferPoolMb: settings.bufferPoolMb },
  {
    batchSize: DEFAULT_BATCH_SIZE,
    bulkFrom: 10_000,
    progress: false,
    log: (line) => console.error(line),
  },
);
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes: the high-water mark of this whole process.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// What the run added is the serve index's business, not the report's.
const { increment: _increment, ...figures } = summary;
process.stdout.write(JSON.stringify({ summary: figures, readSeconds, indexSeconds, index, seconds, peakRssMb }) + "\n");
process.exit(0);
