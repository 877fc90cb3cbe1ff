// Point 1 through `npm run query`: the values that used to kill the process print, and a failing query prints
// an error and a non-zero exit instead of a stack trace.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../store/kuzu/index.js";
import { runQueryCli } from "../support/query-cli.js";

const work = mkdtempSync(join(tmpdir(), "papergraph-harden-cli-"));

const query = (input: string, args: string[] = []) => runQueryCli(work, args, input);

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
