import { describe, expect, it } from "vitest";
import { foldTitle, paperId } from "../domain/identity.js";
import type { PaperRecord } from "../domain/types.js";
import { mergeRecords } from "../ingest/merge.js";
import { resolveSources } from "../ingest/sources/index.js";
import { fixture } from "./sources/helpers.js";

let line = 0;
/** A record with a short default abstract and a unique origin line. */
const rec = (fields: Partial<PaperRecord> & { title: string }): PaperRecord => ({
  abstract: "An abstract.",
  origin: { source: "t", line: ++line },
  ...fields,
});

describe("mergeRecords: identity", () => {
  it.each([
    ["listing first, API second", false],
    ["API first, listing second", true],
  ])("a listing record without an id and an API record with one are one paper (%s)", (_name, reverse) => {
    const listing = rec({ title: "Teapot Transformers", date: "--05-03", upvotes: 17 });
    const api = rec({ title: "Teapot transformers.", arxivId: "2405.20002v2", date: "2024-05-01", upvotes: 3 });
    const papers = mergeRecords(reverse ? [api, listing] : [listing, api]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: "arxiv:2405.20002", arxivId: "2405.20002", date: "2024-05-01", upvotes: 17 });
    expect(papers[0]!.origins).toHaveLength(2);
  });

  it("matches the same arXiv id across versions and retitlings, keeping the first title", () => {
    const papers = mergeRecords([
      rec({ title: "Hollow Tokenizers", arxivId: "2405.30004v1" }),
      rec({ title: "Hollow Tokenizers Revisited", arxivId: "https://arxiv.org/abs/2405.30004v3" }),
    ]);
    expect(papers.map((p) => [p.id, p.title])).toEqual([["arxiv:2405.30004", "Hollow Tokenizers"]]);
  });

  it("keeps two papers that share a title but have different arXiv ids", () => {
    const papers = mergeRecords([
      rec({ title: "A Survey", arxivId: "2405.00001" }),
      rec({ title: "A Survey", arxivId: "2405.00002" }),
    ]);
    expect(papers.map((p) => p.id)).toEqual(["arxiv:2405.00001", "arxiv:2405.00002"]);
  });

  it("joins an id-less paper to the id it turns out to have, even when first seen under another title", () => {
    const papers = mergeRecords([
      rec({ title: "Kite Decoding", authors: ["Wes Yard"] }),
      rec({ title: "Kite Decoding for Windy Beams", arxivId: "2405.30006" }),
      rec({ title: "Kite Decoding", arxivId: "2405.30006", upvotes: 2 }),
      rec({ title: "Kite decoding for windy beams" }), // no id: found by the second title
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: "arxiv:2405.30006", authors: ["Wes Yard"], upvotes: 2 });
    expect(papers[0]!.origins).toHaveLength(4);
  });

  it("gives id-less papers a stable title id and keeps first-seen order", () => {
    const papers = mergeRecords([rec({ title: "Zeta" }), rec({ title: "Alpha" }), rec({ title: "zeta!" })]);
    expect(papers.map((p) => p.id)).toEqual([paperId({ title: "Zeta" }), paperId({ title: "Alpha" })]);
    expect(papers[0]!.titleKey).toBe(foldTitle("Zeta"));
  });

  it("keeps papers whose titles hold no letter or digit apart (they do not all fold to one empty key)", () => {
    const papers = mergeRecords([rec({ title: "∑" }), rec({ title: "?!" }), rec({ title: "∑ " }), rec({ title: "∞" })]);
    expect(papers.map((p) => p.title)).toEqual(["∑", "?!", "∞"]);
    expect(new Set(papers.map((p) => p.id)).size).toBe(3);
    expect(papers.every((p) => p.titleKey !== "")).toBe(true);
  });
});

