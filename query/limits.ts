// How far an analyst's query may go: time, rows, memory, sandbox workers. Defaults and the environment come from
// settings/; per-request options may only narrow them, each checked (a bad value throws naming it).

import { resolveSettings } from "../settings/index.js";

export interface QueryLimits {
  /** Wall-clock deadline per query; the sandbox is killed when it passes. */
  timeoutMs: number;
  /** Rows returned at most; the answer says when more were there. */
  maxRows: number;
  /** Native memory a Kùzu sandbox may use for query work, beyond its fixed baseline. */
  memoryMb: number;
  /** Warm Kùzu sandbox processes (queries beyond that many wait for a free one). */
  workers: number;
}

/** Encoded bytes a result may hold: rows past it are cut (`truncated`), as it becomes one HTTP reply. */
export const MAX_RESULT_BYTES = 32 * 1024 * 1024;

/** Bytes of a converted row once encoded as JSON in UTF-8: what the reply will weigh. */
export function encodedBytes(row: unknown): number {
  return Buffer.byteLength(JSON.stringify(row) ?? "null", "utf8") + 1;
}

export const DEFAULT_LIMITS: QueryLimits = { timeoutMs: 5000, maxRows: 5000, memoryMb: 1024, workers: 2 };

const BOUNDS: Record<keyof QueryLimits, [number, number]> = {
  timeoutMs: [50, 600_000],
  maxRows: [1, 1_000_000],
  memoryMb: [64, 65_536],
  workers: [1, 16],
};

export function validateLimits(limits: QueryLimits): QueryLimits {
  for (const key of Object.keys(BOUNDS) as (keyof QueryLimits)[]) {
    const [min, max] = BOUNDS[key];
    const v = limits[key];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new RangeError(`query limit ${key}: ${String(v)} is not an integer in ${min}..${max}`);
    }
  }
  return limits;
}

/** The query part of the settings (settings/: PAPERGRAPH_QUERY_*), checked. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const { timeoutMs, maxRows, memoryMb, workers } = resolveSettings(env).query;
  return validateLimits({ timeoutMs, maxRows, memoryMb, workers });
}

/** Per-query options may lower the limits, never raise them. */
export function narrowLimits(limits: QueryLimits, options: { timeoutMs?: number; maxRows?: number }): QueryLimits {
  return validateLimits({
    ...limits,
    timeoutMs: Math.min(limits.timeoutMs, options.timeoutMs ?? Infinity),
    maxRows: Math.min(limits.maxRows, options.maxRows ?? Infinity),
  });
}
