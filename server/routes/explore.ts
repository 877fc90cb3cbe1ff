// Explorer view routes: paged neighbour bundles, papers sharing data with a paper, related methods.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from "../../domain/types.js";
import { sendCompressedJson, sendJsonReply } from "../compressed-json.js";
import type { AppContext } from "../context.js";
import { readIntroduction } from "../explore/entity-page.js";
import { keptReplies } from "../kept-replies.js";
import { cypherNodeReader } from "../neighbourhood/index.js";
import { MAX_ID_CHARS, parseInput } from "../validate.js";

const IdParams = z.object({ id: z.string().min(3).max(MAX_ID_CHARS) });
const NeighboursQuery = z
  .object({
    kind: z.enum(NODE_KINDS as [NodeKind, ...NodeKind[]]).optional(),
    relation: z.enum(RELATION_TYPES as unknown as [RelationType, ...RelationType[]]).optional(),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(0).max(200).default(25),
  })
  .strict();
const SharesQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(40) }).strict();
const MethodsQuery = z
  .object({
    id: z.string().min(3).max(MAX_ID_CHARS).optional(),
    limit: z.coerce.number().int().min(2).max(1000).default(120),
    // Around a focus: shared papers a related model needs (default 2); across the corpus: link weight (default 1).
    minWeight: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict();

/**
 * Shares-data and related-methods replies kept over a frozen store: they gather rows across hubs (a paper naming
 * ImageNet meets 3,000 others; the corpus-wide methods map pairs every paper's models), and the views ask for the
 * same few again and again. Bounded so memory does not grow with use.
 */
const VIEW_REPLIES_KEPT = 2000;

export async function exploreRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const nodes = ctx.nodes ?? cypherNodeReader(ctx.store);
  const kept = keptReplies(ctx.store.frozen, VIEW_REPLIES_KEPT);
  app.get("/api/nodes/:id/neighbours", async (req, reply) => {
    const { id } = parseInput(IdParams, req.params);
    return sendCompressedJson(req, reply, await nodes.neighbourPage(id, parseInput(NeighboursQuery, req.query)));
  });
  app.get("/api/nodes/:id/introduction", async (req) => {
    const { id } = parseInput(IdParams, req.params);
    return readIntroduction(ctx.store, id);
  });
  // Kept as sent (kept-replies.ts): asked again, these answer in microseconds.
  app.get("/api/papers/:id/shares-data", async (req, reply) => {
    const { id } = parseInput(IdParams, req.params);
    const { limit } = parseInput(SharesQuery, req.query);
    return sendJsonReply(req, reply, await kept(`shares\u0000${id}\u0000${limit}`, () => nodes.sharedData(id, limit)));
  });
  app.get("/api/methods/related", async (req, reply) => {
    const { id, limit, minWeight } = parseInput(MethodsQuery, req.query);
    const key = `methods\u0000${id ?? ""}\u0000${limit}\u0000${minWeight ?? ""}`;
    return sendJsonReply(req, reply, await kept(key, () => nodes.relatedMethods({ focus: id, limit, minWeight })));
  });
}
