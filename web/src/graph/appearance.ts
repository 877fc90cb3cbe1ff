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

/** Degree to display size: grows with the square root so hubs stand out without covering the screen. */
export function sizeForDegree(degree: number): number {
  return Math.min(28, 2.5 + 1.6 * Math.sqrt(degree));
}
