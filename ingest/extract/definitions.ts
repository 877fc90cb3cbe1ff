// Acronym definitions, "Long Form (LF)" and "LF (Long Form)", found with the Schwartz–Hearst algorithm.

import { canBeVerb } from "./pos.js";
import { attachedSuffixOf } from "./shape.js";
import { isWordChar } from "./text.js";
import { FUNCTION_WORDS, WEAK_TASK_HEADS } from "./words.js";

export interface Definition {
  short: string;
  long: string;
  shortStart: number;
  shortEnd: number;
  longStart: number;
  longEnd: number;
  /** A coining verb named the short form ("… (termed AlgoFormer)", "… framework, termed LAC, …"). */
  named?: boolean;
}

const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A short form: one token (or a word and a token) with a capital letter, letters first, at most 15 characters. */
function looksShort(s: string): boolean {
  if (s.length < 2 || s.length > 15) return false;
  // A dimension may lead an acronym as a word of its own ("3D DOG" for "3D Dense Object Grounding").
  // So may it lead one written as one token ("3DGS" for "3D Gaussian Splatting").
  s = s.replace(/^\d[DK]\s+(?=\p{Lu}{2})/u, "").replace(/^\d[DK](?=\p{Lu}{2})/u, "");
  // A version may follow as a word of its own ("TabPFN v2").
  if (!/^[\p{L}][\p{L}\p{N}.+'^-]*(?: [\p{Lu}][\p{L}\p{N}-]*| v\d+(?:\.\d+)*)?$/u.test(s)) return false;
  // Two words only as a capitalised word and an acronym ("Sparse RNG"), never "large T5".
  if (s.includes(" ") && !/^\p{Lu}/u.test(s)) return false;
  return /\p{Lu}/u.test(s) && (s.match(/[\p{L}]/gu)?.length ?? 0) >= 2;
}

/**
 * The shortest suffix of `candidate` whose letters spell `short` in order, its first letter starting a word
 * (Schwartz & Hearst, 2003). Returns the offset where the long form starts in `candidate`, or -1. A digit after a
 * letter that the text does not spell may count that letter ("A2SF" for two words in A, one in S and one in F).
 */
export function longFormStart(short: string, candidate: string): number {
  const at = spelledStart(short, candidate);
  if (at >= 0 || !DIGIT_AFTER_LETTER.test(short)) return at;
  const repeated = short.replace(DIGIT_AFTER_LETTER_ALL, (_, letter: string, n: string) => letter.repeat(Number(n)));
  // Counted letters start words, each its own, and only a title-case run counts them ("Text-to-Image (T2I)" spells
  // "to" with its 2; "We introduce a Widget Model (W2M)" is no long form).
  const at2 = spelledStart(repeated, candidate, true);
  if (at2 < 0) return -1;
  const long = candidate.slice(at2);
  const words = long.split(/\s+/).filter(Boolean);
  return /^\p{Lu}/u.test(long) && !/\bto\b/i.test(long) && words.every((w) => TITLE_WORD.test(w)) ? at2 : -1;
}

const DIGIT_AFTER_LETTER = /\p{L}[23](?!\p{N})/u;
const DIGIT_AFTER_LETTER_ALL = /(\p{L})([23])(?!\p{N})/gu;

/**
 * `longFormStart`'s spelling of `short` as written; with `initials`, every letter starts a word but a lowercase one
 * after a capital, which may be inside that capital's word ("DiT" of "Diffusion Transformer").
 */
function spelledStart(short: string, candidate: string, initials = false): number {
  let s = short.length - 1;
  let l = candidate.length - 1;
  // A lowercase prefix letter ("xLSTM", "mT5") abbreviates a first word it need not start ("extended LSTM").
  const prefixLetter = /^\p{Ll}\p{Lu}/u.test(short);
  const wordStart = (k: number) => k === 0 || !isAlnum(candidate[k - 1]);
  // By convention an initial X stands for a word starting "ex" or for "cross" ("extreme … (XMC)").
  const exOrCross = (k: number) =>
    (candidate[k] === "x" && candidate[k - 1]?.toLowerCase() === "e" && wordStart(k - 1)) ||
    (wordStart(k) && candidate.slice(k, k + 5).toLowerCase() === "cross");
  // A lowercase letter after the capital that starts its word ("DiT": the "i" of "Diffusion").
  const insideLettersWord = (k: number) => {
    if (short[s] === short[s]!.toUpperCase() || s === 0) return false;
    let w = k;
    while (w > 0 && isAlnum(candidate[w - 1])) w--;
    return candidate[w]!.toLowerCase() === short[s - 1]!.toLowerCase() && short[s - 1] !== short[s - 1]!.toLowerCase();
  };
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    const fits = (k: number) =>
      s > 0
        ? candidate[k]!.toLowerCase() === c && (!initials || wordStart(k) || insideLettersWord(k))
        : (candidate[k]!.toLowerCase() === c && (prefixLetter || wordStart(k))) || (c === "x" && exOrCross(k));
    while (l >= 0 && !fits(l)) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  // A slash starts a word too ("random/Farthest Point Sampling (FPS)").
  return Math.max(candidate.lastIndexOf(" ", l), candidate.lastIndexOf("/", l)) + 1;
}

const TITLE_RUN =
  /(?:^|\s)((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,5}\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:framework|model|network|architecture|method))?)\s*$/u;

