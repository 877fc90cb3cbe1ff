// The store's typed errors, whichever database raised them. `status` is what the API answers with, so the
// server maps every store failure in its one error-mapping place without knowing the database.

export class StoreError extends Error {
  /** HTTP status for the API: a store failure is ours (500) unless a subclass says the store is out of reach. */
  readonly status: number = 500;
  readonly code: string = "store_error";
  override name = "StoreError";
  constructor(
    message: string,
    /** The write step or statement name that failed, when known. */
    readonly step?: string,
    /** The database's own error code (e.g. `Neo.ClientError.Statement.SyntaxError`). */
    readonly dbCode?: string,
  ) {
    super(message);
  }
}

/** The database cannot be reached, refused our credentials, or is briefly unable to answer: try again later. */
export class StoreUnavailableError extends StoreError {
  override readonly status = 503;
  override readonly code = "store_unavailable";
  override name = "StoreUnavailableError";
}

/** The statement ran past the database's transaction timeout. */
export class StoreTimeoutError extends StoreError {
  override readonly status = 504;
  override readonly code = "store_timeout";
  override name = "StoreTimeoutError";
}

/** The store was opened read-only (or the user may only read) and something tried to write. */
export class StoreReadOnlyError extends StoreError {
  override readonly status = 500;
  override readonly code = "store_read_only";
  override name = "StoreReadOnlyError";
}

/** The disk holding the store has too little room for a write: refused before it began, so nothing was written. */
export class StoreDiskFullError extends StoreError {
  override readonly status = 507;
  override readonly code = "store_disk_full";
  override name = "StoreDiskFullError";
}
