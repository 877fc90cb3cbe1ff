// The in-memory node reader against the Cypher one, over the same read-only Kùzu store: for every node and a
// table of page queries the answers must be identical, down to key order, and unknown ids must fail alike.
// This is what keeps the two paths from drifting. The index is compared as built in memory and as ingest saves it
// beside the store (serve-index/: numbers in a file, text in LMDB) and the server reopens it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kindOfId } from "../../../domain/identity.js";
import type {
  NeighboursPageResponse,
  NodeDetailsResponse,
  RelatedMethodsResponse,
  SharedDataResponse,
} from "../../../domain/types.js";
import { loadNeighbourhoodIndex } from "../../../server/neighbourhood/load.js";
import { cypherNodeReader } from "../../../server/neighbourhood/cypher-reader.js";
import { MemoryNodeReader } from "../../../server/neighbourhood/memory-reader.js";
import type { NeighbourPageQuery, NodeReader } from "../../../server/neighbourhood/types.js";
import { openServeIndex, saveServeIndex, type OpenServeIndex } from "../../../serve-index/index.js";
import { SearchIndex } from "../../../server/search-index.js";
import { openVariedStore, type VariedStore } from "./varied-graph.js";

let varied: VariedStore;
const readers: Record<string, MemoryNodeReader> = {};
let saved: OpenServeIndex;
let cypher: NodeReader;
let ids: string[];

beforeAll(async () => {
  varied = await openVariedStore();
  const { store } = varied;
  const built = await loadNeighbourhoodIndex(store);
  readers["built in memory"] = new MemoryNodeReader(built);
  await saveServeIndex(varied.dir, built, await SearchIndex.fromStore(store));
  saved = openServeIndex(varied.dir)!;
  readers["saved and reopened"] = new MemoryNodeReader(saved.nodes);
  cypher = cypherNodeReader(store);
  const rows = (await store.run("read/all-node-ids")).rows;
  ids = rows.map((r) => String(r.id)).filter((id) => kindOfId(id) !== undefined);
});
afterAll(async () => {
  await saved?.close();
  await varied.dispose();
});

/** Identical as JSON (key order included) and as values (no stray undefined keys). */
function expectSame<T>(fromMemory: T, fromCypher: T, what: string) {
  expect(JSON.stringify(fromMemory), what).toBe(JSON.stringify(fromCypher));
  expect(fromMemory, what).toStrictEqual(fromCypher);
}

