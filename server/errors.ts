// Typed errors the API raises, and the one place that maps them to HTTP status codes.

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

/** Seconds a client should wait before retrying a 503 (a busy sandbox pool frees up within a query's time). */
export const RETRY_AFTER_SECONDS = 2;

export function statusOf(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  const e = error as { statusCode?: number; validation?: unknown; message?: string; error?: unknown };
  if (e?.statusCode === 429) return { status: 429, code: "rate_limited", message: e.message ?? "too many requests" };
  if (e?.validation || (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500)) {
    return { status: e.statusCode ?? 400, code: "bad_request", message: e.message ?? "bad request" };
  }
  return { status: 500, code: "internal", message: "internal error" };
}
