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

/** The process and its descendants (a `tsx` launcher runs the real script as its child), from /proc. */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone, or no /proc: what was found so far
    }
  }
  return pids;
}

/**
 * Resident memory now of the largest process among `pid` and its descendants, in MB, split into its own
 * (anonymous: heaps, buffers) and mapped files' pages (the serve index's LMDB file, which the kernel can drop).
 */
export function treeRssPartsMb(pid: number): { anonymousMb: number; filesMb: number } | undefined {
  let largest: { anonymousMb: number; filesMb: number } | undefined;
  for (const p of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) / 1024;
      const parts = { anonymousMb: mb("RssAnon"), filesMb: mb("RssFile") };
      if (!largest || parts.anonymousMb + parts.filesMb > largest.anonymousMb + largest.filesMb) largest = parts;
    } catch {
      // gone, or no /proc
    }
  }
  return largest && !Number.isNaN(largest.anonymousMb) ? largest : undefined;
}

/** The highest peak RSS in MB among `pid` and its descendants: the server behind its launcher. */
export function treePeakRssMb(pid: number): number | undefined {
  const peaks = processTree(pid)
    .map((p) => processMemoryMb(p)?.peakRssMb)
    .filter((v): v is number => v !== undefined && !Number.isNaN(v));
  return peaks.length ? Math.max(...peaks) : undefined;
}
