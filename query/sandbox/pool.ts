// The Kùzu sandbox: a few warm child processes that each open the store read-only under a native memory cap
// (`ulimit -v`; Kùzu's memory is not the V8 heap). A query goes to a free child; at its deadline the parent
// SIGKILLs that child (Kùzu's timeout does not stop expression evaluation) and starts a fresh one.

import { spawn, type ChildProcess } from "node:child_process";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { QueryResult } from "../../store/types.js";
import { fromKuzu } from "../../store/values.js";
import {
  QueryFailedError,
  QueryResourceError,
  QueryTimeoutError,
  QueryUnavailableError,
  type QueryError,
} from "../errors.js";
import type { QueryLimits } from "../limits.js";
import type { ChildMessage, RunRequest } from "./protocol.js";

const CHILD = fileURLToPath(new URL("./child.mjs", import.meta.url));

const MB = 1024 * 1024;
/** Address space Node and Kùzu's threads reserve before any query runs (measured: 1.1–1.3 GB; margin added). */
const BASELINE_MB = 1536;
const MIN_MAX_DB_BYTES = 1024 * MB;
/** A result larger than this is cut: it would pass through this process and out as one HTTP response. */
export const MAX_RESULT_BYTES = 32 * MB;

/** Kùzu reserves address space for the whole database file up front: a power of two, twice the file at least. */
export function maxDbBytes(path: string): number {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // A missing store fails in the child with Kùzu's own message.
  }
  let bytes = MIN_MAX_DB_BYTES;
  while (bytes < size * 2) bytes *= 2;
  return bytes;
}

interface Pending {
  resolve: (r: QueryResult) => void;
  reject: (e: QueryError) => void;
  timer: NodeJS.Timeout;
}

/** One sandbox process; `ready` settles when the store is open in it. */
class Sandbox {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  pending: (Pending & { id: number }) | undefined;
  private stderr = "";
  dead = false;

  constructor(path: string, limits: QueryLimits) {
    const maxDb = maxDbBytes(path);
    const bufferPool = Math.min(256, Math.floor(limits.memoryMb / 2)) * MB;
    const capKb = Math.ceil((BASELINE_MB * MB + maxDb + limits.memoryMb * MB) / 1024);
    // `ulimit` then `exec`: the cap applies to the node process itself; no user value reaches the shell.
    this.child = spawn(
      "/bin/sh",
      [
        "-c",
        'ulimit -v "$1" && shift && exec "$@"',
        "sh",
        String(capKb),
        process.execPath,
        CHILD,
        path,
        String(bufferPool),
        String(maxDb),
      ],
      {
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        serialization: "advanced",
        env: { ...process.env, NODE_OPTIONS: "" },
      },
    );
    this.child.stderr!.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-2000);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.child.on("message", (m: ChildMessage) => {
        if (m.type === "ready") resolve();
        else if (m.type === "fatal") reject(new QueryUnavailableError(unavailableMessage(m.message)));
        else this.settle(m);
      });
      this.child.on("exit", (code, signal) => {
        this.dead = true;
        const why = signal ? `signal ${signal}` : `exit code ${String(code)}`;
        reject(new QueryUnavailableError(`the query sandbox did not start (${why}): ${this.stderr.trim()}`));
        const p = this.pending;
        if (p) {
          this.pending = undefined;
          clearTimeout(p.timer);
          p.reject(new QueryResourceError(`the query sandbox died (${why}); the query most likely ran out of memory`));
        }
      });
    });
    this.ready.catch(() => undefined);
  }

  private settle(m: Extract<ChildMessage, { id: number }>): void {
    const p = this.pending;
    if (!p || p.id !== m.id) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    if (m.type === "result") {
      const rows = m.rows.map((raw) => Object.fromEntries(m.columns.map((c) => [c, fromKuzu(raw[c])])));
      p.resolve({ columns: m.columns, rows, truncated: m.truncated });
    } else if (m.kind === "timeout") p.reject(new QueryTimeoutError(`the query ran past its time limit: ${m.message}`));
    else if (m.kind === "memory") {
      p.reject(new QueryResourceError(`the query ran out of memory (${m.message})`));
      this.kill(); // a failed allocation may leave the process unwell: start afresh
    } else p.reject(new QueryFailedError(m.message));
  }

  kill(): void {
    this.dead = true;
    this.child.kill("SIGKILL");
  }
}

function unavailableMessage(message: string): string {
  if (/lock/i.test(message)) {
    return `the store is locked by a writing process; analyst queries need it opened read-only (${message})`;
  }
  return `the query sandbox could not open the store: ${message}`;
}

export class KuzuSandboxPool {
  private slots: (Sandbox | undefined)[];
  private waiting: ((s: number) => void)[] = [];
  private busy = new Set<number>();
  private nextId = 1;
  private closed = false;

  constructor(
    readonly path: string,
    readonly limits: QueryLimits,
  ) {
    this.slots = Array.from({ length: limits.workers }, () => undefined);
  }

  /** Starts the sandboxes now rather than on the first query. */
  async warm(): Promise<void> {
    await Promise.all(this.slots.map((_, i) => this.sandbox(i).ready));
  }

  private sandbox(slot: number): Sandbox {
    let s = this.slots[slot];
    if (!s || s.dead) this.slots[slot] = s = new Sandbox(this.path, this.limits);
    return s;
  }

  private async acquire(deadline: number): Promise<number> {
    const free = this.slots.findIndex((_, i) => !this.busy.has(i));
    if (free >= 0) {
      this.busy.add(free);
      return free;
    }
    return new Promise<number>((resolve, reject) => {
      const grant = (slot: number) => {
        clearTimeout(timer);
        resolve(slot);
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== grant);
        reject(new QueryUnavailableError(`all ${this.slots.length} query sandboxes stayed busy; try again`));
      }, deadline);
      this.waiting.push(grant);
    });
  }

  private release(slot: number): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.busy.delete(slot);
  }

  /** Runs one guarded statement with its deadline and row cap. */
  async run(
    cypher: string,
    params: RunRequest["params"],
    limits: Pick<QueryLimits, "timeoutMs" | "maxRows">,
  ): Promise<QueryResult> {
    if (this.closed) throw new QueryUnavailableError("the query sandbox is closed");
    const slot = await this.acquire(limits.timeoutMs);
    try {
      const sandbox = this.sandbox(slot);
      await sandbox.ready;
      const id = this.nextId++;
      return await new Promise<QueryResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          sandbox.pending = undefined;
          sandbox.kill();
          reject(new QueryTimeoutError(`the query ran past its time limit of ${limits.timeoutMs} ms and was stopped`));
        }, limits.timeoutMs);
        sandbox.pending = { id, resolve, reject, timer };
        const request: RunRequest = {
          id,
          cypher,
          params,
          maxRows: limits.maxRows,
          maxBytes: MAX_RESULT_BYTES,
          timeoutMs: limits.timeoutMs,
        };
        sandbox.child.send(request);
      });
    } finally {
      this.release(slot);
      // Keep the pool warm: replace a killed sandbox now, not on the next query.
      if (!this.closed && this.slots[slot]?.dead) this.sandbox(slot).ready.catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const exits = this.slots.map((s) =>
      s && !s.dead ? new Promise<void>((resolve) => s.child.once("exit", () => resolve())) : Promise.resolve(),
    );
    for (const s of this.slots) s?.kill();
    await Promise.all(exits);
  }
}
