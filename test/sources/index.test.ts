import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArxivSource } from "../../ingest/sources/arxiv.js";
import { createHfSource } from "../../ingest/sources/hf-daily.js";
import {
  expandSpec,
  expandSpecs,
  readSources,
  resolveSources,
  SOURCES,
  SourceError,
  sourceFor,
} from "../../ingest/sources/index.js";
import { fixture, send, startServer, type LocalServer } from "./helpers.js";

const corpus = fixture("corpus");
const names = (specs: { spec: string }[]) =>
  specs.map((s) => (s.spec.includes(":") && !s.spec.startsWith("/") ? s.spec : relative(corpus, s.spec)));

describe("sourceFor", () => {
  it.each([
    ["seed/001_page.txt", "listing"],
    ["a.jsonl", "jsonl"],
    ["a.NDJSON", "jsonl"],
    ["a.csv", "csv"],
    ["saved.hf.json", "hf"],
    ["hf:daily:2024-05-01", "hf"],
    ["hf:paper:2405.20001", "hf"],
    ["arxiv:cat:cs.CL AND ti:transformer?max=5", "arxiv"],
    ["a.json", undefined],
    ["a.pdf", undefined],
  ])("%s → %s", (spec, name) => expect(sourceFor(spec)?.name).toBe(name));
});

describe("expandSpec", () => {
  it("expands a directory to its readable files, recursively, sorted, skipping hidden and unknown files", async () => {
    expect(names(await expandSpec(corpus))).toEqual([
      "001_listing.txt",
      "extra.csv",
      "extra.jsonl",
      "nested/more.ndjson",
      "nested/origami.hf.json",
    ]);
  });

  it("expands a glob to the readable files it matches", async () => {
    const found = await expandSpec(`${corpus}/**/*.{jsonl,ndjson}`);
    expect(names(found)).toEqual(["extra.jsonl", "nested/more.ndjson"]);
    expect(found.every((f) => f.input === `${corpus}/**/*.{jsonl,ndjson}`)).toBe(true);
  });

  it("passes URIs through to their reader", async () => {
    expect(await expandSpec("hf:daily:2024-05-01")).toMatchObject([
      { spec: "hf:daily:2024-05-01", source: { name: "hf" } },
    ]);
  });

  it.each([
    ["a missing path", "test/fixtures/sources/nope.jsonl", "no such file or directory"],
    ["a file no reader knows", fixture("corpus/README.md"), "no reader for this kind of file"],
    ["an unknown URI scheme", "s3:bucket/papers.jsonl", "unknown source URI (expected arxiv:QUERY"],
    ["an hf: URI of unknown form", "hf:model:foo", "unknown source URI"],
    ["a bad date in hf:daily", "hf:daily:2024-02-30", "unknown source URI"],
    ["a glob matching nothing", `${corpus}/*.parquet`, "pattern matched no readable files"],
  ])("throws a SourceError naming %s", async (_name, spec, message) => {
    const error = await expandSpec(spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).spec).toBe(spec);
    expect((error as Error).message).toContain(`${spec}: ${message}`);
  });

  it("reads a file named twice (directly and through its directory) once", async () => {
    const found = await expandSpecs([fixture("corpus/extra.csv"), corpus]);
    expect(names(found).filter((n) => n === "extra.csv")).toHaveLength(1);
  });

  it("fails before reading anything when a later spec is bad", async () => {
    let reads = 0;
    const counting = SOURCES.map((s) => ({
      ...s,
      read: (...args: Parameters<typeof s.read>) => (reads++, s.read(...args)),
    }));
    await expect(resolveSources([corpus, "nope.csv"], { sources: counting })).rejects.toThrow(SourceError);
    expect(reads).toBe(0);
  });
});

describe("resolveSources", () => {
  it("reads a directory with every file kind, in order, records and problems together", async () => {
    const { records, problems } = await resolveSources([corpus]);
    expect(records.map((r) => [r.title, r.origin.source])).toEqual([
      ["Teapot Transformers", "001_listing.txt"],
      ["Velvet Pruning", "001_listing.txt"],
      ["Orchard Optimizer", "extra.csv"],
      ["Velvet Pruning", "extra.jsonl"],
      ["Nested Paper", "more.ndjson"],
      ["Origami Attention", "origami.hf.json"],
    ]);
    expect(problems).toEqual([]);
  });

  it("yields each spec's result as it is read", async () => {
    const seen: string[] = [];
    for await (const { source, result } of readSources([fixture("papers.jsonl"), fixture("papers.csv")])) {
      seen.push(`${source.name}:${result.records.length}`);
    }
    expect(seen).toEqual(["jsonl:3", "csv:2"]);
  });

  describe("with network sources on a local server", () => {
    let server: LocalServer;
    beforeAll(async () => {
      server = await startServer((req, res) => {
        const url = new URL(req.url ?? "/", "http://x");
        if (url.pathname === "/api/papers/2405.20006") {
          return readFile(fixture("paper-2405.20006.hf.json"), "utf8").then((b) => send(res, 200, b));
        }
        if (url.pathname === "/api/query") {
          return readFile(fixture("arxiv-page-3.xml"), "utf8").then((b) => send(res, 200, b.replace(">7<", ">1<")));
        }
        send(res, 503, "down");
      });
    });
    afterAll(() => server.close());
    const sources = () => [
      createHfSource({ baseUrl: server.url, backoffMs: 1, retries: 1 }),
      createArxivSource({ baseUrl: server.url, delayMs: 0, backoffMs: 1, retries: 1 }),
      ...SOURCES.filter((s) => s.name !== "hf" && s.name !== "arxiv"),
    ];

    it("mixes files and URIs", async () => {
      const { records } = await resolveSources([fixture("corpus/extra.csv"), "hf:paper:2405.20006", "arxiv:ti:last"], {
        sources: sources(),
      });
      expect(records.map((r) => r.arxivId)).toEqual(["2405.20008", "2405.20006", "2405.30007"]);
    });

    it("wraps a network failure in a SourceError naming the spec and the URL", async () => {
      const error = await resolveSources(["hf:daily:2024-05-01"], { sources: sources() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as Error).message).toBe(
        `hf:daily:2024-05-01: GET ${server.url}/api/daily_papers?date=2024-05-01 failed: HTTP 503 Service Unavailable after 2 attempts: down`,
      );
    });

    it("stops when the caller aborts", async () => {
      const controller = new AbortController();
      controller.abort(new Error("cancelled"));
      await expect(
        resolveSources(["hf:paper:2405.20006"], { sources: sources(), signal: controller.signal }),
      ).rejects.toThrow("cancelled");
    });
  });
});
