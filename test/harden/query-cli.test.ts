// Point 1 through `npm run query`: the values that used to kill the process print, and a failing query prints
// an error and a non-zero exit instead of a stack trace.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../store/kuzu/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "papergraph-harden-cli-"));

function query(input: string, args: string[] = []): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const cli = join(ROOT, "query", "cli.ts");
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--store", "kuzu", "--data", work, ...args], {
      cwd: ROOT,
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  const store = new KuzuStore({ path: join(work, "graph.kuzu") });
  await store.init();
  await store.close();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent("npm run query on values the binding cannot carry", () => {
  it("prints dates past JavaScript's range and exact 64-bit integers", async () => {
    const r = await query(
      "RETURN date(\"275760-09-14\") AS d, timestamp('294246-01-01') AS t, cast('18446744073709551615', 'UINT64') AS u",
      ["--format", "json"],
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).rows).toEqual([
      { d: "275760-09-14", t: "294246-01-01 00:00:00", u: "18446744073709551615" },
    ]);
  });

  it("a query the database rejects prints one error line and exits 1", async () => {
    const r = await query("RETURN date('not a date') AS d");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^query: /);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
