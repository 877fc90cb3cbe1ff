// New papers into a laid-out store: only their neighbourhood is read, stored positions stay, new nodes are
// placed next to their neighbours, and every degree is what a full layout of the grown graph would give.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_LABELS } from "../../domain/types.js";
import { extractCorpus } from "../../ingest/extract/index.js";
import { ingestRecords } from "../../ingest/pipeline.js";
import { KuzuStore } from "../../store/kuzu/index.js";
import type { Row } from "../../store/types.js";
import { generatedRecords } from "./support/generated-corpus.js";

const extract = async (papers: Parameters<typeof extractCorpus>[0]) => extractCorpus(papers);

let dir: string;
let store: KuzuStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-incremental-"));
  store = new KuzuStore({ path: join(dir, "graph.kuzu") });
  await store.init();
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every paper's and entity's layout columns, by id. */
async function positions(): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const label of Object.values(NODE_LABELS)) {
    const cypher = `MATCH (n:${label}) RETURN n.id AS id, n.x AS x, n.y AS y, n.degree AS degree, n.community AS community`;
    for (const r of (await store.read(cypher)).rows) out.set(String(r.id), r);
  }
  return out;
}

/** Degrees as a full layout counts them: distinct neighbours over paper → entity links. */
async function fullDegrees(): Promise<Map<string, number>> {
  const links = (await store.run("read/all-paper-links")).rows;
  const neighbours = new Map<string, Set<string>>();
  for (const r of links) {
    const [s, t] = [String(r.source), String(r.target)];
    if (!neighbours.has(s)) neighbours.set(s, new Set());
    if (!neighbours.has(t)) neighbours.set(t, new Set());
    neighbours.get(s)!.add(t);
    neighbours.get(t)!.add(s);
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}

describe("an ingest into a laid-out store", () => {
  it("places only the new nodes, next to their neighbours, and keeps every degree right", async () => {
    const all = generatedRecords(60);
    await ingestRecords(all.slice(0, 40), store, { extract });
    const before = await positions();
    expect([...before.values()].every((r) => r.x !== null)).toBe(true);

    const summary = await ingestRecords(all, store, { extract });
    expect(summary.added).toBe(20);
    expect(summary.unchanged).toBe(40);
    const after = await positions();
    expect(after.size).toBeGreaterThan(before.size);

    // Stored nodes keep where they were; every node has a position.
    for (const [id, r] of before)
      expect([after.get(id)?.x, after.get(id)?.y, after.get(id)?.community], id).toEqual([r.x, r.y, r.community]);
    for (const [id, r] of after) expect(Number.isFinite(r.x as number), id).toBe(true);

    // A new paper sits near the mean of its entities (within the jitter).
    const links = (await store.run("read/all-paper-links")).rows;
    const fresh = [...after.keys()].filter((id) => !before.has(id) && links.some((l) => l.source === id));
    expect(fresh.length).toBeGreaterThanOrEqual(20);
    for (const id of fresh) {
      const around = links.filter((l) => l.source === id).map((l) => after.get(String(l.target))!);
      const mx = around.reduce((s, r) => s + Number(r.x), 0) / around.length;
      const my = around.reduce((s, r) => s + Number(r.y), 0) / around.length;
      const at = after.get(id)!;
      // New entities were placed in the same run, so their papers land near but not exactly on the mean.
      expect(Math.hypot(Number(at.x) - mx, Number(at.y) - my), id).toBeLessThan(20);
    }

    // Degrees: those of a full layout of the grown graph, new and old nodes alike.
    const degrees = await fullDegrees();
    for (const [id, degree] of degrees) expect(after.get(id)?.degree, id).toBe(degree);
  });
});
