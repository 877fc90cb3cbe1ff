// `npm run query` as a user runs it: real processes over a small fixture store; formats and exit codes.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { relayout } from "../../ingest/pipeline.js";
import { formatResult } from "../../query/format.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import { runQueryCli } from "../support/query-cli.js";
import { FIXTURE_MENTIONS, FIXTURE_PAPERS } from "../fixtures/graph.js";

const work = mkdtempSync(join(tmpdir(), "papergraph-query-cli-"));

const query = (args: string[], input?: string | Buffer) => runQueryCli(work, args, input);

beforeAll(async () => {
  const store = new KuzuStore({ path: join(work, "graph.kuzu") });
  await store.init();
  await store.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
  // Laid out as an ingest leaves it: names resolve through the search index, which holds laid-out nodes.
  await relayout(store);
  await store.close();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent("query CLI", () => {
  it("--list names every saved query with its parameters", async () => {
    const r = await query(["--list"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^shared-datasets\n {2}Papers that share/m);
    expect(r.out).toContain("--param limit=<int>  default 20");
  });

  it("runs a saved query with --param, as JSON", async () => {
    const r = await query(["used-together", "--param", "model=model:glimmer", "--format", "json"]);
    expect(r.code, r.err).toBe(0);
    const body = JSON.parse(r.out) as { rows: { id: string; papers: number }[]; truncated: boolean };
    expect(body.rows).toEqual([{ id: "model:resnet50", model: "ResNet-50", papers: 2 }]);
    expect(body.truncated).toBe(false);
  });

  it("takes a node parameter by name, as the HTTP API does, and names an unknown one", async () => {
    // Three processes at once: each start costs seconds of tsx.
    const [byId, byName, unknown] = await Promise.all([
      query(["used-together", "--param", "model=model:glimmer", "--format", "json"]),
      query(["used-together", "--param", "model=glimmer", "--format", "json"]),
      query(["used-together", "--param", "model=Qwzx Unheard-Of Net"]),
    ]);
    expect(byName.code, byName.err).toBe(0);
    const rows = (r: { out: string }) => (JSON.parse(r.out) as { rows: unknown[] }).rows;
    expect(rows(byName)).toEqual(rows(byId));
    expect(rows(byName).length).toBeGreaterThan(0);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('parameter model: no model with id or name "Qwzx Unheard-Of Net"');
  }, 120_000);

  it("runs Cypher from a file with $params, as CSV, and says when rows were cut", async () => {
    const file = join(work, "q.cypher");
    writeFileSync(file, "MATCH (p:Paper) WHERE p.id <> $id RETURN p.id AS id ORDER BY id");
    const r = await query(["--file", file, "--param", "id=nope", "--format", "csv", "--max-rows", "2"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split("\r\n")).toEqual(["id", "arxiv:2401.00001", "title:00000000000000a2"]);
    expect(r.err).toMatch(/cut at 2 rows/);
  });

  it("refuses a write on stdin with exit code 2 and says what it refused", async () => {
    const r = await query([], "MATCH (p:Paper) // harmless?\nDETACH DELETE p");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refused: DETACH/);
  });
});

describe("formatResult", () => {
  const result = {
    columns: ["n", "s"],
    rows: [
      { n: { _kind: "node", _label: "Paper", _id: "0:1", id: "arxiv:1" }, s: 'a, "b"' },
      { n: null, s: "line\nbreak" },
    ],
    truncated: false,
  };
  it("writes RFC 4180 CSV", () => {
    expect(formatResult(result, "csv")).toBe('n,s\r\n(:Paper arxiv:1),"a, ""b"""\r\n,"line\nbreak"');
  });
  it("aligns a table and flattens whitespace", () => {
    expect(formatResult(result, "table").split("\n")).toEqual([
      "n                │ s",
      "─────────────────┼───────────",
      '(:Paper arxiv:1) │ a, "b"',
      "                 │ line break",
    ]);
  });
});
