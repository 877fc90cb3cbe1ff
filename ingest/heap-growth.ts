// How far V8 lets an ingest's heap grow between full collections. By default it grows a busy heap to several
// times its live data: on the real corpus (157k papers) the live heap stayed near 0.5 GB while V8 held 1.8 GB,
// and the process peaked at 3.6 GB. Growing by at most 30 % above the live data, the same ingest peaked at
// 2.1 GB in no more time (docs/benchmarks.md). The flag is the process's (workers too), so it is set for the
// run and given back after: a server started in the same process (`npm start`) keeps V8's own policy.

import v8 from "node:v8";

const INGEST_HEAP_GROWING_PERCENT = 30;

/** Runs `fn` with the ingest's heap growth, V8's default (0: its own heuristics) restored after. */
export async function withBoundedHeapGrowth<T>(fn: () => Promise<T>): Promise<T> {
  v8.setFlagsFromString(`--heap-growing-percent=${INGEST_HEAP_GROWING_PERCENT}`);
  try {
    return await fn();
  } finally {
    v8.setFlagsFromString("--heap-growing-percent=0");
  }
}
