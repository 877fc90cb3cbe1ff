// Point 6 of the hardening issue: property-based fuzzing (fast-check) of every reader, the Cypher guard, the
// value conversions and the URL-state parser, each bounded to a few seconds. Properties: no crash, a clear
// (typed) error where input is refused, records that are whole and clean, and nothing stored half.

import fc from "fast-check";
import neo4j from "neo4j-driver";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PaperRecord } from "../../domain/types.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { parseArxivFeed } from "../../ingest/sources/arxiv.js";
import { parseCsv } from "../../ingest/sources/csv.js";
import { parseHfPapers } from "../../ingest/sources/hf-daily.js";
import { parseJsonl } from "../../ingest/sources/jsonl.js";
import { parseListingPage } from "../../ingest/sources/listing-page.js";
import type { ReadResult } from "../../ingest/sources/types.js";
import { QueryError } from "../../query/errors.js";
import { guardQuery } from "../../query/guard.js";
import { tokenize } from "../../query/lexer.js";
import { fromNeo4j } from "../../store/neo4j/values.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import { fromKuzu } from "../../store/values.js";
import { decodeViewState, encodeViewState } from "../../web/src/core/url-state/index.js";

/** A few seconds each, whatever the machine: fast-check stops early and the property counts as held. */
const BOUNDED = { numRuns: 2000, interruptAfterTimeLimit: 3000 } as const;
// eslint-disable-next-line no-control-regex -- what no stored text may hold
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;

/** Text that stresses readers: any code unit, quotes, separators, JSON and CSV syntax, NULs, long runs. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        ",",
        "\n",
        "\r\n",
        "\u0000",
        "\u0001",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\\",
        "\ufffe",
        "title",
        "abstract",
        "\ud800",
        " ",
        "a".repeat(150),
        "We propose X. It beats Y.",
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join("")),
);

function checkResult(result: ReadResult): void {
  for (const r of result.records) {
    expect(r.title.trim().length).toBeGreaterThan(0);
    expect(FORBIDDEN.test(r.title) || FORBIDDEN.test(r.abstract)).toBe(false);
  }
  for (const p of result.problems) {
    expect(typeof p.message).toBe("string");
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
  }
}

describe("readers never crash and yield whole, clean records", () => {
  it("JSON Lines", () => {
    const line = fc.oneof(
      nasty,
      fc.record({ title: nasty, abstract: nasty, id: fc.oneof(nasty, fc.integer()) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => checkResult(parseJsonl(lines.join("\n"), "f.jsonl"))),
      BOUNDED,
    );
  });

  it("CSV", () => {
    const row = fc.array(nasty, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(","));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) =>
        checkResult(parseCsv(["title,abstract,id", ...rows].join("\n"), "f.csv")),
      ),
      BOUNDED,
    );
  });

  it("listing pages", () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 30 }), (lines) =>
        checkResult(parseListingPage(lines.join("\n"), "f.txt")),
      ),
      BOUNDED,
    );
  });

  it("Hugging Face API replies", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(fc.record({ paper: fc.record({ title: nasty, summary: nasty, id: nasty }) }))),
        (body) => {
          try {
            checkResult(parseHfPapers(body, "hf"));
          } catch (error) {
            expect((error as Error).name).toBe("SourceError");
          }
        },
      ),
      BOUNDED,
    );
  });

  it("arXiv Atom feeds: a result or a typed error", () => {
    const entry = fc
      .record({ title: nasty, summary: nasty })
      .map(
        (e) =>
          `<entry><id>http://arxiv.org/abs/2401.00001v1</id><title>${e.title}</title><summary>${e.summary}</summary></entry>`,
      );
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          fc.array(entry, { maxLength: 5 }).map((es) => `<feed>${es.join("")}</feed>`),
        ),
        (xml) => {
          try {
            const page = parseArxivFeed(xml, "arxiv:x");
            checkResult({ records: page.records, problems: page.problems ?? [] });
          } catch (error) {
            expect((error as Error).name).toBe("SourceError");
          }
        },
      ),
      BOUNDED,
    );
  });
});

describe("the Cypher guard", () => {
  const WRITES = new Set([
    "create",
    "merge",
    "delete",
    "detach",
    "set",
    "remove",
    "drop",
    "alter",
    "copy",
    "load",
    "export",
    "import",
    "attach",
    "install",
  ]);
  const token = fc.constantFrom(
    "MATCH",
    "(n)",
    "RETURN",
    "n",
    "CREATE",
    "MERGE",
    "DELETE",
    "SET",
    "n.x = 1",
    "LOAD",
    "FROM",
    "'/etc/passwd'",
    "COPY",
    "TO",
    "'out.csv'",
    "CALL",
    "db.labels()",
    "show_tables()",
    "EXPORT",
    "DATABASE",
    "ATTACH",
    "INSTALL",
    "httpfs",
    ";",
    "{",
    "}",
    "`",
    "`CREATE`",
    "/*",
    "*/",
    "//",
    "\n",
    "\u0000",
    "'",
    '"',
    "\\",
    "WITH",
    "UNWIND",
    "[1,2]",
    "AS",
    "x",
    "LIMIT",
    "10",
    "$p",
    "EXPLAIN",
    "PROFILE",
    "UNION",
  );
  const query = fc.oneof(
    nasty,
    fc.array(token, { maxLength: 25 }).map((t) => t.join(" ")),
  );

  it("accepts a query or refuses it with a typed error; what it accepts has no write clause", () => {
    fc.assert(
      fc.property(query, fc.constantFrom("kuzu" as const, "neo4j" as const), (text, dialect) => {
        let guarded;
        try {
          guarded = guardQuery(text, dialect);
        } catch (error) {
          expect(error).toBeInstanceOf(QueryError);
          return;
        }
        // Words as the lexer sees them: names in backquotes, strings and comments are not clauses.
        const words = tokenize(guarded.statement).filter((t) => t.kind === "word");
        const clauses = words.map((t) => t.value.toLowerCase()).filter((w) => WRITES.has(w));
        expect(clauses).toEqual([]);
      }),
      BOUNDED,
    );
  });
});

