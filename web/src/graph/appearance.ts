// How node kinds look: one colour per kind, shared by the graph and the legend.
import type { NodeKind } from "../../../domain/types.js";

export const KIND_COLORS: Record<NodeKind, string> = {
  paper: "#5b6b8c",
  model: "#e0663b",
  dataset: "#2f9e6e",
  benchmark: "#8d5ad1",
  metric: "#c9a227",
  task: "#2b8cc4",
  repo: "#444444",
  hf: "#f2a33a",
};

export const KIND_NAMES: Record<NodeKind, string> = {
  paper: "Paper",
  model: "Model / method",
  dataset: "Dataset",
  benchmark: "Benchmark",
  metric: "Metric",
  task: "Task",
  repo: "Code repository",
  hf: "Hugging Face resource",
};

/** A graph of more than this many nodes is crowded: smaller dots, and labels only for the bigger ones. */
export const CROWDED_GRAPH = 150;

/**
 * Degree to display size: grows with the square root so hubs stand out without covering the screen. In a crowded
 * graph (the overview) dots are smaller, so that labels, which keep off every dot, find room between them.
 */
export function sizeForDegree(degree: number, crowded = false): number {
  return crowded ? Math.min(16, 1.5 + 0.9 * Math.sqrt(degree)) : Math.min(28, 2.5 + 1.6 * Math.sqrt(degree));
}

/** Colours for the largest communities; smaller ones share the last, neutral colour. */
export const COMMUNITY_PALETTE = [
  "#e6194b",
  "#3cb44b",
  "#4363d8",
  "#f58231",
  "#911eb4",
  "#42d4f4",
  "#f032e6",
  "#9a6324",
  "#469990",
  "#808000",
  "#000075",
  "#e6a8d7",
];
export const OTHER_COMMUNITY = "#b8bdc7";

/** Community id → colour, the biggest communities (by members among `communities`) getting the palette first. */
export function communityColors(communities: Iterable<number | undefined>): Map<number, string> {
  const sizes = new Map<number, number>();
  for (const c of communities) if (c !== undefined) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  return new Map(ranked.map((c, i) => [c, COMMUNITY_PALETTE[i] ?? OTHER_COMMUNITY]));
}

/** A colour mixed with white: bundle nodes (many nodes not yet drawn) are a paler shade of their kind. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix) as [number, number, number];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
