// The node routes over a read-only (frozen) fixture store, as `npm start` serves it: answers come from the
// in-memory neighbourhood index, and unknown ids still answer 404.

import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { NeighboursPageResponse, NodeDetailsResponse } from "../../domain/types.js";
import { MemoryNodeReader } from "../../server/neighbourhood/index.js";
import { useFixtureApp } from "./fixture-app.js";

const { get, context, inject } = useFixtureApp({ readOnly: true });
const enc = encodeURIComponent;

describe("node routes on a frozen store", () => {
  it("read from the in-memory index", () => {
    expect(context().store.frozen).toBe(true);
    expect(context().nodes).toBeInstanceOf(MemoryNodeReader);
  });

  it("give a paper with its entities and an entity's papers by page", async () => {
    const paper = await get<NodeDetailsResponse>(`/api/nodes/${enc("arxiv:2401.00001")}`);
    expect(paper.status).toBe(200);
    expect(paper.body.node.properties.origins).toEqual(["fixture.txt:1"]);
    expect(paper.body.neighbours.map((n) => n.id).sort()).toEqual([
      "dataset:imagenet",
      "model:glimmer",
      "model:resnet50",
    ]);
    const page = await get<NeighboursPageResponse>(`/api/nodes/dataset:imagenet/neighbours?limit=1&offset=1`);
    expect(page.body).toMatchObject({ total: 2, bundles: [{ kind: "paper", relation: "USES", count: 2 }] });
    expect(page.body.neighbours.map((n) => n.id)).toEqual(["title:00000000000000a2"]);
  });

  it.each(["model:nothing-here", "spaceship:x", "arxiv:9999.99999", "title:"])("answer 404 for %s", async (id) => {
    for (const url of [`/api/nodes/${enc(id)}`, `/api/nodes/${enc(id)}/neighbours`]) {
      const { status, body } = await get<{ error: string; message: string }>(url);
      expect(status, url).toBe(404);
      expect(body.error).toBe("not_found");
      expect(body.message).toContain(id);
    }
  });

  it("send shares-data and related methods asked again (kept as sent) as the first time", async () => {
    for (const url of [`/api/papers/${enc("arxiv:2401.00001")}/shares-data`, "/api/methods/related?limit=5"]) {
      const first = await get<unknown>(url);
      expect(first.status, url).toBe(200);
      expect((await get<unknown>(url)).body, url).toEqual(first.body);
    }
    const wrongKind = `/api/papers/${enc("dataset:imagenet")}/shares-data`;
    expect((await get<unknown>(wrongKind)).status).toBe(404);
    expect((await get<unknown>(wrongKind)).status).toBe(404);
  });

  it("send a page asked again (kept as sent) as the first time, per limit and in every encoding", async () => {
    const url = (limit: number) => `/api/nodes/${enc("dataset:imagenet")}?limit=${limit}`;
    const first = await get<NodeDetailsResponse>(url(1));
    expect(first.body.neighbours).toHaveLength(1);
    const two = await get<NodeDetailsResponse>(url(2));
    expect(two.body.neighbours).toHaveLength(2);
    expect((await get<NodeDetailsResponse>(url(1))).body).toEqual(first.body);
    expect((await get<NodeDetailsResponse>(url(2))).body).toEqual(two.body);
    // A page big enough to be compressed: the same JSON plain, as brotli and as gzip, first asked or again.
    const paper = `/api/nodes/${enc("arxiv:2401.00001")}`;
    const plain = await inject({ method: "GET", url: paper, headers: { "x-no-compression": "1" } });
    for (let round = 0; round < 2; round++) {
      for (const [accept, decode] of [
        ["br", brotliDecompressSync],
        ["gzip", gunzipSync],
      ] as const) {
        const r = await inject({ method: "GET", url: paper, headers: { "accept-encoding": accept } });
        const body = r.headers["content-encoding"] === accept ? decode(r.rawPayload).toString("utf8") : r.payload;
        expect(JSON.parse(body)).toEqual(plain.json());
      }
    }
  });
});
