// Why an embedded store would not open, said plainly: no store yet (run an ingest), or another process holds its
// lock (which one, from /proc/locks on Linux, and what to do). Kùzu's own messages ("Cannot create an empty
// database under READ ONLY mode", "Could not set lock on file") name neither.

import { existsSync, readFileSync, statSync } from "node:fs";

/** There is no database at the path the settings name. */
export class StoreMissingError extends Error {
  override readonly name = "StoreMissingError";
  constructor(readonly path: string) {
    super(`no store at ${path}: run npm run ingest first (or point --data / PAPERGRAPH_DATA at the data directory)`);
  }
}

/** Another process holds the database's lock. */
export class StoreLockedError extends Error {
  override readonly name = "StoreLockedError";
  constructor(
    readonly path: string,
    readonly holders: string[],
    cause: unknown,
  ) {
    const who = holders.length ? ` by ${holders.join(", ")}` : " by another process";
    super(
      `the store at ${path} is locked${who}. A writer (npm run ingest, npm start while it ingests) holds it alone: ` +
        `wait for it to finish or stop it, then retry. Readers (npm run serve, npm run query) can share it with ` +
        `each other, not with a writer.`,
      { cause },
    );
  }
}

/** Processes holding a POSIX lock on `path`, as `pid 123 (node ingest/cli.ts …)`; empty where /proc is absent. */
export function lockHolders(path: string): string[] {
  try {
    const { ino } = statSync(path);
    const pids = new Set<string>();
    for (const line of readFileSync("/proc/locks", "utf8").split("\n")) {
      const m = /^\d+:\s+\S+\s+\S+\s+\S+\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/i.exec(line);
      if (m && Number(m[2]) === ino && Number(m[1]) !== process.pid) pids.add(m[1]!);
    }
    return [...pids].map((pid) => {
      let command = "";
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      } catch {
        // gone meanwhile
      }
      return `pid ${pid}${command ? ` (${command.length > 100 ? `${command.slice(0, 97)}...` : command})` : ""}`;
    });
  } catch {
    return [];
  }
}

/** The error to raise when opening `path` failed with `error`. */
export function openError(path: string, readOnly: boolean, error: unknown): Error {
  const message = (error as Error)?.message ?? String(error);
  if ((readOnly && /read.only/i.test(message) && /empty database/i.test(message)) || (readOnly && !existsSync(path))) {
    return new StoreMissingError(path);
  }
  if (/lock/i.test(message)) return new StoreLockedError(path, lockHolders(path), error);
  return error instanceof Error ? error : new Error(message);
}
