// The domain gate: is this abstract about machine learning at all? Outside ML (biology, policy, physics) gene
// names, cell lines and agency acronyms have a name's shape, so an abstract with no ML cues keeps its links but
// its names fall below the graph's confidence threshold.

import type { Scan } from "./scan.js";

// Words only ML text uses much, learning theory and statistical ML included (bandits, regret bounds, sample
// complexity, Gaussian processes): without them 22,985 of the real corpus's 156,985 ML papers, most of them theory,
// fell below the gate; with them 19,506 (with the tasks below too, 17,467).
// Words other fields share (regression, Bayesian, sampling, online or active learning, boosting) are left out: an
// economics or pedagogy abstract passed with them. The tasks of vision and language processing are ML's own
// ("burst super-resolution", "joint denoising, demosaicking", "question answering"), generation between modalities
// too ("text-to-audio", "audio generation").
const STRONG_CUES =
  /\b(neural|deep learning|machine learning|transformer|fine-?tun|pre-?train|embedding|llm|language model|gpu|supervised|unsupervised|reinforcement learning|imitation learning|meta-?learning|few-shot|zero-shot|dataset|benchmark|encoder|decoder|token|gradient|backpropagation|convolution|diffusion model|attention mechanism|self-attention|classifier|generative|large-scale model|bandits?|regret bounds?|markov decision|sample complexity|generali[sz]ation (?:bound|error)|empirical risk|hyper-?parameter|overfitting|gaussian process|variational inference|kernel methods?|support vector|matrix completion|dimensionality reduction|graphical models?|pac-bayes|rademacher|pac[- ]learn|learnab|coresets?|compressed sensing|causal discovery|super-?resolution|denois|deblur|inpaint|demosaic|object detection|semantic segmentation|instance segmentation|pose estimation|optical flow|point clouds?|speech recognition|machine translation|question answering|image captioning|named entity|computer vision|natural language processing|(?:text|image|video|audio|speech)-to-(?:text|image|video|audio|speech|3d|motion)|(?:image|video|audio|speech|music|motion) (?:generation|synthesis))/g;
// Words ML text uses, and other science too. Both lists are lowercase and match the text lowercased (no "i" flag).
const WEAK_CUES =
  /\b(model|attention|train|network|predict|parameter|accuracy|algorithm|learning|inference|loss|classification|optimi[sz]|architecture|feature|representation|state-of-the-art|outperform)/g;

const LETTER = /\p{L}/u;

/** How many runs of letters the text holds (what `/\p{L}+/gu` matches), without building the list. */
function letterRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else {
      // A character outside the basic plane ("𝑥") is two UTF-16 units, one code point for the regex.
      const point = String.fromCodePoint(text.codePointAt(i)!);
      letter = LETTER.test(point);
      i += point.length - 1;
    }
    if (letter && !inRun) runs++;
    inRun = letter;
  }
  return runs;
}

/**
 * How strongly the text reads as machine learning: 0 (no cue) to 1. A long abstract needs several cues; a text of
 * a sentence or two (a title and a short abstract) says less, so fewer cues carry the same weight. Each model or
 * data name the field's lexicons know (`knownNames` of them) weighs as a weak cue: "We run BERT on SQuAD"
 * has no cue word but two names only ML uses.
 */
export function mlScore(scan: Scan, knownNames = 0): number {
  const text = scan.text.toLowerCase();
  const needed = Math.min(6, Math.max(2, letterRuns(text) / 10));
  // The score stops at 1, so the cues are counted only until they reach what is needed: most ML abstracts get there
  // in their first sentences.
  let cues = knownNames;
  const strong = new Set<string>();
  for (const m of text.matchAll(STRONG_CUES)) {
    const cue = m[1]!.replace(/-/g, "");
    if (strong.has(cue)) continue;
    strong.add(cue);
    if ((cues += 2) >= needed) return 1;
  }
  const weak = new Set<string>();
  for (const m of text.matchAll(WEAK_CUES)) {
    if (weak.has(m[1]!)) continue;
    weak.add(m[1]!);
    if (++cues >= needed) return 1;
  }
  return Math.min(1, cues / needed);
}

/** Below this score an abstract is not ML and its names are demoted. */
export const ML_GATE = 0.5;
/** The factor a demoted name's confidence is multiplied by: enough to fall below MIN_LINK_CONFIDENCE. */
export const OFF_DOMAIN_FACTOR = 0.5;
