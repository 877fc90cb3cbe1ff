// Query limits: defaults, the environment, per-request narrowing (never widening), and bad values named.

import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, limitsFromEnv, narrowLimits } from "../../query/limits.js";

describe("query limits", () => {
  it("default to 5 s and 5,000 rows", () => {
    expect(limitsFromEnv({})).toMatchObject({ timeoutMs: 5000, maxRows: 5000 });
  });

  it("read the environment", () => {
    const env = { PAPERGRAPH_QUERY_TIMEOUT_MS: "1500", PAPERGRAPH_QUERY_MAX_ROWS: "10", PAPERGRAPH_QUERY_WORKERS: "3" };
    expect(limitsFromEnv(env)).toEqual({ ...DEFAULT_LIMITS, timeoutMs: 1500, maxRows: 10, workers: 3 });
  });

  it.each([
    [{ PAPERGRAPH_QUERY_TIMEOUT_MS: "soon" }, /PAPERGRAPH_QUERY_TIMEOUT_MS: "soon" is not an integer/],
    [{ PAPERGRAPH_QUERY_MAX_ROWS: "0" }, /PAPERGRAPH_QUERY_MAX_ROWS: 0 is not an integer in 1\.\./],
    [{ PAPERGRAPH_QUERY_MEMORY_MB: "1.5" }, /PAPERGRAPH_QUERY_MEMORY_MB: "1.5"/],
  ])("refuse %j naming the value", (env, message) => {
    expect(() => limitsFromEnv(env)).toThrow(message);
  });

  it("let a request lower them, never raise them", () => {
    expect(narrowLimits(DEFAULT_LIMITS, { timeoutMs: 100, maxRows: 1_000_000 })).toMatchObject({
      timeoutMs: 100,
      maxRows: 5000,
    });
    expect(narrowLimits(DEFAULT_LIMITS, { timeoutMs: 60_000 }).timeoutMs).toBe(5000);
  });
});
