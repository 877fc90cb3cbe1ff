// `GET /api/schema` over the fixture store: labels and relationship types with properties, counts that match
// the store, and the dialect's hints.

import { describe, expect, it } from "vitest";
import type { SchemaResponse, StatsResponse } from "../../domain/types.js";
import { parseSchema } from "../../server/schema.js";
import { useFixtureApp } from "./fixture-app.js";

const app = useFixtureApp();

describe("parseSchema", () => {
  it("reads node and relationship tables, their endpoints and added columns", () => {
    const ddl = [
      "CREATE NODE TABLE IF NOT EXISTS A(id STRING PRIMARY KEY, n INT64);",
      "ALTER TABLE A ADD IF NOT EXISTS extra STRING;",
      "CREATE NODE TABLE IF NOT EXISTS B(id STRING PRIMARY KEY);",
      "CREATE REL TABLE IF NOT EXISTS R(FROM A TO B, FROM A TO A, w DOUBLE);",
    ].join("\n");
    expect(parseSchema(ddl)).toEqual({
      labels: [
        {
          name: "A",
          properties: [
            { name: "id", type: "STRING" },
            { name: "n", type: "INT64" },
            { name: "extra", type: "STRING" },
          ],
        },
        { name: "B", properties: [{ name: "id", type: "STRING" }] },
      ],
      relationships: [{ name: "R", from: ["A"], to: ["B", "A"], properties: [{ name: "w", type: "DOUBLE" }] }],
    });
  });
});

describe("GET /api/schema", () => {
  it("lists labels and relationship types with properties and the store's counts", async () => {
    const { status, body } = await app.get<SchemaResponse>("/api/schema");
    expect(status).toBe(200);
    const stats = (await app.get<StatsResponse>("/api/stats")).body;
    const paper = body.labels.find((l) => l.name === "Paper")!;
    expect(paper.count).toBe(stats.papers);
    expect(paper.properties.map((p) => p.name)).toEqual(expect.arrayContaining(["title", "arxivId", "venue", "links"]));
    const uses = body.relationships.find((r) => r.name === "USES")!;
    expect(uses).toMatchObject({ count: stats.relationships.USES, from: ["Paper"], to: ["Model", "Dataset"] });
    expect(body.dialect).toBe("kuzu");
    expect(body.hints.join(" ")).toContain("label(r), not type(r)");
  });

  it("counts every label and relationship type, authors and results included, as the store does", async () => {
    const { body } = await app.get<SchemaResponse>("/api/schema");
    const store = app.context().store;
    const byLabel = await store.read("MATCH (n) RETURN label(n) AS name, count(n) AS count");
    const byType = await store.read("MATCH ()-[r]->() RETURN label(r) AS name, count(r) AS count");
    const counted = new Map([...byLabel.rows, ...byType.rows].map((r) => [String(r.name), Number(r.count)]));
    for (const item of [...body.labels, ...body.relationships]) {
      expect({ name: item.name, count: item.count }).toEqual({ name: item.name, count: counted.get(item.name) ?? 0 });
    }
    // The fixture has authors (once counted as null): their count is the real one, not a zero standing in.
    for (const name of ["Author", "WROTE"]) expect(counted.get(name)).toBeGreaterThan(0);
    expect(body.labels.map((l) => l.name)).toEqual(expect.arrayContaining(["Author", "Result"]));
  });
});
