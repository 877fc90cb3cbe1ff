// `npm run ingest` as a user runs it, for the suites that check its output and exit codes: a real process over
// real files, into the embedded store unless the arguments say otherwise.

import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
/** The small listing shipped with the repository. */
export const SAMPLES = join(ROOT, "samples");

export function runIngestCli(args: string[], env: Record<string, string> = {}) {
  const cli = join(ROOT, "ingest", "cli.ts");
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, "--no-progress", "--store", "kuzu", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
