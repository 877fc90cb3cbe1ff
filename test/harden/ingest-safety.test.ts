// Point 3 of the hardening issue: no input loses data. `--prune` refuses when a source gave nothing or had
// problems (saying how many papers it would remove), NUL and control characters are cleaned at the reader and
// reported with the source file and line, oversize records are skipped, `--dry-run` creates nothing.

import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../store/kuzu/index.js";
import { runIngestCli, SAMPLES } from "../support/ingest-cli.js";

const work = mkdtempSync(join(tmpdir(), "papergraph-harden-ingest-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ingest = runIngestCli;

async function paperCount(dataDir: string): Promise<number> {
  const store = new KuzuStore({ path: join(dataDir, "graph.kuzu"), readOnly: true });
  try {
    const { rows } = await store.read("MATCH (p:Paper) RETURN count(p) AS n");
    return Number(rows[0]!.n);
  } finally {
    await store.close();
  }
}

const paper = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    title,
    abstract: `We study ${title} and evaluate it on several benchmarks with careful ablations and analysis.`,
    ...extra,
  });

describe("--prune refuses input that could not all be read", () => {
  const data = join(work, "prune");
  let stored = 0;
  beforeAll(() => {
    const first = ingest([SAMPLES, "--data", data]);
    expect(first.code, first.err).toBe(0);
  }, 120_000);

  it("an empty file: refused, the count it would remove said, nothing removed", async () => {
    stored = await paperCount(data);
    expect(stored).toBeGreaterThan(0);
    const empty = join(work, "empty.jsonl");
    writeFileSync(empty, "");
    const r = ingest([empty, "--prune", "--data", data]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--prune refused: .*empty\.jsonl gave no papers/);
    expect(r.err).toContain(`It would have removed ${stored} stored papers`);
    expect(await paperCount(data)).toBe(stored);
  }, 120_000);

  it("a binary file read as a listing page: refused, nothing removed", async () => {
    const binary = join(work, "binary.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = ingest([binary, "--prune", "--data", data]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--prune refused/);
    expect(await paperCount(data)).toBe(stored);
  }, 120_000);
});

describe("bad characters and sizes are handled at the reader", () => {
  it("a title starting with U+0000 is cleaned, reported with file:line, and the good rows are written", async () => {
    const file = join(work, "nul.jsonl");
    writeFileSync(
      file,
      [paper("Good First Paper"), paper("\u0000Nul Title Paper\u0001"), paper("Good Third Paper")].join("\n"),
    );
    const data = join(work, "nul");
    const r = ingest([file, "--data", data]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('nul.jsonl:2: 2 control characters removed from "title"');
    expect(r.err + r.out).not.toMatch(/papergraph-batch|\.csv/);
    expect(await paperCount(data)).toBe(3);
  }, 120_000);

  it("invalid UTF-8 is counted as a problem", () => {
    const file = join(work, "latin1.jsonl");
    const bytes = Buffer.from(paper("Caf\u00e9 Paper"), "latin1");
    writeFileSync(file, bytes);
    const r = ingest([file, "--dry-run", "--data", join(work, "utf8")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/latin1\.jsonl:1: invalid UTF-8 in "title": 1 characters removed/);
  }, 120_000);

  it("an abstract over the size limit is skipped with its file and line", () => {
    const file = join(work, "big.jsonl");
    writeFileSync(file, [paper("Small Paper"), paper("Huge Paper", { abstract: "word ".repeat(30_000) })].join("\n"));
    const r = ingest([file, "--dry-run", "--data", join(work, "big")], { PAPERGRAPH_MAX_ABSTRACT_CHARS: "100000" });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big\.jsonl:2: abstract of 149999 characters is over the limit of 100000/);
    expect(r.out).toMatch(/would ingest 1 papers/);
  }, 120_000);
});

describe("--dry-run writes nothing at all", () => {
  it("no data directory, no graph.kuzu", () => {
    const data = join(work, "dry");
    const r = ingest([SAMPLES, "--dry-run", "--data", data]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/would ingest \d+ papers/);
    expect(existsSync(data) ? readdirSync(data) : []).toEqual([]);
  }, 120_000);
});
