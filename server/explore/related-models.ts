// "What is related to X": the models most associated with a focus model across papers. Ranked by Jaccard over
// papers (papers naming both / papers naming either), which discounts hubs that appear with everything, and
// only from a minimum number of shared papers, so one paper listing twenty baselines ties nothing. Pure.

import type { RelatedMethod } from "../../domain/types.js";
import type { ModelPair } from "./co-usage.js";

export interface RelatedOptions {
  /** Most related models returned. */
  limit: number;
  /** Papers a model must share with the focus to be related at all. */
  minSupport: number;
  /** Papers listed per related model as what ties them. */
  papersEach?: number;
}

export interface Related {
  focus: { id: string; label: string; papers: number } | null;
  related: RelatedMethod[];
  /** Models named with the focus in fewer than `minSupport` papers (left out). */
  belowSupport: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function relatedModels(pairs: readonly ModelPair[], focusId: string, options: RelatedOptions): Related {
  const models = new Map<string, { label: string; papers: number }>();
  const titles = new Map<string, string>();
  const byPaper = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (!models.has(p.model)) models.set(p.model, { label: p.label, papers: p.papers });
    if (p.title !== undefined) titles.set(p.paper, p.title);
    let set = byPaper.get(p.paper);
    if (!set) byPaper.set(p.paper, (set = new Set()));
    set.add(p.model);
  }
  const focus = models.get(focusId);
  if (!focus) return { focus: null, related: [], belowSupport: 0 };
  const shared = new Map<string, string[]>();
  for (const [paper, set] of byPaper) {
    if (!set.has(focusId)) continue;
    for (const m of set) {
      if (m === focusId) continue;
      let list = shared.get(m);
      if (!list) shared.set(m, (list = []));
      list.push(paper);
    }
  }
  const related: RelatedMethod[] = [];
  let belowSupport = 0;
  for (const [id, papers] of shared) {
    if (papers.length < options.minSupport) {
      belowSupport++;
      continue;
    }
    const model = models.get(id)!;
    // Stored degrees can lag a paper count by links of other kinds; never below what was seen here.
    const focusPapers = Math.max(focus.papers, papers.length);
    const modelPapers = Math.max(model.papers, papers.length);
    const union = focusPapers + modelPapers - papers.length;
    const jaccard = Math.round((papers.length / union) * 1000) / 1000;
    const ties = [...papers].sort().slice(0, options.papersEach ?? 5);
    related.push({
      id,
      label: model.label,
      papers: modelPapers,
      support: papers.length,
      jaccard,
      tiedBy: ties.map((p) => ({ id: p, label: titles.get(p) ?? p })),
      reason:
        `named together in ${plural(papers.length, "paper")}: ${papers.length} of ${focus.label}'s ${focusPapers} ` +
        `and ${papers.length} of ${model.label}'s ${modelPapers} (Jaccard ${jaccard.toFixed(2)})`,
    });
  }
  related.sort((a, b) => b.jaccard - a.jaccard || b.support - a.support || a.label.localeCompare(b.label));
  return {
    focus: { id: focusId, label: focus.label, papers: focus.papers },
    related: related.slice(0, options.limit),
    belowSupport,
  };
}
