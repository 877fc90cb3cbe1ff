import { describe, expect, it } from "vitest";
import { linkKind, paperLinks } from "../../domain/paper-links.js";

describe("linkKind", () => {
  it.each([
    ["https://arxiv.org/abs/2101.00001", "arxiv"],
    ["https://arxiv.org/pdf/2101.00001v2", "pdf"],
    ["https://huggingface.co/papers/2101.00001", "hf"],
    ["https://github.com/org/repo", "code"],
    ["https://openreview.net/forum?id=abc", "venue"],
    ["https://proceedings.neurips.cc/paper/2020/hash/x-Abstract.html", "venue"],
    ["https://example.org/files/paper.pdf", "pdf"],
    ["https://openreview.net/pdf?id=abc", "pdf"],
    ["https://my-lab.example/project", "page"],
    ["ftp://example.org/x", null],
    ["not a url", null],
  ])("%s → %s", (url, kind) => expect(linkKind(url)).toBe(kind));
});

describe("paperLinks", () => {
  it("derives arXiv, PDF and Hugging Face from the arXiv id and orders every link for reading", () => {
    const links = paperLinks(
      {
        arxivId: "2101.00001",
        venue: "neurips",
        links: [
          "https://github.com/org/repo",
          "https://openreview.net/forum?id=abc",
          "https://arxiv.org/abs/2101.00001",
        ],
      },
      ["github.com/org/repo", "github.com/org/other"],
    );
    expect(links.map((l) => [l.kind, l.url])).toEqual([
      ["arxiv", "https://arxiv.org/abs/2101.00001"],
      ["pdf", "https://arxiv.org/pdf/2101.00001"],
      ["hf", "https://huggingface.co/papers/2101.00001"],
      ["venue", "https://openreview.net/forum?id=abc"],
      ["code", "https://github.com/org/repo"],
      ["code", "https://github.com/org/other"],
    ]);
    expect(links.find((l) => l.kind === "venue")!.label).toBe("neurips · openreview.net");
  });
  it("gives nothing for a paper without id or links", () => {
    expect(paperLinks({})).toEqual([]);
  });
});
