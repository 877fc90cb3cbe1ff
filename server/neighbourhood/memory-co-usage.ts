// The corpus-wide co-usage map of models answered from the in-memory index: pair weights counted by node index in
// one pass over papers, models ranked by numbers, and text read only for the models kept and the ties that decide
// the cut. The same answer as coUsageProjection over every paper → model row (explore/co-usage.ts), which read
// the text of every link and keyed pairs by strings: 14 s at 100k papers, blocking the server.
// test/server/neighbourhood/equivalence.test.ts holds the two together.

import { NODE_KINDS, type MethodLink } from "../../domain/types.js";
import type { CoUsage } from "../explore/co-usage.js";
import { PAPER, type NeighbourhoodIndex } from "./build.js";

const MODEL = NODE_KINDS.indexOf("model");

/** Each paper's distinct models, `visit`ed one paper at a time (the array is reused). */
function eachPaperModels(index: NeighbourhoodIndex, visit: (models: number[]) => void): void {
  const { nodeCount, kinds, offsets, pageOrder, linkTarget } = index;
  const models: number[] = [];
  for (let p = 0; p < nodeCount; p++) {
    if (kinds[p] !== PAPER) continue;
    models.length = 0;
    for (let i = offsets[p]!, end = offsets[p + 1]!; i < end; i++) {
      const m = linkTarget[pageOrder[i]!]!;
      if (kinds[m] === MODEL && !models.includes(m)) models.push(m);
    }
    if (models.length > 1) visit(models);
  }
}

/**
 * Weights of model pairs named by the same papers, keyed `x * nodeCount + y` with node x < y; only pairs of
 * models `counted` says yes to (all of them: millions of pairs at 100k papers).
 */
function pairWeights(index: NeighbourhoodIndex, counted?: Uint8Array): Map<number, number> {
  const { nodeCount } = index;
  const weights = new Map<number, number>();
  const some: number[] = [];
  eachPaperModels(index, (all) => {
    const models = counted ? ((some.length = 0), all.forEach((m) => counted[m] && some.push(m)), some) : all;
    for (let a = 0; a < models.length; a++) {
      for (let b = a + 1; b < models.length; b++) {
        const [x, y] = models[a]! < models[b]! ? [models[a]!, models[b]!] : [models[b]!, models[a]!];
        const key = x * nodeCount + y;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  });
  return weights;
}

/**
 * A model's summed link weight. With every link counted (minWeight 1) that is, over the papers naming it, the
 * other models each names: no pair needs counting, and only the links among the models kept are.
 */
function strengths(
  index: NeighbourhoodIndex,
  minWeight: number,
): { strength: Float64Array; all?: Map<number, number> } {
  const { nodeCount } = index;
  const strength = new Float64Array(nodeCount);
  if (minWeight <= 1) {
    eachPaperModels(index, (models) => {
      for (const m of models) strength[m]! += models.length - 1;
    });
    return { strength };
  }
  const all = pairWeights(index);
  for (const [key, w] of all) {
    if (w < minWeight) continue;
    strength[Math.floor(key / nodeCount)]! += w;
    strength[key % nodeCount]! += w;
  }
  return { strength, all };
}

/** coUsageProjection without a focus, over the index. */
export function coUsageOf(index: NeighbourhoodIndex, options: { maxNodes: number; minWeight: number }): CoUsage {
  const { nodeCount, degrees, text } = index;
  const { strength, all } = strengths(index, options.minWeight);
  const papers = (m: number) => (Number.isNaN(degrees[m]!) ? 0 : degrees[m]!);
  const ids = new Map<number, string>();
  const idOf = (m: number) => {
    let id = ids.get(m);
    if (id === undefined) ids.set(m, (id = text.id(m)));
    return id;
  };
  const byNumbers = (a: number, b: number) => strength[b]! - strength[a]! || papers(b) - papers(a);
  const candidates: number[] = [];
  for (let m = 0; m < nodeCount; m++) if (strength[m]! > 0) candidates.push(m);
  candidates.sort(byNumbers);
  // Ids decide only among equal numbers: sort by them up to the end of the group the cut falls in.
  let end = Math.min(options.maxNodes, candidates.length);
  while (end > 0 && end < candidates.length && byNumbers(candidates[end - 1]!, candidates[end]!) === 0) end++;
  const kept = candidates
    .slice(0, end)
    .sort((a, b) => byNumbers(a, b) || idOf(a).localeCompare(idOf(b)))
    .slice(0, options.maxNodes);
  const isKept = new Uint8Array(nodeCount);
  for (const m of kept) isKept[m] = 1;
  const weights = all ?? pairWeights(index, isKept);

  const links: MethodLink[] = [];
  for (const [key, weight] of weights) {
    if (weight < options.minWeight) continue;
    const x = Math.floor(key / nodeCount);
    const y = key % nodeCount;
    if (!isKept[x] || !isKept[y]) continue;
    // As coUsageProjection keys a pair: the smaller id (JS string order) is the source.
    const [source, target] = idOf(x) < idOf(y) ? [x, y] : [y, x];
    const union = papers(source) + papers(target) - weight;
    links.push({
      source: idOf(source),
      target: idOf(target),
      weight,
      jaccard: Math.round((weight / Math.max(union, weight)) * 1000) / 1000,
    });
  }
  links.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return {
    nodes: kept.map((m) => ({ id: idOf(m), label: String(text.label(m) ?? idOf(m)), papers: papers(m) })),
    links,
    truncated: candidates.length > kept.length,
  };
}
