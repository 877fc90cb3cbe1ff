// The Cypher lexer: token kinds and values over tricky inputs, and what it refuses.

import { describe, expect, it } from "vitest";
import { QuerySyntaxError } from "../../query/errors.js";
import { decodeQuery, tokenize } from "../../query/lexer.js";

const kinds = (q: string) => tokenize(q).map((t) => `${t.kind}:${t.value}`);

describe("tokenize", () => {
  it.each([
    ["MATCH (n) RETURN n", ["word:MATCH", "op:(", "word:n", "op:)", "word:RETURN", "word:n"]],
    ["RETURN 'a\\'b' // CREATE", ["word:RETURN", "string:a'b"]],
    ['RETURN "x\\"CREATE\\"" AS y', ["word:RETURN", 'string:x"CREATE"', "word:AS", "word:y"]],
    ["RETURN `we``ird` /* CREATE */", ["word:RETURN", "quoted:we`ird"]],
    ["RETURN $p, $`q r`, $0", ["word:RETURN", "param:p", "op:,", "param:q r", "op:,", "param:0"]],
    [
      "MATCH ()-[*1..3]->() RETURN 1.5e3, .5, 0x1F",
      [
        "word:MATCH",
        "op:(",
        "op:)",
        "op:-",
        "op:[",
        "op:*",
        "number:1",
        "op:..",
        "number:3",
        "op:]",
        "op:->",
        "op:(",
        "op:)",
        "word:RETURN",
        "number:1.5e3",
        "op:,",
        "number:.5",
        "op:,",
        "number:0x1F",
      ],
    ],
    [
      "RETURN n.x<>1 AND n.y=~'a'",
      [
        "word:RETURN",
        "word:n",
        "op:.",
        "word:x",
        "op:<>",
        "number:1",
        "word:AND",
        "word:n",
        "op:.",
        "word:y",
        "op:=~",
        "string:a",
      ],
    ],
    ["RETURN 'caf\\u00e9', 'Čušić'", ["word:RETURN", "string:café", "op:,", "string:Čušić"]],
    ["RETURN ünïcödé", ["word:RETURN", "word:ünïcödé"]],
    ["RETURN '😀'", ["word:RETURN", "string:😀"]],
    ["MATCH (n)\u00a0CREATE", ["word:MATCH", "op:(", "word:n", "op:)", "word:CREATE"]],
  ])("%j", (query, expected) => {
    expect(kinds(query)).toEqual(expected);
  });

  it("keeps offsets that slice back to the source", () => {
    const q = "MATCH (p:Paper {id: $id}) RETURN p.title AS `t`";
    for (const t of tokenize(q)) expect(q.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokenize(q).map((t) => q.slice(t.start, t.end))).toContain("`t`");
  });

  it.each([
    ["RETURN 'open", /unterminated string/],
    ['RETURN "open\\"', /unterminated string/],
    ["RETURN 1 /* open", /unterminated \/\* comment/],
    ["RETURN `open", /unterminated `quoted`/],
    ["RETURN ``", /empty/],
    ["RETURN 'a\\x'", /invalid escape/],
    ["RETURN '\\u12'", /invalid \\u escape/],
    ["RETURN '\\u0000'", /refused character/],
    ["RETURN '\u0000'", /control character U\+0000/],
    ["RETURN 1\u0007", /control character/],
    ["RETURN '\ud800'", /unpaired surrogate/],
    ["RETURN 1 \u202e", /bidirectional/],
    ["RETURN '\ufffd'", /replacement character/],
    ["RETURN 1 #", /unexpected character/],
    ["RETURN 12abc", /malformed number/],
    ["RETURN $", /without a parameter name/],
  ])("refuses %j", (query, message) => {
    expect(() => tokenize(query)).toThrow(QuerySyntaxError);
    expect(() => tokenize(query)).toThrow(message);
  });

  it("decodes strict UTF-8 and refuses anything else", () => {
    expect(decodeQuery(new TextEncoder().encode("RETURN 'é'"))).toBe("RETURN 'é'");
    expect(() => decodeQuery(Uint8Array.from([0x52, 0x45, 0xff, 0xfe]))).toThrow(QuerySyntaxError);
    expect(() => decodeQuery(Uint8Array.from([0x27, 0xc3, 0x28, 0x27]))).toThrow(/not valid UTF-8/);
  });
});
