// Neo4j failures as typed store errors: the driver's codes (`Neo.ClientError.…`, `ServiceUnavailable`, …)
// sorted into unreachable, timed out, read-only and everything else.

import { StoreError, StoreReadOnlyError, StoreTimeoutError, StoreUnavailableError } from "../errors.js";

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.Unauthorized"]);

export function toStoreError(error: unknown, step?: string): StoreError {
  if (error instanceof StoreError) return error;
  const e = error as { code?: string; message?: string };
  const code = e.code ?? "";
  const message = `neo4j${step ? ` (${step})` : ""}: ${e.message ?? String(error)}`;
  if (/TransactionTimedOut|Transaction\.TransactionTimedOut/.test(code))
    return new StoreTimeoutError(message, step, code);
  if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.Security.Forbidden") {
    return new StoreReadOnlyError(message, step, code);
  }
  if (UNAVAILABLE.has(code) || code.startsWith("Neo.TransientError.") || code.startsWith("Neo.ClientError.Security.")) {
    return new StoreUnavailableError(message, step, code);
  }
  return new StoreError(message, step, code || undefined);
}
