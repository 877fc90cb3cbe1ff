// Where a write spills its files (batch and bulk-load CSVs, extraction chunks): `<dataDir>/scratch/`, beside the
// store it feeds, rather than the system's temp dir. A run killed with SIGKILL cannot remove what it spilled (a
// first load of the real corpus leaves hundreds of MB), so the next run that opens the store for writing empties
// the folder; Kùzu's write lock on the database means no other run is using it then.

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The scratch folder of the Kùzu database at `path` (`:memory:` has none: the system's temp dir stands in). */
export function scratchRoot(path: string): string {
  return path === ":memory:" ? tmpdir() : join(dirname(path), "scratch");
}

/** A new, empty folder for one write's files, named after what it holds ("bulk", "batch", "extract"). */
export function scratchDir(root: string, kind: string): string {
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `papergraph-${kind}-`));
}

/** Removes what earlier runs left in the scratch folder; only for its store's writer, once it holds the lock. */
export function clearScratch(path: string): void {
  if (path !== ":memory:") rmSync(scratchRoot(path), { recursive: true, force: true });
}
