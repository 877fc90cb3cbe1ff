// Which spans of text introduce the paper's own contributions: "we propose X", "X is proposed", "our X",
// "this motivates us to propose X".

import type { Scan } from "./scan.js";
import { QUOTE_MARKS } from "./text.js";

export interface Range {
  start: number;
  end: number;
}

const PROPOSING =
  /\b(?:we|this (?:paper|work|study|article|report|technical report)|our (?:paper|work)|(?:motivat|inspir|lead|led|prompt|driv)\w*\s+us\s+to)\s+(?:(?:also|further|then|first|additionally|hereby|newly|thus|therefore|finally|now|instead|here|\w+ly)\s+)*(?:(?:are|were)\s+(?:also\s+)?able\s+to\s+|can\s+|will\s+)?(?:(?:[\w-]+\s+){0,10}?by\s+(?:proposing|introducing|presenting|developing|designing|creating|constructing|building|curating|releasing)|propose[sd]?|introduce[sd]?|present[sd]?|provide[sd]?(?!\s+(?:[\w-]+\s+){0,3}?(?:analys[ie]s|insights?|evidence|proofs?|guarantees?|bounds?|asymptotics|rates?|conditions|explanations?|overview|comparisons?|results|details|discussion|justification|interpretations?|understanding|perspectives?|characteri[sz]ations?|support|access|feedback|guidance|theoretical|empirical|numerical|experimental|rigorous|formal)\b)|develop(?:s|ed)?|design(?:s|ed)?|construct(?:s|ed)?|release[sd]?|build(?!\s+(?:on|upon)\b)|built(?!\s+(?:on|upon)\b)|devise[sd]?|curate[sd]?|create[sd]?|put forward|come up with|name|call|contribute|establish(?:es|ed)?|upgrade|advocate[sd]?(?=\s+(?:an?|our)\s))\b/gi;
// What PROPOSING starts with: half of all sentences lack it, and this test is much cheaper than PROPOSING's scan.
const PROPOSER = /\b(?:we\s|this |our |us to )/i;
// And what PASSIVE ends with.
const PASSIVE_VERB = /propos|introduc|present|develop|design|devis|construct/i;
const PASSIVE =
  /\b(?:is|are)\s+(?:(?:\w+ly|also|further|then|first|newly)\s+)?(?:proposed|introduced|presented|developed|designed|devised|constructed)\b/gi;
// "An intermediate fusion block (IFB) is designed to …": what is designed is new only when the subject is too.
const MADE_ONLY = /^(?:designed|devised|constructed)$/i;
const NEW_SUBJECT = /^\s*(?:[\w-]+,\s+)?an?\s/i;
// "Our key contribution is a … technique, ProbEn": what the paper says it contributes is its own.
const CONTRIBUTION =
  /\bour\s+(?:(?:main|key|primary|core|central|major|first|principal)\s+)?contributions?\s+(?:is|are|includes?|lies in)\b/gi;
// "Recently, a fine-grained X is proposed": a passive proposal in a sentence about earlier work is someone else's.
const EARLIER_WORK = /\b(?:recent(?:ly)?|previous(?:ly)?|prior|existing|earlier|et al)\b/i;
// "we adopt X and design Y": a second proposing verb coordinated with the first under the same "we".
const COORDINATED =
  /\band\s+(?:(?:also|further|then|finally|thus|therefore|hence|accordingly|consequently|subsequently)\s+)?(?:propose|introduce|present|design|develop|devise|build|construct|(?:create|curate|release)[sd]?)\b/gi;
// "our X", "the proposed X", "the resulting model, the X": the name must start right after.
const OUR =
  /\b(?:our|the proposed|our proposed|the resulting|the new)\s+(?!(?:best\s+)?(?:knowledge|experiments?|results?|findings|analys[ie]s|evaluations?|understanding|(?:\w+\s+)?bounds?|theor(?:y|ies|ems?)|proofs?|observations?|insights?|goal|aim)\b)(?:(?:new|novel|proposed)\s+)?(?:(?:model|method|architecture|framework|network|system|approach|algorithm|pipeline|detector|tracker|classifier|encoder|decoder|agent|planner|optimi[sz]er|estimator|solver|module)s?,?\s+(?:the\s+|called\s+|named\s+)?)?/gi;
