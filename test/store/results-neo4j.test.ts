// Reported results on a real Neo4j server (test/setup/global.ts starts it): the same results contract as Kùzu.

import { afterAll, beforeAll } from "vitest";
import type { Neo4jStore } from "../../store/neo4j/index.js";
import { describeNeo4j, lockScratchNeo4j } from "../support/neo4j.js";
import { describeResultsContract } from "./results-contract.js";

describeNeo4j("results on Neo4j", () => {
  let store: Neo4jStore;
  let release: () => Promise<void>;
  beforeAll(async () => {
    ({ store, release } = await lockScratchNeo4j());
  }, 600_000);
  afterAll(async () => release?.());

  describeResultsContract(() => store);
});
