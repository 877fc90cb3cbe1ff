// Converts driver values to plain JSON-safe ones before they leave the store. Total by design: whatever a driver
// hands over (dates outside JavaScript's range, 64- and 128-bit integers, blobs, unions, a key named
// `__proto__`) becomes a value, never an exception, since one bad value must not take a process down.

import type { Value } from "./types.js";

export function toSafeNumber(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(n) : n.toString();
}

/** What a date JavaScript cannot represent becomes when the driver already lost its value (Kùzu's binding). */
export const OUT_OF_RANGE_DATE = "(date outside JavaScript's range)";

/** ISO text of a valid Date; never throws (`toISOString` does on an invalid one). */
export function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? OUT_OF_RANGE_DATE : date.toISOString();
}

/** A plain object without a prototype: any key, `__proto__` included, stays an own key. */
export function record(): Record<string, Value> {
  return Object.create(null) as Record<string, Value>;
}

export function bytesText(bytes: ArrayBufferView): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Own enumerable entries only: a property inherited from a prototype is no value of the row. */
export function entries(obj: object): [string, unknown][] {
  return Object.keys(obj).map((k) => [k, (obj as Record<string, unknown>)[k]]);
}

/** Kùzu: nodes carry `_label`/`_id`, relationships `_src`/`_dst`, paths `_nodes`/`_rels`; blobs come as bytes. */
export function fromKuzu(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return toSafeNumber(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if (ArrayBuffer.isView(value)) return bytesText(value);
  if (Array.isArray(value)) return value.map(fromKuzu);
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const has = (k: string) => Object.hasOwn(obj, k);
    if (has("_nodes") && has("_rels")) {
      const path = record();
      path._kind = "path";
      path.nodes = fromKuzu(obj._nodes);
      path.relationships = fromKuzu(obj._rels);
      return path;
    }
    const out = record();
    const isRel = has("_src") && has("_dst");
    const isNode = !isRel && has("_label") && has("_id");
    if (isNode || isRel) out._kind = isNode ? "node" : "relationship";
    for (const [k, v] of entries(obj)) {
      if (k === "_id" || k === "_src" || k === "_dst") out[k] = internalId(v);
      else out[k] = fromKuzu(v);
    }
    return out;
  }
  return String(value);
}

/** One result row by column name; a column the driver could not set as an own key (`__proto__`) is null. */
export function rowFromKuzu(columns: readonly string[], raw: Record<string, unknown>): Record<string, Value> {
  const row = record();
  for (const c of columns) row[c] = Object.hasOwn(raw, c) ? fromKuzu(raw[c]) : null;
  return row;
}

function internalId(v: unknown): Value {
  if (v && typeof v === "object" && "table" in v && "offset" in v) return `${String(v.table)}:${String(v.offset)}`;
  return v === null || v === undefined ? null : fromKuzu(v);
}
