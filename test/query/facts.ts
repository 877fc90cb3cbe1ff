// What each saved query should answer, worked out in plain JS from the extraction output (the graph batch ingest
// writes), never from Cypher: the saved queries' results are checked against these.

import type { RelationType } from "../../domain/types.js";
import type { GraphBatch } from "../../store/types.js";

type Rel = { paper: string; entity: string; type: RelationType; mentions: number };

const byCountThenId =
  <T extends { id: string }>(key: (t: T) => number) =>
  (a: T, b: T) =>
    key(b) - key(a) || cmp(a.id, b.id);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const isDataOrBenchmark = (id: string) => id.startsWith("dataset:") || id.startsWith("benchmark:");

export class Facts {
  readonly rels: Rel[];
  readonly names = new Map<string, string>();
  readonly titles = new Map<string, string>();
  readonly paperIds: string[];
  private byPaper = new Map<string, Rel[]>();
  private byEntity = new Map<string, Rel[]>();

  constructor(batch: GraphBatch) {
    this.rels = batch.relations.map((r) => ({
      paper: r.paperId,
      entity: r.entityId,
      type: r.type,
      mentions: r.mentions,
    }));
    for (const r of this.rels) {
      if (!this.byPaper.has(r.paper)) this.byPaper.set(r.paper, []);
      this.byPaper.get(r.paper)!.push(r);
      if (!this.byEntity.has(r.entity)) this.byEntity.set(r.entity, []);
      this.byEntity.get(r.entity)!.push(r);
    }
    for (const e of batch.entities) this.names.set(e.id, e.name);
    for (const p of batch.papers) this.titles.set(p.id, p.title);
    this.paperIds = batch.papers.map((p) => p.id);
  }

  /** Entities a paper links to through the given relation types (all when none given). */
  entitiesOf(paper: string, types?: RelationType[]): Set<string> {
    return new Set(
      (this.byPaper.get(paper) ?? []).filter((r) => !types || types.includes(r.type)).map((r) => r.entity),
    );
  }

  /** Papers linking to an entity through the given relation types (all when none given). */
  papersOf(entity: string, types?: RelationType[]): Set<string> {
    return new Set(
      (this.byEntity.get(entity) ?? []).filter((r) => !types || types.includes(r.type)).map((r) => r.paper),
    );
  }

  private dataOf(paper: string): Set<string> {
    return new Set(
      [...this.entitiesOf(paper, ["PROPOSES", "USES", "EVALUATES_ON"])].filter((e) => isDataOrBenchmark(e)),
    );
  }

  sharedDatasets(paper: string): { id: string; shared: number; items: string[] }[] {
    const mine = this.dataOf(paper);
    return this.paperIds
      .filter((q) => q !== paper)
      .map((q) => {
        const items = [...this.dataOf(q)].filter((e) => mine.has(e));
        return { id: q, shared: items.length, items: items.map((e) => this.names.get(e)!).sort() };
      })
      .filter((r) => r.shared > 0)
      .sort(byCountThenId((r) => r.shared));
  }

  /** The paper with the most dataset/benchmark links that shares at least one with another paper. */
  richestDataPaper(): string {
    const shares = (id: string) =>
      [...this.dataOf(id)].some((e) =>
        [...this.papersOf(e, ["PROPOSES", "USES", "EVALUATES_ON"])].some((q) => q !== id),
      );
    const best = this.paperIds
      .map((id) => ({ id, n: this.dataOf(id).size }))
      .filter((p) => p.n > 0 && shares(p.id))
      .sort(byCountThenId((p) => p.n));
    return best[0]!.id;
  }

  topDatasets(): { id: string; kind: string; papers: number }[] {
    const ids = new Set(this.rels.map((r) => r.entity).filter(isDataOrBenchmark));
    return [...ids]
      .map((id) => ({
        id,
        kind: id.startsWith("dataset:") ? "dataset" : "benchmark",
        papers: this.papersOf(id, ["PROPOSES", "USES", "EVALUATES_ON"]).size,
      }))
      .sort(byCountThenId((r) => r.papers));
  }

  proposedThenUsed(minUses: number): { id: string; proposedBy: string; usedBy: number }[] {
    const out: { id: string; proposedBy: string; usedBy: number }[] = [];
    for (const r of this.rels.filter((r) => r.type === "PROPOSES" && r.entity.startsWith("model:"))) {
      const users = [...this.papersOf(r.entity, ["USES"])].filter((u) => u !== r.paper);
      if (users.length >= minUses) out.push({ id: r.entity, proposedBy: r.paper, usedBy: users.length });
    }
    return out.sort((a, b) => b.usedBy - a.usedBy || cmp(a.id, b.id) || cmp(a.proposedBy, b.proposedBy));
  }

  usedTogether(model: string): { id: string; papers: number }[] {
    const papers = this.papersOf(model, ["PROPOSES", "USES"]);
    const counts = new Map<string, number>();
    for (const p of papers) {
      for (const e of this.entitiesOf(p, ["PROPOSES", "USES"])) {
        if (e.startsWith("model:") && e !== model) counts.set(e, (counts.get(e) ?? 0) + 1);
      }
    }
    return [...counts].map(([id, papers]) => ({ id, papers })).sort(byCountThenId((r) => r.papers));
  }

