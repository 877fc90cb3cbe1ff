// The console's client of the analyst-query API: list saved queries, run one, run plain Cypher.
import type {
  ApiError,
  CypherParamValue,
  CypherRequest,
  CypherResponse,
  SavedQueriesResponse,
  SchemaResponse,
} from "../../../domain/types.js";

import { trackedFetch } from "../core/connection/index.js";

export class ConsoleRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await trackedFetch(path, {
    ...init,
    headers: init.body ? { "content-type": "application/json" } : undefined,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ConsoleRequestError(response.status, body?.error ?? "error", body?.message ?? response.statusText);
  }
  return (await response.json()) as T;
}

export const consoleApi = {
  savedQueries: (signal?: AbortSignal) => call<SavedQueriesResponse>("/api/queries", { signal }),
  schema: (signal?: AbortSignal) => call<SchemaResponse>("/api/schema", { signal }),
  runSaved: (name: string, params: Record<string, CypherParamValue>, signal?: AbortSignal) =>
    call<CypherResponse>(`/api/queries/${encodeURIComponent(name)}`, {
      method: "POST",
      body: JSON.stringify({ params }),
      signal,
    }),
  runCypher: (request: CypherRequest, signal?: AbortSignal) =>
    call<CypherResponse>("/api/cypher", { method: "POST", body: JSON.stringify(request), signal }),
};
