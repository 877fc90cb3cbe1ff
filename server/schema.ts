// `GET /api/schema`: what an analyst needs to write a query: node labels and relationship types with their
// properties (read from our own DDL, which the Neo4j schema mirrors), the count of each read from the store, and
// the dialect's differences that trip people up.

import type { SchemaResponse } from "../domain/types.js";
import { loadCypher } from "../store/cypher-files.js";
import type { GraphStore } from "../store/types.js";
import { num } from "./rows.js";

interface Property {
  name: string;
  type: string;
}

/** Node and relationship tables of a Kùzu DDL file (`CREATE NODE TABLE …(…)`, `CREATE REL TABLE …(FROM a TO b, …)`). */
export function parseSchema(ddl: string): {
  labels: { name: string; properties: Property[] }[];
  relationships: { name: string; from: string[]; to: string[]; properties: Property[] }[];
} {
  const labels = new Map<string, Property[]>();
  const relationships = new Map<string, { from: string[]; to: string[]; properties: Property[] }>();
  for (const m of ddl.matchAll(/CREATE (NODE|REL) TABLE IF NOT EXISTS (\w+)\((.*)\);/g)) {
    const [, what, name, body] = m as unknown as [string, string, string, string];
    const parts = body.split(",").map((p) => p.trim());
    if (what === "NODE") {
      labels.set(
        name,
        parts.map((p) => {
          const [prop, type] = p.split(/\s+/);
          return { name: prop!, type: type! };
        }),
      );
    } else {
      const rel = { from: [] as string[], to: [] as string[], properties: [] as Property[] };
      for (const p of parts) {
        const pair = /^FROM (\w+) TO (\w+)$/.exec(p);
        if (pair) {
          if (!rel.from.includes(pair[1]!)) rel.from.push(pair[1]!);
          if (!rel.to.includes(pair[2]!)) rel.to.push(pair[2]!);
        } else {
          const [prop, type] = p.split(/\s+/);
          rel.properties.push({ name: prop!, type: type! });
        }
      }
      relationships.set(name, rel);
    }
  }
  // ALTER TABLE … ADD IF NOT EXISTS columns belong to their table too.
  for (const m of ddl.matchAll(/ALTER TABLE (\w+) ADD IF NOT EXISTS (\w+) (\w+);/g)) {
    const props = labels.get(m[1]!);
    if (props && !props.some((p) => p.name === m[2])) props.push({ name: m[2]!, type: m[3]! });
  }
  return {
    labels: [...labels].map(([name, properties]) => ({ name, properties })),
    relationships: [...relationships].map(([name, r]) => ({ name, ...r })),
  };
}

export const DIALECT_HINTS: Record<GraphStore["kind"], string[]> = {
  kuzu: [
    "A relationship's type is label(r), not type(r).",
    "Shortest paths: MATCH p = (a)-[* SHORTEST 1..10]-(b); no shortestPath().",
    "No toString, head or reduce; lists are 1-based; use list_transform / list_filter for comprehensions.",
    "A node has one label: labels(n) and label(n) give it; WHERE n:Label is not supported.",
  ],
  neo4j: [
    "A relationship's type is type(r); labels(n) gives a node's labels as a list.",
    "Shortest paths: MATCH p = shortestPath((a)-[*..10]-(b)).",
    "Integers come back as Neo4j integers: the console converts them to numbers.",
  ],
};

/**
 * Every label and relationship type of the DDL with its count. One small count per name (each answered from the
 * store's own counters) rather than the stats read, which knows only the explorer's node kinds: authors and results
 * are counted too.
 */
export async function readSchema(store: GraphStore): Promise<SchemaResponse> {
  const { labels, relationships } = parseSchema(loadCypher("schema/kuzu", "kuzu"));
  const count = async (name: string, slots: { LABEL: string } | { REL: string }) =>
    num((await store.run(name, {}, { slots })).rows[0]?.count);
  return {
    dialect: store.kind,
    labels: await Promise.all(
      labels.map(async (l) => ({ ...l, count: await count("read/label-count", { LABEL: l.name }) })),
    ),
    relationships: await Promise.all(
      relationships.map(async (r) => ({ ...r, count: await count("read/relationship-count", { REL: r.name }) })),
    ),
    hints: DIALECT_HINTS[store.kind],
  };
}
