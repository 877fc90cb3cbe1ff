// Vitest projects: `unit` (pure code, no database or browser: `npm run test:unit`), `store` (real Kùzu and real
// Neo4j: stores, ingest, server, analyst queries, parity) and `e2e` (Chromium against a served store). Files run in
// forks because Kùzu's native module prefers its own process. For the store and e2e projects the global setup
// starts Neo4j and ingests the seeds once per run (test/setup/global.ts).
import { defineConfig } from "vitest/config";

const E2E = ["test/e2e/**/*.test.ts", "test/query/console.e2e.test.ts", "test/harden/*.e2e.test.ts"];
/** Files in the store folders that need no database. */
const PURE = [
  "test/store/cypher-files.test.ts",
  "test/query/lexer.test.ts",
  "test/query/guard.test.ts",
  "test/query/limits.test.ts",
  "test/query/names.test.ts",
];
const UNIT_FOLDERS = ["domain", "extract", "sources", "web"].map((f) => `test/${f}/**/*.test.ts`);
const STORE_FOLDERS = ["store", "ingest", "server", "serve-index", "query", "parity", "bench", "harden"].map(
  (f) => `test/${f}/**/*.test.ts`,
);

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
      { extends: true, test: { name: "e2e", include: E2E } },
    ],
  },
});
