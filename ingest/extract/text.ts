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

// A word: letters and digits joined by inner hyphens or apostrophes, dots between digits ("Qwen2.5"); a trailing
// "+" or "++" kept.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’\-_](?=[\p{L}\p{N}])|(?<=\d)\.(?=\d))*\+{0,2}/gu;

/** Word tokens of `text`, each tagged with the index of its sentence. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    while (s < sentences.length - 1 && m.index >= sentences[s]!.end) s++;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, sentence: s });
  }
  return tokens;
}

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
