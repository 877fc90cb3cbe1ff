// The domain gate: is this abstract about machine learning at all? Outside ML (biology, policy, physics) gene
// names, cell lines and agency acronyms have a name's shape, so an abstract with no ML cues keeps its links but
// its names fall below the graph's confidence threshold.

import type { Scan } from "./scan.js";

// Words only ML text uses much.
const STRONG_CUES =
  /\b(neural|deep learning|machine learning|transformer|fine-?tun|pre-?train|embedding|llm|language model|gpu|supervised|reinforcement learning|dataset|benchmark|encoder|decoder|token|gradient|backpropagation|convolution|diffusion model|attention mechanism|self-attention|classifier|generative|large-scale model)/gi;
// Words ML text uses, and other science too.
const WEAK_CUES =
  /\b(model|attention|train|network|predict|parameter|accuracy|algorithm|learning|inference|loss|classification|optimi[sz]|architecture|feature|representation|state-of-the-art|outperform)/gi;

/**
 * How strongly the text reads as machine learning: 0 (no cue) to 1. A long abstract needs several cues; a text of
 * a sentence or two (a title and a short abstract) says less, so fewer cues carry the same weight.
 */
export function mlScore(scan: Scan): number {
  const text = scan.text.toLowerCase();
  const strong = new Set([...text.matchAll(STRONG_CUES)].map((m) => m[1]!.replace(/-/g, "")));
  const weak = new Set([...text.matchAll(WEAK_CUES)].map((m) => m[1]!));
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const needed = Math.min(6, Math.max(2, words / 10));
  return Math.min(1, (2 * strong.size + weak.size) / needed);
}

/** Below this score an abstract is not ML and its names are demoted. */
export const ML_GATE = 0.5;
/** The factor a demoted name's confidence is multiplied by: enough to fall below MIN_LINK_CONFIDENCE. */
export const OFF_DOMAIN_FACTOR = 0.5;
