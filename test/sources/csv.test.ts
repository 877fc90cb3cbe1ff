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
      "papers.csv:7: malformed CSV (unbalanced quote: no closing quote before the end of the file); skipped",
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

  describe("a stray quote costs its own line only", () => {
    const read = (...lines: string[]) => {
      const { records, problems } = parseCsv(["title,abstract,date", ...lines].join("\n"), "q.csv");
      return { titles: records.map((r) => [r.title, r.origin?.line]), problems: problems.map(formatProblem) };
    };

    it("a quote that never closes: the next records are kept, the bad line is named", () => {
      expect(
        read('"Broken title,first abstract,2024-01-01', "Good one,second abstract,2024-01-02", "Good two,third,"),
      ).toEqual({
        titles: [
          ["Good one", 3],
          ["Good two", 4],
        ],
        problems: ["q.csv:2: malformed CSV (unbalanced quote: no closing quote before the end of the file); skipped"],
      });
    });

    it("a quote that closes on a later line: the record between is kept", () => {
      const r = read(
        '"Broken title,first abstract,2024-01-01',
        'Good one,"second, abstract",2024-01-02',
        'Good two",x,',
      );
      expect(r.titles).toEqual([["Good one", 3]]);
      expect(r.problems[0]).toMatch(/^q\.csv:2: malformed CSV \(/);
      expect(r.problems.at(-1)).toMatch(/^q\.csv:4: malformed CSV \(unbalanced quote/);
    });

    it("a quote closing on the next line: the first line is named, not the pair as one record", () => {
      const r = read(
        '"Broken title,first abstract,2024-01-01',
        'Good one,second abstract",2024-01-02',
        "Good two,third,",
      );
      expect(r.titles).toEqual([["Good two", 4]]);
      expect(r.problems).toEqual([
        "q.csv:2: malformed CSV (the quote opened here closes 1 line later, leaving 2 fields where the header has 3); skipped",
        "q.csv:3: malformed CSV (unbalanced quote: no closing quote before the end of the file); skipped",
      ]);
    });

    it("a quote inside a bare field", () => {
      const r = read('Five" screens,first abstract,', "Good one,second,");
      expect(r.titles).toEqual([["Good one", 3]]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatch(/^q\.csv:2: /);
    });

    it("long quoted fields over many lines and blank lines still read as one record", () => {
      const abstract = Array.from({ length: 50 }, (_, i) => (i % 7 === 0 ? "" : `line ${i}, with "" quotes`)).join(
        "\n",
      );
      const r = read(`"Multi","${abstract}",2024-01-01`, "After,it,");
      expect(r.titles).toEqual([
        ["Multi", 2],
        ["After", 52],
      ]);
      expect(r.problems).toEqual([]);
    });

    it("many records: batching keeps every line number right around a bad line", () => {
      const lines = Array.from({ length: 1000 }, (_, i) => (i === 500 ? '"bad"x,y,' : `T${i},abstract ${i},`));
      const r = read(...lines);
      expect(r.titles).toHaveLength(999);
      expect(r.titles[500]).toEqual(["T501", 503]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatch(/^q\.csv:502: malformed CSV/);
    });
  });
});
