// Which spans of text introduce the paper's own contributions: "we propose X", "X is proposed", "our X".

import type { Scan } from "./scan.js";

export interface Range {
  start: number;
  end: number;
}

const PROPOSING =
  /\b(?:we|this (?:paper|work|study|article|report|technical report)|our (?:paper|work))\s+(?:(?:also|further|then|first|additionally|hereby|newly|thus|therefore|finally|now|instead|here)\s+)*(?:(?:\w+\s+){0,6}by\s+(?:proposing|introducing|presenting|developing|designing)|propose[sd]?|introduce[sd]?|present[sd]?|develop(?:s|ed)?|design(?:s|ed)?|construct(?:s|ed)?|release[sd]?|build|built|devise[sd]?|curate[sd]?|create[sd]?|put forward|come up with|name|call|contribute|establish(?:es|ed)?|upgrade)\b/gi;
const PASSIVE = /\b(?:is|are)\s+(?:\w+ly\s+)?(?:proposed|introduced|presented|developed)\b/gi;
// "Recently, a fine-grained X is proposed": a passive proposal in a sentence about earlier work is someone else's.
const EARLIER_WORK = /\b(?:recent(?:ly)?|previous(?:ly)?|prior|existing|earlier|et al)\b/i;
// "we adopt X and design Y": a second proposing verb coordinated with the first under the same "we".
const COORDINATED =
  /\band\s+(?:(?:also|further|then|finally)\s+)?(?:propose|introduce|present|design|develop|devise|build|construct)\b/gi;
// "our X", "the proposed X", "the resulting model, the X": the name must start right after.
const OUR =
  /\b(?:our|the proposed|our proposed|the resulting|the new)\s+(?:(?:model|method|architecture|framework|network|system),?\s+(?:the\s+|called\s+|named\s+)?)?/gi;
const OBJECT_END =
  /[.;:!?]|\s(?:which|that|to|by|using|where|whose|via|through|so|from|with|across|over|than|while|since|because|as|based|built|under|against|without|when|replacing|instead|rather)\b/;

/** Ranges whose names are the paper's own: objects of a proposing verb, subjects of "is proposed", "our X". */
export function proposingRanges(scan: Scan): Range[] {
  const ranges: Range[] = [];
  const text = scan.text;
  for (const s of scan.sentences) {
    for (const m of s.text.matchAll(PROPOSING)) {
      const from = m.index! + m[0].length;
      const rest = s.text.slice(from);
      const stop = OBJECT_END.exec(rest);
      ranges.push({ start: s.start + from, end: s.start + from + (stop ? stop.index : rest.length) });
    }
    const we = s.text.search(/\bwe\b/i);
    if (we >= 0) {
      for (const m of s.text.matchAll(COORDINATED)) {
        if (m.index! < we) continue;
        const from = m.index! + m[0].length;
        const rest = s.text.slice(from);
        const stop = OBJECT_END.exec(rest);
        ranges.push({ start: s.start + from, end: s.start + from + (stop ? stop.index : rest.length) });
      }
    }
    for (const m of s.text.matchAll(PASSIVE)) {
      const before = s.text.slice(0, m.index!);
      if (EARLIER_WORK.test(before)) continue;
      const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
      ranges.push({ start: s.start + from, end: s.start + m.index! });
    }
  }
  for (const m of text.matchAll(OUR)) {
    const from = m.index! + m[0].length;
    // Only a name that starts right after "our" is the paper's own ("our method outperforms BERT" proposes nothing).
    ranges.push({ start: from, end: from + 1 });
  }
  return ranges;
}

export const inRanges = (ranges: Range[], start: number) => ranges.some((r) => start >= r.start && start < r.end);

/** True when one of the ranges starts in [from, to): a proposal begins there. */
export const rangeStartsIn = (ranges: Range[], from: number, to: number) =>
  ranges.some((r) => r.start >= from && r.start < to);
