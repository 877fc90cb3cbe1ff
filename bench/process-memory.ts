// Memory of another process by its pid, from /proc (Linux): what the bench reports for the server child and the
// Neo4j JVM, neither of which shares our heap.

import { readFileSync } from "node:fs";

/** Resident set size now and at its peak (VmHWM), in MB; undefined where /proc cannot be read. */
export function processMemoryMb(pid: number): { rssMb: number; peakRssMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}
