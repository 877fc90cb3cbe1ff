// The layout on a worker thread, so a first ingest lays out the graph while the store writes the batches (Kùzu
// writes on its own thread and leaves this one mostly waiting). Same result as computeLayout.

import { isMainThread, workerData } from "node:worker_threads";
import type { LayoutRow } from "../store/types.js";
import { computePackedLayout, type LayoutInput } from "./layout.js";
import { packLayoutInput, type PackedInput } from "./layout-packed.js";
import { replyToParent, runWorker, workerEntry } from "./worker-thread.js";

const WORKER_ENTRY = workerEntry(import.meta.url, "./layout-worker-bootstrap.mjs", "./layout-worker.js");

/** computeLayout on a worker thread; the promise settles when the worker replies or fails. */
export function computeLayoutInWorker(input: LayoutInput): Promise<LayoutRow[]> {
  return computePackedLayoutInWorker(packLayoutInput(input));
}

/** The same from an input already packed (a streamed ingest builds it so); the edges' buffer is handed over. */
export function computePackedLayoutInWorker(packed: PackedInput): Promise<LayoutRow[]> {
  return runWorker(WORKER_ENTRY, packed, "layout", [packed.edges.buffer as ArrayBuffer]);
}

if (!isMainThread && (workerData as PackedInput | undefined)?.edges instanceof Int32Array) {
  replyToParent(() => computePackedLayout(workerData as PackedInput));
}
