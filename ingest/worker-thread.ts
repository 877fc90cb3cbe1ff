// One request, one reply: how ingest runs a job on a worker thread (extraction pass 1, the layout), both sides.

import { parentPort, Worker, type Transferable } from "node:worker_threads";

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Where a worker's entry is. Under tsx, Node 20 loads a worker's entry before `--import` hooks apply, so the
 * worker starts from a plain-JS bootstrap that registers tsx and imports the TypeScript module.
 */
export function workerEntry(base: string, bootstrap: string, compiled: string): URL {
  return new URL(base.endsWith(".ts") ? bootstrap : compiled, base);
}

/** Starts a worker on `data` and settles with its one reply; `name` says whose failure it was. */
export function runWorker<T>(entry: URL, data: unknown, name: string, transferList?: Transferable[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: data, transferList });
    worker.once("message", (reply: Reply<T>) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.value);
      else reject(new Error(`${name} worker: ${reply.error}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`${name} worker exited with code ${code}`));
    });
  });
}

/** The worker side: computes the value and replies with it, or with the error that stopped it. */
export function replyToParent<T>(compute: () => T): void {
  let reply: Reply<T>;
  try {
    reply = { ok: true, value: compute() };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
}
