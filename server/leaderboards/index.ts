// The leaderboard of a dataset or benchmark: its reported results read from the store, ranked per metric and kind
// by the metric's direction, with the values papers disagree on.

import { kindOfId } from "../../domain/identity.js";
import { findConflicts, rankLeaderboard } from "../../domain/leaderboard.js";
import {
  NODE_LABELS,
  RESULT_KINDS,
  type LeaderboardResponse,
  type LeaderboardRow,
  type ModelLeaderboardsResponse,
  type ResultKind,
} from "../../domain/types.js";
import type { GraphStore, Row } from "../../store/types.js";
import { BadRequestError, NotFoundError } from "../errors.js";
import { num, str } from "../rows.js";

/** Results read for one leaderboard at most; the response says when more were there. */
export const LEADERBOARD_MAX_ROWS = 5000;

function toRow(r: Row): LeaderboardRow {
  const kind = String(r.kind) as ResultKind;
  return {
    id: String(r.id),
    model: str(r.model),
    modelId: str(r.modelId),
    metric: str(r.metric),
    value: num(r.value),
    unit: String(r.unit ?? ""),
    kind: RESULT_KINDS.includes(kind) ? kind : "score",
    paperId: String(r.paperId),
    paperTitle: String(r.title ?? r.paperId),
    year: r.year === null || r.year === undefined ? null : num(r.year),
    sentence: String(r.sentence ?? ""),
    start: num(r.charStart),
    end: num(r.charEnd),
    confidence: num(r.confidence),
  };
}

export async function readLeaderboard(store: GraphStore, datasetId: string): Promise<LeaderboardResponse> {
  const kind = kindOfId(datasetId);
  if (kind !== "dataset" && kind !== "benchmark") {
    throw new BadRequestError(`datasetId: "${datasetId}" is not a dataset or benchmark id (dataset:… or benchmark:…)`);
  }
  const [results, node] = await Promise.all([
    store.run("read/leaderboard-results", { id: datasetId, limit: LEADERBOARD_MAX_ROWS + 1 }),
    store.run("read/entity", { id: datasetId }, { slots: { LABEL: NODE_LABELS[kind] } }),
  ]);
  const label = str(node.rows[0]?.label) ?? str(results.rows[0]?.dataset);
  if (label === null) throw new NotFoundError(`no dataset or benchmark "${datasetId}" and no result names it`);
  const truncated = results.rows.length > LEADERBOARD_MAX_ROWS;
  const rows = results.rows.slice(0, LEADERBOARD_MAX_ROWS).map(toRow);
  const ranked = rankLeaderboard(rows);
  return {
    dataset: { id: datasetId, label, kind, known: node.rows.length > 0 },
    metrics: ranked.metrics,
    rows: ranked.rows,
    conflicts: findConflicts(rows),
    truncated,
  };
}

/** The datasets and benchmarks a model has results on. */
export async function readModelLeaderboards(store: GraphStore, modelId: string): Promise<ModelLeaderboardsResponse> {
  if (kindOfId(modelId) !== "model") throw new BadRequestError(`id: "${modelId}" is not a model id (model:…)`);
  const { rows } = await store.run("read/model-result-datasets", { id: modelId, limit: 200 });
  return {
    model: modelId,
    datasets: rows.map((r) => ({ id: String(r.id), label: String(r.label ?? r.id), results: num(r.results) })),
  };
}
