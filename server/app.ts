// The HTTP app: API routes, compressed responses, error mapping, and the built web app as static files.

import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import type { AppContext } from "./context.js";
import { RETRY_AFTER_SECONDS, statusOf } from "./errors.js";
import { correctionRoutes } from "./routes/corrections.js";
import { registerSecurity } from "./security/index.js";
import { MAX_ID_CHARS } from "./validate.js";
import { cypherRoutes } from "./routes/cypher.js";
import { exploreRoutes } from "./routes/explore.js";
import { graphRoutes } from "./routes/graph.js";
import { leaderboardRoutes } from "./routes/leaderboards.js";
import { queryRoutes } from "./routes/queries.js";
import { searchRoutes } from "./routes/search.js";

export async function buildApp(ctx: AppContext, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  // Fastify refuses path parameters over 100 characters by default (a 404): node ids can be longer.
  const app = Fastify({ logger: options.logger ?? false, routerOptions: { maxParamLength: MAX_ID_CHARS * 3 } });
  await registerSecurity(app, ctx.settings);
  await app.register(compress, { global: true, threshold: 1024 });

  app.setErrorHandler((error, req, reply) => {
    const { status, code, message } = statusOf(error);
    if (status >= 500) req.log.error(error);
    if (status === 503 && !reply.hasHeader("retry-after")) void reply.header("retry-after", RETRY_AFTER_SECONDS);
    void reply.status(status).send({ error: code, message });
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/")) {
      void reply.status(404).send({ error: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` });
    } else if (ctx.settings.webDir && existsSync(ctx.settings.webDir)) {
      void reply.sendFile("index.html"); // client-side routes (views have their own URLs)
    } else {
      void reply.status(404).send({ error: "not_found", message: "the web app is not built: run npm run build:web" });
    }
  });

  await graphRoutes(app, ctx);
  await searchRoutes(app, ctx);
  await exploreRoutes(app, ctx);
  await queryRoutes(app, ctx);
  await cypherRoutes(app, ctx);
  await leaderboardRoutes(app, ctx);
  await correctionRoutes(app, ctx);

  if (ctx.settings.webDir && existsSync(ctx.settings.webDir)) {
    await app.register(fastifyStatic, { root: ctx.settings.webDir, index: ["index.html"] });
  }
  return app;
}
