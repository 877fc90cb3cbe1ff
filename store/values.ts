// Converts driver values to plain JSON-safe ones before they leave the store (BigInt and Neo4j integers
// become numbers, or strings past 2^53; nodes and relationships become tagged objects).

import type { Value } from "./types.js";

export function toSafeNumber(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(n) : n.toString();
}

/** Kùzu: nodes carry `_label`/`_id`, relationships `_src`/`_dst`, paths `_nodes`/`_rels`. */
export function fromKuzu(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return toSafeNumber(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(fromKuzu);
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if ("_nodes" in obj && "_rels" in obj) {
      return { _kind: "path", nodes: fromKuzu(obj._nodes), relationships: fromKuzu(obj._rels) };
    }
    const out: Record<string, Value> = {};
    const isRel = "_src" in obj && "_dst" in obj;
    const isNode = !isRel && "_label" in obj && "_id" in obj;
    if (isNode || isRel) out._kind = isNode ? "node" : "relationship";
    for (const [k, v] of Object.entries(obj)) {
      if (k === "_id" || k === "_src" || k === "_dst") {
        const id = v as { table: number | bigint; offset: number | bigint } | null;
        out[k] = id ? `${String(id.table)}:${String(id.offset)}` : null;
      } else out[k] = fromKuzu(v);
    }
    return out;
  }
  return String(value);
}