// "our testing framework, i.e., X", "our curated benchmark called X": lowercase words, the noun, then the name.
const OUR_NAMED =
  /\b[Oo]ur\s+(?:[a-z][\w-]*\s+){1,2}(?:model|method|architecture|framework|network|system|benchmark|dataset|toolkit|library|platform|suite|tool)s?(?:,\s+(?:i\.e\.,?\s+|namely\s+|dubbed\s+|called\s+|named\s+)?|\s+(?:called|named|dubbed)\s+)/g;
const THIS_NAMED =
  /\b[Tt]his\s+(?:new\s+|novel\s+)?(?:model|method|architecture|framework|network|system|approach|algorithm|pipeline),\s+(?=[\p{Lu}\d])/gu;
const OBJECT_END =
  /[.;:!?]|\s(?:which|that|to|by|using|where|whose|via|through|so|from|with|across|over|than|while|since|because|as|based|built|under|against|without|when|replacing|instead|rather|combining|integrating|leveraging|exploiting|utili[sz]ing|and\s+(?:then\s+)?(?:tackle|address|evaluate|validate|show|demonstrate|achieve|apply|test|compare|conduct|perform|report|outperform|obtain|win)(?:s|d|ed)?)\b/;

// A few words of the object's noun phrase, then its name in parentheses or between commas ("with gated widget
// memory (GWMem)", "with staged pooling, STAP, to …").
const NAMED_AFTER =
  /^(\s*(?:with|of|via)\s+(?:[\w-]+\s+){0,4}(?:\(|[\w-]+,\s+))[\w-]+(?:\)(?=\s*(?:[.,;:]|$|(?:which|that|to|for|and)\b))|(?=,\s+(?:to|which|that|whose|a|an)\b))/;

const NAMED_AFTER_COLON = /^[^.;:]{0,200}?\b(?:novel|new)\b[^.;:]*:\s*(?=\p{Lu})/u;

