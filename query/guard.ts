// The read-only guard: refuses, over the lexer's tokens, every clause, procedure and construct by which a query
// could write, change the schema, read or write files, reach the network, load extensions, change settings or
// run more than one statement, on Kùzu and on Neo4j alike. Pure; the databases' own checks come on top.

import type { Dialect } from "../store/types.js";
import { QueryRefusedError, QuerySyntaxError } from "./errors.js";
import { tokenize, type Token } from "./lexer.js";

/** Words refused wherever they stand as keywords, with why. Both dialects' lists apply to both stores. */
const REFUSED_WORDS: Record<string, string> = {
  CREATE: "writes or schema changes",
  MERGE: "writes",
  SET: "writes",
  DELETE: "writes",
  DETACH: "writes (DETACH DELETE) or detaching a database",
  REMOVE: "writes",
  DROP: "schema changes",
  ALTER: "schema changes",
  INSERT: "writes",
  FOREACH: "writes",
  COPY: "reads or writes files",
  LOAD: "reads files, URLs or extensions (LOAD CSV, LOAD FROM, LOAD EXTENSION)",
  EXPORT: "writes files",
  IMPORT: "reads files",
  INSTALL: "installs extensions",
  UNINSTALL: "removes extensions",
  ATTACH: "opens other databases",
  USE: "switches database",
  BEGIN: "transaction control",
  COMMIT: "transaction control",
  ROLLBACK: "transaction control",
  CHECKPOINT: "transaction control",
  PERIODIC: "USING PERIODIC COMMIT writes in batches",
  GRANT: "administration",
  REVOKE: "administration",
  DENY: "administration",
};

/** Words refused only when the next word makes them a command (so `AS start` stays a valid alias). */
const REFUSED_BEFORE: Record<string, { next: string[]; why: string }> = {
  START: { next: ["DATABASE"], why: "administration" },
  STOP: { next: ["DATABASE"], why: "administration" },
  ENABLE: { next: ["SERVER"], why: "administration" },
  TERMINATE: { next: ["TRANSACTION", "TRANSACTIONS"], why: "administration" },
  DEALLOCATE: { next: ["DATABASE", "DATABASES"], why: "administration" },
  REALLOCATE: { next: ["DATABASE", "DATABASES"], why: "administration" },
  RENAME: { next: ["ROLE", "USER", "SERVER", "ALIAS", "DATABASE"], why: "administration" },
  COMMENT: { next: ["ON"], why: "schema changes" },
};

/** Read-only procedures and table functions an analyst may CALL, per dialect (lower case). */
export const ALLOWED_PROCEDURES: Record<Dialect, readonly string[]> = {
  kuzu: [
    "show_tables",
    "table_info",
    "show_connection",
    "db_version",
    "show_functions",
    "show_indexes",
    "show_attached_databases",
    "show_official_extensions",
    "show_loaded_extensions",
    "query_fts_index",
  ],
  neo4j: [
    "db.labels",
    "db.relationshiptypes",
    "db.propertykeys",
    "db.schema.visualization",
    "db.schema.nodetypeproperties",
    "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes",
    "db.index.fulltext.queryrelationships",
  ],
};

/** Namespaces of built-in Neo4j functions that only compute (`date.truncate`, `point.distance`…). */
const ALLOWED_FUNCTION_NAMESPACES = new Set([
  "date",
  "datetime",
  "localdatetime",
  "localtime",
  "time",
  "duration",
  "point",
  "vector",
]);
/** Plain functions that change state (Kùzu sequences). */
const REFUSED_FUNCTIONS = new Set(["nextval", "setval"]);

export interface GuardedQuery {
  /** The statement without its trailing `;`, as the database should get it. */
  statement: string;
  /** `$name`s the statement uses, in order of first use. */
  params: string[];
  /** The statement is an `EXPLAIN`/`PROFILE` of `query`. */
  prefix?: { keyword: "EXPLAIN" | "PROFILE"; query: string };
}

const isName = (t: Token | undefined): t is Token => t?.kind === "word" || t?.kind === "quoted";
const isOp = (t: Token | undefined, op: string): boolean => t?.kind === "op" && t.value === op;

