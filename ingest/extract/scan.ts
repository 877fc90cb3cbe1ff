// One paper's text prepared for the rules: sentences, tokens, cleaned words, and the words it writes in lowercase.

import { paperText } from "../../domain/identity.js";
import { fold } from "./fold.js";
import { knownAfterPrefix } from "./lexicon.js";
import { plainText } from "./markup.js";
import { cleanWord, isNameShape, isTitleWord, SPELT_LETTERS } from "./shape.js";
import { nextWord, splitSentences, tokenize, wordEnd, type Sentence, type Token } from "./text.js";
import type { CorpusContext, PaperInput } from "./types.js";

export interface Scan {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Each token with possessive and attached suffix removed. */
  clean: string[];
  /** Each token lowercased. */
  lower: string[];
  /** Each token folded. */
  folded: string[];
  /** Whether each cleaned token has the shape of a coined name. */
  shape: boolean[];
  /** Whether each cleaned token is a title-case word. */
  title: boolean[];
  /** Lowercased words known to be ordinary words (written in lowercase in this paper or the corpus). */
  common: ReadonlySet<string>;
  /** Each token's facts, shared by every token of the same word (see `perWordFact`). */
  facts: WordFacts[];
  /** A long text without a single comma: its lists were stripped of them, so a space may part two items. */
  commaless: boolean;
}

// Below this many words a text may well need no comma; above it, none at all means they were stripped (whole
// proceedings of the real corpus were published so).
const COMMALESS_WORDS = 80;

/** What the rules ask of a word on its own, whatever paper it is in. */
export interface WordFacts {
  text: string;
  clean: string;
  lower: string;
  folded: string;
  shape: boolean;
  title: boolean;
  /** Holds two letters in a row: a word that counts towards a sentence's share of capitals. */
  wordy: boolean;
  /** Starts with a letter and is written in lowercase: an ordinary word. */
  lowerWord: boolean;
  allCaps: boolean;
  /** The capitals a word spells an acronym with ("SEE" of "SElf-Evolving"), or "" (see `spelledLetters`). */
  spelt: string;
  /** Facts other modules derive from the word, by slot (see `perWordFact`). */
  derived: unknown[];
}

