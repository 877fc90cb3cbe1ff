// Sentences and word tokens of a paper's text, with character offsets into that text.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

// A sentence ends at . ! ? followed by space and a capital, digit or quote; abbreviations and decimals do not end one.
const SENTENCE_END = /[.!?](?=\s+["'([]?[A-Z0-9])/g;
const ABBREVIATIONS = /(?:\be\.g|\bi\.e|\bet al|\bvs|\bcf|\bFig|\bEq|\bSec|\bapprox|\bresp|\bw\.r\.t|\bNo)$/i;

/** Quotation marks a name may be written in, straight, curly, LaTeX (``X'') or angled. */
export const QUOTE_MARKS = "\"'`“”‘’«»";

/** Splits text into sentences; the title (first line) is always its own sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
  };
  const newline = text.indexOf("\n");
  const bodyStart = newline < 0 ? text.length : newline + 1;
  push(0, newline < 0 ? text.length : newline);
  let start = bodyStart;
  SENTENCE_END.lastIndex = bodyStart;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 8), m.index))) continue;
    push(start, m.index + 1);
    start = m.index + 1;
  }
  push(start, text.length);
  return sentences;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit (a fast path for ASCII, which is nearly all of the text). */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Past the end there is no character (charCodeAt gives NaN; the test would read "undefined").
  return !Number.isNaN(c) && NON_ASCII_WORD_CHAR.test(text[i]!);
}

const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * Word tokens of `text`, each tagged with the index of its sentence. A word is letters and digits joined by
 * inner hyphens, underscores, apostrophes or a caret before a superscript ("IA-RED^2", "COCO-20^i", "g^nConv"),
 * with dots only between digits ("Qwen2.5"), a "+" before one last capital ("RGB+D"), and a trailing "+" or "++" (not
 * one joining two words: "RGB+Depth" is two).
 */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  for (let start = nextWord(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    while (s < sentences.length - 1 && start >= sentences[s]!.end) s++;
    tokens.push({ text: text.slice(start, end), start, end, sentence: s });
    start = nextWord(text, end);
  }
  return tokens;
}

/** Where the next word starts at or after `from` (`text.length` when none does). */
export function nextWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isWordChar(text, i)) i++;
  return i;
}

/** Where the word starting at `start` (a letter or digit) ends: `tokenize`'s word rule. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (; i < n;) {
    // Character codes, not one-character strings: this runs for every character of every word.
    const c = text.charCodeAt(i);
    if (isWordChar(text, i)) i++;
    else if ((c === HYPHEN || c === UNDERSCORE || c === APOSTROPHE || c === RIGHT_QUOTE) && isWordChar(text, i + 1))
      i += 2;
    // A superscript inside a name is part of it: a digit ("IA-RED^2"), or one letter after a digit ("COCO-20^i").
    else if (c === CARET && i + 1 < n && isWordChar(text, i - 1) && superscript(text, i + 1)) i += 2;
    // So is one after a one-letter base that the name goes on from ("g^nConv", recursive gated convolution).
    else if (c === CARET && i === start + 1 && isLetter(text, i - 1) && isLetter(text, i + 1) && isCapital(text, i + 2))
      i += 2;
    else if (c === DOT && isDigit(text, i - 1) && isDigit(text, i + 1)) i += 2;
    // One capital after a "+" ends a name that has capitals: "RGB+D" (colour and depth), "SGD+M".
    else if (c === PLUS && isCapital(text, i + 1) && !isWordChar(text, i + 2) && hasCapital(text, start, i)) i += 2;
    // Two lone capitals joined by "&" are one word ("J&F", region and contour accuracy; "Q&A").
    else if (
      c === AMPERSAND &&
      i === start + 1 &&
      isCapital(text, start) &&
      isCapital(text, i + 1) &&
      !isWordChar(text, i + 2)
    )
      i += 2;
    else break;
  }
  // Not a "+" joining two words ("RGB+Depth", "RGB+IR"): each is a word of its own.
  if (text.charCodeAt(i) === PLUS) {
    const plus = text.charCodeAt(i + 1) === PLUS ? 2 : 1;
    if (i + plus >= n || !isWordChar(text, i + plus)) i += plus;
  }
  return i;
}

const [HYPHEN, UNDERSCORE, APOSTROPHE, RIGHT_QUOTE, CARET, DOT, PLUS, AMPERSAND] = [..."-_'’^.+&"].map((ch) =>
  ch.charCodeAt(0),
);

/** A superscript's one character at `i`: a digit, or a letter standing alone after a digit ("20^i"). */
const superscript = (text: string, i: number) =>
  isDigit(text, i) || (isDigit(text, i - 2) && isLetter(text, i) && !isWordChar(text, i + 1));

const isCapital = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};
const isLetter = (text: string, i: number) => {
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
};
const hasCapital = (text: string, from: number, to: number) => {
  for (let k = from; k < to; k++) if (isCapital(text, k)) return true;
  return false;
};

/** The sentence holding an offset (binary search). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
