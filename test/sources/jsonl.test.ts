import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { jsonlSource, parseJsonl } from "../../ingest/sources/jsonl.js";
import { formatProblem } from "../../ingest/sources/types.js";
import { fixture } from "./helpers.js";

describe("JSON Lines reader", async () => {
  const result = await jsonlSource.read(fixture("papers.jsonl"));
  const problems = result.problems.map(formatProblem);

  it("reads valid lines with every optional field normalised", () => {
    expect(result.records.map((r) => r.title)).toEqual([
      "Sparse Lanterns: Routing Tokens by Brightness",
      "Teapot Transformers",
      "Ledger Learning",
    ]);
    expect(result.records[0]).toEqual({
      title: "Sparse Lanterns: Routing Tokens by Brightness",
      abstract: expect.stringContaining("Sparse Lanterns"),
      arxivId: "2405.20001",
      authors: ["Ada Quill", "Bram Otter"],
      date: "2024-05-01",
      upvotes: 12,
      links: ["https://github.com/example/sparse-lanterns"],
      origin: { source: "papers.jsonl", line: 1 },
    });
  });

  it("takes the arXiv id from a paper URL and splits an author string", () => {
    const teapot = result.records[1]!;
    expect(teapot.arxivId).toBe("2405.20002");
    expect(teapot.authors).toEqual(["Cora Finch", "Dev Marlow", "Eun Pike"]);
    expect(teapot.links).toEqual(["https://teapot.example.org", "https://huggingface.co/example/teapot-7b"]);
    expect(teapot.origin).toEqual({ source: "papers.jsonl", line: 3 }); // line 2 is blank
  });

  it("keeps a record whose optional fields are bad, without those fields", () => {
    const ledger = result.records[2]!;
    expect(ledger).not.toHaveProperty("arxivId");
    expect(ledger).not.toHaveProperty("date");
    expect(ledger).not.toHaveProperty("upvotes");
    expect(ledger.links).toEqual(["https://github.com/example/ledger"]);
  });

  it.each([
    ["papers.jsonl:4: ", 'missing "abstract"; skipped'],
    ["papers.jsonl:5: ", "not valid JSON"],
    ["papers.jsonl:6: ", "expected a JSON object"],
    ["papers.jsonl:7: ", '"date" is not a calendar date'],
    ["papers.jsonl:7: ", '"upvotes" has an unusable value -3'],
    ["papers.jsonl:8: ", 'missing "title"'],
    ["papers.jsonl:9: ", '"title" must be a string, got a number'],
  ])("reports %s%s", (where, what) => {
    expect(problems.some((p) => p.startsWith(where) && p.includes(what))).toBe(true);
  });

  it("reports nothing else", () => expect(problems).toHaveLength(7));
});

describe("parseJsonl", () => {
  it("accepts CRLF, a byte-order mark and trailing blank lines", () => {
    const text = '\uFEFF{"title":"A","abstract":"B"}\r\n\r\n{"title":"C","abstract":"D"}\r\n\r\n';
    const { records, problems } = parseJsonl(text, "x.jsonl");
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.title, r.origin.line])).toEqual([
      ["A", 1],
      ["C", 3],
    ]);
  });

  it("never lets one line's fields reach another record", async () => {
    const text = await readFile(fixture("papers.jsonl"), "utf8");
    const { records } = parseJsonl(text, "papers.jsonl");
    expect(records.find((r) => r.title === "Teapot Transformers")).not.toHaveProperty("upvotes");
  });

  it("accepts authors given as HF-style objects", () => {
    const { records } = parseJsonl('{"title":"A","abstract":"B","authors":[{"name":"Ada Quill"}]}', "x.jsonl");
    expect(records[0]!.authors).toEqual(["Ada Quill"]);
  });

  it.each([
    ["2405.20001", "2405.20001"],
    ["arXiv:2405.20001v3", "2405.20001"],
    ["https://huggingface.co/papers/2405.20001", "2405.20001"],
    ["cs/0112017", "cs/0112017"],
    ["10.1000/xyz123", undefined],
    ["https://openreview.net/forum?id=abc", undefined],
  ])("takes id %j as arXiv id %j", (id, arxivId) => {
    const { records, problems } = parseJsonl(JSON.stringify({ title: "A", abstract: "B", id }), "x.jsonl");
    expect(problems).toEqual([]);
    expect(records[0]!.arxivId).toBe(arxivId);
    expect(records[0]).not.toHaveProperty("links");
  });
});
