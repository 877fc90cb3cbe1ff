// The corrections file: what users reported wrong (an entity, or one paper's role for it), kept as JSON in the
// data directory beside the store. The server appends to it; the next ingest reads it and honours it.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { CORRECTION_ISSUES, type Correction } from "../domain/types.js";

export const CORRECTIONS_FILE = "corrections.json";

export const CorrectionSchema = z
  .object({
    entity: z.string().min(3).max(300),
    paper: z.string().min(3).max(300).optional(),
    issue: z.enum(CORRECTION_ISSUES),
    note: z.string().max(2000).optional(),
    at: z.string().max(40),
  })
  .strict();

export class CorrectionsFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "CorrectionsFileError";
  }
}

export const correctionsPath = (dataDir: string) => join(dataDir, CORRECTIONS_FILE);

/** Every correction in the file, oldest first; none when the file does not exist. */
export function readCorrections(path: string): Correction[] {
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CorrectionsFileError(path, `not JSON (${(error as Error).message})`);
  }
  const parsed = z.array(CorrectionSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorrectionsFileError(path, `entry ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** Appends one correction; the file is replaced whole (write then rename) so a reader never sees half of it. */
export function appendCorrection(path: string, correction: Correction): Correction[] {
  const all = [...readCorrections(path), CorrectionSchema.parse(correction)];
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(all, null, 2)}\n`);
  renameSync(temp, path);
  return all;
}
