// Graph routes: counts, the overview graph, and one node with its neighbours.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { readNodeDetails, readOverview, readStats } from "../graph-service.js";
import { parseInput } from "../validate.js";

const OverviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(20000).default(3000) }).strict();
const NodeQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }).strict();
const NodeParams = z.object({ id: z.string().min(3).max(300) });

export async function graphRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get("/api/stats", async () => readStats(ctx.store));
  app.get("/api/graph", async (req) => {
    const { limit } = parseInput(OverviewQuery, req.query);
    return readOverview(ctx.store, limit);
  });
  app.get("/api/nodes/:id", async (req) => {
    const { id } = parseInput(NodeParams, req.params);
    const { limit } = parseInput(NodeQuery, req.query);
    return readNodeDetails(ctx.store, id, limit);
  });
}
