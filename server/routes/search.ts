// Type-ahead search over titles, entity names and aliases.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NODE_KINDS, type NodeKind, type SearchResponse } from "../../domain/types.js";
import type { AppContext } from "../context.js";
import { parseInput } from "../validate.js";

const SearchQuery = z
  .object({
    q: z.string().trim().min(1, "must not be empty").max(200),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    kind: z
      .string()
      .optional()
      .transform((s) => (s ? s.split(",") : undefined))
      .pipe(z.array(z.enum(NODE_KINDS as [NodeKind, ...NodeKind[]])).optional()),
  })
  .strict();

export async function searchRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get("/api/search", async (req): Promise<SearchResponse> => {
    const { q, limit, kind } = parseInput(SearchQuery, req.query);
    const search = await ctx.search;
    return { query: q, hits: search.search(q, { limit, kinds: kind }) };
  });
}
