// Leaderboard routes: `GET /api/leaderboards/:datasetId`, the ranked reported results on a dataset or benchmark,
// and `GET /api/models/:id/leaderboards`, the leaderboards a model appears on.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { readLeaderboard, readModelLeaderboards } from "../leaderboards/index.js";
import { parseInput } from "../validate.js";

const LeaderboardParams = z.object({
  datasetId: z
    .string()
    .max(300)
    .regex(/^(?:dataset|benchmark):.+/, "must be a dataset or benchmark id (dataset:… or benchmark:…)"),
});
const ModelParams = z.object({
  id: z
    .string()
    .max(300)
    .regex(/^model:.+/, "must be a model id (model:…)"),
});

export async function leaderboardRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get("/api/leaderboards/:datasetId", async (req) => {
    const { datasetId } = parseInput(LeaderboardParams, req.params);
    return readLeaderboard(ctx.store, datasetId);
  });
  app.get("/api/models/:id/leaderboards", async (req) => {
    const { id } = parseInput(ModelParams, req.params);
    return readModelLeaderboards(ctx.store, id);
  });
}
