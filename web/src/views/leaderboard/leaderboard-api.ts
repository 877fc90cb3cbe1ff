// Client of the leaderboard API routes; shapes come from the shared domain types.
import type { ApiError, LeaderboardResponse, ModelLeaderboardsResponse } from "../../../../domain/types.js";

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new Error(body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export const leaderboardApi = {
  leaderboard: (datasetId: string, signal?: AbortSignal) =>
    get<LeaderboardResponse>(`/api/leaderboards/${encodeURIComponent(datasetId)}`, signal),
  modelLeaderboards: (modelId: string, signal?: AbortSignal) =>
    get<ModelLeaderboardsResponse>(`/api/models/${encodeURIComponent(modelId)}/leaderboards`, signal),
};