/** Start of the title-case run ending `candidate` when its first letter is the short form's; -1 otherwise. */
function titleRunStart(short: string, candidate: string): number {
  const m = TITLE_RUN.exec(candidate);
  if (!m || m[1]![0]!.toLowerCase() !== short[0]!.toLowerCase()) return -1;
  return candidate.length - m[0].trimStart().length;
}

// A title-case run that may hold dimension words ("3D Deformable Attention").
const CAPITALISED_RUN =
  /(?:^|\s)((?:(?:\p{Lu}|\d[\p{Lu}])[\p{L}\p{N}-]*\s+){0,5}(?:\p{Lu}|\d[\p{Lu}])[\p{L}\p{N}-]*)\s*$/u;
const sortedLetters = (s: string) => [...s.toUpperCase()].sort().join("");

/**
 * Start of the shortest title-case run ending `candidate` whose capitals and digits are the short form's letters in
 * another order ("3D DeFormable Attention (DFA3D)"); -1 when there is none.
 */
function reorderedRunStart(short: string, candidate: string): number {
  const m = CAPITALISED_RUN.exec(candidate);
  if (!m) return -1;
  const want = sortedLetters(short.replace(/[^\p{L}\p{N}]/gu, ""));
  const run = m[1]!;
  const runStart = candidate.length - m[0].trimStart().length;
  for (let at = run.lastIndexOf(" "); ; at = run.lastIndexOf(" ", at - 1)) {
    const words = run.slice(at + 1);
    if (sortedLetters(words.replace(/[^\p{Lu}\p{N}]/gu, "")) === want) return runStart + at + 1;
    if (at < 0) return -1;
  }
}

// "Plan, Eliminate, and Track (PET)": capitalised words listed with commas, one initial each.
const LISTED_RUN = /(?:^|\s)(\p{Lu}[\p{L}-]*(?:,?\s+(?:(?:and|or|&)\s+)?\p{Lu}[\p{L}-]*)+)\s*$/u;

// "gizmo, widget, and sprocket (GWS)": lowercase words listed the same way, the last after "and" or "or".
const LISTED_LOWER_RUN = /(?:^|\s)(\p{Ll}[\p{L}-]*(?:,\s+\p{Ll}[\p{L}-]*)+,?\s+(?:and|or|&)\s+\p{Ll}[\p{L}-]*)\s*$/u;

/** Start of a comma-separated run of capitalised words whose initials spell the short form; -1 otherwise. */
function listedRunStart(short: string, candidate: string): number {
  const m = LISTED_RUN.exec(candidate) ?? LISTED_LOWER_RUN.exec(candidate);
  if (!m || !m[1]!.includes(",")) return -1;
  const lower = /^\p{Ll}/u.test(m[1]!);
  const words = m[1]!.split(/[,\s]+/).filter((w) => /^\p{Lu}/u.test(w) || (lower && !/^(?:and|or|&)$/.test(w)));
  // Lowercase verbs listed say what a method does ("we sort, filter, and rank (SFR) widgets"): that names the method.
  if (lower && words.every((w) => canBeVerb(w))) return -1;
  const initials = words.map((w) => w[0]!.toUpperCase()).join("");
  return initials === short.toUpperCase() ? candidate.length - m[0].trimStart().length : -1;
}

