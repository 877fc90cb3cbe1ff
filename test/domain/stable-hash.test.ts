// stableHash names papers without an arXiv id (`title:<hash>`) and marks stored content: its output must never
// change. Checked against FNV-1a 64 written the plain way, with BigInt, and against published FNV test values.

import { describe, expect, it } from "vitest";
import { stableHash } from "../../domain/identity.js";
import { seededRng } from "../../domain/random.js";

function fnv1a64Reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

describe("stableHash", () => {
  it("gives the FNV-1a 64 test vectors", () => {
    expect(stableHash("")).toBe("cbf29ce484222325");
    expect(stableHash("a")).toBe("af63dc4c8601ec8c");
    expect(stableHash("foobar")).toBe("85944171f73967e8");
  });

  it("agrees with the BigInt reference on varied text, including non-ASCII", () => {
    const rng = seededRng(7);
    const alphabet = "abcXYZ019 -_.:/éüßΩ学習🙂\n\t\"'";
    const chars = [...alphabet];
    for (let n = 0; n < 500; n++) {
      const length = Math.floor(rng() * 300);
      const text = Array.from({ length }, () => chars[Math.floor(rng() * chars.length)]).join("");
      expect(stableHash(text), JSON.stringify(text)).toBe(fnv1a64Reference(text));
    }
  });

  it("agrees with the reference past its reused buffer and on lone surrogates", () => {
    const long = "Abstract é学🙂 ".repeat(3_000); // 36,000 UTF-16 units: more than the scratch buffer holds
    expect(stableHash(long)).toBe(fnv1a64Reference(long));
    expect(stableHash("a\ud800b")).toBe(fnv1a64Reference("a\ud800b"));
    // A short text after a long one is not hashed with the long one's leftover bytes.
    expect(stableHash("foobar")).toBe("85944171f73967e8");
  });
});
