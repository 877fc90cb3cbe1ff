// The position helpers that keep extraction linear (ingest/extract/spans.ts, the results' mention finder) give
// exactly what the plain searches they replace gave: checked against brute force on random text.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mention } from "../../domain/types.js";
import { findOccurrences, mentionFinder } from "../../ingest/extract/results/occurrences.js";
import { firstAtOrAfter, phraseFinder, SpanIndex } from "../../ingest/extract/spans.js";

const WORDS = ["vit", "ViT", "bert", "BERT", "resnet", "ResNet", "s", "net", "image", "net-50", "gpt", "GPT-4"];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", "-", ", ", "s ", "/", "")), { maxLength: 60 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

/** The search phraseFinder replaces: indexOf from the left, whole words only, no overlaps. */
function plainOccurrences(hay: string, phrase: string): number[] {
  const out: number[] = [];
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = hay.indexOf(phrase); at >= 0; at = hay.indexOf(phrase, at + phrase.length)) {
    if (!word(hay[at - 1]) && !word(hay[at + phrase.length])) out.push(at);
  }
  return out;
}

describe("position helpers", () => {
  it("firstAtOrAfter is the first item at or after an offset", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.nat(1100), (starts, offset) => {
        const items = [...starts].sort((a, b) => a - b).map((start) => ({ start }));
        expect(firstAtOrAfter(items, offset)).toBe(items.findIndex((i) => i.start >= offset));
      }),
    );
  });

  it("phraseFinder finds the whole-word occurrences a left-to-right search finds", () => {
    const phrase = fc.constantFrom("vit", "bert", "resnet", "net", "image net", "gpt-4", "-50", "s");
    // Twenty phrases from one finder: its first plain searches and the word index it builds after them.
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 20, maxLength: 20 }), (t, phrases) => {
        const lower = t.toLowerCase();
        const find = phraseFinder(lower);
        for (const p of phrases) expect(find(p)).toEqual(plainOccurrences(lower, p));
      }),
    );
  });

  it("SpanIndex.overlapping returns every span sharing a character with the range", () => {
    const span = fc
      .tuple(fc.nat(500), fc.integer({ min: 1, max: 80 }))
      .map(([start, n]) => ({ start, end: start + n }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, q) => {
        const got = new SpanIndex(spans).overlapping(q.start, q.end);
        const want = spans.filter((s) => s.start < q.end && s.end > q.start);
        expect(new Set(got)).toEqual(new Set(want));
        expect(got).toHaveLength(want.length);
      }),
    );
  });

  it("the results' mention finder picks every mention a sentence names: occurrences are unchanged", () => {
    const mention = (type: Mention["type"], name: string, aliases: string[] = []): Mention =>
      ({ type, name, aliases, role: "used", confidence: 1, evidence: [] }) as unknown as Mention;
    const mentions = [
      mention("model", "ViT", ["Vision Transformer"]),
      mention("model", "BERT"),
      mention("model", "ResNet-50", ["ResNet"]),
      mention("dataset", "ImageNet", ["image net"]),
      mention("model", "GPT-4", ["gpt"]),
      mention("metric", "top-1 accuracy"),
      mention("task", "image classification"),
    ];
    const named = mentionFinder(mentions);
    fc.assert(
      fc.property(text, (t) => {
        expect(findOccurrences(t, named(t))).toEqual(findOccurrences(t, mentions));
      }),
    );
  });
});
