// Point 3 of the hardening issue, disk full: a write that the store's disk cannot take is refused before its
// transaction begins, with a message naming the directory and the numbers, and the store keeps every paper it
// had. The room check runs on the real file system (statfs); PAPERGRAPH_MIN_FREE_MB set past the disk's size
// stands in for a full disk, which a test cannot make without privileges. Without the check, a real full disk
// (a 3 MB tmpfs) made Kùzu abort the process from native code: exit 134 and a core dump.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { toPaper } from "../../ingest/merge.js";
import { StoreDiskFullError } from "../../store/errors.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import { runIngestCli, SAMPLES } from "../support/ingest-cli.js";
import { diskFullError, ensureRoom, freeBytes } from "../../store/kuzu/room.js";

const work = mkdtempSync(join(tmpdir(), "papergraph-disk-full-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ingest = runIngestCli;

async function counts(dataDir: string): Promise<{ papers: number; links: number }> {
  const store = new KuzuStore({ path: join(dataDir, "graph.kuzu"), readOnly: true });
  try {
    const papers = (await store.read("MATCH (p:Paper) RETURN count(p) AS n")).rows[0]!.n;
    const links = (await store.read("MATCH (:Paper)-[r]->() RETURN count(r) AS n")).rows[0]!.n;
    return { papers: Number(papers), links: Number(links) };
  } finally {
    await store.close();
  }
}

/** More megabytes than any disk here has free: every write finds the disk "full". */
const PAST_THE_DISK_MB = String(Math.ceil((freeBytes(work) ?? 0) / 1024 / 1024) + 1_000_000);

describe("a disk too full for the write", () => {
  const data = join(work, "store");
  let before: { papers: number; links: number };
  beforeAll(async () => {
    const first = ingest([SAMPLES, "--data", data]);
    expect(first.code, first.err).toBe(0);
    before = await counts(data);
  }, 120_000);

  it("ingest refuses with a clear message (directory, free and needed space), exit 1, store as it was", async () => {
    const more = join(work, "more.jsonl");
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ title: `Room Check Study ${i}`, abstract: `We evaluate RoomNet-${i} on ImageNet and COCO.` }),
    );
    writeFileSync(more, lines.join("\n"));
    const r = ingest([more, "--data", data], { PAPERGRAPH_MIN_FREE_MB: PAST_THE_DISK_MB });
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(
      /^ingest: not enough free disk space under .*store: [\d.]+ MB free, a write of [\d.]+ MB needs/m,
    );
    expect(r.err).toMatch(/Nothing of it was written and the store is as it was/);
    expect(r.err).not.toMatch(/Aborted|core dumped|terminate called/);
    expect(await counts(data)).toEqual(before);
    // With room again, the same run completes: nothing half-written stood in its way.
    const again = ingest([more, "--data", data]);
    expect(again.code, again.err).toBe(0);
    expect((await counts(data)).papers).toBe(before.papers + 50);
  }, 240_000);

  it("the store's own write refuses before its transaction and stays usable", async () => {
    const store = new KuzuStore({ path: join(work, "direct", "graph.kuzu"), minFreeBytes: Number.MAX_SAFE_INTEGER });
    await store.init();
    try {
      const paper = toPaper({ title: "X", abstract: "A.", origin: { source: "t", line: 1 } });
      const batch = buildGraphBatch([paper], new Map());
      await expect(store.writeBatch(batch)).rejects.toBeInstanceOf(StoreDiskFullError);
      expect((await store.read("MATCH (p:Paper) RETURN count(p) AS n")).rows[0]!.n).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe("room checks", () => {
  it("ensureRoom passes with room and names the numbers without", () => {
    expect(() => ensureRoom(work, 1, 0, "a tiny write")).not.toThrow();
    expect(() => ensureRoom(work, Number.MAX_SAFE_INTEGER, 0, "a huge write")).toThrow(
      /not enough free disk space under .*: [\d.]+ MB free, a huge write needs about/,
    );
  });

  it("an ENOSPC from the file system becomes the clear error; other errors are left alone", () => {
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    expect(diskFullError(enospc, "/data")?.message).toMatch(/^the disk filled up while writing under \/data/);
    const kuzu = new Error("IO exception: Cannot write to file. Error: No space left on device");
    expect(diskFullError(kuzu, "/data")).toBeInstanceOf(StoreDiskFullError);
    expect(diskFullError(new Error("Binder exception"), "/data")).toBeUndefined();
  });
});
