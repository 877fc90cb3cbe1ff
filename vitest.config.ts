// Vitest projects: `unit` (pure code, no database or browser: `npm run test:unit`), `store` (real Kùzu and real
// Neo4j: stores, ingest, server, analyst queries, parity), `e2e` (Chromium against a served Kùzu store) and
// `e2e-neo4j` (the explorer's Chromium suites again, against Neo4j; left out, and said so, when
// PAPERGRAPH_TEST_NEO4J=off outside CI; under CI the global setup refuses that switch). Files run in
// forks because Kùzu's native module prefers its own process. For the store and e2e projects the global setup
// starts Neo4j and ingests the seeds once per run (test/setup/global.ts).
import { defineConfig } from "vitest/config";

const EXPLORER_E2E = "test/e2e/**/*.test.ts";
const REAL_CORPUS_E2E = "test/e2e/real-corpus.test.ts";
const E2E = [EXPLORER_E2E, "test/query/console.e2e.test.ts", "test/harden/*.e2e.test.ts"];
/** Files in the store folders that need no database. */
const PURE = [
  "test/store/cypher-files.test.ts",
  "test/query/lexer.test.ts",
  "test/query/guard.test.ts",
  "test/query/limits.test.ts",
  "test/query/names.test.ts",
  "test/server/search-rank.test.ts",
];
const UNIT_FOLDERS = ["domain", "extract", "sources", "web"].map((f) => `test/${f}/**/*.test.ts`);
const STORE_FOLDERS = ["store", "ingest", "server", "serve-index", "query", "parity", "bench", "harden"].map(
  (f) => `test/${f}/**/*.test.ts`,
);

const ci = process.env.CI === "true" || process.env.CI === "1";
const neo4jOff = process.env.PAPERGRAPH_TEST_NEO4J === "off" && !ci;
if (neo4jOff) console.warn("PAPERGRAPH_TEST_NEO4J=off: the e2e-neo4j project (explorer suites on Neo4j) is SKIPPED.");

export default defineConfig({
  test: {
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 300_000,
    globalSetup: ["test/setup/global.ts"],
    setupFiles: ["test/setup/env.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/*.test.ts", ...UNIT_FOLDERS, ...PURE] } },
      { extends: true, test: { name: "store", include: STORE_FOLDERS, exclude: [...E2E, ...PURE] } },
      { extends: true, test: { name: "e2e", include: E2E, env: { PAPERGRAPH_E2E_STORE: "kuzu" } } },
      ...(neo4jOff
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: "e2e-neo4j",
                include: [EXPLORER_E2E],
                // The real-corpus suite ingests its own slice into a temp Kùzu store with the CLI: one store is enough.
                exclude: [REAL_CORPUS_E2E],
                env: { PAPERGRAPH_E2E_STORE: "neo4j" },
              },
            },
          ]),
    ],
  },
});