/** A dotted name `a.b.c` starting at `tokens[i]`; returns the name (lower case) and the index after it. */
function qualifiedName(tokens: Token[], i: number): { name: string; next: number } | undefined {
  if (!isName(tokens[i])) return undefined;
  const parts = [tokens[i]!.value];
  let j = i + 1;
  while (isOp(tokens[j], ".") && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]!.value);
    j += 2;
  }
  return { name: parts.join(".").toLowerCase(), next: j };
}

/**
 * Checks one analyst query; returns it ready to run or throws `QueryRefusedError` naming what was refused
 * (or `QuerySyntaxError` from the lexer).
 */
export function guardQuery(source: string, dialect: Dialect): GuardedQuery {
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new QuerySyntaxError("the query is empty", 0);
  const refuse = (what: string, why: string, t: Token): never => {
    throw new QueryRefusedError(what, why, t.start);
  };
  const allowed = new Set(ALLOWED_PROCEDURES[dialect]);
  const params: string[] = [];
  let end = source.length;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (t.kind === "op" && t.value === ";") {
      if (i !== tokens.length - 1) refuse("multiple statements", "send one statement at a time", t);
      end = t.start;
      continue;
    }
    if (t.kind === "param") {
      if (!params.includes(t.value)) params.push(t.value);
      continue;
    }
    if (!isName(t)) continue;
    // After `.` a word is a property key (`n.set`), never a clause keyword.
    const afterDot = isOp(prev, ".");
    const upper = t.value.toUpperCase();

    if (t.kind === "word" && !afterDot) {
      const why = REFUSED_WORDS[upper];
      if (why) refuse(upper, why, t);
      const next = tokens[i + 1];
      const before = REFUSED_BEFORE[upper];
      if (before && next?.kind === "word" && before.next.includes(next.value.toUpperCase())) {
        refuse(`${upper} ${next.value.toUpperCase()}`, before.why, t);
      }
      // Neo4j's SHOW … commands (users, privileges, settings, databases) stand first in a statement.
      if (upper === "SHOW" && (i === 0 || (i === 1 && /^(EXPLAIN|PROFILE)$/i.test(prev!.value)))) {
        refuse("SHOW", "administration commands", t);
      }
      if (upper === "TRANSACTIONS" && prev?.kind === "word" && prev.value.toUpperCase() === "IN") {
        refuse("CALL { … } IN TRANSACTIONS", "writes in batches", t);
      }
      if (upper === "CALL") {
        // `CALL { … }` / `CALL (x) { … }` are subqueries: their tokens are checked like the rest.
        if (isOp(next, "{") || isOp(next, "(")) continue;
        const called = qualifiedName(tokens, i + 1);
        if (!called) refuse("CALL", "expected a procedure name", next ?? t);
        if (isOp(tokens[called!.next], "=")) refuse(`CALL ${called!.name}=…`, "changes a database setting", t);
        if (!allowed.has(called!.name)) {
          const list = [...allowed].join(", ");
          refuse(`CALL ${called!.name}`, `procedure not on the read-only allow-list: ${list}`, t);
        }
        i = called!.next - 1;
        continue;
      }
    }

    // A function call: a (dotted) name followed by `(`. Namespaced ones (apoc.*, dbms.*, gds.*, db.*) can do
    // anything a procedure can; only the built-in computing namespaces pass.
    if (!afterDot) {
      const called = qualifiedName(tokens, i);
      if (called && isOp(tokens[called.next], "(")) {
        const dotted = called.name.includes(".");
        const namespace = called.name.split(".")[0]!;
        if (dotted && !ALLOWED_FUNCTION_NAMESPACES.has(namespace) && !allowed.has(called.name)) {
          refuse(`${called.name}()`, "namespaced functions outside date/time/point/vector are not allowed", t);
        }
        if (REFUSED_FUNCTIONS.has(called.name)) refuse(`${called.name}()`, "changes a sequence", t);
        i = called.next - 1;
      }
    }
  }

  const statement = source.slice(0, end).trim();
  const first = tokens[0]!;
  const keyword = first.kind === "word" ? first.value.toUpperCase() : "";
  const prefix =
    keyword === "EXPLAIN" || keyword === "PROFILE"
      ? { keyword: keyword as "EXPLAIN" | "PROFILE", query: source.slice(tokens[1]?.start ?? end, end).trim() }
      : undefined;
  return prefix ? { statement, params, prefix } : { statement, params };
}
