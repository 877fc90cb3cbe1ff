// normalizeLink and link finding: normalisation and repair of links the page broke.

import { describe, expect, it } from "vitest";
import { extractPaper, normalizeLink } from "../../ingest/extract/index.js";
import { findLinks } from "../../ingest/extract/links.js";

describe("normalizeLink", () => {
  it.each([
    ["https://github.com/acme/WidgetNet", { type: "repo", name: "github.com/acme/WidgetNet" }],
    ["https://github.com/acme/WidgetNet.git", { type: "repo", name: "github.com/acme/WidgetNet" }],
    ["https://github.com/acme/WidgetNet.", { type: "repo", name: "github.com/acme/WidgetNet" }],
    ["https://github.com/acme/WidgetNet)", { type: "repo", name: "github.com/acme/WidgetNet" }],
    ["https://github. com/acme/WidgetNet", { type: "repo", name: "github.com/acme/WidgetNet" }],
    ["https: //github.com/acme/WidgetNet", { type: "repo", name: "github.com/acme/WidgetNet" }],
    ["http://www.github.com/acme/widget-net/tree/main/src", { type: "repo", name: "github.com/acme/widget-net" }],
    ["gitlab.com/team/tool", { type: "repo", name: "gitlab.com/team/tool" }],
    ["https://gitee.com/org/models/tree/master/research/cv", { type: "repo", name: "gitee.com/org/models" }],
    ["https://codeberg.org/team/tool/src/branch/main", { type: "repo", name: "codeberg.org/team/tool" }],
    ["https://anonymous.4open.science/r/widget-3F2A.", { type: "repo", name: "anonymous.4open.science/r/widget-3F2A" }],
    ["https://huggingface.co/acme/widget-7b", { type: "hf", name: "huggingface.co/acme/widget-7b" }],
    ["https://huggingface.co/spaces/acme/demo.", { type: "hf", name: "huggingface.co/spaces/acme/demo" }],
    [
      "https://huggingface.co/datasets/acme/corpus/tree/main",
      { type: "hf", name: "huggingface.co/datasets/acme/corpus" },
    ],
  ])("%s", (url, expected) => {
    expect(normalizeLink(url)).toEqual(expected);
  });

  it.each(["https://example.org/acme/tool", "https://github.com/acme", "https://docs.google.com/x/y", "not a url"])(
    "rejects %s",
    (url) => {
      expect(normalizeLink(url)).toBeNull();
    },
  );
});

describe("findLinks", () => {
  it("finds and repairs links in running text", () => {
    const text =
      "Code is at https://github. com/acme/WidgetNet. Weights: https://huggingface.co/acme/widget-7b). " +
      "Demo page: https://acme.github.io/widget/. Old code: https: //gitlab.com/acme/old-widget. " +
      "For review: https://anonymous.4open.science/r/widget-3F2A.";
    expect(findLinks(text).map((l) => l.name)).toEqual([
      "github.com/acme/WidgetNet",
      "huggingface.co/acme/widget-7b",
      "gitlab.com/acme/old-widget",
      "anonymous.4open.science/r/widget-3F2A",
    ]);
  });

  it("mends a space after the host's slash before an owner and a name, and takes no word after a bare host", () => {
    const text =
      "Our gizmo sources sit at https://github.com/ GizmoLab/WidgetNet; the bare github.com/ for reference names none.";
    expect(findLinks(text).map((l) => l.name)).toEqual(["github.com/GizmoLab/WidgetNet"]);
    const m = extractPaper({ title: "WidgetNet", abstract: `Our neural WidgetNet is trained on ImageNet. ${text}` });
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual(["WidgetNet"]);
  });
});
