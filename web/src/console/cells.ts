// How one result cell reads in the table: a node by its name or title (its id only when it has neither), with the
// id of its page when the explorer has one; relationships as `[:TYPE]`; paths as their chain of names; other lists
// and maps as JSON. Pure.
import { kindOfId } from "../../../domain/identity.js";
import type { CypherValue } from "../../../domain/types.js";

/** A node as a cell shows it: label (table), name, and the id its panel opens with (null: no page for it). */
export interface NodeCell {
  label: string;
  name: string;
  pageId: string | null;
}

type Tagged = { [key: string]: CypherValue };

const isNode = (v: CypherValue | undefined): v is Tagged =>
  typeof v === "object" && v !== null && !Array.isArray(v) && v._kind === "node";

/** The explorer has a page for papers, entities and authors; other nodes (results) have none. */
export function pageIdOf(id: string): string | null {
  return kindOfId(id) || id.startsWith("author:") ? id : null;
}

export function nodeCell(value: CypherValue | undefined): NodeCell | null {
  if (!isNode(value)) return null;
  const id = value.id === undefined || value.id === null ? null : String(value.id);
  const name = value.name ?? value.title ?? id ?? value._id;
  return { label: String(value._label), name: String(name), pageId: id === null ? null : pageIdOf(id) };
}

export function cellText(value: CypherValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (!Array.isArray(value)) {
    const node = nodeCell(value);
    if (node) return node.name;
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
