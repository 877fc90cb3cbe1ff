import { describe, expect, it } from "vitest";
import {
  arxivIdFromUrl,
  codeLinksIn,
  collapseWhitespace,
  githubUrl,
  normalizeDate,
  splitAuthors,
  splitLinks,
} from "../../ingest/sources/fields.js";

describe("normalizeDate", () => {
  it.each([
    ["2024-05-01", "2024-05-01"],
    ["2024-05-01T17:59:58.000Z", "2024-05-01"],
    [" 2024-02-29 ", "2024-02-29"],
    ["--05-03", "--05-03"],
    ["--02-29", "--02-29"],
    ["2023-02-29", undefined],
    ["2024-13-01", undefined],
    ["--13-01", undefined],
    ["May 3, 2024", undefined],
    ["2008", "2008"],
    [" 2021 ", "2021"],
    ["2021-06", "2021-06"],
    ["2021-13", undefined],
    ["2021-00", undefined],
    ["0999", undefined],
    ["20081", undefined],
    ["", undefined],
  ])("%j → %j", (raw, expected) => expect(normalizeDate(raw)).toBe(expected));
});

describe("splitAuthors", () => {
  it.each([
    ["Ada Quill, Bram Otter", ["Ada Quill", "Bram Otter"]],
    ["Cora Finch, Dev Marlow and Eun Pike", ["Cora Finch", "Dev Marlow", "Eun Pike"]],
    ["Fay Gorse; Gil Heron", ["Fay Gorse", "Gil Heron"]],
    ["Alexander  Andersen", ["Alexander Andersen"]],
    [["  Ada\nQuill ", "", "Ada Quill"], ["Ada Quill"]],
  ])("%j → %j", (raw, expected) => expect(splitAuthors(raw)).toEqual(expected));
});

describe("links and ids", () => {
  it.each([
    ["https://arxiv.org/abs/2405.20001v3", "2405.20001"],
    ["http://arxiv.org/pdf/2405.20001.pdf", "2405.20001"],
    ["https://huggingface.co/papers/2405.20001", "2405.20001"],
    ["https://example.org/paper", undefined],
  ])("arxivIdFromUrl(%j) → %j", (url, expected) => expect(arxivIdFromUrl(url)).toBe(expected));

  it.each([
    ["example/repo", "https://github.com/example/repo"],
    ["https://github.com/example/repo", "https://github.com/example/repo"],
    ["not a repo", undefined],
  ])("githubUrl(%j) → %j", (raw, expected) => expect(githubUrl(raw)).toBe(expected));

  it("splits link strings and finds code links in comments", () => {
    expect(splitLinks("https://a.example | https://b.example;https://c.example")).toHaveLength(3);
    expect(codeLinksIn("12 pages. Code: https://github.com/a/b. Weights at (https://huggingface.co/a/c)")).toEqual([
      "https://github.com/a/b",
      "https://huggingface.co/a/c",
    ]);
  });

  it("collapses whitespace", () => expect(collapseWhitespace(" a\n\t b  c ")).toBe("a b c"));
});