  jaccard(paper: string): { id: string; shared: number; jaccard: number }[] {
    const mine = this.entitiesOf(paper);
    return this.paperIds
      .filter((q) => q !== paper)
      .map((q) => {
        const theirs = this.entitiesOf(q);
        const shared = [...theirs].filter((e) => mine.has(e)).length;
        return { id: q, shared, jaccard: round4(shared / (mine.size + theirs.size - shared)) };
      })
      .filter((r) => r.shared > 0)
      .sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || cmp(a.id, b.id));
  }

  adamicAdar(paper: string): { id: string; shared: number; adamicAdar: number }[] {
    const mine = this.entitiesOf(paper);
    return this.paperIds
      .filter((q) => q !== paper)
      .map((q) => {
        const shared = [...this.entitiesOf(q)].filter((e) => mine.has(e));
        const score = shared.reduce((s, e) => s + 1 / Math.log(this.papersOf(e).size), 0);
        return { id: q, shared: shared.length, adamicAdar: round4(score) };
      })
      .filter((r) => r.shared > 0)
      .sort((a, b) => b.adamicAdar - a.adamicAdar || cmp(a.id, b.id));
  }

  /** Undirected paper–entity adjacency. */
  adjacency(): Map<string, Set<string>> {
    const adj = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (!adj.has(a)) adj.set(a, new Set());
      adj.get(a)!.add(b);
    };
    for (const r of this.rels) {
      link(r.paper, r.entity);
      link(r.entity, r.paper);
    }
    return adj;
  }

  /** Hops on a shortest path (breadth-first), or undefined when none within `max`. */
  distance(from: string, to: string, max: number): number | undefined {
    const adj = this.adjacency();
    let frontier = [from];
    const seen = new Set(frontier);
    for (let hops = 1; hops <= max; hops++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const m of adj.get(n) ?? []) {
          if (m === to) return hops;
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    return undefined;
  }

  codeAvailability(): { code: string; papers: number }[] {
    const withCode = new Set(this.rels.filter((r) => r.type === "HAS_CODE").map((r) => r.paper));
    return [
      { code: "with code", papers: this.paperIds.filter((p) => withCode.has(p)).length },
      { code: "without code", papers: this.paperIds.filter((p) => !withCode.has(p)).length },
    ].filter((r) => r.papers > 0);
  }

  benchmarksPerTask(): { id: string; benchmarks: number; papers: number; names: string[] }[] {
    const tasks = new Set(this.rels.filter((r) => r.type === "ADDRESSES").map((r) => r.entity));
    return [...tasks]
      .map((t) => {
        const benchmarks = new Set<string>();
        let papers = 0;
        for (const p of this.papersOf(t, ["ADDRESSES"])) {
          const bs = [...this.entitiesOf(p, ["PROPOSES", "EVALUATES_ON"])].filter((e) => e.startsWith("benchmark:"));
          if (bs.length) papers++;
          for (const b of bs) benchmarks.add(b);
        }
        const names = [...benchmarks].map((b) => this.names.get(b)!).sort();
        return { id: t, benchmarks: benchmarks.size, papers, names };
      })
      .filter((r) => r.benchmarks > 0)
      .sort((a, b) => b.benchmarks - a.benchmarks || b.papers - a.papers || cmp(a.id, b.id));
  }

  singlePaperDatasets(): { id: string; paper: string }[] {
    const datasets = new Set(this.rels.map((r) => r.entity).filter((e) => e.startsWith("dataset:")));
    return [...datasets]
      .map((id) => ({ id, papers: [...this.papersOf(id, ["PROPOSES", "USES"])] }))
      .filter((d) => d.papers.length === 1)
      .map((d) => ({ id: d.id, paper: d.papers[0]! }))
      .sort((a, b) => cmp(a.id, b.id));
  }

  repoOwners(): { owner: string; papers: number; repositories: number }[] {
    const owners = new Map<string, { papers: Set<string>; repos: Set<string> }>();
    for (const r of this.rels.filter((r) => r.type === "HAS_CODE")) {
      const parts = this.names.get(r.entity)!.toLowerCase().split("/");
      const owner = `${parts[0]}/${parts[1]}`;
      const o = owners.get(owner) ?? { papers: new Set(), repos: new Set() };
      o.papers.add(r.paper);
      o.repos.add(r.entity);
      owners.set(owner, o);
    }
    return [...owners]
      .map(([owner, o]) => ({ owner, papers: o.papers.size, repositories: o.repos.size }))
      .sort((a, b) => b.papers - a.papers || cmp(a.owner, b.owner));
  }

  topModels(): { id: string; usedBy: number; proposedBy: number }[] {
    const models = new Set(
      this.rels.filter((r) => r.type === "USES" && r.entity.startsWith("model:")).map((r) => r.entity),
    );
    return [...models]
      .map((id) => ({ id, usedBy: this.papersOf(id, ["USES"]).size, proposedBy: this.papersOf(id, ["PROPOSES"]).size }))
      .sort(byCountThenId((r) => r.usedBy));
  }

  paperEntities(paper: string): { relation: string; entity: string; mentions: number }[] {
    return this.rels
      .filter((r) => r.paper === paper)
      .map((r) => ({ relation: r.type, entity: r.entity, mentions: r.mentions }))
      .sort((a, b) => cmp(a.relation, b.relation) || cmp(a.entity, b.entity));
  }

  entityPapers(entity: string): { id: string; mentions: number }[] {
    return this.rels
      .filter((r) => r.entity === entity)
      .map((r) => ({ id: r.paper, mentions: r.mentions }))
      .sort(byCountThenId((r) => r.mentions));
  }

  busiestTasks(): { id: string; papers: number; models: number }[] {
    const tasks = new Set(this.rels.filter((r) => r.type === "ADDRESSES").map((r) => r.entity));
    return [...tasks]
      .map((t) => {
        const papers = this.papersOf(t, ["ADDRESSES"]);
        const models = new Set(
          [...papers].flatMap((p) =>
            [...this.entitiesOf(p, ["PROPOSES", "USES"])].filter((e) => e.startsWith("model:")),
          ),
        );
        return { id: t, papers: papers.size, models: models.size };
      })
      .sort(byCountThenId((r) => r.papers));
  }
}
