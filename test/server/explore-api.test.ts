// The explorer view routes over a real Kùzu store holding the fixture graph: shapes, paging and 400s.

import { describe, expect, it } from "vitest";
import type { NeighboursPageResponse, RelatedMethodsResponse, SharedDataResponse } from "../../domain/types.js";
import { useFixtureApp } from "./fixture-app.js";

const { get } = useFixtureApp();
const enc = encodeURIComponent;

describe("GET /api/nodes/:id/neighbours", () => {
  it("gives a paper's bundles by kind and relation, and a page of one bundle", async () => {
    const { status, body } = await get<NeighboursPageResponse>(`/api/nodes/${enc("arxiv:2401.00001")}/neighbours`);
    expect(status).toBe(200);
    expect(body.bundles).toEqual([
      { kind: "dataset", relation: "USES", count: 1 },
      { kind: "model", relation: "PROPOSES", count: 1 },
      { kind: "model", relation: "USES", count: 1 },
    ]);
    expect(body.total).toBe(3);
    const page = await get<NeighboursPageResponse>(
      `/api/nodes/${enc("arxiv:2401.00001")}/neighbours?kind=model&relation=USES`,
    );
    expect(page.body.total).toBe(1);
    expect(page.body.neighbours.map((n) => n.id)).toEqual(["model:resnet50"]);
    expect(page.body.neighbours[0]!.evidence).toContain("ResNet-50");
  });

  it("pages an entity's papers newest first, undated last", async () => {
    const first = await get<NeighboursPageResponse>(`/api/nodes/dataset:imagenet/neighbours?limit=1`);
    expect(first.body).toMatchObject({ kind: "dataset", label: "ImageNet", total: 2, offset: 0, limit: 1 });
    expect(first.body.bundles).toEqual([{ kind: "paper", relation: "USES", count: 2 }]);
    expect(first.body.neighbours.map((n) => [n.id, n.date])).toEqual([["arxiv:2401.00001", "2024-01-03"]]);
    const second = await get<NeighboursPageResponse>(`/api/nodes/dataset:imagenet/neighbours?limit=1&offset=1`);
    expect(second.body.neighbours.map((n) => n.id)).toEqual(["title:00000000000000a2"]);
    const none = await get<NeighboursPageResponse>(`/api/nodes/dataset:imagenet/neighbours?limit=0`);
    expect(none.body.neighbours).toEqual([]);
    expect(none.body.total).toBe(2);
  });

  it("gives a repository id with slashes", async () => {
    const { status, body } = await get<NeighboursPageResponse>(
      `/api/nodes/${enc("repo:github.com/example/notes")}/neighbours`,
    );
    expect(status).toBe(200);
    expect(body.neighbours.map((n) => n.id)).toEqual(["title:00000000000000a3"]);
  });

  it.each([
    ["/api/nodes/dataset:imagenet/neighbours?limit=-1", /limit/],
    ["/api/nodes/dataset:imagenet/neighbours?limit=500", /limit/],
    ["/api/nodes/dataset:imagenet/neighbours?kind=spaceship", /kind/],
    ["/api/nodes/dataset:imagenet/neighbours?relation=LIKES", /relation/],
    ["/api/nodes/dataset:imagenet/neighbours?colour=red", /colour|Unrecognized/i],
  ])("answers 400 for %s", async (url, reason) => {
    const { status, body } = await get<{ message: string }>(url);
    expect(status).toBe(400);
    expect(body.message).toMatch(reason);
  });

  it.each(["model:nothing-here", "spaceship:x"])("answers 404 for %s", async (id) => {
    expect((await get(`/api/nodes/${enc(id)}/neighbours`)).status).toBe(404);
  });
});

describe("GET /api/papers/:id/shares-data", () => {
  it("ranks the papers sharing datasets and says why", async () => {
    const { status, body } = await get<SharedDataResponse>(`/api/papers/${enc("arxiv:2401.00001")}/shares-data`);
    expect(status).toBe(200);
    expect(body.paper.id).toBe("arxiv:2401.00001");
    expect(body.items.map((i) => [i.id, i.papers])).toEqual([["dataset:imagenet", 2]]);
    expect(body.items[0]!.weight).toBeGreaterThan(0);
    expect(body.matches).toHaveLength(1);
    expect(body.matches[0]).toMatchObject({
      id: "title:00000000000000a2",
      shared: ["dataset:imagenet"],
      reason: "shares 1 dataset: ImageNet",
    });
  });

  it("gives no matches for a paper without datasets", async () => {
    const { body } = await get<SharedDataResponse>(`/api/papers/${enc("title:00000000000000a3")}/shares-data`);
    expect(body.items).toEqual([]);
    expect(body.matches).toEqual([]);
  });

  it.each([
    [`/api/papers/${enc("arxiv:2401.00001")}/shares-data?limit=0`, 400],
    [`/api/papers/${enc("arxiv:2401.00001")}/shares-data?x=1`, 400],
    ["/api/papers/dataset:imagenet/shares-data", 404],
    [`/api/papers/${enc("arxiv:9999.99999")}/shares-data`, 404],
  ])("answers %s with %i", async (url, status) => {
    expect((await get(url)).status).toBe(status);
  });
});

describe("GET /api/methods/related", () => {
  it("links models by the papers naming both", async () => {
    const { status, body } = await get<RelatedMethodsResponse>("/api/methods/related");
    expect(status).toBe(200);
    expect(body.focus).toBeNull();
    expect(body.nodes.map((n) => n.id).sort()).toEqual(["model:glimmer", "model:resnet50"]);
    expect(body.links).toEqual([{ source: "model:glimmer", target: "model:resnet50", weight: 2, jaccard: 1 }]);
  });

  it("centres on one model", async () => {
    const { body } = await get<RelatedMethodsResponse>("/api/methods/related?id=model:resnet50&minWeight=2");
    expect(body.focus).toBe("model:resnet50");
    expect(body.nodes[0]!.id).toBe("model:resnet50");
    expect(body.links).toHaveLength(1);
    const strict = await get<RelatedMethodsResponse>("/api/methods/related?id=model:resnet50&minWeight=3");
    expect(strict.body.links).toEqual([]);
  });

  it.each([
    ["/api/methods/related?limit=1", 400],
    ["/api/methods/related?minWeight=0", 400],
    ["/api/methods/related?id=dataset:imagenet", 404],
    ["/api/methods/related?id=model:nothing", 404],
  ])("answers %s with %i", async (url, status) => {
    expect((await get(url)).status).toBe(status);
  });
});
