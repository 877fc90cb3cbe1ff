// Word classes of lone words (ingest/extract/pos.ts), which decide where task phrases and names begin and end.

import { describe, expect, it } from "vitest";
import { canBeVerb, isDescribingWord, isModifierWord, isNeverNoun, isSingularNoun } from "../../ingest/extract/pos.js";

describe("word classes of lone words", () => {
  it("lets nouns and classifying adjectives modify a task head, not adverbs or verbs", () => {
    expect(["text", "object", "graph", "medical", "protein"].filter(isModifierWord)).toEqual([
      "text",
      "object",
      "graph",
      "medical",
      "protein",
    ]);
    expect(["quickly", "must", "the", "widely-used", "faster-than-real-time"].filter(isModifierWord)).toEqual([]);
  });

  it("tells describing words, verbs and nouns apart", () => {
    expect(["connected", "private"].every(isDescribingWord)).toBe(true);
    expect(isDescribingWord("vector")).toBe(false);
    expect(["arbitrary", "might"].every(isNeverNoun)).toBe(true);
    expect(isNeverNoun("text")).toBe(false);
    expect(isSingularNoun("vector")).toBe(true);
    expect(isSingularNoun("reveal")).toBe(false);
    expect(["offer", "support", "cast"].every(canBeVerb)).toBe(true);
    expect(canBeVerb("image")).toBe(false);
  });

  it("reads a hyphenated compound as a whole, not as its first part", () => {
    // The parts read alone would make "view-invariant" a verb like "view".
    expect(canBeVerb("view-invariant")).toBe(false);
    expect(isDescribingWord("view-invariant")).toBe(true);
  });
});
