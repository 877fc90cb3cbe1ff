import { describe, expect, it } from "vitest";
import {
  arxivIdFromUrl,
  cleanText,
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

describe("cleanText", () => {
  it.each([
    ['Gains hold.< <ETX xmlns:mml="http://www.w3.org/1998/Math/MathML">&gt;</ETX>', "Gains hold.<"],
    ["Error falls as O(n<sup>2</sup>) in H<sub>2</sub>O", "Error falls as O(n2) in H2O"],
    ["One line<br/>two lines<br>three", "One line two lines three"],
    ["A <i>robust</i> <inline-formula><tex-math>k</tex-math></inline-formula>-means", "A robust k-means"],
    ["Speech &amp; vision &#8212; x &lt; y &#x3b2;", "Speech & vision — x < y β"],
    ["Line&#13;break and &unknown; stays", "Line break and &unknown; stays"],
    ["\u0000Starts with NUL\u0007", "Starts with NUL"],
    ["Predicts <EOS> and <MASK> tokens; <think> traces", "Predicts <EOS> and <MASK> tokens; <think> traces"],
    ["x < y and y > z", "x < y and y > z"],
    ["Uncertainty quantiﬁcation of eﬀective ﬂows", "Uncertainty quantification of effective flows"],
  ])("%j → %j", (raw, expected) => expect(cleanText(raw)).toBe(expected));
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
