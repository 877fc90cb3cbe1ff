// Graph routes: counts, the overview graph, and one node with its neighbours.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { sendCompressedJson, sendEncoded, sendJsonReply } from "../compressed-json.js";
import type { AppContext } from "../context.js";
import { readOverviewEncoded, readStats } from "../graph-service.js";
import { keptReplies } from "../kept-replies.js";
import { cypherNodeReader } from "../neighbourhood/index.js";
import { readAuthor, withPaperExtras } from "../paper-extras.js";
import { readSchema } from "../schema.js";
import { MAX_ID_CHARS, parseInput } from "../validate.js";

/** Node pages kept per server (a hub's is 60 KB of JSON and 10 KB compressed: about 75 MB if all were hubs). */
const NODE_PAGES_KEPT = 1000;

const OverviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(20000).default(3000) }).strict();
const NodeQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }).strict();
const NodeParams = z.object({ id: z.string().min(3).max(MAX_ID_CHARS) });
const AuthorParams = z.object({ id: z.string().startsWith("author:").max(MAX_ID_CHARS) });

export async function graphRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const nodes = ctx.nodes ?? cypherNodeReader(ctx.store);
  app.get("/api/stats", async () => readStats(ctx.store));
  app.get("/api/schema", async () => readSchema(ctx.store));
  app.get("/api/graph", async (req, reply) => {
    const { limit } = parseInput(OverviewQuery, req.query);
    return sendEncoded(req, reply, await readOverviewEncoded(ctx.store, limit));
  });
  // A frozen store's node pages never change: the most asked (hubs, pages being shared) are kept as sent.
  const pages = keptReplies(ctx.store.frozen, NODE_PAGES_KEPT);
  app.get("/api/nodes/:id", async (req, reply) => {
    const { id } = parseInput(NodeParams, req.params);
    const { limit } = parseInput(NodeQuery, req.query);
    const page = await pages(`${limit}:${id}`, async () =>
      withPaperExtras((paper) => nodes.authors(paper), await nodes.details(id, limit)),
    );
    return sendJsonReply(req, reply, page);
  });
  app.get("/api/authors/:id", async (req, reply) => {
    const { id } = parseInput(AuthorParams, req.params);
    const { limit } = parseInput(NodeQuery, req.query);
    return sendCompressedJson(req, reply, await readAuthor(ctx.store, id, limit));
  });
}
