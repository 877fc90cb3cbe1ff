// Position lookups that keep extraction linear in the length of a paper: a long document holds thousands of
// names, definitions and cues, and scanning the whole text or every other hit once for each of them made a
// 4 MB abstract take minutes. Each helper answers by binary search or from an index built once.

/** Index of the first item whose `start` is at or after `offset` (items sorted by start), or -1. */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length ? lo : -1;
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Phrases searched with plain `indexOf` before the word index pays for itself. */
const PLAIN_SEARCHES = 8;

/**
 * Where phrases occur in `text` as whole words (no letter or digit on either side). The first few are plain
 * searches (a paper defines a handful of terms); past them an index of word starts is built, so asking for many
 * phrases costs their occurrences, not a pass each.
 */
export function phraseFinder(text: string): (phrase: string) => number[] {
  let starts: Map<string, number[]> | undefined;
  let asked = 0;
  const bounded = (at: number, length: number) =>
    !WORD_CHAR.test(text[at - 1] ?? " ") && !WORD_CHAR.test(text[at + length] ?? " ");
  const search = (phrase: string) => {
    const out: number[] = [];
    if (!phrase) return out;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (!bounded(at, phrase.length)) continue;
      out.push(at);
      // Occurrences do not overlap.
      at += phrase.length - 1;
    }
    return out;
  };
  return (phrase) => {
    const first = FIRST_WORD.exec(phrase)?.[0];
    // A phrase that does not start with a word character (rare), or one of the first few: plain search.
    if (!first || ++asked <= PLAIN_SEARCHES) return search(phrase);
    if (!starts) {
      starts = new Map();
      for (const m of text.matchAll(WORD)) {
        const list = starts.get(m[0]);
        if (list) list.push(m.index);
        else starts.set(m[0], [m.index]);
      }
    }
    const out: number[] = [];
    let next = 0;
    for (const at of starts.get(first) ?? []) {
      // Occurrences do not overlap, as with a left-to-right search.
      if (at < next || !text.startsWith(phrase, at) || !bounded(at, phrase.length)) continue;
      out.push(at);
      next = at + phrase.length;
    }
    return out;
  };
}

/** Spans sorted by start, for "which of them overlap this range" without looking at all of them. */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly sorted: T[];
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.sorted.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** Every span with `start < end` and `span.end > start` (sharing at least one character with the range). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    const from = firstAtOrAfter(this.sorted, start - this.longest);
    if (from < 0) return out;
    for (let i = from; i < this.sorted.length && this.sorted[i]!.start < end; i++) {
      const span = this.sorted[i]!;
      if (span.end > start) out.push(span);
    }
    return out;
  }
}
