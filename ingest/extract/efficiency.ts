// Efficiency measures as metrics: FLOPs, MACs, latency, throughput, speedup, memory, parameter counts. The guideline
// counts them as metrics when the text reports or compares them as results, and not when a model's size is merely
// described, so each needs a quantity or a comparison beside it.

import { fold } from "./fold.js";
import { lexicons } from "./lexicon.js";
import type { Scan } from "./scan.js";
import { sentenceAt } from "./text.js";
import { STRENGTH, type Hit } from "./types.js";

// Heads that name an efficiency measure whenever a result is stated in their clause.
const STRONG_HEADS = String.raw`(?:[GMT]?FLOPs|FLOP count|[GM]?MACs|multiply-accumulate operations|latency|latencies|throughput|speed-?ups?|inference time|memory footprint|memory costs?|memory consumption|memory usage|memory use|memory efficiency|memory requirements?|energy consumption|energy footprint|GPU hours|time cost|model size|(?:computational|processing|generation|inference|training|decoding) speed|parameter count|number of (?:(?:trainable|learnable|overall|total|model) )?parameters|trainable parameters)`;
// Words that are measures only right beside a quantity or a comparison ("96% fewer parameters", "less memory").
const WEAK_HEADS = String.raw`(?:parameters|memory|speed|training time|operations|(?:computation(?:al)?|running|execution|wall-clock|sampling|rendering|encoding|decoding|generation|processing|completion|search|query|response|convergence|solving|planning) time|run-?time)`;
// Modifiers that stay part of the measure's name ("inference latency", "end-to-end latency").
const MODIFIER = String.raw`(?:(?:inference|training|decoding|generation|processing|end-to-end|e2e|wall-clock|peak|per-token|GPU|run-?time|computational|compute|model|intermediate)[ -])?`;

// A clause that names its measures as such ("three metrics: …", "we report end-to-end latency") states them too.
export const MEASURES_NAMED = /\b(?:metrics?|measures|report(?:s|ed|ing)?|measur(?:e|es|ed|ing)(?!\s+of\b))\b/i;

// Every form starts with a letter, so "\b(?<!-)" says what "(?<![\w-])" does, and checks the cheap boundary first.
const STRONG = new RegExp(String.raw`\b(?<!-)${MODIFIER}${STRONG_HEADS}(?![\w-])`, "gi");
const WEAK = new RegExp(String.raw`\b(?<!-)${MODIFIER}${WEAK_HEADS}(?![\w-])`, "gi");

const SHARED_HEAD =
  /\b(?<!-)(memory|energy|parameter)\s+(?:and|or|\/)\s+\w+[ -](efficiency|costs?|consumption|footprint|usage|requirements?)(?![\w-])/gi;

// A stated result: a number (not a dimension count: "3D detectors"), a ratio, or a comparison.
export const RESULT_CUE =
  /\d(?!d\b)|[%×]|\b(?:reduc\w*|lower\w*|fewer|less|faster|fastest|slower|higher|highest|smallest|lightest|increas\w*|decreas\w*|improv\w*|enhanc\w*|compar\w*|sav(?:e|es|ing|ings)|cut\w*|halv\w*|doubl\w*|than|outperform\w*|boost\w*|accelerat\w*|minimi[sz]\w*|in terms of|superior|remarkabl[ey]|exceptional\w*|excellent|competitive|maintain\w*|same|comparable)\b/i;
// The same, right before the word ("26% fewer", "reduces the", "a reduction in", "in terms of accuracy and") or as
// "by N" after it; not a noun that names a kind of it ("reduction operations").
const NEAR_BEFORE =
  /(?:\d\s*(?:%|x|×|times)(?:\s+(?:higher|greater|larger))?|\b(?:only|just)\s+\d+(?:\.\d+)?\s*[KMB]|\breductions?\s+(?:in|of)|\b(?:fewer|less|reduc(?:e|es|ed|ing)|lower|lowest|smaller|smallest|faster|fastest|sav\w*|cut\w*|halv\w*|minimi[sz]\w*|accelerat(?:e|es|ed|ing)|shortens?|in terms of(?: \w+ and)?)(?:\s+(?:in|of))?(?:\s+(?:the|its|their|overall|total))?)\s+$/i;
// "admits linear speedup": a rate of growth is a result too.
const LINEAR_BEFORE = /\b(?:near-|super-?)?linear\s+$/i;
const NEAR_AFTER =
  /^\s+(?:(?:by|of)\s+(?:up to\s+|about\s+|over\s+|roughly\s+)?\d|by\s+(?:half|a\s+(?:third|quarter|factor)|an?\s+order)\b|from\s+\d[\d.,]*\s*\w*\s+to\s+\d)/i;

const PHASE_BEFORE = /\b(?:at|during)\s+$/i;
// "at the same model size", "and a similar parameter count": a measure held fixed for a comparison is
// its setting, not a result ("with comparable or fewer parameters" still compares).
const HELD_FIXED_BEFORE =
  /\b(?:with|at|under|given|for|on|of|in|and)\s+(?:the\s+|a\s+|an\s+)?(?:same|similar|comparable|equal|equivalent|fixed|matched|identical)\s+(?:(?!(?:or|and|fewer|less|lower|smaller)\s)[\w-]+\s+){0,3}$/i;
