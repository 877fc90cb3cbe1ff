// `npm run ingest` as a user runs it, for the suites that check its output and exit codes and for the setups that
// fill a store: a real process over real files, into the embedded store unless the arguments say otherwise.

import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
/** The small listing shipped with the repository. */
export const SAMPLES = join(ROOT, "samples");
const CLI = join(ROOT, "ingest", "cli.ts");

export function runIngestCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, "--no-progress", "--store", "kuzu", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * The CLI without blocking the caller, for setups that ingest a whole corpus: `args` name the store; resolves
 * with the exit code once it is one of `accept` (2 means bad records were skipped and reported), else fails with
 * the end of stderr.
 */
export function ingestWithCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  accept: readonly number[] = [0],
): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--no-progress", ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", fail);
    child.on("exit", (code) =>
      code !== null && accept.includes(code)
        ? done(code)
        : fail(new Error(`ingest ${args.join(" ")} exited ${code}:\n${stderr.slice(-2000)}`)),
    );
  });
}
