// Reported results on a real Kùzu store in temp directories: the results contract (results-contract.ts), plus
// Kùzu's bulk load (COPY) writing the same results and links into an empty store.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../store/kuzu/index.js";
import { describeResultsContract, RESULTS_BATCH, resultCount, resultLinkCounts } from "./results-contract.js";

const dirs: string[] = [];
async function freshStore(): Promise<KuzuStore> {
  const dir = mkdtempSync(join(tmpdir(), "papergraph-results-"));
  dirs.push(dir);
  const store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
  return store;
}

let store: KuzuStore;
beforeAll(async () => {
  store = await freshStore();
});
afterAll(async () => {
  await store.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("results on Kùzu", () => {
  describeResultsContract(() => store);

  it("bulk-loads the same results and links into an empty store", async () => {
    const bulk = await freshStore();
    const batched = await freshStore();
    await bulk.bulkLoad(RESULTS_BATCH);
    await batched.writeBatch(RESULTS_BATCH);
    expect(await resultCount(bulk)).toBe(10);
    expect(await resultLinkCounts(bulk)).toEqual(await resultLinkCounts(batched));
    await bulk.close();
    await batched.close();
  });
});
