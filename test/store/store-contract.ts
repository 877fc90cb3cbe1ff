// What every GraphStore adapter must do, as one suite run against each store (Kùzu always, Neo4j when set up).

import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { relayout } from "../../ingest/pipeline.js";
import { readNodeDetails, readOverview, readStats } from "../../server/graph-service.js";
import { loadNeighbourhoodIndex } from "../../server/neighbourhood/load.js";
import { nodeDetails } from "../../server/neighbourhood/memory-reader.js";
import type { Mention } from "../../domain/types.js";
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

    it("gives each link the sentence it was found in, read whole, by page and for the index", async () => {
      // Sentences a paper shares between links, one that holds the separator the store joins them with, an empty
      // one (a link with no sentence), a line break and quotes; links of several types to several labels.
      const id = "title:00000000000000c1";
      const said: Array<[Mention["type"], string, Mention["role"], string]> = [
        ["model", "Quillfeather", "proposed", "We present Quillfeather, a net of ␟ pieces."],
        ["dataset", "Marsh-7", "used", 'Quillfeather is trained on "Marsh-7"\nand Fen-2.'],
        ["dataset", "Fen-2", "used", 'Quillfeather is trained on "Marsh-7"\nand Fen-2.'],
        ["metric", "bog score", "used", ""],
        ["task", "reed counting", "used", "It counts reeds; reed counting is hard."],
        ["model", "ResNet-50", "used", "It beats ResNet-50, as first shown."],
      ];
      const mentions = said.map(([type, name, role, sentence]) => ({
        type,
        name,
        aliases: [],
        role,
        count: 1,
        evidence: { sentence, start: 0, end: name.length },
        confidence: 0.9,
      }));
      const paper = {
        id,
        title: "Quillfeather",
        abstract: "A made-up abstract.",
        titleKey: "quillfeather",
        origins: [],
      };
      await store.writeBatch(buildGraphBatch([paper], new Map([[id, mentions]])));
      const expected = Object.fromEntries(said.map(([, name, , sentence]) => [name, sentence.replace("␟", " ")]));

      const details = await readNodeDetails(store, id, 50);
      expect(Object.fromEntries(details.neighbours.map((n) => [n.label, n.evidence]))).toEqual(expected);
      const page = await store.run("read/paper-neighbour-page", { id, relation: "", prefix: "", offset: 0, limit: 50 });
      expect(Object.fromEntries(page.rows.map((r) => [r.label, r.evidence ?? ""]))).toEqual(expected);
      const resnet = await store.run(
        "read/entity-neighbour-page",
        { id: "model:resnet50", relation: "", offset: 0, limit: 50 },
        { slots: { LABEL: "Model" } },
      );
      expect(resnet.rows.find((r) => r.id === id)?.evidence).toBe(expected["ResNet-50"]);
      // The neighbourhood index, read a page of papers and a few rows at a time where the store reads in pages:
      // it resolves each link's sentence number against its paper's sentences.
      const index = await loadNeighbourhoodIndex(store, { pageNodes: 1, batchRows: 2 });
      const indexed = nodeDetails(index, id, 50).neighbours;
      expect(Object.fromEntries(indexed.map((n) => [n.label, n.evidence ?? ""]))).toEqual(expected);

      await store.deletePapers([id]);
      await store.pruneOrphans();
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
