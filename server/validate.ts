// Checks request input against a zod schema; a failure becomes a 400 that names the parameter and why.

import type { z } from "zod";
import { BadRequestError } from "./errors.js";

/** Longest node id a route takes: ids embed URLs (long GitHub and Hugging Face links). */
export const MAX_ID_CHARS = 4096;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join(".") : "input";
  throw new BadRequestError(`${where}: ${issue.message}`);
}
