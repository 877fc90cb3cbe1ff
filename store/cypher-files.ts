// Loads Cypher from `cypher/` by name and renders it for one dialect. A `NAME.kuzu.cypher` / `NAME.neo4j.cypher`
// pair overrides `NAME.cypher` only where the dialects differ in more than a function name. Templates may name a
// label or relationship type as `{{LABEL}}` / `{{REL}}` (only values from the domain's constant tables are
// substituted, never user input), and the two functions the dialects spell differently as `{{type(r)}}` (the
// relationship's type) and `{{label(n)}}` (the node's one label). `{{evidence(p, r)}}` is a paper link's evidence
// sentence (kept on the paper: see SENTENCE_SEPARATOR). `{{page(x)}}` marks a read a store may run a page of `x`
// nodes at a time (TemplateSlots.PAGED).

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_LABELS, RELATION_TYPES, RESULT_LABEL, RESULT_RELATIONS } from "../domain/types.js";
import { SENTENCE_SEPARATOR, type Dialect, type TemplateSlots } from "./types.js";

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "cypher");

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher` (or its dialect-specific variant), comments kept, templates unfilled. */
export function loadCypher(name: string, dialect: Dialect): string {
  const key = `${dialect}/${name}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const specific = join(CYPHER_DIR, `${name}.${dialect}.cypher`);
  const path = existsSync(specific) ? specific : join(CYPHER_DIR, `${name}.cypher`);
  if (!existsSync(path)) throw new Error(`no Cypher statement named ${JSON.stringify(name)} (looked for ${path})`);
  const text = readFileSync(path, "utf8");
  cache.set(key, text);
  return text;
}

const LABELS = new Set<string>([...Object.values(NODE_LABELS), "Author", RESULT_LABEL]);
const RELS = new Set<string>([...RELATION_TYPES, "WROTE", ...RESULT_RELATIONS]);

/** Fills `{{LABEL}}` and `{{REL}}` placeholders; throws on any value outside the schema. */
export function fillTemplate(cypher: string, slots: TemplateSlots): string {
  if (slots.LABEL !== undefined && !LABELS.has(slots.LABEL)) throw new Error(`not a node label: ${slots.LABEL}`);
  if (slots.REL !== undefined && !RELS.has(slots.REL)) throw new Error(`not a relationship type: ${slots.REL}`);
  return cypher
    .replace(/\{\{(LABEL|REL)\}\}/g, (_, slot: "LABEL" | "REL") => {
      const value = slots[slot];
      if (value === undefined) throw new Error(`template slot {{${slot}}} has no value`);
      return value;
    })
    .replace(/\{\{page\((\w+)\)\}\}/g, (_, v: string) =>
      slots.PAGED ? `offset(id(${v})) >= $pageFrom AND offset(id(${v})) < $pageTo` : "true",
    );
}

/** Whether a statement can be read a page of nodes at a time (it has a `{{page(x)}}`). */
export const isPageable = (name: string, dialect: Dialect) => /\{\{page\(\w+\)\}\}/.test(loadCypher(name, dialect));

/** How each dialect spells the functions a template writes as `{{type(x)}}` and `{{label(x)}}`. */
type DialectFunction = "type" | "label" | "lower";
const DIALECT_FUNCTIONS: Record<Dialect, Record<DialectFunction, (arg: string) => string>> = {
  kuzu: { type: (v) => `label(${v})`, label: (v) => `label(${v})`, lower: (v) => `lower(${v})` },
  neo4j: { type: (v) => `type(${v})`, label: (v) => `labels(${v})[0]`, lower: (v) => `toLower(${v})` },
};

/**
 * Sentence `r.sentence` (from 0) of paper `p`'s `sentences`; NULL when the link or the paper keeps none. Kùzu's
 * lists count from 1, and its string_split drops empty parts (the write plan stores none). Not its split_part:
 * under a filter (a paged read) it answered "" for some rows.
 */
const EVIDENCE: Record<Dialect, (p: string, r: string) => string> = {
  kuzu: (p, r) => `string_split(${p}.sentences, '${SENTENCE_SEPARATOR}')[${r}.sentence + 1]`,
  neo4j: (p, r) => `split(${p}.sentences, '${SENTENCE_SEPARATOR}')[${r}.sentence]`,
};

/**
 * Rewrites `{{type(r)}}`, `{{label(n)}}`, `{{lower(x.p)}}` / `{{lower($p)}}` and `{{evidence(p, r)}}` into the
 * dialect's functions.
 */
export function applyDialect(cypher: string, dialect: Dialect): string {
  return cypher
    .replace(/\{\{(type|label|lower)\((\$?\w+(?:\.\w+)?)\)\}\}/g, (_, fn: DialectFunction, arg: string) =>
      DIALECT_FUNCTIONS[dialect][fn](arg),
    )
    .replace(/\{\{evidence\((\w+),\s*(\w+)\)\}\}/g, (_, p: string, r: string) => EVIDENCE[dialect](p, r));
}

const rendered = new Map<string, string>();

/** A named statement ready to run on `dialect`: its file loaded, dialect functions and template slots filled. */
export function renderCypher(name: string, dialect: Dialect, slots: TemplateSlots = {}): string {
  const key = `${dialect}/${name}/${slots.LABEL ?? ""}/${slots.REL ?? ""}/${slots.PAGED ? "paged" : ""}`;
  let text = rendered.get(key);
  if (text === undefined) {
    text = fillTemplate(applyDialect(loadCypher(name, dialect), dialect), slots);
    rendered.set(key, text);
  }
  return text;
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
