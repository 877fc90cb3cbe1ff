// Saved queries over HTTP: `GET /api/queries` lists them with their parameters; `POST /api/queries/:name` runs
// one with the body's parameters (defaults filled in; node parameters by id or by name, query/names.ts), through
// the same bounded runner as `/api/cypher`.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { CypherResponse, SavedQueriesResponse } from "../../domain/types.js";
import { bindParams, listSavedQueries, loadSavedQuery, resolveNodeParams } from "../../query/index.js";
import type { AppContext } from "../context.js";
import { parseInput } from "../validate.js";
import { analystRunner, asApiError, Bounds, ParamValues } from "./cypher.js";

const NameParams = z.object({ name: z.string().min(1).max(100) });
const RunBody = z
  .object({ params: ParamValues, ...Bounds })
  .strict()
  .default({ params: {} });

export async function queryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const runner = analystRunner(app, ctx);
  app.get("/api/queries", async (): Promise<SavedQueriesResponse> => {
    // A console just opened: start the sandboxes now so its first query does not pay for them.
    runner()
      .warm()
      .catch(() => undefined);
    const dialect = ctx.store.kind;
    const queries = listSavedQueries(dialect).map(({ name, description, params, cypher }) => ({
      name,
      description,
      params,
      cypher,
    }));
    return { dialect, queries };
  });
  app.post("/api/queries/:name", async (req): Promise<CypherResponse> => {
    const { name } = parseInput(NameParams, req.params);
    const body = parseInput(RunBody, req.body ?? undefined);
    try {
      // Node parameters may be given by name: resolved to ids here, where the search index knows every name.
      const query = loadSavedQuery(name, ctx.store.kind);
      const params = resolveNodeParams(query, bindParams(query, body.params), await ctx.search);
      return await runner().runSaved(name, params, {
        timeoutMs: body.timeoutMs,
        maxRows: body.maxRows,
      });
    } catch (error) {
      throw asApiError(error);
    }
  });
}
