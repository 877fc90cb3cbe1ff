import { describe, expect, it } from "vitest";
import { csvSource, parseCsv } from "../../ingest/sources/csv.js";
import { formatProblem } from "../../ingest/sources/types.js";
import { fixture } from "./helpers.js";

describe("CSV reader", async () => {
  const result = await csvSource.read(fixture("papers.csv"));
  const problems = result.problems.map(formatProblem);

  it("reads quoted fields with commas and newlines, case-insensitive headers, ignoring unknown columns", () => {
    expect(result.records).toEqual([
      {
        title: "Quilted Embeddings, Revisited",
        abstract:
          "We stitch embeddings from patches of cloth-like subspaces. A second line of the abstract, with a comma.",
        arxivId: "2405.20003",
        authors: ["Fay Gorse", "Gil Heron"],
        date: "2024-05-02",
        upvotes: 7,
        links: ["https://github.com/example/quilt"],
        origin: { source: "papers.csv", line: 2 },
      },
      {
        title: "Orchard Optimizer",
        abstract: expect.stringContaining("Orchard prunes"),
        authors: ["Hal Ivy"],
        date: "2024-05-03",
        upvotes: 3,
        origin: { source: "papers.csv", line: 6 },
      },
    ]);
  });

  it("names the line each bad record starts on", () => {
    expect(problems).toEqual([
      'papers.csv:4: missing "abstract"; skipped',
      "papers.csv:5: 2 fields where the header has 8; skipped",
      expect.stringMatching(/^papers\.csv:7: malformed CSV \(.*Quote Not Closed.*\); skipped$/),
    ]);
  });

  it("skips a file whose header lacks a required column", async () => {
    const { records, problems } = await csvSource.read(fixture("no-abstract-column.csv"));
    expect(records).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'no-abstract-column.csv:1: header has no "abstract" column; file skipped',
    ]);
  });

  it.each([
    ["empty file", "", 0, 0],
    ["header only", "title,abstract\n", 0, 0],
    ["CRLF and BOM", "\uFEFFtitle,abstract\r\nA,B\r\n\r\nC,D\r\n", 2, 0],
    ["bad upvotes kept without the field", "title,abstract,upvotes\nA,B,many\n", 1, 1],
  ])("%s", (_name, text, records, problems) => {
    const result = parseCsv(text, "x.csv");
    expect([result.records.length, result.problems.length]).toEqual([records, problems]);
  });
});
