// The Kùzu sandbox: a few warm child processes that each open the store read-only under a native memory cap
// (`ulimit -v`; Kùzu's memory is not the V8 heap). A query goes to a free child; at its deadline the parent
// SIGKILLs that child (Kùzu's timeout does not stop expression evaluation) and starts a fresh one.

import { spawn, type ChildProcess } from "node:child_process";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { QueryResult, Value } from "../../store/types.js";
import { rowFromKuzu } from "../../store/values.js";
import {
  QueryFailedError,
  QueryResourceError,
  QueryTimeoutError,
  QueryUnavailableError,
  type QueryError,
} from "../errors.js";
import { MAX_RESULT_BYTES, type QueryLimits } from "../limits.js";
import { EXACT_ALIAS_PREFIX, exactColumnsQuery } from "./exact-columns.js";
import type { ChildMessage, RunRequest } from "./protocol.js";

const CHILD = fileURLToPath(new URL("./child.mjs", import.meta.url));

const MB = 1024 * 1024;
/** Address space Node and Kùzu's threads reserve before any query runs (measured: 1.1–1.3 GB; margin added). */
const BASELINE_MB = 1536;
const MIN_MAX_DB_BYTES = 1024 * MB;
export { MAX_RESULT_BYTES };

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

type RawResult = Extract<ChildMessage, { type: "result" }>;

interface Pending {
  resolve: (r: RawResult) => void;
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
    if (m.type === "result") p.resolve(m);
    else if (m.kind === "timeout") p.reject(new QueryTimeoutError(`the query ran past its time limit: ${m.message}`));
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

/**
 * The rows as plain values: `keys` are where each column sits in the raw rows, `names` what it is called in the
 * answer. Conversion is total (store/values.ts); should it still throw, this one request fails, not the server.
 */
function converted(m: RawResult, keys: string[], names: string[] = keys): QueryResult {
  try {
    const rows = m.rows.map((raw) => {
      const row = rowFromKuzu(keys, raw);
      if (keys === names) return row;
      const renamed: Record<string, Value> = Object.create(null) as Record<string, Value>;
      names.forEach((name, i) => (renamed[name] = row[keys[i]!]!));
      return renamed;
    });
    return { columns: names, rows, truncated: m.truncated };
  } catch (error) {
    throw new QueryFailedError(`a value of the result could not be converted: ${(error as Error).message}`);
  }
}

function unavailableMessage(message: string): string {
  if (/empty database under READ ONLY/i.test(message)) {
    return `no store to query (${message}): run npm run ingest first`;
  }
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
    const deadline = Date.now() + limits.timeoutMs;
    const slot = await this.acquire(limits.timeoutMs);
    try {
      const first = await this.send(
        slot,
        cypher,
        params,
        limits.maxRows,
        Math.max(1, deadline - Date.now()),
        limits.timeoutMs,
      );
      const result = converted(first, first.columns.map(String));
      const needed = first.inexact.length > 0 || first.hidden;
      const exact = needed ? exactColumnsQuery(cypher, first.columns.length, first.inexact) : undefined;
      if (!exact || deadline - Date.now() < 50) return result;
      // Asked again with those columns printed by the database; the first answer stands if that fails.
      try {
        const again = await this.send(slot, exact, params, limits.maxRows, deadline - Date.now(), limits.timeoutMs);
        if (again.columns.length !== first.columns.length) return result;
        return converted(
          again,
          again.columns.map((_, i) => `${EXACT_ALIAS_PREFIX}${i}`),
          first.columns,
        );
      } catch (error) {
        if (error instanceof QueryTimeoutError) throw error;
        return result;
      }
    } finally {
      this.release(slot);
      // Keep the pool warm: replace a killed sandbox now, not on the next query.
      if (!this.closed && this.slots[slot]?.dead) this.sandbox(slot).ready.catch(() => undefined);
    }
  }

  private async send(
    slot: number,
    cypher: string,
    params: RunRequest["params"],
    maxRows: number,
    timeoutMs: number,
    limitMs: number,
  ): Promise<RawResult> {
    const sandbox = this.sandbox(slot);
    await sandbox.ready;
    const id = this.nextId++;
    return new Promise<RawResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        sandbox.pending = undefined;
        sandbox.kill();
        reject(new QueryTimeoutError(`the query ran past its time limit of ${limitMs} ms and was stopped`));
      }, timeoutMs);
      sandbox.pending = { id, resolve, reject, timer };
      const request: RunRequest = { id, cypher, params, maxRows, maxBytes: MAX_RESULT_BYTES, timeoutMs };
      sandbox.child.send(request);
    });
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
