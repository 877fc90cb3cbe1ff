// The layout on a worker thread, so a first ingest lays out the graph while the store writes the batches (Kùzu
// writes on its own thread and leaves this one mostly waiting). Same result as computeLayout.

import { isMainThread, workerData } from "node:worker_threads";
import type { NodeLabel } from "../domain/types.js";
import type { LayoutRow } from "../store/types.js";
import { computeLayout, type LayoutInput } from "./layout.js";
import { replyToParent, runWorker, workerEntry } from "./worker-thread.js";

/** The layout input packed for the thread boundary: edges as node indices in one transferable array. */
export interface PackedInput {
  ids: string[];
  labels: NodeLabel[];
  edges: Int32Array;
}
const WORKER_ENTRY = workerEntry(import.meta.url, "./layout-worker-bootstrap.mjs", "./layout-worker.js");

function pack(input: LayoutInput): PackedInput {
  const index = new Map(input.nodes.map((n, i) => [n.id, i]));
  const edges = new Int32Array(input.edges.length * 2);
  let k = 0;
  for (const [s, t] of input.edges) {
    const si = index.get(s);
    const ti = index.get(t);
    if (si === undefined || ti === undefined) continue; // computeLayout ignores edges to unknown nodes too
    edges[k++] = si;
    edges[k++] = ti;
  }
  return { ids: input.nodes.map((n) => n.id), labels: input.nodes.map((n) => n.label), edges: edges.subarray(0, k) };
}

function unpack({ ids, labels, edges }: PackedInput): LayoutInput {
  const pairs: [string, string][] = [];
  for (let i = 0; i < edges.length; i += 2) pairs.push([ids[edges[i]!]!, ids[edges[i + 1]!]!]);
  return { nodes: ids.map((id, i) => ({ id, label: labels[i]! })), edges: pairs };
}

/** computeLayout on a worker thread; the promise settles when the worker replies or fails. */
export function computeLayoutInWorker(input: LayoutInput): Promise<LayoutRow[]> {
  return computePackedLayoutInWorker(pack(input));
}

/** The same from an input already packed (a streamed ingest builds it so); the edges' buffer is handed over. */
export function computePackedLayoutInWorker(packed: PackedInput): Promise<LayoutRow[]> {
  return runWorker(WORKER_ENTRY, packed, "layout", [packed.edges.buffer as ArrayBuffer]);
}

/** computeLayout of a packed input, in this thread. */
export function computePackedLayout(packed: PackedInput): LayoutRow[] {
  return computeLayout(unpack(packed));
}

if (!isMainThread && (workerData as PackedInput | undefined)?.edges instanceof Int32Array) {
  replyToParent(() => computeLayout(unpack(workerData as PackedInput)));
}
