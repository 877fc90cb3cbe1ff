// What every GraphStore adapter must do, as one suite run against each store (Kùzu always, Neo4j when set up).

import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { relayout } from "../../ingest/pipeline.js";
import { readNodeDetails, readOverview, readStats } from "../../server/graph-service.js";
import type { GraphStore } from "../../store/types.js";
import { FIXTURE_MENTIONS, FIXTURE_PAPERS } from "../fixtures/graph.js";

export function describeStoreContract(name: string, getStore: () => GraphStore): void {
  describe(`${name}: the store contract`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = getStore();
      await store.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
      await relayout(store);
    });

    it("counts what was written, per label and relationship type", async () => {
      const stats = await readStats(store);
      expect(stats.nodes).toMatchObject({ Paper: 3, Model: 2, Dataset: 1, Metric: 1, Repository: 1 });
      expect(stats.relationships).toMatchObject({ PROPOSES: 1, USES: 5, REPORTS: 1, HAS_CODE: 1 });
    });

    it("writes the same batch again without changing any count", async () => {
      const before = await readStats(store);
      await store.writeBatch(buildGraphBatch(FIXTURE_PAPERS, FIXTURE_MENTIONS));
      expect(await readStats(store)).toEqual(before);
    });

    it("reads papers and entities with neighbours and evidence through the shared read queries", async () => {
      const paper = await readNodeDetails(store, "arxiv:2401.00001", 50);
      expect(paper.node.properties.abstract).toBe(FIXTURE_PAPERS[0]!.abstract);
      expect(paper.neighbours.find((n) => n.id === "model:glimmer")).toMatchObject({ relation: "PROPOSES" });
      const dataset = await readNodeDetails(store, "dataset:imagenet", 50);
      expect(dataset.node.properties.aliases).toEqual(["ImageNet-1K"]);
      expect(dataset.neighbours).toHaveLength(2);
    });

    it("serves a laid-out overview", async () => {
      const overview = await readOverview(store, 100);
      expect(overview.nodes).toHaveLength(8);
      expect(overview.edges.length).toBe(8);
    });

    it("finds stored papers by folded title, each once, among keys that repeat or match nothing", async () => {
      const [first, second] = FIXTURE_PAPERS;
      const keys = [second!.titleKey, "nosuchtitle", first!.titleKey, second!.titleKey];
      const { rows } = await store.run("read/papers-with-title-keys", { keys });
      const found = rows.map((r) => [String(r.id), String(r.titleKey)]).sort();
      expect(found).toEqual(
        [
          [first!.id, first!.titleKey],
          [second!.id, second!.titleKey],
        ].sort(),
      );
      expect((await store.run("read/papers-with-title-keys", { keys: ["nosuchtitle"] })).rows).toEqual([]);
    });

    it("deletes papers and prunes entities left without papers", async () => {
      await store.deletePapers(["title:00000000000000a3"]);
      await store.pruneOrphans();
      const stats = await readStats(store);
      expect(stats.papers).toBe(2);
      expect(stats.nodes.Repository).toBe(0);
    });
  });
}
