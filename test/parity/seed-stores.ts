// The run's two seed stores (test/setup/global.ts ingested the seed corpus into each with the real CLI), opened
// read-only as `npm run serve` opens them, and what the parity suites compare: values with the databases' own
// internal ids removed (element ids and Kùzu's table:offset ids differ by nature) and unset properties dropped
// (Kùzu has a column for every property, so an unset one reads as null; Neo4j has no such property at all).

import { openStore } from "../../store/index.js";
import { Neo4jStore } from "../../store/neo4j/index.js";
import type { GraphStore, Value } from "../../store/types.js";
import { seedTarget } from "../support/neo4j.js";

export interface SeedStores {
  kuzu: GraphStore;
  neo4j: GraphStore;
  kuzuDataDir: string;
  close(): Promise<void>;
}

export async function openSeedStores(): Promise<SeedStores> {
  const kuzuDataDir = process.env.PAPERGRAPH_TEST_SEED_KUZU;
  if (!kuzuDataDir) throw new Error("PAPERGRAPH_TEST_SEED_KUZU is not set: run through vitest's store project");
  const kuzu = await openStore({ kind: "kuzu", dataDir: kuzuDataDir, readOnly: true });
  const neo4j = new Neo4jStore({ ...seedTarget()!, readOnly: true });
  await neo4j.init();
  return {
    kuzu,
    neo4j,
    kuzuDataDir,
    async close() {
      await kuzu.close();
      await neo4j.close();
    },
  };
}

const INTERNAL = new Set(["_id", "_src", "_dst"]);

/** A value as both stores must agree on it: no internal ids, no unset (null) properties of nodes or links. */
export function comparable(value: Value): Value {
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === "object") {
    const entity = value._kind === "node" || value._kind === "relationship";
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value)) {
      if (INTERNAL.has(k) || (entity && v === null)) continue;
      out[k] = comparable(v);
    }
    return out;
  }
  return value;
}