const EXISTING =
  /\b(?:existing|popular|widely[- ]used|well-known|established|off-the-shelf|(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+publicly available)\b/i;
// What a proposal can be of an older, named method: "an extension of X", "a variant of X".
const VARIANT_NOUN =
  "(?:extension|variant|generali[sz]ation|adaptation|modification|improvement|translation|version|subset|relaxation|refinement|simplification|speciali[sz]ation|instantiation|reformulation|re-?implementation)";
// "SEP, an extension of EP": an appositive that says what the object extends.
const APPOSITIVE_BASE = new RegExp(
  `(?:,|\\s-{1,2}|\\s?[\\u2013\\u2014])\\s*(?:an?|the)\\s+(?:[\\w-]+\\s+)?${VARIANT_NOUN}\\s+(?:of|to|on)\\b`,
  "i",
);
// "a variant of X", "an improved version of X": an object that is a variant of a named base (objectOf cuts there).
const BASE_OBJECT = new RegExp(`^\\s*(?:an?|the|our)\\s+(?:[\\w-]+\\s+){0,2}?${VARIANT_NOUN}s?(\\s+(?:of|to)\\s)`, "i");
// "two components", "three key modules", "new metrics", "the following contributions": parts a colon goes on to name.
const PARTS_BEFORE_COLON =
  /^\s*(?:two|three|four|five|several|multiple|the following|a few|a set of|new|novel)\s+(?:[\w-]+\s+){0,4}?(?:metrics?|measures?|components?|modules?|parts?|contributions?|techniques?|strategies|mechanisms?|innovations?|designs?|stages?|blocks?|improvements?)\s*$/i;

// "with two novel designs: A and B", "built from three novel blocks, i.e., A, B and C": parts called novel and
// then listed are the paper's own, whatever verb came before.
const NOVEL_PARTS =
  /\bnovel\s+(?:[\w-]+\s+){0,3}?(?:components|modules|blocks|techniques|strategies|mechanisms|designs|layers|losses|operators)\s*(?::|,?\s*(?:i\.e\.|namely|including)\s*,?)/gi;

// "lightweight modules such as": a proposal's parts given by example.
const PARTS_BEFORE_SUCH_AS =
  /^\s*(?:[\w-]+\s+){0,4}?(?:components?|modules?|techniques?|strategies|mechanisms?|designs?|blocks?|layers?|operators?)\s+such$/i;
// A relative clause that lists what the object is made of, and a method's noun in the object: a dataset that
// "comprises" or "contains" something holds it, and did not make it.
const MADE_OF_AFTER = /^,?\s+(?:which|that)\s+(?:(?:is|are)\s+(?:composed|made\s+up)\s+of|consists?\s+of|comprises?)\s/;
const METHOD_OBJECT = /\b(?:method|framework|model|architecture|network|approach|system|pipeline|algorithm)s?\b/i;
const LIST_END = /[.;:!?]|\s(?:which|that|to|by|using|where|whose|via|while|for)\b/;

// "a framework for training X": what the proposal is for is not part of it.
const PURPOSE = /(?<!\bshort)\sfor\b(?! the first time)/;
// Where the proposal is named again after its purpose: a coining cue, a comma before a name, a parenthesis that
// closes the phrase.
const RESUME =
  /\b(?:called|named|termed|dubbed|coined)\b|,\s*(?=[\p{Lu}\d])|\((?=[^()]{1,60}\)\s*(?:[.,;:]|$|(?:of|that|which|to|with|and|for|where|by|in|on)\b))/u;

/**
 * The object of a proposing verb from `from` (an offset in the sentence) to where a clause or relation begins,
 * without a purpose phrase inside it ("a method for X, Y, which …" holds Y, not X).
 */
function objectOf(sentence: { text: string; start: number }, from: number): Range[] {
  const rest = sentence.text.slice(from);
  let end = OBJECT_END.exec(rest)?.index ?? rest.length;
  // "a Natural Policy Gradient based algorithm": what the object is based on is not the proposal ("X based on Y" is,
  // and so is a name going on after "based": "Value Function based Difference-of-Convex Algorithm (VF-iDCA)").
  if (/^\s+based\s+(?!on\b|upon\b)\p{Ll}/u.test(rest.slice(end))) {
    const basis = rest.slice(0, end).search(/(?:\s+\p{Lu}[\w-]*)+$/u);
    if (basis >= 0) end = basis;
    else {
      // A lowercase basis names nothing: the object goes on ("a … transformer based framework PUT").
      const after = end + /^\s+based/.exec(rest.slice(end))![0].length;
      end = after + (OBJECT_END.exec(rest.slice(after))?.index ?? rest.length - after);
    }
  }
  // "a testbed of six publicly available data sources---YFCC, LAION, …": what already exists is not the proposal,
  // nor what an appositive says it extends ("SEP, an extension of EP").
  const notOwn = EXISTING.exec(rest.slice(0, end)) ?? APPOSITIVE_BASE.exec(rest.slice(0, end));
  if (notOwn) end = notOwn.index;
  // "we introduce two components: A and B", "three modules: (1) A …; (2) B …": the parts named after the colon are
  // the object.
  if (rest[end] === ":" && PARTS_BEFORE_COLON.test(rest.slice(0, end))) {
    const after = rest.slice(end + 1);
    end += 1 + (/[.!?]/.exec(after)?.index ?? after.length);
  }
  // "we introduce lightweight modules such as A, B and C to …": the parts it lists as examples are its own.
  else if (/^\s+as\b/.test(rest.slice(end)) && PARTS_BEFORE_SUCH_AS.test(rest.slice(0, end))) {
    const after = rest.slice(end + 3);
    end += 3 + (LIST_END.exec(after)?.index ?? after.length);
  }
  // "a variant of the widget leader (WL) algorithm": the proposal is the variant, its base someone's;
  // cut there as before a purpose, so that a name given to the variant after it still counts.
  const base = BASE_OBJECT.exec(rest.slice(0, end));
  const purpose = base ? { index: base[0].length - base[1]!.length } : PURPOSE.exec(rest.slice(0, end));
  // "we propose Transformer with gated widget memory (GWMem), which …": a name in parentheses or between commas that
  // closes the object's noun phrase names the proposal, whatever relation word came before it.
  const named = NAMED_AFTER.exec(rest.slice(end));
  const closingName: Range[] = named
    ? [{ start: sentence.start + from + end + named[1]!.length, end: sentence.start + from + end + named[0].length }]
    : [];
  // "we put forward a novel policy model based on X and Y: Spiking Widget Model (SWM), …": a name after a colon
  // that ends a new thing's description is that thing.
  const colon = NAMED_AFTER_COLON.exec(rest);
  if (colon) {
    const at = sentence.start + from + colon[0].length;
    closingName.push({ start: at, end: at + 1 });
  }
  // "a novel method, X, for …, which is composed of the A (AB) initialization and …": what it is made of is its
  // own, to the sentence's end.
  if (MADE_OF_AFTER.test(rest.slice(end, end + 40)) && METHOD_OBJECT.test(rest.slice(0, end))) {
    closingName.push({ start: sentence.start + from + end, end: sentence.start + sentence.text.length });
  }
  if (!purpose) return [{ start: sentence.start + from, end: sentence.start + from + end }, ...closingName];
  const out: Range[] = [{ start: sentence.start + from, end: sentence.start + from + purpose.index }];
  // A name coined after the purpose phrase, an apposition or an acronym that ends it names the proposal again ("a
  // method for X called Y", "a baseline for ship re-identification, TransOSS", "a framework for sequence contrastive
  // learning (SeqCLR) of …"); an acronym inside it does not ("for recombining open-ended learning (OEL) algorithms").
  const resume = RESUME.exec(rest.slice(purpose.index, end));
  if (resume)
    out.push({ start: sentence.start + from + purpose.index + resume.index, end: sentence.start + from + end });
  return [...out, ...closingName];
}

/** Ranges whose names are the paper's own: objects of a proposing verb, subjects of "is proposed", "our X". */
export function proposingRanges(scan: Scan): Range[] {
  const ranges: Range[] = [];
  const text = scan.text;
  for (const s of scan.sentences) {
    if (PROPOSER.test(s.text)) {
      for (const m of s.text.matchAll(PROPOSING)) ranges.push(...objectOf(s, m.index! + m[0].length));
    }
    if (s.text.includes("novel")) {
      for (const m of s.text.matchAll(NOVEL_PARTS))
        ranges.push({ start: s.start + m.index! + m[0].length, end: s.end });
    }
    if (s.text.includes("ontribution")) {
      for (const m of s.text.matchAll(CONTRIBUTION)) ranges.push(...objectOf(s, m.index! + m[0].length));
    }
    const we = s.text.search(/\bwe\b/i);
    if (we >= 0) {
      for (const m of s.text.matchAll(COORDINATED)) {
        if (m.index! < we) continue;
        ranges.push(...objectOf(s, m.index! + m[0].length));
      }
    }
    for (const m of PASSIVE_VERB.test(s.text) ? s.text.matchAll(PASSIVE) : []) {
      const before = s.text.slice(0, m.index!);
      if (EARLIER_WORK.test(before)) continue;
      const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
      // ... and the verb its own, not a relative clause's ("A Chain Widget Graph is a model which is designed to").
      if (
        MADE_ONLY.test(m[0].split(/\s+/).pop()!) &&
        (!NEW_SUBJECT.test(s.text.slice(0, m.index!)) || /\b(?:is|are|which|that)\s/i.test(before.slice(from)))
      ) {
        continue;
      }
      // The subject's own words, not what it is for or built on ("a new algorithm for training X is introduced").
      const stop = PURPOSE.exec(before.slice(from));
      ranges.push({ start: s.start + from, end: s.start + (stop ? from + stop.index : m.index!) });
    }
  }
  // "we propose a … network for X. This network, HMR 2.0, …": after a proposal, "this" names it.
  if (ranges.length > 0 && /[Tt]his/.test(text)) {
    for (const m of text.matchAll(THIS_NAMED)) {
      const from = m.index! + m[0].length;
      if (ranges.some((r) => r.start < m.index!)) ranges.push({ start: from, end: from + 1 });
    }
  }
  for (const m of [...text.matchAll(OUR), ...text.matchAll(OUR_NAMED)]) {
    let from = m.index! + m[0].length;
    // Or right after the quotes it is written in ("our novel ``WidgetPatches'' dataset").
    while (QUOTE_MARKS.includes(text[from] ?? " ")) from++;
    // Only a name that starts right after "our" is the paper's own ("our method outperforms BERT" proposes nothing).
    ranges.push({ start: from, end: from + 1 });
  }
  return ranges;
}

export const inRanges = (ranges: Range[], start: number) => ranges.some((r) => start >= r.start && start < r.end);

/** True when one of the ranges starts in [from, to): a proposal begins there. */
export const rangeStartsIn = (ranges: Range[], from: number, to: number) =>
  ranges.some((r) => r.start >= from && r.start < to);