// "as the parameter count grows", "when model size is increased": a measure that varies is the condition a
// result is stated under, not the result.
const VARIED_BEFORE = /\b(?:as|when|while|if|whenever)\s+(?:the\s+)?$/i;
const VARIED_AFTER =
  /^\s+(?:increases|grows|scales(?:\s+up)?|decreases|shrinks|varies|changes|(?:is|are)\s+(?:increased|decreased|reduced|scaled|varied|enlarged))\b/i;
const heldFixed = (scan: Scan, at: number, end: number) =>
  HELD_FIXED_BEFORE.test(scan.text.slice(Math.max(0, at - 60), at)) ||
  (VARIED_BEFORE.test(scan.text.slice(Math.max(0, at - 12), at)) && VARIED_AFTER.test(scan.text.slice(end, end + 20)));
// "a speed-up alternative method", "latency techniques": a measure's word before a kind of method names the method.
const METHOD_AFTER =
  /^[ -](?:alternative|method|technique|approach|scheme|trick|framework|algorithm|mechanism)s?\b|^[ -]strateg(?:y|ies)\b/i;
// "an inference speed of 12.8 FPS", "a complexity of only 4.1 GFLOPs": the unit after the number is a measure's own
// name, and the phrase before it names that same measure, so the unit alone stands for it.
const MEASURE_UNIT_AFTER =
  /^\s*(?:of|at|\()\s*(?:(?:about|around|approximately|nearly|roughly|only|just|over|up to|under|below|above)\s+)?~?\d[\d.,]*\s*([\p{L}][\p{L}-]*(?: per second)?)/iu;

/** True when a measure's phrase is followed by a number in a unit the lexicon knows as a metric. */
function namedByUnitAfter(scan: Scan, end: number): boolean {
  const unit = MEASURE_UNIT_AFTER.exec(scan.text.slice(end, end + 48))?.[1];
  return unit !== undefined && lexicons().entities.get(fold(unit))?.type === "metric";
}

// A list's item marker ("(2) The serving latency … might be too high") states no number; "O(1)" does.
const ITEM_MARKER = /(?<![\w}]|\b[OΘΩ]\s?)\(\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])\s*\)|(?<![\w.()])\d{1,2}\)/gi;

/**
 * The clause around [start, end): from the last clause break before to the next one after, within the sentence,
 * list item markers blanked.
 */
export function clauseAround(scan: Scan, start: number, end: number): string {
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)]!;
  const before = scan.text.slice(sentence.start, start);
  const after = scan.text.slice(end, sentence.end);
  const from = Math.max(before.lastIndexOf(";"), before.lastIndexOf(", while"), before.lastIndexOf(", which"));
  const to = after.search(/;|, (?:enabling|while|which|making)\b/);
  return (before.slice(from + 1) + after.slice(0, to < 0 ? after.length : to)).replace(ITEM_MARKER, " ");
}

/** Keeps acronyms as written ("GFLOPs") and lowercases the rest. */
const nameOf = (surface: string) =>
  surface
    .split(/([ -])/)
    .map((w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase()))
    .join("");

/** Efficiency measures the text reports or compares. */
export function efficiencyMetrics(scan: Scan): Hit[] {
  const out: Hit[] = [];
  const push = (m: RegExpExecArray, byComparison = false) =>
    out.push({
      type: "metric",
      surface: nameOf(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      strength: STRENGTH.context,
      proposed: false,
      ...(byComparison ? { byComparison } : {}),
    });
  for (const m of scan.text.matchAll(STRONG)) {
    // "at inference time", "during inference time": the phase, not its measure.
    if (/time$/i.test(m[0]) && PHASE_BEFORE.test(scan.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (namedByUnitAfter(scan, m.index + m[0].length)) continue;
    if (METHOD_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (heldFixed(scan, m.index, m.index + m[0].length)) continue;
    const clause = clauseAround(scan, m.index, m.index + m[0].length);
    const stated =
      RESULT_CUE.test(clause) ||
      MEASURES_NAMED.test(clause) ||
      LINEAR_BEFORE.test(scan.text.slice(Math.max(0, m.index - 30), m.index));
    if (stated) push(m);
  }
  // "memory and computational efficiency": the first word shares the head of the second.
  for (const m of scan.text.matchAll(SHARED_HEAD)) {
    if (!RESULT_CUE.test(clauseAround(scan, m.index, m.index + m[0].length))) continue;
    const name = `${m[1]!} ${m[2]!}`;
    if (!new RegExp(`^${STRONG.source}$`, "i").test(name)) continue;
    out.push({
      type: "metric",
      surface: nameOf(name),
      start: m.index,
      end: m.index + m[1]!.length,
      strength: STRENGTH.context,
      proposed: false,
    });
  }
  for (const m of scan.text.matchAll(WEAK)) {
    if (out.some((h) => h.start <= m.index && m.index < h.end)) continue;
    if (namedByUnitAfter(scan, m.index + m[0].length)) continue;
    const before = scan.text.slice(Math.max(0, m.index - 30), m.index);
    const after = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (heldFixed(scan, m.index, m.index + m[0].length)) continue;
    if (NEAR_BEFORE.test(before) || NEAR_AFTER.test(after)) push(m, true);
  }
  return out;
}