describe("value conversions are total", () => {
  const driverish = fc.oneof(
    fc.anything({
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
    fc.date({ noInvalidDate: false }),
    fc.bigInt().map((n) => neo4j.int(BigInt.asIntN(64, n).toString())),
    fc.integer({ min: -300000, max: 300000 }).map((y) => new neo4j.types.Date(y, 1, 1)),
    fc.dictionary(fc.constantFrom("__proto__", "constructor", "toString", "a"), fc.anything()),
  );

  it("fromKuzu and fromNeo4j never throw, and their output always encodes as JSON", () => {
    fc.assert(
      fc.property(driverish, (value) => {
        for (const convert of [fromKuzu, fromNeo4j]) {
          const out = convert(value);
          expect(() => JSON.stringify(out)).not.toThrow();
        }
      }),
      BOUNDED,
    );
  });
});

describe("the URL-state parser", () => {
  it("decodes any path and query without throwing, and what it decodes encodes back to a stable state", () => {
    const part = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.constantFrom("%", "%E0%A4%A", "%ZZ", "~", "*", ",", "=", "&", "?", "#"),
    );
    const path = fc
      .tuple(fc.constantFrom("", "/neighbourhood", "/shares", "/methods", "/x"), part)
      .map(([a, b]) => `${a}/${b}`);
    const key = fc.constantFrom("sel", "color", "kinds", "from", "to", "minDeg", "maxDeg", "minW", "cam", "exp", "pin");
    const search = fc
      .array(fc.tuple(key, part), { maxLength: 8 })
      .map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join("&")}`);
    fc.assert(
      fc.property(path, search, (p, s) => {
        const state = decodeViewState(p, s);
        const url = new URL(encodeViewState(state), "http://x");
        const again = decodeViewState(url.pathname, url.search);
        expect(encodeViewState(again)).toBe(encodeViewState(state));
      }),
      BOUNDED,
    );
  });
});

describe("nothing stored half", () => {
  it("random records go into Kùzu whole: every paper read back with its title as the reader gave it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-fuzz-store-"));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ title: nasty, abstract: nasty }), { minLength: 1, maxLength: 8 }),
          async (rows) => {
            const { records } = parseJsonl(rows.map((r) => JSON.stringify(r)).join("\n"), "fuzz.jsonl");
            if (!records.length) return;
            const store = new KuzuStore({ path: join(dir, `g${run++}.kuzu`) });
            await store.init();
            try {
              const summary = await ingestRecords(records as PaperRecord[], store, { extract: async () => new Map() });
              const { rows: stored } = await store.read("MATCH (p:Paper) RETURN p.title AS title");
              expect(stored.length).toBe(summary.papers);
              // Whole papers only: each stored title is one a record gave (Kùzu stores text NFC-normalised), and no
              // paper twice.
              const given = new Set(records.map((r) => r.title.normalize("NFC")));
              for (const r of stored) expect(given.has(String(r.title).normalize("NFC")), String(r.title)).toBe(true);
              expect(new Set(stored.map((r) => r.title)).size).toBe(stored.length);
            } finally {
              await store.close();
            }
          },
        ),
        { numRuns: 15, interruptAfterTimeLimit: 8000 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
