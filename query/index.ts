// Analyst Cypher: the public face (lexer, guard, saved queries, limits and the bounded runner).

export * from "./errors.js";
export { decodeQuery, tokenize, type Token, type TokenKind } from "./lexer.js";
export { ALLOWED_PROCEDURES, guardQuery, type GuardedQuery } from "./guard.js";
export { DEFAULT_LIMITS, limitsFromEnv, narrowLimits, type QueryLimits } from "./limits.js";
export {
  bindParams,
  coerceParam,
  listSavedQueries,
  loadSavedQuery,
  parseSavedQuery,
  SAVED_QUERIES_DIR,
  type ParamType,
  type ParamValue,
  type SavedQuery,
  type SavedQueryParam,
} from "./saved.js";
export { AnalystRunner, type AnalystResult, type RunOptions } from "./runner.js";
export { resolveNodeParams, type NamedNode, type NodeLookup } from "./names.js";
