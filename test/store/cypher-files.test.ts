// Rendering named statements: the dialect functions, template slots, and one file serving both stores.

import { describe, expect, it } from "vitest";
import { applyDialect, renderCypher } from "../../store/cypher-files.js";
import { toNeo4jParams } from "../../store/neo4j/values.js";
import neo4j from "neo4j-driver";

describe("applyDialect", () => {
  it("spells a relationship's type and a node's label per dialect", () => {
    const text = "RETURN {{type(r)}} AS t, {{label(e)}} AS l";
    expect(applyDialect(text, "kuzu")).toBe("RETURN label(r) AS t, label(e) AS l");
    expect(applyDialect(text, "neo4j")).toBe("RETURN type(r) AS t, labels(e)[0] AS l");
  });
});

describe("renderCypher", () => {
  it("fills slots and leaves no template behind in either dialect", () => {
    for (const dialect of ["kuzu", "neo4j"] as const) {
      const text = renderCypher("read/entity-neighbour-page", dialect, { LABEL: "Dataset" });
      expect(text).toContain("(e:Dataset {id: $id})");
      expect(text).not.toContain("{{");
    }
    expect(renderCypher("read/overview-edges", "neo4j")).toContain("type(r) AS type");
    expect(renderCypher("read/overview-edges", "kuzu")).toContain("label(r) AS type");
  });

  it("refuses a slot value outside the schema and names a missing statement", () => {
    expect(() => renderCypher("read/entity", "kuzu", { LABEL: "Paper) DETACH DELETE (x" })).toThrow(/not a node label/);
    expect(() => renderCypher("read/entity", "kuzu")).toThrow(/\{\{LABEL\}\} has no value/);
    expect(() => renderCypher("read/no-such-thing", "kuzu")).toThrow(/no Cypher statement named "read\/no-such-thing"/);
  });
});

describe("toNeo4jParams", () => {
  it("sends integer-valued numbers as Neo4j Integers, fractions as floats, recursively", () => {
    const out = toNeo4jParams({ limit: 25, weight: 0.5, ids: [1, 2], nested: { skip: 10 }, name: "x", none: null });
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(out.weight).toBe(0.5);
    expect((out.ids as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(neo4j.isInt((out.nested as Record<string, unknown>).skip)).toBe(true);
    expect(out.name).toBe("x");
    expect(out.none).toBeNull();
  });
});
