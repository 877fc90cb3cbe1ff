// Analyst Cypher over HTTP: `POST /api/cypher` runs one guarded, bounded, read-only statement. Also the one
// runner (Kùzu sandbox pool or Neo4j READ sessions) the saved-query routes share, and its error mapping.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { CypherResponse } from "../../domain/types.js";
import { AnalystRunner, limitsFromEnv, QueryError } from "../../query/index.js";
import type { AppContext } from "../context.js";
import { ApiError } from "../errors.js";
import { parseInput } from "../validate.js";

const runners = new WeakMap<AppContext, AnalystRunner>();
const closing = new WeakSet<FastifyInstance>();

/** Uses `runner` for this context instead of one built from the store and the environment (tests, CLI). */
export function setAnalystRunner(ctx: AppContext, runner: AnalystRunner): void {
  runners.set(ctx, runner);
}

/**
 * At route registration: returns a getter for the context's runner (created on first query, since starting
 * sandboxes costs a second) and closes it with the app.
 */
export function analystRunner(app: FastifyInstance, ctx: AppContext): () => AnalystRunner {
  if (!closing.has(app)) {
    closing.add(app);
    app.addHook("onClose", async () => {
      await runners.get(ctx)?.close();
      runners.delete(ctx);
    });
  }
  return () => {
    let runner = runners.get(ctx);
    if (!runner) runners.set(ctx, (runner = AnalystRunner.forStore(ctx.store, limitsFromEnv())));
    return runner;
  };
}

/** Query errors carry their status (400 refused/syntax/params, 404, 408 timeout, 422 memory, 503). */
export function asApiError(error: unknown): unknown {
  return error instanceof QueryError ? new ApiError(error.status, error.code, error.message) : error;
}

export const ParamValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({});
export const Bounds = {
  timeoutMs: z.number().int().min(50).optional(),
  maxRows: z.number().int().min(1).optional(),
};
const CypherBody = z.object({ query: z.string().min(1).max(100_000), params: ParamValues, ...Bounds }).strict();

export async function cypherRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const runner = analystRunner(app, ctx);
  app.post("/api/cypher", async (req): Promise<CypherResponse> => {
    const body = parseInput(CypherBody, req.body);
    try {
      return await runner().run(body.query, body.params, { timeoutMs: body.timeoutMs, maxRows: body.maxRows });
    } catch (error) {
      throw asApiError(error);
    }
  });
}
