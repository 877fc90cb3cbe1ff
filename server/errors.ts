// Typed errors the API raises, and the one place that maps them to HTTP status codes.

import { StoreError } from "../store/errors.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export class BadRequestError extends ApiError {
  constructor(message: string) {
    super(400, "bad_request", message);
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, "not_found", message);
  }
}

export class TimeoutError extends ApiError {
  constructor(message: string) {
    super(408, "timeout", message);
  }
}

const STORE_MESSAGES: Record<number, string> = {
  503: "the graph store cannot be reached or is busy; try again shortly",
  504: "the graph store took too long to answer",
};

/** Seconds a client should wait before retrying a 503 (a busy sandbox pool frees up within a query's time). */
export const RETRY_AFTER_SECONDS = 2;

export function statusOf(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  // The store's own failures: unreachable (503) or timed out (504) say so; anything else is our bug (500). The
  // database's message stays in the log: it can name hosts and statements.
  if (error instanceof StoreError)
    return { status: error.status, code: error.code, message: STORE_MESSAGES[error.status] ?? "internal error" };
  const e = error as { statusCode?: number; validation?: unknown; message?: string };
  if (e?.statusCode === 429) return { status: 429, code: "rate_limited", message: e.message ?? "too many requests" };
  if (e?.validation || (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500)) {
    return { status: e.statusCode ?? 400, code: "bad_request", message: e.message ?? "bad request" };
  }
  return { status: 500, code: "internal", message: "internal error" };
}
