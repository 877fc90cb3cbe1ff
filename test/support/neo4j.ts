// The test run's Neo4j servers (started by test/setup/global.ts): the scratch one, which a suite that writes
// holds under a lock and empties first, and the seed one, which holds the ingested seed corpus for reading.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import type { Neo4jTarget } from "../../store/neo4j/driver.js";
import { Neo4jStore } from "../../store/neo4j/index.js";

export function scratchTarget(): Neo4jTarget | undefined {
  const uri = process.env.NEO4J_URI;
  if (!uri) return undefined;
  return {
    uri,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  };
}

export function seedTarget(): Neo4jTarget | undefined {
  const uri = process.env.PAPERGRAPH_TEST_SEED_NEO4J_URI;
  if (!uri) return undefined;
  return {
    uri,
    user: process.env.PAPERGRAPH_TEST_SEED_NEO4J_USER,
    password: process.env.PAPERGRAPH_TEST_SEED_NEO4J_PASSWORD,
  };
}

const ci = process.env.CI === "true" || process.env.CI === "1";

/** `describe` for Neo4j suites: skipped (and said so) without a server, except under CI, where that fails. */
export function describeNeo4j(name: string, fn: () => void): void {
  if (scratchTarget() && seedTarget()) {
    describe(name, fn);
    return;
  }
  if (ci) {
    describe(name, () => {
      throw new Error("CI: no Neo4j server (test/setup/global.ts should have started one)");
    });
    return;
  }
  console.warn(`Neo4j is not running (PAPERGRAPH_TEST_NEO4J=off?): "${name}" is SKIPPED.`);
  describe.skip(name, fn);
}

/**
 * Takes the scratch server for this suite (other files wait; one lock directory per server), opens a store on
 * it and deletes everything in it. `release` closes the store and frees the server.
 */
export async function lockScratchNeo4j(
  options: { readOnly?: boolean; timeoutMs?: number } = {},
): Promise<{ store: Neo4jStore; target: Neo4jTarget; release: () => Promise<void> }> {
  const target = scratchTarget();
  if (!target) throw new Error("no scratch Neo4j: NEO4J_URI is not set");
  const lock = join(tmpdir(), `papergraph-neo4j-lock-${target.uri.replace(/\W+/g, "_")}`);
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      if (holderIsGone(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`scratch Neo4j still locked after ${options.timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const writer = new Neo4jStore(target);
  await writer.init();
  await writer.driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: target.database });
  let store = writer;
  if (options.readOnly) {
    await writer.close();
    store = new Neo4jStore({ ...target, readOnly: true });
  }
  return {
    store,
    target,
    async release() {
      await store.close();
      rmSync(lock, { recursive: true, force: true });
    },
  };
}

function holderIsGone(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, "pid"), "utf8")), 0);
    return false;
  } catch (error) {
    // ENOENT: the holder made the directory and has not written its pid yet.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