/**
 * Where a run of words whose initials spell an all-capitals `short` ends `candidate`, when that run is longer than
 * the long form found at `at` and it has fewer words than `short` has letters; `at` otherwise.
 */
function initialsRunStart(short: string, candidate: string, at: number): number {
  // A lowercase letter between capitals is a function word's ("Tree of Thoughts (ToT)", "Mixture of Experts (MoE)").
  if (!/^\p{Lu}(?:\p{Ll}?\p{Lu}){1,5}$/u.test(short) || wordCount(candidate.slice(at)) >= short.length) return at;
  const words = [...candidate.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)];
  let p = short.length - 1;
  for (let k = words.length - 1; k >= 0 && p >= 0; k--) {
    const word = words[k]![0];
    if (FUNCTION_WORDS.has(word.toLowerCase())) {
      if (short[p] === word[0]) p--;
      else if (p < short.length - 1) continue;
      else return at;
    } else if (hyphenPartsSpell(word, short, p)) {
      // A compound's parts may spell a letter each ("Semantic Self-Supervised Network (SSSN)").
      p -= word.split("-").length;
    } else if (word[0]!.toUpperCase() === short[p] && !/\p{Ll}/u.test(short[p]!)) {
      p--;
    } else {
      return at;
    }
    if (p < 0) return words[k]!.index!;
  }
  return at;
}

/** True when a hyphenated word's parts' initials are the capitals of `short` that end at index `p`. */
function hyphenPartsSpell(word: string, short: string, p: number): boolean {
  const parts = word.split("-");
  if (parts.length < 2 || parts.length > p + 1 || parts.some((part) => !/^\p{L}/u.test(part))) return false;
  const initials = parts.map((part) => part[0]!.toUpperCase()).join("");
  return short.slice(p - parts.length + 1, p + 1) === initials;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

// "Widget Detection and Gadget Retrieval (WD/GR)": two short forms for two coordinated long forms.
const SHORT_PAIR = /^(\p{Lu}[\p{L}\p{N}]{1,7})\/(\p{Lu}[\p{L}\p{N}]{1,7})$/u;

/** The two definitions of "A and B (a/b)" when each long form spells its short form; none otherwise. */
function pairedDefinitions(first: string, second: string, before: string, base: number, shortStart: number) {
  const and = / (?:and|or|&) (?!.* (?:and|or|&) )/.exec(before);
  if (!and) return [];
  const right = before.slice(and.index + and[0].length);
  const leftWindow = before.slice(0, and.index);
  const left = leftWindow.slice(Math.max(leftWindow.lastIndexOf(","), leftWindow.lastIndexOf(";")) + 1);
  const leftAt = longFormStart(first, left);
  if (longFormStart(second, right) !== 0 || leftAt < 0 || wordCount(right) > second.length + 2) return [];
  const leftLong = left.slice(leftAt);
  const leftStart = base + and.index - leftLong.length;
  const rightStart = base + and.index + and[0].length;
  const secondStart = shortStart + first.length + 1;
  return [
    {
      short: first,
      long: leftLong,
      shortStart,
      shortEnd: shortStart + first.length,
      longStart: leftStart,
      longEnd: leftStart + leftLong.length,
    },
    {
      short: second,
      long: right,
      shortStart: secondStart,
      shortEnd: secondStart + second.length,
      longStart: rightStart,
      longEnd: rightStart + right.length,
    },
  ];
}
// A parenthesis glued to the word after it is part of that word ("Instruction (In)Stability", "(Re)thinking").
const PAREN = /\(([^()]{1,80})\)(?!\p{L})/gu;

const CUED_SHORT =
  /^(?:abbreviated|abbr\.|shortened|denoted|dubbed|termed|named|called|referred to|or|short:)\s+(?:as\s+)?["'“‘]?(\p{L}[\p{L}\p{N}+-]{1,14})["'”’]?$/u;
// "network lasso (NL for short)", "(WRN, hereafter)": the cue after the short form says it only shortens.
const SHORT_THEN_CUE =
  /^["'“‘]?(\p{L}[\p{L}\p{N}+-]{1,14})["'”’]?,?\s+(?:for short|in short|hereafter|henceforth|hereinafter)$/u;

// "WidFormer, which is abbreviated from the 'Widget-friendly Transformer'", "LMU stands for Legendre Memory Unit": a
// name, a verb saying what it shortens, and the long form (quoted or not) up to a clause's end.
const SHORTENS = String.raw`(?:abbreviated\s+from|shortened\s+from|short\s+for|stands\s+for)`;
const SHORTENS_WORDS = new RegExp(String.raw`\b${SHORTENS}\b`);
const SHORT_FOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}-]{1,19})(?:,?\s+(?:which|that)\s+(?:is|was)|,?\s+is|,)?\s+${SHORTENS}\s+` +
    String.raw`(?:the\s+)?["'\x60‘“]*(\p{L}[\p{L}\p{N}-]*(?: [\p{L}\p{N}][\p{L}\p{N}-]*){1,7}?)["'’”]*` +
    String.raw`(?=\s*[,.;:)]|\s*$|\s+(?:and|which|that|to|for|with|in|is|was)\b)`,
  "gu",
);

