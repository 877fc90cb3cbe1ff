// Picks what the API and browser benches ask for from a store: a spread of paper and entity ids (hubs and tail
// alike), search terms typed the way people type them, and the biggest hub for the neighbourhood view.

import { KuzuStore } from "../store/kuzu/index.js";
import { kuzuPath, openStore, type GraphStore } from "../store/index.js";
import { storeConfig, type BenchStore } from "./store-spec.js";
import { seededRng, pick } from "./synthetic/random.js";
import { compareStrings } from "../server/neighbourhood/order.js";

export interface Targets {
  papers: string[];
  entities: string[];
  hubs: string[];
  /** Models, hubs first, for the related-methods view. */
  models: string[];
  terms: string[];
}

const ENTITY_LABELS = ["Model", "Dataset", "Benchmark", "Metric", "Task", "Repository"];

export async function pickTargets(source: BenchStore, seed = 1): Promise<Targets> {
  const store: GraphStore =
    source.kind === "kuzu"
      ? new KuzuStore({ path: kuzuPath(source.dataDir), readOnly: true, connections: 1 })
      : await openStore(storeConfig(source, true));
  try {
    const rng = seededRng(seed);
    const sample = <T>(items: T[], n: number) =>
      Array.from({ length: Math.min(n, items.length) }, () => pick(rng, items));
    // The reads come in no order: sorted by id, the same seed picks the same targets.
    const papers = (await store.run("read/all-papers-for-index")).rows
      .map((r) => ({ id: String(r.id), title: r.label }))
      .sort((a, b) => compareStrings(a.id, b.id));
    const entities: { id: string; name: string; degree: number }[] = [];
    for (const label of ENTITY_LABELS) {
      const rows = (await store.run("read/all-entities-for-index", {}, { slots: { LABEL: label } })).rows;
      for (const r of rows) entities.push({ id: String(r.id), name: String(r.label), degree: Number(r.degree ?? 0) });
    }
    entities.sort((a, b) => compareStrings(a.id, b.id));
    const byDegree = [...entities].sort((a, b) => b.degree - a.degree);
    const hubs = byDegree.slice(0, 50).map((e) => e.id);
    const words = sample(papers, 1500).flatMap((p) =>
      String(p.title)
        .split(/[\s:]+/)
        .filter((w) => w.length > 3),
    );
    const names = sample(entities, 2000).map((e) => e.name);
    // Type-ahead: prefixes as they are typed, whole names, and title words.
    const terms = [
      ...names.map((n) => n.slice(0, 3 + Math.floor(rng() * 4))),
      ...names.slice(0, 1000),
      ...sample(words, 1500),
    ].filter((t) => t.trim().length > 1);
    const models = entities.filter((e) => e.id.startsWith("model:"));
    return {
      models: [
        ...byDegree.filter((e) => e.id.startsWith("model:")).slice(0, 20),
        ...sample(models, Math.min(500, models.length)),
      ].map((e) => e.id),
      papers: sample(papers, 5000).map((p) => String(p.id)),
      entities: [...hubs, ...sample(entities, 3000).map((e) => e.id)],
      hubs,
      terms,
    };
  } finally {
    await store.close();
  }
}
