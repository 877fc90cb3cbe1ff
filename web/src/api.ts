// Typed client of the papergraph HTTP API; shapes come from the shared domain types.
import type {
  ApiError,
  AuthorResponse,
  Correction,
  GraphResponse,
  IntroductionResponse,
  NeighboursPageResponse,
  NodeDetailsResponse,
  NodeKind,
  RelatedMethodsResponse,
  RelationType,
  SearchResponse,
  SharedDataResponse,
  StatsResponse,
} from "../../domain/types.js";

import { trackedFetch } from "./core/connection/index.js";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await trackedFetch(path, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export const api = {
  stats: (signal?: AbortSignal) => get<StatsResponse>("/api/stats", signal),
  graph: (limit: number, signal?: AbortSignal) => get<GraphResponse>(`/api/graph?limit=${limit}`, signal),
  search: (q: string, signal?: AbortSignal, kinds?: readonly NodeKind[]) =>
    get<SearchResponse>(
      `/api/search?q=${encodeURIComponent(q)}&limit=12${kinds?.length ? `&kind=${kinds.join(",")}` : ""}`,
      signal,
    ),
  node: (id: string, signal?: AbortSignal) => get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(id)}`, signal),
  author: (id: string, signal?: AbortSignal) => get<AuthorResponse>(`/api/authors/${encodeURIComponent(id)}`, signal),
};

/** Async state as a discriminated union: what a view shows follows from `type`. */
export type Loadable<T> =
  { type: "idle" } | { type: "loading" } | { type: "error"; message: string } | { type: "ready"; data: T };

export interface NeighbourQuery {
  kind?: NodeKind;
  relation?: RelationType;
  offset?: number;
  limit?: number;
}

export const exploreApi = {
  neighbours: (id: string, q: NeighbourQuery, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
    return get<NeighboursPageResponse>(`/api/nodes/${encodeURIComponent(id)}/neighbours?${params}`, signal);
  },
  introduction: (id: string, signal?: AbortSignal) =>
    get<IntroductionResponse>(`/api/nodes/${encodeURIComponent(id)}/introduction`, signal),
  sharesData: (id: string, signal?: AbortSignal) =>
    get<SharedDataResponse>(`/api/papers/${encodeURIComponent(id)}/shares-data?limit=60`, signal),
  relatedMethods: (focus: string | null, signal?: AbortSignal) =>
    get<RelatedMethodsResponse>(
      `/api/methods/related?limit=${focus ? 40 : 150}${focus ? `&id=${encodeURIComponent(focus)}` : ""}`,
      signal,
    ),
};

/** Reports a wrong entity or role; the server stores it for the next ingest. */
export async function reportCorrection(body: Omit<Correction, "at">): Promise<void> {
  const response = await trackedFetch("/api/corrections", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(response.status, error?.message ?? `${response.status} ${response.statusText}`);
  }
}
