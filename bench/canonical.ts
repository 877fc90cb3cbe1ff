// Split entities on the seed corpus: how many entity nodes the graph gets when ids come from each paper's folded
// name alone (before) and from the canonical layer (after), which groups of "before" ids the layer merges, and the
// merges it is least sure of (learned from one paper's definition, or by folding alone). Figures are printed.

import { pathToFileURL } from "node:url";
import { entityId, foldName, singular } from "../domain/identity.js";
import { extractCorpus } from "../ingest/extract/index.js";
import { lexicons } from "../ingest/extract/lexicon.js";
import { seedPapers } from "./extract.js";

interface Group {
  after: string;
  before: Map<string, number>;
}

/** Why a merge is believed: the lexicon knows both names, a paper defined the pair, or spelling alone. */
function evidence(names: string[]): "lexicon" | "defined" | "spelling" {
  const { entities } = lexicons();
  const known = names.map((n) => (entities.get(foldName(n)) ?? entities.get(foldName(singular(n))))?.name);
  if (known.every((k) => k !== undefined && k === known[0])) return "lexicon";
  const folded = new Set(names.map((n) => foldName(singular(n))));
  return folded.size === 1 ? "spelling" : "defined";
}

export function benchCanonical(): void {
  const papers = seedPapers();
  if (papers.length === 0) {
    console.log("canonical bench: no seed papers; skipped");
    return;
  }
  const result = extractCorpus(papers);
  const groups = new Map<string, Group>();
  const papersOf = new Map<string, Set<string>>();
  for (const [paperId, mentions] of result) {
    for (const m of mentions) {
      const before = entityId(m.type, m.name);
      const after = entityId(m.type, m.canonical ?? m.name);
      const g = groups.get(after) ?? { after: m.canonical ?? m.name, before: new Map<string, number>() };
      g.before.set(m.name, (g.before.get(m.name) ?? 0) + 1);
      groups.set(after, g);
      papersOf.set(before, (papersOf.get(before) ?? new Set()).add(paperId));
    }
  }
  const beforeIds = new Set<string>();
  for (const [after, g] of groups)
    for (const name of g.before.keys()) beforeIds.add(entityId(after.split(":")[0] as never, name));
  const merged = [...groups.entries()].filter(([after, g]) => {
    const ids = new Set([...g.before.keys()].map((n) => entityId(after.split(":")[0] as never, n)));
    return ids.size > 1;
  });
  const split = merged.reduce(
    (n, [after, g]) => n + new Set([...g.before.keys()].map((x) => entityId(after.split(":")[0] as never, x))).size,
    0,
  );
  console.log(`canonical layer on the seed corpus (${papers.length} abstracts):`);
  console.log(`  entity nodes before (type + folded name): ${beforeIds.size}`);
  console.log(`  entity nodes after (canonical layer):      ${groups.size}`);
  console.log(`  entities that were split: ${merged.length}, over ${split} nodes before, one node each after`);
  const byEvidence = new Map<string, number>();
  const rows = merged.map(([after, g]) => {
    const names = [...g.before.keys()];
    const why = evidence([g.after, ...names]);
    byEvidence.set(why, (byEvidence.get(why) ?? 0) + 1);
    const mentions = [...g.before.values()].reduce((a, b) => a + b, 0);
    return { after, names, why, mentions };
  });
  console.log(`  merges by evidence: ${[...byEvidence].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  // Least certain first: merges not backed by the lexicon, with the fewest mentions behind them.
  const rank = { defined: 0, spelling: 1, lexicon: 2 } as const;
  rows.sort((a, b) => rank[a.why] - rank[b.why] || a.mentions - b.mentions || (a.after < b.after ? -1 : 1));
  console.log("  least certain merges:");
  for (const r of rows.slice(0, 15))
    console.log(`    [${r.why}, ${r.mentions} mentions] ${r.after} ← ${r.names.join(" | ")}`);
  console.log("  largest merges:");
  for (const r of [...rows].sort((a, b) => b.names.length - a.names.length || b.mentions - a.mentions).slice(0, 10)) {
    console.log(`    [${r.why}, ${r.mentions} mentions] ${r.after} ← ${r.names.join(" | ")}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) benchCanonical();
