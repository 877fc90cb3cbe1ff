// Saved-query files: every one loads on both dialects with a well-formed header; header mistakes are caught.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QueryParamError, SavedQueryFormatError, SavedQueryNotFoundError } from "../../query/errors.js";
import { bindParams, listSavedQueries, loadSavedQuery, parseSavedQuery, SAVED_QUERIES_DIR } from "../../query/saved.js";

describe("the saved queries in cypher/queries", () => {
  it.each(["kuzu", "neo4j"] as const)("load on %s: at least twelve, each named and described", (dialect) => {
    const queries = listSavedQueries(dialect);
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) {
      expect(q.description.length).toBeGreaterThan(20);
      for (const p of q.params) expect(p.default).not.toBeUndefined();
    }
  });

  it("pairs dialect variants (and only pairs them): NAME.kuzu.cypher has a NAME.neo4j.cypher", () => {
    const files = readdirSync(SAVED_QUERIES_DIR);
    for (const f of files.filter((f) => /\.(kuzu|neo4j)\.cypher$/.test(f))) {
      const other = f.includes(".kuzu.") ? f.replace(".kuzu.", ".neo4j.") : f.replace(".neo4j.", ".kuzu.");
      expect(files).toContain(other);
      expect(files).not.toContain(f.replace(/\.(kuzu|neo4j)\.cypher$/, ".cypher"));
    }
  });

  it("picks the dialect's own file", () => {
    expect(loadSavedQuery("shortest-path", "kuzu").file).toBe("shortest-path.kuzu.cypher");
    expect(loadSavedQuery("shortest-path", "neo4j").file).toBe("shortest-path.neo4j.cypher");
    expect(loadSavedQuery("top-datasets", "neo4j").file).toBe("top-datasets.cypher");
  });

  it("refuses unknown names, including path tricks", () => {
    expect(() => loadSavedQuery("no-such-query", "kuzu")).toThrow(SavedQueryNotFoundError);
    expect(() => loadSavedQuery("../schema/kuzu", "kuzu")).toThrow(SavedQueryNotFoundError);
  });
});

describe("bindParams", () => {
  const q = loadSavedQuery("shared-datasets", "kuzu");
  it("fills defaults and types CLI text", () => {
    expect(bindParams(q, { limit: "3" })).toEqual({ paper: q.params[0]!.default, limit: 3 });
  });
  it.each([
    [{ limit: "three" }, /not an integer/],
    [{ limit: 2.5 }, /not an integer/],
    [{ paper: 5 }, /got number/],
    [{ nope: 1 }, /has no parameter nope/],
  ])("refuses %j", (given, message) => {
    expect(() => bindParams(q, given)).toThrow(QueryParamError);
    expect(() => bindParams(q, given)).toThrow(message);
  });
});

describe("parseSavedQuery", () => {
  const header = "// name: t\n// description: a test query that is long enough\n";
  it.each([
    ["no name", "// description: x\nRETURN 1", /name/],
    ["no description", "// name: t\nRETURN 1", /description/],
    ["undeclared param", `${header}RETURN $x`, /\$x is used but not declared/],
    ["unused param", `${header}// param: x int = 1\nRETURN 1`, /declared but not used/],
    ["bad param line", `${header}// param: x integer\nRETURN $x`, /bad param line/],
    ["a write", `${header}CREATE (n)`, /refused: CREATE/],
  ])("refuses a file with %s", (_, text, message) => {
    expect(() => parseSavedQuery(text, "t.cypher", "kuzu")).toThrow(message);
  });

  it("reads typed params with defaults and help", () => {
    const text = `${header}// param: n int = 5 -- how many\n// param: who string = a b -- name\n// param: f float\nRETURN $n, $who, $f`;
    expect(parseSavedQuery(text, "t.cypher", "kuzu").params).toEqual([
      { name: "n", type: "int", default: 5, description: "how many" },
      { name: "who", type: "string", default: "a b", description: "name" },
      { name: "f", type: "float" },
    ]);
  });

  it("checks the header name against the file name", () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-saved-"));
    try {
      writeFileSync(
        join(dir, "other.cypher"),
        "// name: t\n// description: a test query that is long enough\nRETURN 1",
      );
      expect(() => loadSavedQuery("other", "kuzu", dir)).toThrow(SavedQueryFormatError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
