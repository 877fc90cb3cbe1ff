// Point 7 of the hardening issue: a missing store and a locked store say what is wrong and what to do, naming the
// process that holds the lock, instead of Kùzu's raw messages.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../store/kuzu/index.js";
import { StoreLockedError, StoreMissingError } from "../../store/kuzu/open-errors.js";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "papergraph-store-open-"));
let holder: ChildProcess | undefined;
afterAll(() => {
  holder?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("opening a store", () => {
  it("a missing store says to run an ingest first", async () => {
    const path = join(dir, "none", "graph.kuzu");
    const store = new KuzuStore({ path, readOnly: true });
    const error = await store.init().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreMissingError);
    expect((error as Error).message).toBe(
      `no store at ${path}: run npm run ingest first (or point --data / PAPERGRAPH_DATA at the data directory)`,
    );
  });

  it("npm run serve over a missing store prints that and exits 1", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(ROOT, "server", "cli.ts"), "--store", "kuzu", "--data", join(dir, "x")],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^serve: no store at .*graph\.kuzu: run npm run ingest first/m);
  }, 60_000);

  it("a locked store names the process that holds it and what to do", async () => {
    const path = join(dir, "locked", "graph.kuzu");
    const script =
      `import { KuzuStore } from ${JSON.stringify(join(ROOT, "store", "kuzu", "index.ts"))};` +
      `const s = new KuzuStore({ path: ${JSON.stringify(path)} }); await s.init(); console.log("ready");` +
      `setInterval(() => undefined, 1000);`;
    holder = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT });
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
      holder!.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
    });
    const store = new KuzuStore({ path, readOnly: true });
    const error = await store.init().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toContain(`is locked by pid ${holder.pid} (`);
    expect((error as Error).message).toMatch(/wait for it to finish or stop it, then retry/);
  }, 60_000);
});
