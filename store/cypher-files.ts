// Loads Cypher from `cypher/` by name. A `NAME.kuzu.cypher` / `NAME.neo4j.cypher` pair overrides `NAME.cypher`
// where the dialects differ. Templates may name a label or relationship type as `{{LABEL}}` / `{{REL}}`: only
// values from the domain's constant tables are substituted, never user input.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_LABELS, RELATION_TYPES, RESULT_LABEL, RESULT_RELATIONS } from "../domain/types.js";
import type { Dialect } from "./types.js";

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "cypher");

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher` (or its dialect-specific variant), comments kept. */
export function loadCypher(name: string, dialect: Dialect): string {
  const key = `${dialect}/${name}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const specific = join(CYPHER_DIR, `${name}.${dialect}.cypher`);
  const path = existsSync(specific) ? specific : join(CYPHER_DIR, `${name}.cypher`);
  const text = readFileSync(path, "utf8");
  cache.set(key, text);
  return text;
}

const LABELS = new Set<string>([...Object.values(NODE_LABELS), "Author", RESULT_LABEL]);
const RELS = new Set<string>([...RELATION_TYPES, "WROTE", ...RESULT_RELATIONS]);

/** Fills `{{LABEL}}` and `{{REL}}` placeholders; throws on any value outside the schema. */
export function fillTemplate(cypher: string, slots: { LABEL?: string; REL?: string }): string {
  if (slots.LABEL !== undefined && !LABELS.has(slots.LABEL)) throw new Error(`not a node label: ${slots.LABEL}`);
  if (slots.REL !== undefined && !RELS.has(slots.REL)) throw new Error(`not a relationship type: ${slots.REL}`);
  return cypher.replace(/\{\{(LABEL|REL)\}\}/g, (_, slot: "LABEL" | "REL") => {
    const value = slots[slot];
    if (value === undefined) throw new Error(`template slot {{${slot}}} has no value`);
    return value;
  });
}

/** Splits a file of `;`-terminated statements, dropping `//` comment lines (used for schema files only). */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