describe("mergeRecords: fields", () => {
  const merged = (...records: Partial<PaperRecord>[]) =>
    mergeRecords(records.map((r) => rec({ title: "Same Paper", ...r })))[0]!;

  it.each([
    ["a year beats a bare month-day", ["--05-03", "2024-05-04"], "2024-05-04"],
    ["a year beats a bare month-day, either order", ["2024-05-04", "--05-03"], "2024-05-04"],
    ["the earlier full date wins", ["2024-05-04", "2024-04-29"], "2024-04-29"],
    ["the earlier month-day wins", ["--05-04", "--05-01"], "--05-01"],
    ["a date beats none", [undefined, "2024-05-04"], "2024-05-04"],
    ["a full date beats its own year", ["2021", "2021-06-03"], "2021-06-03"],
    ["a full date beats its own year, either order", ["2021-06-03", "2021"], "2021-06-03"],
    ["a month beats its own year", ["2021", "2021-06"], "2021-06"],
    ["an earlier year beats a later full date", ["2022-01-05", "2021"], "2021"],
    ["a year beats a bare month-day", ["--05-03", "2021"], "2021"],
  ])("date: %s", (_name, dates, expected) => {
    expect(merged(...dates.map((date) => (date ? { date } : {}))).date).toBe(expected);
  });

  it("unions authors, treating case and punctuation variants as one", () => {
    const paper = merged(
      { authors: ["Ada Quill", "Bram Otter"] },
      { authors: ["ada quill", "Iris Jay"], authorCount: 2 },
    );
    expect(paper.authors).toEqual(["Ada Quill", "Bram Otter", "Iris Jay"]);
    expect(paper.authorCount).toBe(3);
  });

  it("keeps the larger author count a listing gives", () => {
    expect(merged({ authorCount: 12 }, { authors: ["Ada Quill"] }).authorCount).toBe(12);
  });

  it("unions links, treating trailing slashes, .git and host case as one", () => {
    const paper = merged(
      { links: ["https://github.com/example/lantern"] },
      {
        links: [
          "https://GitHub.com/example/lantern/",
          "https://github.com/example/lantern.git",
          "https://lantern.example.org",
        ],
      },
    );
    expect(paper.links).toEqual(["https://github.com/example/lantern", "https://lantern.example.org"]);
  });

  it("takes the highest upvotes, the longer abstract and the first organisation", () => {
    const paper = merged(
      { upvotes: 4, abstract: "Short.", organization: "Pebble Lab" },
      { upvotes: 31, abstract: "A much longer abstract.", organization: "Other Lab" },
      { upvotes: 9 },
    );
    expect(paper).toMatchObject({ upvotes: 31, abstract: "A much longer abstract.", organization: "Pebble Lab" });
  });

  it("leaves absent fields absent rather than undefined", () => {
    const paper = merged({}, {});
    expect(Object.keys(paper).sort()).toEqual(["abstract", "id", "origins", "title", "titleKey"]);
  });
});

describe("mergeRecords over real readers", () => {
  it("merges the JSONL and Hugging Face records of one paper", async () => {
    const { records } = await resolveSources([fixture("papers.jsonl"), fixture("daily-2024-05-01.hf.json")]);
    const lantern = mergeRecords(records).find((p) => p.id === "arxiv:2405.20001")!;
    expect(lantern).toMatchObject({
      authors: ["Ada Quill", "Bram Otter", "Iris Jay"],
      authorCount: 3,
      date: "2024-04-29",
      upvotes: 31,
      links: ["https://github.com/example/sparse-lanterns"],
      origins: [{ source: "papers.jsonl", line: 1 }, { source: "daily-2024-05-01.hf.json" }],
    });
    expect(lantern.abstract).toContain("a longer abstract wins the merge");
  });

  it("gives a listing-page paper the arXiv id another source knows", async () => {
    const { records } = await resolveSources([fixture("corpus")]);
    const papers = mergeRecords(records);
    const velvet = papers.filter((p) => p.title === "Velvet Pruning");
    expect(velvet).toHaveLength(1);
    expect(velvet[0]).toMatchObject({ id: "arxiv:2405.20007", date: "2024-05-04", upvotes: 4, authors: ["Tia Weave"] });
    expect(velvet[0]!.abstract).toMatch(/^Velvet Pruning trims the softest weights/);
    expect(papers).toHaveLength(5);
  });
});