/** Definitions a verb states ("X stands for Y"); the long form must spell the name from its first word. */
function statedDefinitions(sentence: string, base: number): Definition[] {
  const found: Definition[] = [];
  for (const m of sentence.matchAll(SHORT_FOR)) {
    const [, short, long] = m as unknown as [string, string, string];
    if (longFormStart(short, long) !== 0) continue;
    found.push(definitionAt(short, base + m.index!, long, base + m.index! + m[0].lastIndexOf(long)));
  }
  return found;
}

// "we present GQR, a Gated Quill Ranking method", "PSR, Pebble-Sorted Ranking for gadget pruning": a
// name, then perhaps an article and a few lowercase words, and a capitalised run that spells it.
// Tried only where a word ends at a comma (see `describedAt`): run over every position of every sentence, the two
// bounded runs around the inner capital backtracked through each capitalised word, a few per cent of extraction.
const DESCRIBED_AFTER =
  /(\p{Lu}[\p{L}\p{N}-]{0,13}\p{Lu}[\p{L}\p{N}-]{0,13}),\s+(?:(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3})?(\p{Lu}[^,.;:()]{3,120})/uy;
/** A character of DESCRIBED_AFTER's name: a letter, a digit or a hyphen. */
const isNameChar = (text: string, i: number) => text.charCodeAt(i) === 45 || isWordChar(text, i);

/** DESCRIBED_AFTER's matches in a sentence, left to right and not overlapping, as a global search finds them. */
function* describedAt(sentence: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let comma = sentence.indexOf(","); comma >= 0; comma = sentence.indexOf(",", comma + 1)) {
    // The word that ends at the comma, whole: the name never starts inside a word.
    let start = comma;
    while (start > 0 && comma - start <= 28 && isNameChar(sentence, start - 1)) start--;
    if (start < from || start === comma || (start > 0 && isNameChar(sentence, start - 1))) continue;
    DESCRIBED_AFTER.lastIndex = start;
    const m = DESCRIBED_AFTER.exec(sentence);
    if (!m) continue;
    yield m;
    from = start + m[0].length;
  }
}

/**
 * Definitions by a description right after the name, whose capitalised words spell it from their initials; the
 * long form ends at the word that spells the last letter ("GQLR, a Gated Quill Ladder strategy for Ranking gadgets"
 * ends at "Ranking").
 */
function describedDefinitions(sentence: string, base: number): Definition[] {
  const found: Definition[] = [];
  for (const m of describedAt(sentence)) {
    const [, short, rest] = m as unknown as [string, string, string];
    if (!looksShort(short)) continue;
    const last = short.replace(/[^\p{L}]/gu, "").slice(-1);
    const words = [...rest.matchAll(/\S+/g)].slice(0, short.length + 3);
    for (const w of words) {
      if (w[0][0] !== last || !/^\p{Lu}/u.test(w[0])) continue;
      const long = rest.slice(0, w.index! + w[0].length);
      if (spelledStart(short, long, true) !== 0) continue;
      found.push(definitionAt(short, base + m.index!, long, base + m.index! + m[0].length - rest.length));
      break;
    }
  }
  return found;
}

