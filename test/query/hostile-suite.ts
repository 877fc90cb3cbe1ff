// The hostile-case suite, one function run against each store's analyst runner (Kùzu's sandboxes, Neo4j's READ
// transactions after an EXPLAIN probe), so both are held to the same cases (hostile-cases.ts).

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeQuery,
  QueryError,
  QueryFailedError,
  QueryRefusedError,
  QueryResourceError,
  QuerySyntaxError,
  QueryTimeoutError,
  type AnalystResult,
  type AnalystRunner,
} from "../../query/index.js";
import { HOSTILE_CASES, type Expect } from "./hostile-cases.js";

type Outcome = Expect | "timeout" | "resource" | "other";

function outcomeOf(error: unknown): Outcome {
  if (error instanceof QueryRefusedError) return "refused";
  if (error instanceof QuerySyntaxError) return "syntax";
  if (error instanceof QueryFailedError) return "failed";
  if (error instanceof QueryTimeoutError) return "timeout";
  if (error instanceof QueryResourceError) return "resource";
  return "other";
}

/** What the suite needs from a store: its analyst runner and a fingerprint that any write would change. */
export interface HostileTarget {
  runner: AnalystRunner;
  fingerprint(): Promise<unknown>;
}

/**
 * Every hostile case through the analyst runner of one store: each gets what it must (refused naming what, a
 * syntax error, a database failure, or bounded by time, rows or memory), and afterwards the store is unchanged.
 * `PRINT_HOSTILE=1` prints the outcome table (the issue note's hostile-case table per store).
 */
export function describeHostileCases(storeName: string, target: () => HostileTarget): void {
  describe(`hostile and broken queries on ${storeName}`, () => {
    const TIMEOUT = 1000;
    const MAX_ROWS = 1000;
    let out: string;
    let before: unknown;
    const table: string[] = [];

    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), "papergraph-out-"));
      before = await target().fingerprint();
    });

    afterAll(() => {
      if (process.env.PRINT_HOSTILE) console.log(table.join("\n"));
      rmSync(out, { recursive: true, force: true });
    });

    it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", async (_, c) => {
      const text = typeof c.query === "string" ? c.query.replaceAll("OUT/", `${out}/`) : c.query;
      const started = performance.now();
      let result: AnalystResult | undefined;
      let error: unknown;
      try {
        result = await target().runner.run(
          typeof text === "string" ? text : decodeQuery(text),
          {},
          {
            timeoutMs: TIMEOUT,
            maxRows: MAX_ROWS,
          },
        );
      } catch (e) {
        error = e;
      }
      const elapsed = performance.now() - started;
      const got: Outcome = error ? outcomeOf(error) : "ok";
      const detail = error
        ? (error as Error).message.split("\n")[0]!.slice(0, 110)
        : `${result!.rows.length} rows${result!.truncated ? ", truncated" : ""}`;
      const expected = (storeName === "Neo4j" ? c.neo4j : undefined) ?? c.expect;
      table.push(`| ${storeName} | ${c.name} | ${expected} | ${got}: ${detail} | ${Math.round(elapsed)} ms |`);

      expect(error === undefined || error instanceof QueryError, String(error)).toBe(true);
      if (expected === "bounded") {
        expect(["ok", "timeout", "resource", "failed"]).toContain(got);
        if (result) expect(result.rows.length).toBeLessThanOrEqual(MAX_ROWS);
        // Deadline plus, at worst, a fresh sandbox start (seconds on a busy machine).
        expect(elapsed).toBeLessThan(TIMEOUT + 6000);
      } else {
        expect(got, detail).toBe(expected);
      }
      if (expected === "refused" && c.refused)
        expect((error as Error).message.toLowerCase()).toContain(c.refused!.toLowerCase());
    });

    it("leaves the store as it was: counts, content checksum and files on disk", async () => {
      expect(await target().fingerprint()).toEqual(before);
      expect(readdirSync(out)).toEqual([]);
    });

    it("still answers after all that", async () => {
      const { rows } = await target().runner.run("MATCH (p:Paper) RETURN count(p) AS n");
      expect(rows[0]!.n).toBeGreaterThan(0);
    });

    it("shares its sandboxes between concurrent queries", async () => {
      const queries = Array.from({ length: 6 }, (_, i) => target().runner.run("RETURN $i AS i", { i }));
      expect((await Promise.all(queries)).map((r) => r.rows[0]!.i)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it("cuts at the row cap and says so", async () => {
      const result = await target().runner.run("MATCH (p:Paper) RETURN p.id", {}, { maxRows: 7 });
      expect(result.rows).toHaveLength(7);
      expect(result.truncated).toBe(true);
    });
  });
}
