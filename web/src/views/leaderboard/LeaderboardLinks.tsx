// Links from a node's side panel to leaderboards: a dataset's or benchmark's own, or those a model appears on.
import { useEffect, useState } from "react";
import type { ModelLeaderboardsResponse } from "../../../../domain/types.js";
import { leaderboardUrl } from "../../core/url-state/leaderboard.js";
import { leaderboardApi } from "./leaderboard-api.js";

export function LeaderboardLinks(props: { id: string }) {
  const { id } = props;
  const isData = /^(?:dataset|benchmark):/.test(id);
  const [model, setModel] = useState<ModelLeaderboardsResponse | null>(null);
  useEffect(() => {
    setModel(null);
    if (!id.startsWith("model:")) return;
    const controller = new AbortController();
    leaderboardApi.modelLeaderboards(id, controller.signal).then(setModel, () => undefined);
    return () => controller.abort();
  }, [id]);
  if (isData) {
    return (
      <p className="panel-leaderboards">
        <a href={leaderboardUrl(id)} data-testid="panel-leaderboard-link">
          Leaderboard →
        </a>
      </p>
    );
  }
  if (!model || model.datasets.length === 0) return null;
  return (
    <p className="panel-leaderboards" data-testid="panel-model-leaderboards">
      Results on:{" "}
      {model.datasets.map((d) => (
        <a key={d.id} href={leaderboardUrl(d.id)} data-testid="panel-leaderboard-link">
          {d.label} ({d.results})
        </a>
      ))}
    </p>
  );
}