/** A definition of `short`, written at `shortStart`, by `long`, written at `longStart`. */
const definitionAt = (short: string, shortStart: number, long: string, longStart: number): Definition => ({
  short,
  long,
  shortStart,
  shortEnd: shortStart + short.length,
  longStart,
  longEnd: longStart + long.length,
});

// "our Gizmo Routing Widget framework, GiRoW, for …": a coined name set off by commas right
// after the title-case name it shortens (and the kind of thing it is).
// "…, LF, which …", or with a naming verb: "a novel Long Form framework, termed LF, that …".
const APPOSITIVE =
  /,\s+(?<cue>(?:termed|dubbed|called|named|coined)\s+(?:as\s+)?)?(?<short>\p{Lu}[\p{L}\p{N}+-]{1,14})(?=,|\s+(?:for|to|which|that|is|was)\b)/gu;
const KIND_AT_END = /\s+(?:framework|model|network|architecture|method|approach|system|module)$/;
const TITLE_WORD = /^(?:[\p{Lu}\d][\p{L}\p{N}-]*|\p{Ll}-\p{Lu}[\p{L}\p{N}-]*|of|for|and|with|to|on|in|the|via)$/u;
// "Gizmo Policy Gradients, or GPG.", "a partially observed widget process, or POWP,": "or" offers the short form.
const OR_APPOSITIVE =
  /,\s+or\s+(?<offered>(?:\p{Ll}-)?\p{Lu}[\p{L}\p{N}+-]{1,14})(?=[,.;:)]|\s+(?:for|to|which|that|is|was)\b)/gu;
const PLAIN_WORD = /^[\p{L}\d][\p{L}\p{N}-]*$/u;

/**
 * Definitions written as an appositive: "Long Form [kind], LF, …" or "…, termed LF, …", the long form title case and
 * spelling LF.
 */
function appositiveDefinitions(sentence: string, base: number): Definition[] {
  const found: Definition[] = [];
  const offered = sentence.includes(", or ") ? [...sentence.matchAll(OR_APPOSITIVE)] : [];
  for (const m of [...sentence.matchAll(APPOSITIVE), ...offered]) {
    const { cue, short: appended, offered } = m.groups!;
    const or = offered !== undefined;
    const short = (offered ?? appended)!;
    // A coined name: capitals beyond its first letter, not a capitalised word ("…, However,").
    if (!looksShort(short) || !/\p{Lu}/u.test(short.slice(1))) continue;
    const before = sentence.slice(0, m.index).replace(KIND_AT_END, "");
    const words = before.split(/\s+/);
    // The long form is at most as many words as the name has letters, all of them the title's; after "or", which
    // offers the short form outright, any words that spell it.
    const wordTest = or ? PLAIN_WORD : TITLE_WORD;
    let k = words.length;
    while (k > 0 && words.length - k < short.length && wordTest.test(words[k - 1]!)) k--;
    const run = words.slice(k).join(" ");
    const at = longFormStart(short, run);
    if (at < 0) continue;
    const long = run.slice(at);
    if (wordCount(long) < 2 || !(or ? /^[\p{L}\d]/u : /^(?:\p{Ll}-)?\p{Lu}/u).test(long)) continue;
    // A run that ends in a describing compound lost its head to the kind ("an Efficient ViT-based framework, EET").
    if (attachedSuffixOf(long.slice(long.lastIndexOf(" ") + 1))) continue;
    const def = definitionAt(
      short,
      base + m.index! + m[0].lastIndexOf(short),
      long,
      base + before.length - long.length,
    );
    // A naming verb coins the name; "or" only offers a shorter one.
    found.push(cue ? { ...def, named: true } : def);
  }
  return found;
}

