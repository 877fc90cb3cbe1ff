// How one result cell reads in the table: nodes as `(:Label id)`, relationships as `[:TYPE]`, paths as their
// chain of ids, other lists and maps as JSON. Pure.
import type { CypherValue } from "../../../domain/types.js";

export function cellText(value: CypherValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (!Array.isArray(value)) {
    if (value._kind === "node") return `(:${String(value._label)} ${String(value.id ?? value._id)})`;
    if (value._kind === "relationship") return `[:${String(value._label)}]`;
    if (value._kind === "path" && Array.isArray(value.nodes)) return value.nodes.map(cellText).join(" – ");
  }
  return JSON.stringify(value);
}

/** Parameter names a Cypher text uses (a convenience for the form; the server's lexer decides). */
export function paramNames(cypher: string): string[] {
  const withoutComments = cypher.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/[^\n]*/g, "");
  return [...new Set([...withoutComments.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
}
