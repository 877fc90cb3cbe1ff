// The analyst-query errors: one small hierarchy so callers (CLI, HTTP, tests) check the class, not the message.

/** Anything that stops an analyst's query. `status` is the HTTP status the API answers with. */
export class QueryError extends Error {
  readonly status: number = 400;
  readonly code: string = "query_error";
  override name = "QueryError";
}

/** The text is not well-formed Cypher at the token level (unterminated string, stray control character…). */
export class QuerySyntaxError extends QueryError {
  override readonly code = "query_syntax";
  override name = "QuerySyntaxError";
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The guard refused the query: `refused` names the construct (a clause, a procedure, a second statement…). */
export class QueryRefusedError extends QueryError {
  override readonly code = "query_refused";
  override name = "QueryRefusedError";
  constructor(
    readonly refused: string,
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`refused: ${refused} (${reason})`);
  }
}

/** A parameter is missing, unknown or of the wrong type. */
export class QueryParamError extends QueryError {
  override readonly code: string = "query_param";
  override name = "QueryParamError";
}

/** A node parameter was given a name that several nodes carry: `candidates` lists them, id and name. */
export class AmbiguousNameError extends QueryParamError {
  override readonly code: string = "ambiguous_name";
  override name = "AmbiguousNameError";
  constructor(
    message: string,
    readonly candidates: { id: string; label: string }[],
  ) {
    super(message);
  }
}

/** A node parameter was given a name (or id) no node carries. */
export class UnknownNameError extends QueryParamError {
  override readonly code: string = "unknown_name";
  override name = "UnknownNameError";
}

/** The database rejected or failed the query (binder errors, type errors, unknown functions…). */
export class QueryFailedError extends QueryError {
  override readonly code = "query_failed";
  override name = "QueryFailedError";
}

/** No saved query of that name. */
export class SavedQueryNotFoundError extends QueryError {
  override readonly status = 404;
  override readonly code = "not_found";
  override name = "SavedQueryNotFoundError";
}

/** A saved query file is malformed (bad header, undeclared parameter): a bug in the repo, not in the request. */
export class SavedQueryFormatError extends QueryError {
  override readonly status = 500;
  override readonly code = "saved_query_format";
  override name = "SavedQueryFormatError";
}

/** The query ran past its deadline and was stopped. */
export class QueryTimeoutError extends QueryError {
  override readonly status = 408;
  override readonly code = "timeout";
  override name = "QueryTimeoutError";
}

/** The query ran out of the memory its sandbox may use, or the sandbox died under it. */
export class QueryResourceError extends QueryError {
  override readonly status = 422;
  override readonly code = "resource_limit";
  override name = "QueryResourceError";
}

/** The sandbox cannot run queries at all (store locked for writing, no free worker in time). */
export class QueryUnavailableError extends QueryError {
  override readonly status = 503;
  override readonly code = "unavailable";
  override name = "QueryUnavailableError";
}
