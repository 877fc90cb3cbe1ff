// A Cypher lexer for the guard and the console: words, `quoted` identifiers, strings with escapes, numbers,
// $parameters, operators; comments and whitespace dropped. Strict on purpose: whatever it does not know
// (control characters, invalid escapes, stray symbols) is an error, so no text can mean one thing here and
// another to the database. Pure.

import { QuerySyntaxError } from "./errors.js";

export type TokenKind = "word" | "quoted" | "string" | "number" | "param" | "op";

export interface Token {
  kind: TokenKind;
  /** Words and operators as written; quoted identifiers, strings and parameters unquoted and unescaped. */
  value: string;
  /** UTF-16 offsets into the source: `source.slice(start, end)` is the token as written. */
  start: number;
  end: number;
}

/** Longest first: the lexer takes the first that matches. */
const OPERATORS = ["<>", "<=", ">=", "=~", "+=", "->", "<-", "..", "::", "||", "!=", ..."()[]{},.:;|+-*/%^=<>!?&~"];

/** openCypher's escapes (`\'`, `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX`, `\UXXXXXXXX`); nothing else. */
const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  b: "\b",
  B: "\b",
  f: "\f",
  F: "\f",
  n: "\n",
  N: "\n",
  r: "\r",
  R: "\r",
  t: "\t",
  T: "\t",
};

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/u;

/** Characters refused anywhere, even inside strings and comments: a database may read them differently. */
function badCharacter(code: number): string | undefined {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return undefined;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return "control character";
  if (code >= 0xd800 && code <= 0xdfff) return "unpaired surrogate (not valid UTF-16/UTF-8)";
  if (code === 0xfffd) return "replacement character (the input was not valid UTF-8)";
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return "bidirectional control";
  if (code === 0xfeff || code === 0x200b || code === 0x2060) return "invisible character";
  return undefined;
}

/** Decodes bytes as strict UTF-8; invalid input is a syntax error, never silently replaced. */
export function decodeQuery(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new QuerySyntaxError("the query is not valid UTF-8", 0);
  }
}

function describe(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `line:column` (1-based) of an offset, for messages. */
export function position(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

export function tokenize(source: string): Token[] {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // A valid surrogate pair is one astral character: skip its low half.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    const bad = badCharacter(code);
    if (bad) throw new QuerySyntaxError(`${bad} ${describe(code)} at ${position(source, i)}`, i);
  }

  const tokens: Token[] = [];
  const fail = (what: string, at: number): never => {
    throw new QuerySyntaxError(`${what} at ${position(source, at)}`, at);
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    const start = i;
    if (SPACE.test(ch)) {
      i++;
    } else if (source.startsWith("//", i)) {
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (source.startsWith("/*", i)) {
      const close = source.indexOf("*/", i + 2);
      if (close < 0) fail("unterminated /* comment", start);
      i = close + 2;
    } else if (ch === "'" || ch === '"') {
      const [value, next] = readString(source, i, fail);
      tokens.push({ kind: "string", value, start, end: next });
      i = next;
    } else if (ch === "`") {
      const [value, next] = readQuoted(source, i, fail);
      tokens.push({ kind: "quoted", value, start, end: next });
      i = next;
    } else if (ch === "$") {
      i++;
      let value: string;
      if (source[i] === "`") {
        const [quoted, next] = readQuoted(source, i, fail);
        value = quoted;
        i = next;
      } else {
        const from = i;
        while (i < source.length && WORD_PART.test(source[i]!)) i++;
        value = source.slice(from, i);
      }
      if (!value) fail("`$` without a parameter name", start);
      tokens.push({ kind: "param", value, start, end: i });
    } else if (DIGIT.test(ch) || (ch === "." && DIGIT.test(source[i + 1] ?? ""))) {
      i = readNumber(source, i, fail);
      tokens.push({ kind: "number", value: source.slice(start, i), start, end: i });
    } else if (WORD_START.test(ch)) {
      while (i < source.length && WORD_PART.test(source[i]!)) i++;
      tokens.push({ kind: "word", value: source.slice(start, i), start, end: i });
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i));
      if (!op) fail(`unexpected character ${JSON.stringify(ch)} (${describe(source.codePointAt(i)!)})`, i);
      i += op!.length;
      tokens.push({ kind: "op", value: op!, start, end: i });
    }
  }
  return tokens;
}

type Fail = (what: string, at: number) => never;

function readString(source: string, from: number, fail: Fail): [string, number] {
  const quote = source[from]!;
  let i = from + 1;
  let value = "";
  for (;;) {
    if (i >= source.length) fail("unterminated string", from);
    const ch = source[i]!;
    if (ch === quote) return [value, i + 1];
    if (ch !== "\\") {
      value += ch;
      i++;
      continue;
    }
    const esc = source[i + 1] ?? "";
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (esc === "u" || esc === "U") {
      const digits = esc === "u" ? 4 : 8;
      const hex = source.slice(i + 2, i + 2 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) fail(`invalid \\${esc} escape`, i);
      const code = parseInt(hex, 16);
      if (code > 0x10ffff || badCharacter(code)) fail(`escape \\${esc}${hex} names a refused character`, i);
      value += String.fromCodePoint(code);
      i += 2 + digits;
    } else {
      fail(`invalid escape \\${esc}`, i);
    }
  }
}

/** A backtick-quoted name; a doubled backtick stands for one. */
function readQuoted(source: string, from: number, fail: Fail): [string, number] {
  let i = from + 1;
  let value = "";
  for (;;) {
    const close = source.indexOf("`", i);
    if (close < 0) fail("unterminated `quoted` identifier", from);
    value += source.slice(i, close);
    if (source[close + 1] === "`") {
      value += "`";
      i = close + 2;
    } else {
      if (!value) fail("empty `` identifier", from);
      return [value, close + 1];
    }
  }
}

function readNumber(source: string, from: number, fail: Fail): number {
  const rest = source.slice(from);
  const match = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/.exec(rest);
  const end = from + (match?.[0].length ?? 0);
  // `1..3` is a range; `1.x` a property on a literal; but `12abc` is no number and no word.
  if (WORD_PART.test(source[end] ?? "") && source[end - 1] !== ".") fail("malformed number", from);
  return end;
}
