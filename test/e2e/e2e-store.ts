// Which store the explorer's end-to-end suites run against, and the server they get: vitest's `e2e` project runs
// them on Kùzu and `e2e-neo4j` on Neo4j (PAPERGRAPH_E2E_STORE, set per project in vitest.config.ts). The seed
// corpus is served from the run's seed store of that kind (test/setup/global.ts ingested it once); another corpus
// is ingested into a fresh temp Kùzu store, or into the scratch Neo4j held under its lock for the file.

import type { StoreKind } from "../../store/types.js";
import { serveStore, startCorpusServer, type CorpusServer } from "../../tools/corpus-server.js";
import { lockScratchNeo4j, scratchTarget, seedTarget } from "../support/neo4j.js";

export const E2E_STORE: StoreKind = process.env.PAPERGRAPH_E2E_STORE === "neo4j" ? "neo4j" : "kuzu";

/** The seed corpus served from the run's seed store, or `corpus` ingested into a fresh store, on E2E_STORE. */
export async function startE2eServer(corpus?: string | string[]): Promise<CorpusServer> {
  if (E2E_STORE === "kuzu") {
    if (corpus) return startCorpusServer(corpus);
    const dataDir = process.env.PAPERGRAPH_TEST_SEED_KUZU;
    // Outside vitest's global setup (a file run by hand without it): ingest the seeds here.
    return dataDir ? serveStore({ kind: "kuzu", dataDir }) : startCorpusServer();
  }
  if (!seedTarget() || !scratchTarget()) {
    throw new Error("e2e-neo4j: no Neo4j servers (test/setup/global.ts starts them unless PAPERGRAPH_TEST_NEO4J=off)");
  }
  if (!corpus) return serveStore({ kind: "neo4j", target: seedTarget()! });
  const scratch = await lockScratchNeo4j();
  // The lock's writer emptied the server; ingest opens its own, so this one only holds the driver until stop.
  try {
    return await startCorpusServer(corpus, { neo4j: scratch.target, onStop: scratch.release });
  } catch (error) {
    await scratch.release();
    throw error;
  }
}
