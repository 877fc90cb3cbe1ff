// Saved queries: `cypher/queries/NAME.cypher` (or a `NAME.kuzu.cypher` / `NAME.neo4j.cypher` pair), each opening
// with a `//` header that gives its name, a one-line description and its parameters with types and defaults.
// Loading checks the header against the `$params` the body uses, and binds request values to the declared types.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NODE_KINDS, type NodeKind } from "../domain/types.js";
import { applyDialect, CYPHER_DIR } from "../store/cypher-files.js";
import type { Dialect } from "../store/types.js";
import { QueryParamError, SavedQueryFormatError, SavedQueryNotFoundError } from "./errors.js";
import { guardQuery } from "./guard.js";

export const SAVED_QUERIES_DIR = join(CYPHER_DIR, "queries");

/** `node`: a node's id, or its name, title or alias, resolved to the id before the query runs (names.ts). */
export type ParamType = "string" | "int" | "float" | "bool" | "node";
export type ParamValue = string | number | boolean | null;

export interface SavedQueryParam {
  name: string;
  type: ParamType;
  /** Absent: the caller must give a value. */
  default?: ParamValue;
  /** A `node` parameter's kinds (`node(dataset|benchmark)`); absent: any node. */
  kinds?: NodeKind[];
  description?: string;
}

export interface SavedQuery {
  name: string;
  description: string;
  params: SavedQueryParam[];
  /** The whole file, header included (comments are harmless to both databases). */
  cypher: string;
  file: string;
}

const NAME = /^[a-z][a-z0-9-]*$/;
const HEADER_LINE = /^\s*\/\/\s?(.*)$/;
const PARAM_LINE = /^(\w+)\s+(string|int|float|bool|node(?:\(([a-z|]+)\))?)(?:\s*=\s*(.*?))?(?:\s+--\s+(.*))?$/;

/** Converts a value given as text (CLI) or JSON (HTTP) to the declared type; throws naming the parameter. */
export function coerceParam(param: SavedQueryParam, raw: unknown): ParamValue {
  const bad = (why: string): never => {
    throw new QueryParamError(`parameter ${param.name}: ${why} (expected ${param.type})`);
  };
  if (raw === null) return null;
  switch (param.type) {
    case "string":
    case "node":
      if (typeof raw !== "string") bad(`got ${typeof raw}`);
      return raw as string;
    case "int": {
      const n = typeof raw === "string" && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isSafeInteger(n)) bad(`not an integer: ${JSON.stringify(raw)}`);
      return n as number;
    }
    case "float": {
      const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isFinite(n)) bad(`not a number: ${JSON.stringify(raw)}`);
      return n as number;
    }
    case "bool":
      if (raw === true || raw === "true") return true;
      if (raw === false || raw === "false") return false;
      return bad(`not true or false: ${JSON.stringify(raw)}`);
  }
}

/** Parses one saved-query file; `file` names it in errors. */
export function parseSavedQuery(template: string, file: string, dialect: Dialect): SavedQuery {
  // `{{type(r)}}` / `{{label(n)}}` become the dialect's functions, so one file serves both stores.
  const text = applyDialect(template, dialect);
  const fail = (why: string): never => {
    throw new SavedQueryFormatError(`${file}: ${why}`);
  };
  let name: string | undefined;
  let description: string | undefined;
  const params: SavedQueryParam[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const header = HEADER_LINE.exec(line);
    if (!header) break;
    const field = /^(name|description|param):\s*(.*)$/.exec(header[1]!.trim());
    if (!field) continue;
    const [, key, value] = field as unknown as [string, string, string];
    if (key === "name") name = value;
    else if (key === "description") description = value;
    else {
      const p = PARAM_LINE.exec(value);
      if (!p) fail(`bad param line: ${value} (want: NAME TYPE [= DEFAULT] [-- help])`);
      const type = p![2]!.startsWith("node") ? "node" : (p![2] as ParamType);
      const param: SavedQueryParam = { name: p![1]!, type };
      if (p![3]) {
        const kinds = p![3].split("|");
        for (const k of kinds) if (!NODE_KINDS.includes(k as NodeKind)) fail(`param ${param.name}: no node kind ${k}`);
        param.kinds = kinds as NodeKind[];
      }
      if (p![4] !== undefined) param.default = coerceParam(param, p![4]);
      if (p![5]) param.description = p![5];
      params.push(param);
    }
  }
  if (!name || !NAME.test(name)) fail(`header needs "// name: NAME" (lower-case, dashes)`);
  if (!description) fail(`header needs "// description: …"`);
  const used = guardQuery(text, dialect).params;
  const declared = params.map((p) => p.name);
  for (const u of used) if (!declared.includes(u)) fail(`$${u} is used but not declared`);
  for (const d of declared) if (!used.includes(d)) fail(`param ${d} is declared but not used`);
  return { name: name!, description: description!, params, cypher: text, file };
}

/** The file for NAME in `dialect`: the dialect's own variant when it has one. */
function fileFor(files: string[], name: string, dialect: Dialect): string | undefined {
  const own = `${name}.${dialect}.cypher`;
  if (files.includes(own)) return own;
  return files.includes(`${name}.cypher`) ? `${name}.cypher` : undefined;
}

function queryNames(files: string[]): string[] {
  const names = files.filter((f) => f.endsWith(".cypher")).map((f) => f.replace(/(\.kuzu|\.neo4j)?\.cypher$/, ""));
  return [...new Set(names)].sort();
}

export function loadSavedQuery(name: string, dialect: Dialect, dir = SAVED_QUERIES_DIR): SavedQuery {
  if (!NAME.test(name)) throw new SavedQueryNotFoundError(`no saved query ${JSON.stringify(name)}`);
  const files = readdirSync(dir);
  const file = fileFor(files, name, dialect);
  if (!file)
    throw new SavedQueryNotFoundError(`no saved query ${JSON.stringify(name)} (see the list of saved queries)`);
  const query = parseSavedQuery(readFileSync(join(dir, file), "utf8"), file, dialect);
  if (query.name !== name) throw new SavedQueryFormatError(`${file}: header names it ${query.name}`);
  return query;
}

export function listSavedQueries(dialect: Dialect, dir = SAVED_QUERIES_DIR): SavedQuery[] {
  const files = readdirSync(dir);
  return queryNames(files).map((name) => loadSavedQuery(name, dialect, dir));
}

/** Request values bound to the declared types, defaults filled in; unknown or missing names are errors. */
export function bindParams(query: SavedQuery, given: Record<string, unknown>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const key of Object.keys(given)) {
    if (!query.params.some((p) => p.name === key)) {
      const known = query.params.map((p) => p.name).join(", ") || "none";
      throw new QueryParamError(`${query.name} has no parameter ${key} (parameters: ${known})`);
    }
  }
  for (const p of query.params) {
    const raw = Object.hasOwn(given, p.name) ? given[p.name] : p.default;
    if (raw === undefined) throw new QueryParamError(`${query.name} needs parameter ${p.name} (${p.type})`);
    out[p.name] = coerceParam(p, raw);
  }
  return out;
}
