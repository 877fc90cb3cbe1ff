// The words a synthetic corpus is made of: well-known names from our own extraction lexicons (read-only) and
// names coined from syllables, so no text is copied from anywhere.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chance, intBelow, pick, type Rng } from "./random.js";

const LEXICONS = join(import.meta.dirname, "..", "..", "ingest", "extract", "lexicons");

type LexiconFile = "models" | "datasets" | "benchmarks" | "metrics" | "tasks";

/**
 * How many of each lexicon's names a synthetic corpus draws on: its first ones, fixed so that the corpus a seed
 * gives stays the same when the lexicons grow (benchmark runs of different sessions compare like with like).
 */
const VOCABULARY_SIZE: Record<LexiconFile, number> = {
  models: 183,
  datasets: 159,
  benchmarks: 48,
  metrics: 69,
  tasks: 129,
};

/**
 * Canonical names of one lexicon file (the part before " | "), in file order (the order is our popularity rank), as
 * many as the synthetic vocabulary takes.
 */
export function lexiconNames(file: LexiconFile): string[] {
  return readFileSync(join(LEXICONS, `${file}.txt`), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split(" | ")[0]!.trim())
    .slice(0, VOCABULARY_SIZE[file]);
}

const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gl", "h", "k", "kr", "l", "m", "n", "p", "pr", "q", "r"];
const MORE_ONSETS = ["s", "st", "t", "tr", "v", "w", "z", "x", "sk", "pl", "th", "ph", "ch", "sh"];
const VOWELS = ["a", "e", "i", "o", "u", "ae", "io", "ou", "y"];
const CODAS = ["", "", "", "n", "r", "l", "x", "s", "m", "t", "nd", "rk"];
const MODEL_SUFFIXES = ["Net", "Former", "Mixer", "GAN", "Flow", "Diff", "LM", "Seg", "Det", "RL", "VL", "Fusion"];
const MODEL_SIZES = ["S", "B", "L", "XL", "7B", "13B", "Tiny", "Base", "Large"];
const DATASET_SUFFIXES = ["-1K", "-10K", "-100K", "-1M", "QA", "Set", "Corpus", "Scenes", "Speech", "Text", "Dial"];
const BENCH_SUFFIXES = ["Bench", "-Eval", "Arena", "Suite", "Test"];
const FIRST_NAMES_SYLLABLES = 2;

function syllable(rng: Rng): string {
  const onset = chance(rng, 0.7) ? pick(rng, ONSETS) : pick(rng, MORE_ONSETS);
  return onset + pick(rng, VOWELS) + pick(rng, CODAS);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A pronounceable stem of two or three syllables ("Kraelon", "Vioster"). */
export function coinStem(rng: Rng): string {
  const n = chance(rng, 0.6) ? 2 : 3;
  let stem = "";
  for (let i = 0; i < n; i++) stem += syllable(rng);
  return capital(stem.slice(0, 9));
}

/** Model names take the shapes the extractor knows names by: CamelCase, acronyms, versions, sizes. */
export function coinModelName(rng: Rng): string {
  const stem = coinStem(rng);
  const shape = intBelow(rng, 5);
  if (shape === 0) return stem + pick(rng, MODEL_SUFFIXES);
  if (shape === 1) return stem.slice(0, 4).toUpperCase() + (chance(rng, 0.5) ? "" : `-${pick(rng, MODEL_SIZES)}`);
  if (shape === 2) return `${stem}-${1 + intBelow(rng, 3)}`;
  if (shape === 3) return `${stem}${pick(rng, MODEL_SUFFIXES)}-${pick(rng, MODEL_SIZES)}`;
  return `${capital(stem.slice(0, 3))}${capital(coinStem(rng).slice(0, 4))}`;
}

/** The next version of a coined model ("KraelNet" → "KraelNet-2", "Vios-2" → "Vios-3"). */
export function nextVersion(name: string): string {
  const m = /^(.*)-(\d+)$/.exec(name);
  return m ? `${m[1]}-${Number(m[2]) + 1}` : `${name}-2`;
}

export function coinDatasetName(rng: Rng): string {
  return coinStem(rng) + pick(rng, DATASET_SUFFIXES);
}

export function coinBenchmarkName(rng: Rng): string {
  return coinStem(rng).slice(0, 6) + pick(rng, BENCH_SUFFIXES);
}

/** "Mira Kostan": a given name of two syllables and a family name of two or three. */
export function coinPersonName(rng: Rng): string {
  let first = "";
  for (let i = 0; i < FIRST_NAMES_SYLLABLES; i++) first += syllable(rng);
  return `${capital(first.slice(0, 7))} ${coinStem(rng)}`;
}

export function coinRepo(rng: Rng, model: string): string {
  const owner = `${coinStem(rng).toLowerCase()}-${pick(rng, ["lab", "group", "ai", "research", "nlp", "vision"])}`;
  return `${owner}/${model.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
