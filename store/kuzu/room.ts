// Room on disk before a write. Kùzu cannot recover in-process from a full disk: its writer throws from native code
// and the process aborts (exit 134) mid-transaction. The store survives that (the next open drops the unfinished
// transaction), but the user gets a core dump instead of a reason. So each write transaction first measures what
// it will add and refuses, naming the numbers, when the disk cannot take it; a full temp directory while the batch
// files are written is reported the same way.

import { statfsSync } from "node:fs";
import { StoreDiskFullError } from "../errors.js";

/**
 * Bytes the database may add per byte of batch file: the write-ahead log holds the changes, the pages hold them
 * again, and a checkpoint copies pages aside; kept on the safe side. A new store also allocates pages ahead
 * (the seed corpus's 2 MB of batch files made an 86 MB database): the reserve (default 128 MB) covers that.
 */
export const GROWTH_PER_INPUT_BYTE = 8;

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Free bytes for an unprivileged writer on the file system holding `dir`, or undefined when it cannot be told. */
export function freeBytes(dir: string): number | undefined {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return undefined;
  }
}

/** Throws a StoreDiskFullError unless `dir`'s disk has `needed` bytes free beyond `reserve`. */
export function ensureRoom(dir: string, needed: number, reserve: number, what: string): void {
  const free = freeBytes(dir);
  if (free === undefined || free >= needed + reserve) return;
  throw new StoreDiskFullError(
    `not enough free disk space under ${dir}: ${megabytes(free)} free, ${what} needs about ${megabytes(needed)} and ` +
      `${megabytes(reserve)} is kept free (PAPERGRAPH_MIN_FREE_MB). Nothing of it was written and the store is as it was: ` +
      `free some space (or point PAPERGRAPH_DATA at a larger disk) and run again; papers already stored are kept.`,
  );
}

/** A write that failed because a disk filled up (ENOSPC), as the clear error; anything else as it was. */
export function diskFullError(error: unknown, dir: string): StoreDiskFullError | undefined {
  const e = error as NodeJS.ErrnoException;
  if (e?.code !== "ENOSPC" && !/No space left on device/i.test(e?.message ?? "")) return undefined;
  return new StoreDiskFullError(
    `the disk filled up while writing under ${dir} (${e.message}). Nothing of this write was kept and the store ` +
      `is as it was: free some space and run again; papers already stored are kept.`,
  );
}