/** Acronym definitions in one sentence; offsets are the sentence's plus `base`. */
export function findDefinitions(sentence: string, base: number): Definition[] {
  // SHORT_FOR's verbs first: few sentences hold one.
  const found: Definition[] = SHORTENS_WORDS.test(sentence) ? statedDefinitions(sentence, base) : [];
  if (sentence.includes(", "))
    found.push(...appositiveDefinitions(sentence, base), ...describedDefinitions(sentence, base));
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(sentence); m; m = PAREN.exec(sentence)) {
    const inner = m[1]!.trim();
    const innerStart = base + m.index + 1 + m[1]!.indexOf(inner);
    const before = sentence.slice(0, m.index).replace(/\s+$/, "");
    // "Algorithm Transformer (abbreviated as AlgoFormer)": a cue inside names the short form outright.
    const trailing = SHORT_THEN_CUE.exec(inner);
    const cued = CUED_SHORT.exec(inner) ?? trailing;
    if (cued) {
      const short = cued[1]!;
      const def = longFormBefore(short, innerStart + inner.lastIndexOf(short), before, base);
      // Spelt from a phrase led by a function word, the letters are chance: "a function of the history (called AIS)",
      // "Accuracy at NEC=5 (denoted as ANEC-5)".
      // A lowercase short form is an adjective's shorthand ("parameter-free (dubbed ep-free)"), no name.
      if (def && /\p{Lu}/u.test(short) && !FUNCTION_WORDS.has(def.long.split(" ")[0]!.toLowerCase())) {
        found.push(trailing || /^(?:or|short:)\s/i.test(inner) ? def : { ...def, named: true });
        continue;
      }
    }
    const pair = SHORT_PAIR.exec(inner);
    if (pair) {
      found.push(...pairedDefinitions(pair[1]!, pair[2]!, before, base, innerStart));
      continue;
    }
    // "Sparse RNG" may be a short form after its long form or, after a short form, a long form itself
    // ("WX (Widget XLM-R)"): the first reading that spells out is taken.
    const def =
      (looksShort(inner) ? longFormBefore(inner, innerStart, before, base) : undefined) ??
      (((wordCount(inner) >= 2 && wordCount(inner) <= 10) || HYPHENATED_LONG.test(inner)) && !/\d{4}|et al/.test(inner)
        ? longFormInside(inner, innerStart, before, base, wordCount(inner) < 2)
        : undefined);
    if (def) found.push(withoutSharedSuffix(def));
  }
  return found;
}

/**
 * `def` with a suffix attached to both its forms taken off both: "Variational Auto-encoder-based (VAE-based)"
 * defines VAE.
 */
function withoutSharedSuffix(def: Definition): Definition {
  const suffix = attachedSuffixOf(def.short);
  if (!suffix || !def.long.toLowerCase().endsWith(suffix.toLowerCase())) return def;
  const cut = suffix.length;
  return {
    ...def,
    short: def.short.slice(0, -cut),
    long: def.long.slice(0, -cut),
    shortEnd: def.shortEnd - cut,
    longEnd: def.longEnd - cut,
  };
}

/**
 * A long form holds a parenthesis only whole and near its end ("Vision Transformer (ViT) based Detector"). One that
 * starts in a parenthesis, closes one it did not open, or runs on past one is a stretch of the sentence ("Alexnet)
 * similar to the black box architecture (Alexnet)", "Mamba networks (ViMs) extend the selective state space model
 * (Mamba)"): only what follows the last parenthesis can be the long form, if it still spells the short one
 * ("human-object interaction (HOIs) and human-human interaction (HHIs)").
 */
function withinParentheses(short: string, written: string): string | undefined {
  // An outer parenthesis the pair is written in ("(medical visual question answering (MedVQA) and …)").
  const long = written.replace(/^[([]+(?=[^()[\]]*$)/, "");
  let depth = 0;
  for (const c of long) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    if (depth < 0) break;
  }
  if (!long.startsWith("(") && depth === 0 && !/\)(?:\s+\S+){3}/.test(long)) return long;
  const rest = long.slice(long.lastIndexOf(")") + 1).replace(/^\s*(?:,\s*)?(?:and\s+|or\s+)?/, "");
  if (rest.includes("(") || wordCount(rest) < 1) return undefined;
  const at = longFormStart(short, rest);
  return at < 0 ? undefined : rest.slice(at);
}

