// Vitest global setup for the store and end-to-end projects: starts real Neo4j servers once per run and ingests
// the seed corpus once per store kind, so suites share them instead of each ingesting its own.
//   - scratch Neo4j (NEO4J_URI…): suites that write take test/support/neo4j.ts's lock and start from empty;
//   - seed Neo4j (PAPERGRAPH_TEST_SEED_NEO4J_URI…) and seed Kùzu (PAPERGRAPH_TEST_SEED_KUZU, a data dir): the seeds
//     ingested with the real CLI, read by parity, saved-query, API and browser suites and never written after.
// NEO4J_URI / PAPERGRAPH_TEST_SEED_NEO4J_URI already set: those servers are used as given. PAPERGRAPH_TEST_NEO4J=off
// skips Neo4j (the suites then say they skipped); under CI=true Neo4j is required and a failure to start fails.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startNeo4j, type Neo4jServer } from "../../tools/neo4j/launch.js";
import { ingestWithCli } from "../support/ingest-cli.js";

/** The real ingest CLI, as a person runs it, into one store; resolves when it exits 0. */
const ingestSeeds = async (env: NodeJS.ProcessEnv, args: string[]) => void (await ingestWithCli(args, env));

function withoutNeo4j(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const k of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete out[k];
  return out;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Only the store and end-to-end projects use servers and seed stores: `npm run test:unit` starts nothing.
  const selected = project.vitest.projects.map((p) => p.name);
  if (!selected.some((name) => name === "store" || name.startsWith("e2e"))) {
    project.provide("testEnv", {});
    return undefined;
  }
  const started: Neo4jServer[] = [];
  const kuzuSeed = mkdtempSync(join(tmpdir(), "papergraph-seed-kuzu-"));
  const env: Record<string, string> = { PAPERGRAPH_TEST_SEED_KUZU: kuzuSeed };
  const ci = process.env.CI === "true" || process.env.CI === "1";
  const off = process.env.PAPERGRAPH_TEST_NEO4J === "off";
  if (off && ci) throw new Error("PAPERGRAPH_TEST_NEO4J=off under CI: Neo4j suites may not be skipped in CI");

  const kuzuIngest = ingestSeeds(withoutNeo4j(process.env), ["--store", "kuzu", "--data", kuzuSeed]);
  if (!off) {
    const t = performance.now();
    const [scratch, seed] = await Promise.all([
      process.env.NEO4J_URI ? undefined : startNeo4j({ heap: "1g", pagecache: "256m" }),
      process.env.PAPERGRAPH_TEST_SEED_NEO4J_URI ? undefined : startNeo4j({ heap: "1g", pagecache: "256m" }),
    ]);
    for (const s of [scratch, seed]) if (s) started.push(s);
    if (scratch)
      Object.assign(env, { NEO4J_URI: scratch.uri, NEO4J_USER: scratch.user, NEO4J_PASSWORD: scratch.password });
    if (seed) {
      Object.assign(env, {
        PAPERGRAPH_TEST_SEED_NEO4J_URI: seed.uri,
        PAPERGRAPH_TEST_SEED_NEO4J_USER: seed.user,
        PAPERGRAPH_TEST_SEED_NEO4J_PASSWORD: seed.password,
      });
    }
    if (started.length) console.log(`test setup: Neo4j started in ${Math.round(performance.now() - t)} ms`);
    const seedEnv = process.env.PAPERGRAPH_TEST_SEED_NEO4J_URI
      ? {
          NEO4J_URI: process.env.PAPERGRAPH_TEST_SEED_NEO4J_URI,
          NEO4J_USER: process.env.PAPERGRAPH_TEST_SEED_NEO4J_USER,
          NEO4J_PASSWORD: process.env.PAPERGRAPH_TEST_SEED_NEO4J_PASSWORD,
        }
      : { NEO4J_URI: seed!.uri, NEO4J_USER: seed!.user, NEO4J_PASSWORD: seed!.password };
    await ingestSeeds({ ...withoutNeo4j(process.env), ...seedEnv }, ["--store", "neo4j"]);
  }
  await kuzuIngest;

  Object.assign(process.env, env);
  project.provide("testEnv", env);
  return async () => {
    await Promise.all(started.map((s) => s.stop()));
    rmSync(kuzuSeed, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testEnv: Record<string, string>;
  }
}
