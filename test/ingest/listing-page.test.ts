// The listing-page reader over hand-written pages in each variant of the format, and over the real seeds.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeRecords } from "../../ingest/merge.js";
import { parseListingPage } from "../../ingest/sources/listing-page.js";

const ABSTRACT_A =
  "We describe a small model for sorting socks by colour and size. It is trained on a synthetic wardrobe and compared with two simple baselines. Results are reported for three drawer sizes.";
const ABSTRACT_B =
  "This note studies why kettles whistle. We fit a physical model to recordings from nine kettles and find that the spout radius explains most of the variance in pitch across them.";

const page = (...lines: string[]) => lines.join("\n");

describe("parseListingPage", () => {
  it.each([
    [
      "no blank lines, chrome glued onto the first title",
      page(
        "Get trending papers in your email inbox!",
        "SubscribeSock Sorter: A Tiny Model",
        ABSTRACT_A,
        "Why Kettles Whistle",
        ABSTRACT_B,
      ),
    ],
    [
      "blank lines and page chrome with a page date",
      page(
        "byAK and the research community",
        "",
        "Daily Papers",
        "",
        "Subscribe",
        "",
        "new",
        "",
        "Mar 9",
        "",
        "Sock Sorter: A Tiny Model",
        "",
        ABSTRACT_A,
        "",
        "Why Kettles Whistle",
        "",
        ABSTRACT_B,
        "",
      ),
    ],
  ])("reads titles and abstracts: %s", (_, text) => {
    const { records, problems } = parseListingPage(text, "page.txt");
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.title, r.abstract])).toEqual([
      ["Sock Sorter: A Tiny Model", ABSTRACT_A],
      ["Why Kettles Whistle", ABSTRACT_B],
    ]);
  });

  it.each([
    ["Jun 15, 2021", { date: "2021-06-15" }],
    ["Sep 28", { date: "--09-28" }],
    ["Oct 3 2", { date: "--10-03", upvotes: 2 }],
    ["Jul 20, 2023 3", { date: "2023-07-20", upvotes: 3 }],
  ])("attaches author count and the date line %s to the paper above", (dateLine, expected) => {
    const text = page("Sock Sorter", ABSTRACT_A, "  • 6 authors", "·", dateLine, "Why Kettles Whistle", ABSTRACT_B);
    const { records, problems } = parseListingPage(text, "page.txt");
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ authorCount: 6, ...expected });
    expect(records[1]!.date).toBeUndefined();
  });

  it("reads an organisation line instead of an author count", () => {
    const text = page(
      "Sock Sorter",
      "",
      ABSTRACT_A,
      "",
      "acme Acme Research",
      "·",
      "Oct 3 2",
      "",
      "Why Kettles Whistle",
      ABSTRACT_B,
    );
    const { records } = parseListingPage(text, "page.txt");
    expect(records[0]).toMatchObject({ organization: "acme Acme Research", upvotes: 2 });
    expect(records.map((r) => r.title)).toEqual(["Sock Sorter", "Why Kettles Whistle"]);
  });

  it("keeps the source file and the title's line number", () => {
    const { records } = parseListingPage(page("new", "", "Sock Sorter", "", ABSTRACT_A), "003_x.txt");
    expect(records[0]!.origin).toEqual({ source: "003_x.txt", line: 3 });
  });

  it.each([
    [
      "a title whose abstract is missing",
      page("Lost Title", "Sock Sorter", ABSTRACT_A),
      1,
      /title without an abstract: "Lost Title"/,
      ["Sock Sorter"],
    ],
    [
      "an abstract with no title",
      page("Sock Sorter", ABSTRACT_A, "  • 2 authors", "·", "Sep 28", ABSTRACT_B, "Why Kettles Whistle", ABSTRACT_B),
      6,
      /abstract without a title/,
      ["Sock Sorter", "Why Kettles Whistle"],
    ],
    [
      "a title at the end of the file",
      page("Sock Sorter", ABSTRACT_A, "Dangling Title"),
      3,
      /at end of file/,
      ["Sock Sorter"],
    ],
    [
      "a title followed by metadata",
      page(
        "Sock Sorter",
        ABSTRACT_A,
        "Orphan Title",
        "  • 3 authors",
        "·",
        "Sep 28",
        "Why Kettles Whistle",
        ABSTRACT_B,
      ),
      3,
      /title without an abstract/,
      ["Sock Sorter", "Why Kettles Whistle"],
    ],
  ])("reports %s with its line and never glues the wrong abstract on", (_, text, line, message, titles) => {
    const { records, problems } = parseListingPage(text, "bad.txt");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: "bad.txt", line });
    expect(problems[0]!.message).toMatch(message);
    expect(records.map((r) => r.title)).toEqual(titles);
    for (const r of records) expect(r.abstract === ABSTRACT_A || r.abstract === ABSTRACT_B).toBe(true);
  });
});

const SEEDS = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");

describe.skipIf(!existsSync(SEEDS))("the seed corpus", () => {
  it("reads every listing without problems and merges repeats into distinct papers", () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    const results = files.map((f) => parseListingPage(readFileSync(join(SEEDS, f), "utf8"), f));
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    const records = results.flatMap((r) => r.records);
    // Independent count: abstracts are the only lines of several hundred characters in these pages.
    const abstractLines = files
      .flatMap((f) => readFileSync(join(SEEDS, f), "utf8").split("\n"))
      .filter((l) => l.trim().length > 300).length;
    expect(records.length).toBe(abstractLines);
    const papers = mergeRecords(records);
    expect(papers.length).toBeLessThan(records.length);
    expect(new Set(papers.map((p) => p.titleKey)).size).toBe(papers.length);
  });
});
