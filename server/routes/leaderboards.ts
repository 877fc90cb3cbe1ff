// Leaderboard route: `GET /api/leaderboards/:datasetId`, the ranked reported results on a dataset or benchmark.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { readLeaderboard } from "../leaderboards/index.js";
import { parseInput } from "../validate.js";

const LeaderboardParams = z.object({
  datasetId: z
    .string()
    .max(300)
    .regex(/^(?:dataset|benchmark):.+/, "must be a dataset or benchmark id (dataset:… or benchmark:…)"),
});

export async function leaderboardRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get("/api/leaderboards/:datasetId", async (req) => {
    const { datasetId } = parseInput(LeaderboardParams, req.params);
    return readLeaderboard(ctx.store, datasetId);
  });
}