describe("the varied graph", () => {
  // Without these, the comparisons below could pass while the orderings they guard go untested.
  it("holds what the orderings depend on", async () => {
    const pages = await Promise.all(ids.map((id) => cypher.neighbourPage(id, { offset: 0, limit: 200 })));
    const neighbours = pages.flatMap((p) => p.neighbours);
    const papers = neighbours.filter((n) => n.kind === "paper");
    expect(ids.length).toBeGreaterThan(100);
    expect(papers.some((n) => n.date === null)).toBe(true);
    expect(papers.some((n) => n.date?.startsWith("--"))).toBe(true);
    expect(neighbours.some((n) => n.degree === 0)).toBe(true); // written after layout: NULL degree
    expect(pages.some((p) => p.kind === "paper" && p.total === 0)).toBe(true);
    expect(Math.max(...pages.map((p) => p.total))).toBeGreaterThan(50);
    // One paper names two repositories as often: their ids, which JS and Kùzu order differently, decide.
    const tiedRepos = ["repo:github.com/example/x𠀀", "repo:github.com/example/x\uE000"];
    const repos = pages.find((p) => tiedRepos.every((id) => p.neighbours.some((n) => n.id === id)));
    expect(
      repos?.neighbours.filter((n) => n.id.startsWith("repo:github.com/example/x")).map((n) => n.mentions),
    ).toEqual([1, 1]);
    // One paper names two models as often, one of them without a degree (written after layout).
    const late = pages.find(
      (p) =>
        p.kind === "paper" &&
        ["model:writtenlate", "model:resnet50"].every((id) => p.neighbours.some((n) => n.id === id)),
    )?.neighbours;
    expect(late?.find((n) => n.id === "model:writtenlate")).toMatchObject({ mentions: 1, degree: 0 });
    expect(late?.find((n) => n.id === "model:resnet50")).toMatchObject({ mentions: 1 });
    expect(late?.find((n) => n.id === "model:resnet50")?.degree).toBeGreaterThan(0);
    // Some paper lists two entities with equal mentions, so the id (or degree) decides.
    const tied = pages.some(
      (p) => p.kind === "paper" && new Set(p.neighbours.map((n) => n.mentions)).size < p.neighbours.length,
    );
    expect(tied).toBe(true);
    // Shares-data: papers tied on score and items shared, so date and id decide, and a cut inside such a tie.
    const paperIds = ids.filter((id) => kindOfId(id) === "paper");
    const shares = await Promise.all(paperIds.map((id) => cypher.sharedData(id, 40)));
    const tiedOn = (a: SharedDataResponse["matches"][number], b: SharedDataResponse["matches"][number]) =>
      a.score === b.score && a.shared.length === b.shared.length;
    const sameDate = shares.some((r) =>
      r.matches.some((m, i) => i > 0 && tiedOn(m, r.matches[i - 1]!) && m.date === r.matches[i - 1]!.date),
    );
    expect(sameDate).toBe(true);
    expect(shares.some((r) => r.matches.length > 2 && tiedOn(r.matches[1]!, r.matches[2]!))).toBe(true);
    expect(shares.some((r) => r.matches.some((m) => m.shared.length > 1))).toBe(true);
  });
});

