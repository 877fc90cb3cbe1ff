// Task and metric phrases (issue 12), each mechanism over sentences written for these tests.

import { describe, expect, it } from "vitest";
import { confidentOnly } from "../../domain/confidence.js";
import type { Mention } from "../../domain/types.js";
import { extractPaper } from "../../ingest/extract/index.js";

const of = (mentions: Mention[], type: string) =>
  confidentOnly(mentions)
    .filter((m) => m.type === type)
    .map((m) => m.name);

const extract = (title: string, abstract: string) => extractPaper({ title, abstract });

describe("task names as written", () => {
  it("a task acronym the text never spells out keeps its written form, the long form an alias", () => {
    const m = extract(
      "Widget speech models",
      "We train QuillNet for English ASR on public widgets, and QuillNet is strong at ASR on three benchmarks.",
    );
    const asr = confidentOnly(m).find((x) => x.type === "task" && x.name === "ASR");
    expect(asr, JSON.stringify(of(m, "task"))).toBeDefined();
    expect(asr!.aliases.map((a) => a.toLowerCase())).toContain("automatic speech recognition");
  });
});
