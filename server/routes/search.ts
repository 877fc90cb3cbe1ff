// Type-ahead search over titles, entity names and aliases.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NODE_KINDS, type NodeKind, type SearchResponse } from "../../domain/types.js";
import { sendCompressedJson } from "../compressed-json.js";
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
  app.get("/api/search", async (req, reply) => {
    const { q, limit, kind } = parseInput(SearchQuery, req.query);
    const search = await ctx.search;
    // Compressed in one call, not through the plugin's per-response stream (type-ahead sends many small answers).
    const body: SearchResponse = { query: q, hits: search.search(q, { limit, kinds: kind }) };
    return sendCompressedJson(req, reply, body);
  });
}
