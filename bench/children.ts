// Runs the bench's child processes (ingest, server) under tsx and reads the one JSON line each prints.

import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";

const TSX = join(import.meta.dirname, "..", "node_modules", ".bin", "tsx");

export interface Child<T> {
  process: ChildProcess;
  /** The first JSON line the child printed. */
  report: Promise<T>;
}

/**
 * The Node flags `npm run ingest` runs with (package.json): a young generation twice the default, which took a few
 * per cent off a real-corpus ingest's garbage collection (it allocates per word, and most of it dies young).
 */
export const INGEST_NODE_FLAGS = ["--max-semi-space-size=32"];

/** `env`: variables set for the child on top of ours; `nodeFlags` go to Node before the script. */
export function runChild<T>(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  nodeFlags: string[] = [],
): Child<T> {
  const child = spawn(TSX, [...nodeFlags, join(import.meta.dirname, script), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const report = new Promise<T>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => {
      try {
        resolve(JSON.parse(line) as T);
      } catch {
        reject(new Error(`${script}: unexpected output ${line.slice(0, 200)}`));
      }
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${stderr.trim().slice(-1500)}`)));
  });
  return { process: child, report };
}

/** Stops a child we started (by its own pid) and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
