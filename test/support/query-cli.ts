// `npm run query` as a user runs it, for the suites that check its output and exit codes: a real process over a
// Kùzu store in `dataDir`, started concurrently (each start costs seconds of tsx), its stdin fed `input`.

import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./ingest-cli.js";

export function runQueryCli(
  dataDir: string,
  args: string[],
  input?: string | Buffer,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const cli = join(ROOT, "query", "cli.ts");
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--store", "kuzu", "--data", dataDir, ...args], {
      cwd: ROOT,
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? "");
  });
}
