// Typed client of the papergraph HTTP API; shapes come from the shared domain types.
import type {
  ApiError,
  GraphResponse,
  NodeDetailsResponse,
  SearchResponse,
  StatsResponse,
} from "../../domain/types.js";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export const api = {
  stats: (signal?: AbortSignal) => get<StatsResponse>("/api/stats", signal),
  graph: (limit: number, signal?: AbortSignal) => get<GraphResponse>(`/api/graph?limit=${limit}`, signal),
  search: (q: string, signal?: AbortSignal) =>
    get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&limit=12`, signal),
  node: (id: string, signal?: AbortSignal) => get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(id)}`, signal),
};

/** Async state as a discriminated union: what a view shows follows from `type`. */
export type Loadable<T> =
  { type: "idle" } | { type: "loading" } | { type: "error"; message: string } | { type: "ready"; data: T };
