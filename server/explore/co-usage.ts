// Projects paper → model links onto models: two models are linked by how many papers name both. Pure.

import type { MethodLink, MethodNode } from "../../domain/types.js";

export interface ModelPair {
  paper: string;
  model: string;
  label: string;
  /** Papers naming the model across the corpus. */
  papers: number;
  /** The paper's title, when read. */
  title?: string;
}

export interface CoUsageOptions {
  /** Centre the projection on this model: keep it and the models most often named with it. */
  focus?: string;
  maxNodes: number;
  /** Links naming fewer papers than this are dropped. */
  minWeight: number;
}

export interface CoUsage {
  nodes: MethodNode[];
  links: MethodLink[];
  truncated: boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The weighted co-usage graph of models, capped at `maxNodes` of the strongest-linked ones. */
export function coUsageProjection(pairs: ModelPair[], options: CoUsageOptions): CoUsage {
  const models = new Map<string, MethodNode>();
  const byPaper = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (!models.has(p.model)) models.set(p.model, { id: p.model, label: p.label, papers: p.papers });
    const set = byPaper.get(p.paper) ?? new Set<string>();
    set.add(p.model);
    byPaper.set(p.paper, set);
  }
  const weights = new Map<string, number>();
  for (const set of byPaper.values()) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i]!, ids[j]!);
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  const strong = [...weights].filter(([, w]) => w >= options.minWeight);
  const strength = new Map<string, number>();
  for (const [key, w] of strong) {
    for (const id of key.split("\u0000")) strength.set(id, (strength.get(id) ?? 0) + w);
  }
  const rank = (a: string, b: string) =>
    (strength.get(b) ?? 0) - (strength.get(a) ?? 0) ||
    (models.get(b)?.papers ?? 0) - (models.get(a)?.papers ?? 0) ||
    a.localeCompare(b);

  let candidates: string[];
  if (options.focus) {
    const withFocus = new Map<string, number>();
    for (const [key, w] of strong) {
      const [a, b] = key.split("\u0000") as [string, string];
      if (a === options.focus) withFocus.set(b, w);
      else if (b === options.focus) withFocus.set(a, w);
    }
    const around = [...withFocus.keys()].sort((a, b) => withFocus.get(b)! - withFocus.get(a)! || rank(a, b));
    candidates = models.has(options.focus) ? [options.focus, ...around] : around;
  } else {
    candidates = [...strength.keys()].sort(rank);
  }
  const kept = new Set(candidates.slice(0, options.maxNodes));
  const links: MethodLink[] = [];
  for (const [key, weight] of strong) {
    const [source, target] = key.split("\u0000") as [string, string];
    if (!kept.has(source) || !kept.has(target)) continue;
    const union = models.get(source)!.papers + models.get(target)!.papers - weight;
    links.push({ source, target, weight, jaccard: Math.round((weight / Math.max(union, weight)) * 1000) / 1000 });
  }
  links.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return {
    nodes: [...kept].map((id) => models.get(id)!),
    links,
    truncated: candidates.length > kept.size,
  };
}
