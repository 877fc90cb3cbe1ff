// Values across the Neo4j driver, both ways, in one place: parameters out (integer-valued numbers become Neo4j
// Integers, since the driver sends every JS number as a Float and `LIMIT`/`SKIP` and integer properties need
// integers) and results back (Integers, nodes, relationships, paths and temporals become plain JSON-safe values).

import neo4j from "neo4j-driver";
import type { Value } from "../types.js";
import { bytesText, dateText, entries, record, toSafeNumber } from "../values.js";

/** One parameter value for the driver: integer-valued numbers as Neo4j Integers, lists and maps recursively. */
export function toNeo4jValue(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (typeof value === "bigint") return neo4j.int(value.toString());
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return toNeo4jParams(value as Record<string, unknown>);
  }
  return value;
}

export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = toNeo4jValue(v);
  return out;
}

/**
 * Results back, total (no driver value throws): Integers as numbers (strings past 2^53), temporal and spatial
 * values as ISO text without JavaScript's Date (any year converts), byte arrays as base64, nodes, relationships
 * and paths tagged as Kùzu's are in fromKuzu; every map is prototype-free, so a `__proto__` key stays a key.
 */
export function fromNeo4j(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === "bigint") return toSafeNumber(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if (ArrayBuffer.isView(value)) return bytesText(value);
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value !== "object") return String(value);
  const v = value as never;
  if (neo4j.isNode(v)) {
    const node = value as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return tagged({ _kind: "node", _label: node.labels[0] ?? null, _id: node.elementId }, node.properties);
  }
  if (neo4j.isRelationship(v)) {
    const rel = value as {
      type: string;
      properties: Record<string, unknown>;
      elementId: string;
      startNodeElementId: string;
      endNodeElementId: string;
    };
    const head = {
      _kind: "relationship",
      _label: rel.type,
      _id: rel.elementId,
      _src: rel.startNodeElementId,
      _dst: rel.endNodeElementId,
    };
    return tagged(head, rel.properties);
  }
  if (neo4j.isPath(v)) {
    const path = value as { segments: { relationship: unknown; end: unknown }[]; start: unknown };
    const nodes = [path.start, ...path.segments.map((s) => s.end)].map(fromNeo4j);
    return tagged({ _kind: "path", nodes, relationships: path.segments.map((s) => fromNeo4j(s.relationship)) }, {});
  }
  if (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isPoint(v)
  ) {
    return safeString(value);
  }
  // The driver writes a duration without a time part as "P3DT"; ISO 8601 has no empty time part.
  if (neo4j.isDuration(v)) return safeString(value).replace(/T$/, "");
  return tagged({}, value as Record<string, unknown>);
}

function tagged(head: Record<string, Value>, props: Record<string, unknown>): Record<string, Value> {
  const out = record();
  for (const [k, v] of Object.entries(head)) out[k] = v;
  for (const [k, v] of entries(props)) out[k] = fromNeo4j(v);
  return out;
}

function safeString(value: object): string {
  try {
    return String(value);
  } catch (error) {
    return `(unprintable value: ${(error as Error).message})`;
  }
}
