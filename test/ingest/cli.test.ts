// `npm run ingest` as a user runs it: a real process over real files, its summary and its exit codes.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLES = join(ROOT, "samples");
const work = mkdtempSync(join(tmpdir(), "papergraph-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(...args: string[]) {
  return run("--no-progress", ...args);
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "ingest", "cli.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 90_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const summaryOf = (out: string) => {
  const m = /ingested (\d+) papers \(\d+ merged as duplicates; (\d+) added, (\d+) updated, (\d+) unchanged/.exec(out);
  return m ? { papers: +m[1]!, added: +m[2]!, updated: +m[3]!, unchanged: +m[4]! } : null;
};

describe("ingest CLI", () => {
  const data = join(work, "data");
  const extra = join(work, "extra.jsonl");
  writeFileSync(
    extra,
    [
      JSON.stringify({
        id: "2502.00042",
        title: "Pebble: Tiny Caches for Tiny Models",
        abstract:
          "We propose Pebble, a cache for small language models, and evaluate it on WikiText-103 with perplexity.",
        authors: ["Ada Lovelace"],
        githubRepo: "https://github.com/example-org/pebble",
      }),
      "{ not json",
      "",
    ].join("\n"),
  );

  it("ingests the samples, then only what a grown corpus adds, and exits 2 after skipping a bad line", () => {
    const first = ingest(SAMPLES, "--data", data);
    expect(first.code, first.err).toBe(0);
    const a = summaryOf(first.out)!;
    expect(a.added).toBe(a.papers);

    const second = ingest(SAMPLES, extra, "--data", data);
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/extra\.jsonl:2: not valid JSON/);
    expect(summaryOf(second.out)).toEqual({ papers: a.papers + 1, added: 1, updated: 0, unchanged: a.papers });
  }, 120_000);

  it("shows progress only for stages with work: a run where every paper is unchanged has no writing bar", () => {
    const once = join(work, "bars");
    expect(ingest(SAMPLES, "--data", once).code).toBe(0);
    const again = run(SAMPLES, "--data", once);
    expect(again.code, again.err).toBe(0);
    const bars = again.out + again.err;
    expect(bars).toMatch(/extracting \[/);
    expect(bars).not.toMatch(/writing|NULL|LLs|NFs/);
    expect(bars).toMatch(/reading .*100% .*ETA 0s/);
    expect(summaryOf(again.out)?.added).toBe(0);
  }, 120_000);

  it("writes nothing under --strict when the input has a bad record", () => {
    const r = ingest(extra, "--data", join(work, "strict"), "--strict");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--strict: nothing written/);
  }, 60_000);

  it.each([
    [["/no/such/dir/file.txt"], /no such file or directory/],
    [["spaceship:x"], /unknown source URI/],
  ])(
    "refuses %s with a clear message and exit 1",
    (args, message) => {
      const r = ingest(...args, "--data", join(work, "refused"));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
    },
    60_000,
  );
});