/** "Long Form (LF)": the long form in the words before the parenthesis. */
function longFormBefore(inner: string, innerStart: number, before: string, base: number): Definition | undefined {
  // Long form before the parenthesis: at most min(|A| + 5, 2|A|) words back.
  const letters = inner.replace(/[^\p{L}\p{N}]/gu, "").length;
  const maxWords = Math.min(letters + 5, letters * 2);
  // The last maxWords words of the text before the parenthesis.
  let cut = before.length;
  for (let k = 0; k < maxWords && cut > 0; k++) cut = before.lastIndexOf(" ", cut - 1);
  const window = before.slice(Math.max(0, cut + 1));
  // A long form spans no comma, semicolon or colon ("which contains three modules: the gizmo quantising module
  // (TGNet)" spells no "three modules").
  const clause = window.slice(Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf(":")) + 1);
  let at = longFormStart(inner, clause);
  // The shortest spelling may find an acronym's letters inside one word ("Distilled Decoding (DD)" spelt by
  // "Decoding"): words whose initials spell it win over fewer words.
  if (at >= 0) at = initialsRunStart(inner, clause, at);
  // A long form starts with no function word: a capitalised word before one with the same first letter spells that
  // letter ("Autoencoders as Cross-Modal Teachers (ACT)", not "as Cross-Modal Teachers").
  if (at > 0) {
    const lead = /^(\p{Ll}+)\s/u.exec(clause.slice(at));
    const prev = /(\p{Lu}[\p{L}\p{N}-]*)\s+$/u.exec(clause.slice(0, at));
    if (lead && prev && FUNCTION_WORDS.has(lead[1]!) && prev[1]![0]!.toLowerCase() === lead[1]![0])
      at -= prev[0].length;
  }
  // Coined acronyms reorder letters ("3D Widget Transformer (WT3D)") or skip some ("Gated Widget Transformer
  // (GwX)": a title-case run whose first letter matches).
  if (at < 0) at = reorderedRunStart(inner, clause);
  if (at < 0) at = titleRunStart(inner, clause);
  let source = clause;
  if (at < 0) {
    source = window;
    at = listedRunStart(inner, window);
  }
  if (at < 0) return undefined;
  const quoted = source.slice(at).trim();
  let long = quoted.replace(/^["'`“”‘’«»]+|["'`“”‘’«»]+$/g, "");
  // A closing quote stands between the long form and the parenthesis: its end is before the quote.
  const closingQuote = quoted.length - quoted.replace(/["'`“”‘’«»]+$/, "").length;
  // "widget detection (iGWD) and part ranking (iGWPR)": the first definition is no part of the second, whose
  // letters the first's leading words may spell ("incremental gizmo widget part ranking").
  const first = /^\([^()]*\)\s+(?:and|or)\s+/.exec(long);
  let shared = "";
  if (first) {
    long = long.slice(first[0].length);
    if (longFormStart(inner, long) !== 0) {
      const firstLong = before.slice(0, before.length - long.length - first[0].length);
      shared = sharedModifiers(inner, long, firstLong) ?? "";
      if (!shared) return undefined;
    }
  }
  if (!long || long.toLowerCase() === inner.toLowerCase() || wordCount(long) < 1 || long.length <= inner.length) {
    return undefined;
  }
  const whole = withinParentheses(inner, long);
  if (!whole || whole.length <= inner.length) return undefined;
  long = whole;
  const longStart = base + before.length - closingQuote - long.length;
  return {
    short: inner,
    long: shared ? `${shared} ${long}` : long,
    shortStart: innerStart,
    shortEnd: innerStart + inner.length,
    longStart,
    longEnd: longStart + long.length,
  };
}

/**
 * The leading words of the long form before `firstLong`'s end that spell what `long` leaves of `short`'s letters
 * ("incremental gizmo" of "incremental gizmo widget detection" for "iGWPR" of "part ranking").
 */
function sharedModifiers(short: string, long: string, firstLong: string): string | undefined {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "");
  let k = 1;
  while (k < letters.length && longFormStart(letters.slice(k), long) !== 0) k++;
  const need = letters.slice(0, k).toLowerCase();
  if (k >= letters.length) return undefined;
  // Word parts, a hyphenated word's apart ("few-shot" gives f and s), with where each starts.
  const words = [...firstLong.matchAll(/[\p{L}\p{N}]+/gu)].slice(-8);
  for (let j = 0; j + need.length <= words.length; j++) {
    const run = words.slice(j, j + need.length);
    if (run.map((w) => w[0][0]!.toLowerCase()).join("") !== need) continue;
    const end = run[run.length - 1]!;
    return firstLong.slice(run[0]!.index, end.index + end[0].length);
  }
  return undefined;
}

// One hyphenated token may spell out a coined acronym of three or more capitals too ("DeCoT (Decomposition-CoT)",
// "ACN (ArtCode-Net)"): a word, then capitalised parts. Two-letter ones name concepts ("PD (Proportional-Derivative)").
const HYPHENATED_LONG = /^\p{L}{4,}(?:-\p{Lu}[\p{L}]*)+$/u;
const COINED_SHORT = /^(?:\p{Ll}*\p{Lu}){3}/u;

/** "LF (Long Form)": the token before the parenthesis is the short form. */
function longFormInside(
  inner: string,
  innerStart: number,
  before: string,
  base: number,
  oneToken: boolean,
): Definition | undefined {
  const prev = /([\p{L}][\p{L}\p{N}\-.+']*)$/u.exec(before);
  if (!prev || !looksShort(prev[1]!)) return undefined;
  const short = prev[1]!;
  if (oneToken && !COINED_SHORT.test(short)) return undefined;
  const long = inner.replace(/^(?:i\.e\.,?|namely|short for)\s+/i, "");
  // "ViT (ViT-B)" names a variant, not a long form.
  const variant = long.toLowerCase().startsWith(short.toLowerCase()) && !/^\p{L}/u.test(long.slice(short.length));
  if ((longFormStart(short, long) !== 0 && !leadInitialsSpell(short, long)) || variant) return undefined;
  const shortStart = base + before.length - short.length;
  const longStart = innerStart + inner.indexOf(long);
  return { short, long, shortStart, shortEnd: shortStart + short.length, longStart, longEnd: longStart + long.length };
}

/**
 * True when the capitalised words leading `long` (listed with commas and "and") have the short form's letters as their
 * initials: "SEA (Sort, Embed and Aggregate for Long Widget Search)" spells SEA before what it is for.
 */
function leadInitialsSpell(short: string, long: string): boolean {
  const lead = /^(?:\p{Lu}[\p{L}\p{N}-]*(?:,?\s+(?:and\s+|&\s+)?|$))+/u.exec(long)?.[0];
  if (!lead || !lead.includes(",")) return false;
  const initials = lead
    .match(/\p{Lu}[\p{L}\p{N}-]*/gu)!
    .map((w) => w[0])
    .join("");
  return initials === short.toUpperCase();
}

// "ATTA: Anomaly-aware Test-Time Adaptation for …": a title's acronym before its colon, spelt by the capitals of the
// title-case words after it.
const TITLE_ACRONYM = /^(\p{Lu}[\p{L}\d]{1,11}):\s+/u;

/**
 * The title's acronym and the words after its colon whose capitals spell it, when those words name a method (no word
 * of them is a task's head: "TrOCR: Transformer-based Optical Character Recognition" names the task it addresses).
 */
export function titleDefinition(title: string, base: number, isTaskHead: (word: string) => boolean): Definition[] {
  const m = TITLE_ACRONYM.exec(title);
  if (!m) return [];
  const short = m[1]!;
  const letters = short.replace(/[^\p{Lu}]/gu, "");
  if (letters.length < 3) return [];
  const rest = title.slice(m[0].length);
  let caps = "";
  let end = 0;
  for (const w of rest.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) {
    if (!/^\p{Lu}/u.test(w[0])) return [];
    caps += w[0].replace(/[^\p{Lu}]/gu, "");
    end = w.index + w[0].length;
    if (caps === letters) break;
    if (!letters.startsWith(caps)) return [];
  }
  const long = rest.slice(0, end);
  // The phrase must end where the title's noun phrase does ("… Adaptation for …"), not inside it ("WART:
  // Widget-Aware Recurrent Trajectory Prediction"), and hold no task ("Valence-Arousal Estimation"); a
  // head that names tasks only with help may sit inside a method's name ("Widget Ranking Aware Tuning").
  const ends = /^\s*(?:$|[:,;(]|(?:for|with|in|via|of|on|to|and|by|from|towards?|through|using)\b)/i.test(
    rest.slice(end),
  );
  const words = long.split(/[\s-]+/).map((w) => w.toLowerCase());
  const holdsTask = words.some((w, k) => isTaskHead(w) && (k === words.length - 1 || !WEAK_TASK_HEADS.has(w)));
  if (caps !== letters || !ends || holdsTask) return [];
  const longStart = base + m[0].length;
  return [
    { short, long, shortStart: base, shortEnd: base + short.length, longStart, longEnd: longStart + long.length },
  ];
}
