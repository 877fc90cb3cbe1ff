// Values across the Neo4j driver, both ways, in one place: parameters out (integer-valued numbers become Neo4j
// Integers, since the driver sends every JS number as a Float and `LIMIT`/`SKIP` and integer properties need
// integers) and results back (Integers, nodes, relationships, paths and temporals become plain JSON-safe values).

import neo4j from "neo4j-driver";
import type { Value } from "../types.js";
import { toSafeNumber } from "../values.js";

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

/** Neo4j nodes carry `_label`/`_id`, relationships `_src`/`_dst` (element ids), as Kùzu's do in fromKuzu. */
export function fromNeo4j(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === "bigint") return toSafeNumber(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { _kind: "node", _label: node.labels[0] ?? null, _id: node.elementId, ...fromProps(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as {
      type: string;
      properties: Record<string, unknown>;
      elementId: string;
      startNodeElementId: string;
      endNodeElementId: string;
    };
    return {
      _kind: "relationship",
      _label: rel.type,
      _id: rel.elementId,
      _src: rel.startNodeElementId,
      _dst: rel.endNodeElementId,
      ...fromProps(rel.properties),
    };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as {
      segments: { start: unknown; relationship: unknown; end: unknown }[];
      start: unknown;
    };
    const nodes = [path.start, ...path.segments.map((s) => s.end)].map(fromNeo4j);
    return { _kind: "path", nodes, relationships: path.segments.map((s) => fromNeo4j(s.relationship)) };
  }
  if (typeof value === "object") {
    const v = value as never;
    if (
      neo4j.isDate(v) ||
      neo4j.isDateTime(v) ||
      neo4j.isLocalDateTime(v) ||
      neo4j.isTime(v) ||
      neo4j.isLocalTime(v) ||
      neo4j.isDuration(v)
    ) {
      return String(value);
    }
    return fromProps(value as Record<string, unknown>);
  }
  return String(value);
}

function fromProps(props: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(props)) out[k] = fromNeo4j(v);
  return out;
}