// The facts are pure functions of the word and most words recur from paper to paper, so they are computed once per
// distinct word; the table is emptied when full, which bounds it on corpora with millions of distinct names.
const facts = new Map<string, WordFacts>();
const MAX_FACTS = 100_000;
const ALL_CAPS = /^[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*$/u;

// A capitalised word joined to a known model's name names a model of that family ("Phi-Mamba", "Vision-Mamba").
const WORD_THEN_NAME = /^\p{Lu}\p{Ll}+-(\p{Lu}[\p{L}\d.-]*)$/u;
const wordThenKnownModel = (word: string) => knownAfterPrefix(word, WORD_THEN_NAME, "model");
// So does a known model's name joined to a size word: the family's configuration ("Swin-Large", "Hiera-Base").
const NAME_THEN_SIZE = /^([\p{L}\d.]+)-(?:Tiny|Small|Base|Medium|Large|Huge|Giant|XL|XXL)$/u;
const knownModelThenSize = (word: string) => knownAfterPrefix(word, NAME_THEN_SIZE, "model");

function factsOf(word: string): WordFacts {
  let f = facts.get(word);
  if (f) return f;
  if (facts.size >= MAX_FACTS) facts.clear();
  const clean = cleanWord(word);
  const lower = word.toLowerCase();
  f = {
    text: word,
    clean,
    lower,
    folded: fold(word),
    shape: isNameShape(clean) || wordThenKnownModel(clean) || knownModelThenSize(clean),
    title: isTitleWord(clean),
    wordy: /\p{L}{2}/u.test(word),
    lowerWord: word === lower && /^\p{L}/u.test(word),
    allCaps: ALL_CAPS.test(word),
    spelt: speltInitials(clean),
    derived: [],
  };
  facts.set(word, f);
  return f;
}

/** One paper's text, split and with every word's facts looked up. */
export function scanPaper(paper: PaperInput, context?: CorpusContext): Scan {
  const text = plainText(paperText(paper));
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const clean: string[] = [];
  const lower: string[] = [];
  const folded: string[] = [];
  const shape: boolean[] = [];
  const title: boolean[] = [];
  const wordFacts: WordFacts[] = [];
  let spelt = false;
  for (const t of tokens) {
    const f = factsOf(t.text);
    if (f.spelt) spelt = true;
    wordFacts.push(f);
    clean.push(f.clean);
    lower.push(f.lower);
    folded.push(f.folded);
    shape.push(f.shape);
    title.push(f.title);
  }
  const corpus = context?.commonWords;
  // With corpus knowledge the corpus's set already holds this paper's lowercase words.
  let common: ReadonlySet<string> | undefined = corpus;
  if (!common) {
    const own = new Set<string>();
    wordFacts.forEach((f) => {
      if (f.lowerWord) own.add(f.text);
    });
    common = own;
  }
  quietShouting(sentences, tokens, wordFacts, shape, title);
  if (spelt) spelledLetters(tokens, wordFacts, shape, title, common);
  const commaless = tokens.length >= COMMALESS_WORDS && !text.includes(",");
  return { text, sentences, tokens, clean, lower, folded, shape, title, common, facts: wordFacts, commaless };
}

let slots = 0;

/**
 * A fact that depends on a word alone (and the process's lexicons), computed once per distinct word and kept with
 * the word's other facts: a token's lookups in the big lexicon maps cost a cache miss each, the word's facts one.
 */
export function perWordFact<T extends NonNullable<unknown>>(
  compute: (word: WordFacts) => T,
): (scan: Scan, i: number) => T {
  const slot = slots++;
  return (scan, i) => {
    const f = scan.facts[i]!;
    return (f.derived[slot] ??= compute(f)) as T;
  };
}

/**
 * In a sentence written in capitals ("DEEP RESIDUAL LEARNING FOR IMAGE RECOGNITION") capitals say nothing: its
 * capitalised tokens are no name shapes unless the paper also writes them so in an ordinary sentence ("BERT").
 */
function quietShouting(
  sentences: Sentence[],
  tokens: Token[],
  wordFacts: WordFacts[],
  shape: boolean[],
  title: boolean[],
): void {
  const words = new Array<number>(sentences.length).fill(0);
  const caps = new Array<number>(sentences.length).fill(0);
  tokens.forEach((t, i) => {
    const f = wordFacts[i]!;
    if (!f.wordy) return;
    words[t.sentence]!++;
    if (f.allCaps) caps[t.sentence]!++;
  });
  const shouting = words.map((n, s) => n >= 3 && caps[s]! >= 0.6 * n);
  if (!shouting.includes(true)) return;
  const written = new Set(tokens.filter((t) => !shouting[t.sentence]).map((t) => t.text));
  tokens.forEach((t, i) => {
    if (shouting[t.sentence] && !written.has(t.text)) {
      shape[i] = false;
      title[i] = false;
    }
  });
}

// A part of a word capitalised ("Evolving"), beside one that spells letters (SPELT_LETTERS: "SElf", "DEtection").
const CAPITALISED_PART = /^\p{Lu}\p{Ll}+$/u;

/** The capitals a word spells ("SEE" of "SElf-Evolving"): each part spelt or capitalised, one part spelt at least. */
function speltInitials(word: string): string {
  if (!/\p{Lu}{2}\p{Ll}/u.test(word)) return "";
  let initials = "";
  let spelt = false;
  for (const part of word.split("-")) {
    const m = SPELT_LETTERS.exec(part);
    if (m) {
      initials += m[1];
      spelt = true;
    } else if (CAPITALISED_PART.test(part)) initials += part[0];
    // A lowercase part after a spelt one spells nothing ("LArge-scale").
    else if (!(spelt && /^\p{Ll}+$/u.test(part))) return "";
  }
  return spelt ? initials : "";
}

/**
 * A word that writes an acronym's letters in capitals ("with SElf-Evolving constraints" beside SEEAvatar) spells a
 * name the paper writes elsewhere; it is no name of its own. Its words are ordinary words (written in lowercase in
 * the corpus: "self", not "samed" of "SAMed"), its capitals three at least and found in another name-shaped word,
 * so that a lone coined name written so ("DAgger", "XGBoost") stays.
 */
function spelledLetters(
  tokens: Token[],
  wordFacts: WordFacts[],
  shape: boolean[],
  title: boolean[],
  common: ReadonlySet<string>,
): void {
  const names = new Set(wordFacts.filter((f, i) => shape[i] && !f.spelt).map((f) => f.clean));
  // Right after a capitalised word of its phrase ("Large-scale Scene UNderstanding", "Drops And REscales"), it
  // spells an acronym's letters across that phrase, two capitals or more.
  const afterCapitalised = (i: number) =>
    i > 0 &&
    tokens[i - 1]!.sentence === tokens[i]!.sentence &&
    tokens[i - 1]!.end + 1 === tokens[i]!.start &&
    (title[i - 1]! || wordFacts[i - 1]!.spelt !== "");
  wordFacts.forEach((f, i) => {
    if (f.spelt && shape[i] && afterCapitalised(i) && f.lower.split("-").every((part) => common.has(part))) {
      shape[i] = false;
      title[i] = false;
      return;
    }
    // Two capitals are enough in a title, where the acronym it spells is coined ("Crowdsourcing a LArge-scale …").
    if (f.spelt.length < (tokens[i]!.sentence === 0 ? 2 : 3) || !shape[i]) return;
    if (!f.lower.split("-").every((part) => common.has(part))) return;
    for (const name of names) {
      if (name.includes(f.spelt)) {
        shape[i] = false;
        title[i] = false;
        return;
      }
    }
  });
}

/** The gap between token i and token i + 1 ("" when i is last). */
export function gapAfter(scan: Scan, i: number): string {
  const next = scan.tokens[i + 1];
  return next ? scan.text.slice(scan.tokens[i]!.end, next.start) : "";
}

/** True when tokens i and i + 1 are in one sentence separated by exactly one space. */
export function joined(scan: Scan, i: number): boolean {
  const next = scan.tokens[i + 1];
  if (!next) return false;
  const t = scan.tokens[i]!;
  // Compared in place: this runs for most tokens of most rules, and a sliced gap would be a string each time.
  return next.sentence === t.sentence && next.start === t.end + 1 && scan.text.charCodeAt(t.end) === 32;
}

/** True when token i starts its sentence (or follows an opening quote, colon or bracket there). */
export function sentenceInitial(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const prev = scan.tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return true;
  return /["“(]\s*$/.test(scan.text.slice(prev.end, t.start));
}

/** Words of the corpus that are written in lowercase: a word seen in lowercase is an ordinary word. */
export function commonWordsOf(papers: Iterable<PaperInput>): Set<string> {
  const words = new Set<string>();
  for (const p of papers) {
    for (const text of [p.title, p.abstract]) {
      // tokenize's words, without building tokens for the many that start with no lowercase letter.
      for (let start = nextWord(text, 0); start < text.length;) {
        const end = wordEnd(text, start);
        const c = text.charCodeAt(start);
        if ((c >= 97 && c <= 122) || (c > 127 && LOWER_START.test(text.slice(start, end)))) {
          words.add(text.slice(start, end));
        }
        start = nextWord(text, end);
      }
    }
  }
  return words;
}

const LOWER_START = /^\p{Ll}/u;