describe.each(["built in memory", "saved and reopened"])("the index %s", (how) => {
  let memory: MemoryNodeReader;
  beforeAll(() => {
    memory = readers[how]!;
  });

  describe("node details", () => {
    it.each([200, 3, 1])("match Cypher for every node, limit %i", async (limit) => {
      for (const id of ids) {
        expectSame<NodeDetailsResponse>(await memory.details(id, limit), await cypher.details(id, limit), id);
      }
    });
  });

  describe("neighbour pages", () => {
    const queries: NeighbourPageQuery[] = [
      { offset: 0, limit: 25 },
      { offset: 0, limit: 0 },
      { offset: 0, limit: 200 },
      { kind: "paper", offset: 0, limit: 25 },
      { kind: "paper", offset: 25, limit: 25 },
      { kind: "model", offset: 0, limit: 10 },
      { kind: "repo", offset: 1, limit: 2 },
      { relation: "USES", offset: 0, limit: 25 },
      { relation: "PROPOSES", offset: 1, limit: 1 },
      { kind: "dataset", relation: "USES", offset: 0, limit: 5 },
      { kind: "model", relation: "HAS_CODE", offset: 0, limit: 5 },
      { offset: 3, limit: 4 },
      { offset: 1000, limit: 10 },
      { kind: "paper", relation: "USES", offset: 1000, limit: 0 },
    ];
    it.each(queries)("match Cypher for every node: %j", async (query) => {
      for (const id of ids) {
        expectSame<NeighboursPageResponse>(
          await memory.neighbourPage(id, query),
          await cypher.neighbourPage(id, query),
          `${id} ${JSON.stringify(query)}`,
        );
      }
    });
  });

  describe("paper authors", () => {
    it("match Cypher for every node, and some paper has several", async () => {
      let several = 0;
      for (const id of ids) {
        const fromCypher = await cypher.authors(id);
        if (fromCypher.length > 1) several++;
        expectSame(await memory.authors(id), fromCypher, id);
      }
      expect(several).toBeGreaterThan(0);
      expect(await memory.authors("arxiv:9999.99999")).toEqual([]);
    });
  });

  describe("papers sharing data", () => {
    it.each([40, 5, 2, 1])("match Cypher for every paper, limit %i", async (limit) => {
      const papers = ids.filter((id) => kindOfId(id) === "paper");
      let matched = 0;
      for (const id of papers) {
        const fromCypher = await cypher.sharedData(id, limit);
        matched += fromCypher.matches.length;
        expectSame<SharedDataResponse>(await memory.sharedData(id, limit), fromCypher, id);
      }
      expect(matched).toBeGreaterThan(0); // some paper shares data, so the ranking is compared too
    });
  });

  describe("related methods", () => {
    it.each([{ limit: 120, minWeight: 1 }, { limit: 3, minWeight: 1 }, { limit: 120, minWeight: 2 }, { limit: 40 }])(
      "match Cypher corpus-wide and around every model: %j",
      async (query) => {
        const all = await cypher.relatedMethods(query);
        expect(all.links.length).toBeGreaterThan(0);
        expectSame<RelatedMethodsResponse>(await memory.relatedMethods(query), all, "corpus-wide");
        for (const focus of ids.filter((id) => kindOfId(id) === "model")) {
          const q = { ...query, focus };
          expectSame<RelatedMethodsResponse>(await memory.relatedMethods(q), await cypher.relatedMethods(q), focus);
        }
      },
    );
  });

  describe("unknown ids", () => {
    it.each(["model:nothing-here", "spaceship:x", "arxiv:9999.99999", "title:", "no-colon", "paper:arxiv:2401.00001"])(
      "fail alike for %s",
      async (id) => {
        const fail = (p: Promise<unknown>) =>
          p.then(
            () => undefined,
            (e: Error) => e,
          );
        for (const read of [
          (r: NodeReader) => r.details(id, 10),
          (r: NodeReader) => r.neighbourPage(id, { offset: 0, limit: 5 }),
          (r: NodeReader) => r.sharedData(id, 5),
          (r: NodeReader) => r.relatedMethods({ focus: id, limit: 5, minWeight: 1 }),
        ]) {
          const [a, b] = [await fail(read(memory)), await fail(read(cypher))];
          expect(a).toBeInstanceOf(Error);
          expect(a?.constructor).toBe(b?.constructor);
          expect(a?.message).toBe(b?.message);
        }
      },
    );
  });

  describe("a node of the wrong kind", () => {
    it("fails alike for shares-data of an entity and related methods around a paper", async () => {
      const entity = ids.find((id) => kindOfId(id) === "dataset")!;
      const paper = ids.find((id) => kindOfId(id) === "paper")!;
      for (const read of [
        (r: NodeReader) => r.sharedData(entity, 5),
        (r: NodeReader) => r.relatedMethods({ focus: paper, limit: 5, minWeight: 1 }),
      ]) {
        const [a, b] = await Promise.all([read(memory).catch((e: Error) => e), read(cypher).catch((e: Error) => e)]);
        expect(a).toBeInstanceOf(Error);
        expect((a as Error).message).toMatch(/not a (paper|model)/);
        expect((a as Error).message).toBe((b as Error).message);
      }
    });
  });

  describe("repeated asks", () => {
    // Replies are kept by the routes (server/kept-replies.ts), not here: each ask computes the same answer.
    it("answer a repeated ask the same as the first, and fail a wrong kind every time", async () => {
      const paper = ids.find((id) => kindOfId(id) === "paper")!;
      const first = await memory.sharedData(paper, 40);
      const again = await memory.sharedData(paper, 40);
      expect(again).not.toBe(first);
      expect(again).toEqual(first);
      expectSame<SharedDataResponse>(again, await cypher.sharedData(paper, 40), paper);
      const bad = ids.find((id) => kindOfId(id) === "dataset")!;
      await expect(memory.sharedData(bad, 40)).rejects.toThrow(/not a paper/);
      await expect(memory.sharedData(bad, 40)).rejects.toThrow(/not a paper/);
    });
  });
});
