// A paper's page on a real Kùzu store, read through Cypher and through the frozen store's in-memory index:
// its links (arXiv, PDF, Hugging Face, venue, code) and authors, and an author's own page.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthorResponse, NodeDetailsResponse } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { resolveSources } from "../../ingest/sources/index.js";
import { buildApp } from "../../server/app.js";
import { openNodeReader } from "../../server/neighbourhood/index.js";
import { SearchIndex } from "../../server/search-index.js";
import { openStore } from "../../store/index.js";
import type { GraphStore } from "../../store/types.js";

const LINES = [
  {
    id: "2101.00042",
    title: "Quillnet: Feathered Attention for Small Images",
    abstract: "We propose Quillnet, a model that routes attention through feathers. Code is released.",
    // Not in alphabetical order: the page keeps the listing's (first and last authors mean something).
    authors: ["Zora Quill", "Ada Byron", "Alan Mathison"],
    date: "2021-01-05",
    githubRepo: "https://github.com/example/quillnet",
  },
  {
    id: "neurips/2022/x",
    title: "Scaling Feathers",
    abstract: "We study Quillnet at scale.",
    authors: ["Ada Byron"],
    date: "2022",
    venue: "neurips",
    url: "https://openreview.net/forum?id=feathers",
    links: ["https://openreview.net/forum?id=feathers", "https://example.org/feathers.pdf"],
  },
];

let dir: string;
const apps: FastifyInstance[] = [];
const stores: GraphStore[] = [];

async function app(frozen: boolean): Promise<FastifyInstance> {
  const store = await openStore({ kind: "kuzu", dataDir: dir, readOnly: frozen });
  stores.push(store);
  const built = await buildApp({
    store,
    search: await SearchIndex.fromStore(store),
    nodes: await openNodeReader(store),
    settings: { host: "127.0.0.1", port: 0 },
  });
  apps.push(built);
  return built;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-paper-page-"));
  const file = join(dir, "papers.jsonl");
  writeFileSync(file, LINES.map((l) => JSON.stringify(l)).join("\n"));
  const { records } = await resolveSources([file]);
  const store = await openStore({ kind: "kuzu", dataDir: dir, readOnly: false });
  await ingestRecords(records, store, { extract: async (papers) => extractCorpus(papers) });
  await store.close();
});
afterAll(async () => {
  for (const a of apps) await a.close();
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

// Served as `npm start` serves it: read-only, node details from the in-memory index.
describe("a paper's page", () => {
  let server: FastifyInstance;
  beforeAll(async () => {
    server = await app(true);
  });
  const get = async <T>(url: string) => {
    const r = await server.inject({ method: "GET", url });
    expect(r.statusCode).toBe(200);
    return r.json() as T;
  };

  it("links an arXiv paper to arXiv, its PDF, Hugging Face and its code", async () => {
    const { node } = await get<NodeDetailsResponse>("/api/nodes/arxiv%3A2101.00042");
    expect(node.links!.map((l) => [l.kind, l.url])).toEqual([
      ["arxiv", "https://arxiv.org/abs/2101.00042"],
      ["pdf", "https://arxiv.org/pdf/2101.00042"],
      ["hf", "https://huggingface.co/papers/2101.00042"],
      ["code", "https://github.com/example/quillnet"],
    ]);
    expect(node.properties.arxivId).toBe("2101.00042");
    expect(node.authors!.map((a) => a.name)).toEqual(["Zora Quill", "Ada Byron", "Alan Mathison"]);
  });

  it("keeps a venue paper's url, links and venue, which ingest used to drop", async () => {
    const search = await get<{ hits: { id: string; label: string }[] }>("/api/search?q=Scaling%20Feathers&kind=paper");
    const id = search.hits.find((h) => h.label === "Scaling Feathers")!.id;
    const { node } = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(id)}`);
    expect(node.properties.venue).toBe("neurips");
    expect(node.properties.links).toEqual([
      "https://openreview.net/forum?id=feathers",
      "https://example.org/feathers.pdf",
    ]);
    expect(node.links!.map((l) => l.kind)).toEqual(["pdf", "venue"]);
  });

  it("makes each author an entry point: their papers and what those papers name", async () => {
    const { node } = await get<NodeDetailsResponse>("/api/nodes/arxiv%3A2101.00042");
    const ada = node.authors!.find((a) => a.name === "Ada Byron")!;
    const page = await get<AuthorResponse>(`/api/authors/${encodeURIComponent(ada.id)}`);
    expect(page.name).toBe("Ada Byron");
    expect(page.papers.map((p) => p.label)).toEqual([
      "Scaling Feathers",
      "Quillnet: Feathered Attention for Small Images",
    ]);
    // What those papers name, counted per paper: the same as their own pages list.
    const named = new Map<string, number>();
    for (const p of page.papers) {
      const d = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(p.id)}`);
      for (const n of new Set(d.neighbours.map((x) => x.id))) named.set(n, (named.get(n) ?? 0) + 1);
    }
    expect(page.entities.length).toBeGreaterThan(0);
    expect(new Map(page.entities.map((e) => [e.id, e.papers]))).toEqual(named);
    expect(page.entities.map((e) => e.papers)).toEqual([...page.entities.map((e) => e.papers)].sort((a, b) => b - a));
    const missing = await server.inject({ method: "GET", url: "/api/authors/author%3Anobody" });
    expect(missing.statusCode).toBe(404);
  });
});
