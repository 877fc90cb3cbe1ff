// Corrections users report from an entity page: `POST /api/corrections` appends one to the data directory's
// corrections.json (the next ingest honours it), `GET /api/corrections` lists them.

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { kindOfId } from "../../domain/identity.js";
import { CORRECTION_ISSUES, type Correction } from "../../domain/types.js";
import { appendCorrection, correctionsPath, readCorrections } from "../../store/corrections.js";
import type { AppContext } from "../context.js";
import { ApiError, BadRequestError } from "../errors.js";
import { parseInput } from "../validate.js";

const CorrectionBody = z
  .object({
    entity: z.string().min(3).max(300),
    paper: z.string().min(3).max(300).optional(),
    issue: z.enum(CORRECTION_ISSUES),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export async function correctionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const path = () => {
    if (!ctx.settings.dataDir) throw new ApiError(503, "unavailable", "this server keeps no data directory");
    return correctionsPath(ctx.settings.dataDir);
  };
  app.get("/api/corrections", async () => ({ corrections: readCorrections(path()) }));
  app.post("/api/corrections", async (req, reply) => {
    const body = parseInput(CorrectionBody, req.body);
    const entityKind = kindOfId(body.entity);
    if (!entityKind || entityKind === "paper") throw new BadRequestError(`"${body.entity}" is not an entity id`);
    if (body.paper !== undefined && kindOfId(body.paper) !== "paper") {
      throw new BadRequestError(`"${body.paper}" is not a paper id`);
    }
    if (body.issue !== "not-an-entity" && body.paper === undefined) {
      throw new BadRequestError(`a "${body.issue}" correction names the paper whose role is wrong`);
    }
    const { note, ...rest } = body;
    const correction: Correction = { ...rest, ...(note ? { note } : {}), at: new Date().toISOString() };
    const all = appendCorrection(path(), correction);
    return reply.status(201).send({ correction, count: all.length });
  });
}
