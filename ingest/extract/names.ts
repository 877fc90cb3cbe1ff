// Name candidates: lexicon entries, coined-looking tokens, title-case phrases with a model head, and names coined
// by a cue ("dubbed X", "namely X") or by the title ("X: …").

import type { EntityType } from "../../domain/types.js";
import { fold } from "./fold.js";
import { foldTask, isLanguage, lexicons, type LexiconEntry } from "./lexicon.js";
import { canBeVerb, isDescribingWord, isSingularNoun } from "./pos.js";
import { joined, perWordFact, sentenceInitial, type Scan } from "./scan.js";
import { isNameShape, isTitleWord } from "./shape.js";
import { firstAtOrAfter, phraseFinder } from "./spans.js";
import { DESCRIPTIVE_WORDS, FUNCTION_WORDS, isModelHead, MODEL_HEADS, VERB_WORDS, WEAK_TASK_HEADS } from "./words.js";

/** A candidate span over tokens [first, last]. */
export interface Candidate {
  first: number;
  last: number;
  surface: string;
  start: number;
  end: number;
  /** Type known from the lexicon. */
  lexicon?: LexiconEntry;
  /** A title-case phrase with an evaluation head ("… Leaderboard"): a benchmark. */
  benchmark?: boolean;
  /** A title-case phrase with a data head ("… Dataset", "… Corpus"): a dataset. */
  dataset?: boolean;
  /** A versioned name of a known entry ("Llama 7B" of "Llama"): its type, but not the same entity. */
  versionOf?: LexiconEntry;
  /** Coined by a cue or the title: a name even when its shape says nothing. */
  coined?: boolean;
  /** How it was found, for confidence. */
  source: "lexicon" | "shape" | "phrase" | "coined" | "capitalized";
  /** A phrase with a weak head ("… Learning"): a name only when the paper proposes it. */
  weak?: boolean;
  /** Coined by a cue that follows words about earlier work ("a recent architecture termed X"): not this paper's. */
  byOthers?: boolean;
  /** The name without the component noun it was found before ("Widget Fusion" of "Widget Fusion module"). */
  bare?: string;
  /** A title's name before what it is for ("Trellis Networks for Sequence Modeling"), not before a colon. */
  forTitle?: boolean;
  /** Named as a phenomenon or a theory's notion ("a dimension called VCL"): no entity, wherever written. */
  concept?: boolean;
}

const EARLIER_WORK =
  /\b(?:recent|existing|previous|prior|popular|prominent|well-known|widely[- ]used|standard|classic|conventional|original)\b/gi;
const OWN_WORK = /\b(?:we|our|this (?:paper|work|study))\b/gi;
const USED_ON_BEFORE =
  /\b(?:appl(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,4}?to|(?:evaluat(?:e|es|ed|ing)|test(?:s|ed|ing)?|experiment(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?on)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:benchmark|dataset|corpus|environment|task)s?,?\s*$/i;

// "namely" names what a phrase before it stands for: the paper's own only when that phrase is ("our two modules,
// namely …", "we use X to introduce two losses, namely …", "… namely A and B are developed"), not a list of what it
// uses or compares ("three benchmarks, namely …").
const OWN_PHRASE_BEFORE =
  /^.*\b(?:our|novel|new|this (?:paper|work)|we\b[^.;]{0,40}?\b(?:propose|introduce|present|design|develop|devise|build|call|name))\b([^.;]*)$/i;
const NOT_OWN_PHRASE =
  /\b(?:is|are|was|were|on|from|by|uses?|used|using|employ\w*|adopt\w*|adapt(?:s|ed|ing)?|appl(?:y|ies|ied)|evaluat\w*|test(?:s|ed|ing)?|experiment\w*|compar(?:e|es|ed|ing)|against|over|than|versus|outperform\w*|surpass\w*|baselines?|focus\w*|stud(?:y|ies|ied)|consider(?:s|ed|ing)?|address\w*|investigat\w*|analy[sz]\w*)\b/i;
const OWN_PASSIVE_AFTER =
  /^[^.;]*?\b(?:is|are|has been|have been|was|were)\s+(?:\w+ly\s+)?(?:proposed|introduced|presented|developed|designed)\b/i;

/**
 * True when the words before a coining cue at `at` speak of earlier work after any mention of this paper's own, or
 * when the cue is "namely" after a phrase that is not the paper's own.
 */
export function coinedByOthers(text: string, from: number, at: number): boolean {
  if (/^namely\b/i.test(text.slice(at, at + 7))) {
    const own = OWN_PHRASE_BEFORE.exec(text.slice(from, at));
    const phrase = own?.[1]!.replace(/\bbased on\b/gi, "");
    if ((phrase === undefined || NOT_OWN_PHRASE.test(phrase)) && !OWN_PASSIVE_AFTER.test(text.slice(at))) return true;
  }
  const before = text.slice(Math.max(from, at - 80), at);
  // "applying our method to a planning benchmark, called X": what the method is applied to or tested on is others'.
  if (USED_ON_BEFORE.test(before)) return true;
  const last = (re: RegExp) => [...before.matchAll(re)].pop()?.index ?? -1;
  const others = last(EARLIER_WORK);
  return others >= 0 && others > last(OWN_WORK);
}

const VERSION = /^(?:v?\d+(?:\.\d+)*[a-z]?|[A-Z]{1,2}\d*|XL|XXL|\d+(?:\.\d+)?[BMK])$/;
// Lowercase words a title-case name may hold ("Network in Network"); "and"/"with" join two names instead.
/** The nouns that say a name before them is data's (lowercase). */
export const DATA_HEAD = /^(?:dataset|datasets|benchmark|benchmarks|corpus|corpora)$/;
const CONNECTORS = new Set(["of", "for", "in", "to", "on"]);
/**
 * Head nouns that make a name data or an evaluation, whoever made it: a title-case phrase's last word ("Open Widget
 * Leaderboard", "Widget Faces Dataset") or a defined long form's ("Distracting Control Suite (DCS)").
 */
const DATA_HEAD_TYPES = new Map<string, "dataset" | "benchmark">([
  ...["dataset", "corpus", "database", "repository", "archive"].map((w) => [w, "dataset"] as const),
  ...["benchmark", "bench", "suite", "arena", "leaderboard", "challenge", "competition"].map(
    (w) => [w, "benchmark"] as const,
  ),
]);
export const dataHeadType = (word: string) => DATA_HEAD_TYPES.get(word.toLowerCase());
/** Heads that make a title-case phrase a name only when the paper coins or defines it. */
export const WEAK_HEADS = new Set([
  "Learning",
  "Coding",
  "Search",
  "Sampling",
  "Mapping",
  "Distillation",
  "Pretraining",
  "Pre-training",
  "Tuning",
  "Decoding",
  "Memory",
  "Function",
  "Field",
  "Fields",
  "Framework",
  "Model",
  "Layer",
  "Block",
  "Module",
  "Head",
  "Embedding",
  "Embeddings",
  "Unit",
  "Kernel",
  "Operator",
  "Policy",
  "Agent",
]);

function span(
  scan: Scan,
  first: number,
  last: number,
): Pick<Candidate, "first" | "last" | "surface" | "start" | "end"> {
  const start = scan.tokens[first]!.start;
  const end = scan.tokens[last]!.start + scan.clean[last]!.length;
  return { first, last, start, end, surface: scan.text.slice(start, end) };
}

/** The two sides of "A-to-B" when one of them is a known dataset or benchmark. */
export function transferPair(surface: string): [string, string] | undefined {
  const m = /^([\p{L}\d][\p{L}\d.]*(?:-v?\d+)?)-to-([\p{L}\d][\p{L}\d.-]*)$/u.exec(surface);
  if (!m) return undefined;
  const type = (s: string) => lexicons().entities.get(fold(s))?.type;
  const data = (s: string) => type(s) === "dataset" || type(s) === "benchmark";
  return data(m[1]!) || data(m[2]!) ? [m[1]!, m[2]!] : undefined;
}

const strip = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");

// Suffixes that make a coined name of any word before them ("U-net", "Refer-Former").
const NAME_SUFFIX = /^(?:net|nets|former|gan|bert|gpt|vit)$/i;

/** True when a data noun follows token `i` ("… dataset", "… benchmarks"). */
const beforeDataNoun = (scan: Scan, i: number) => joined(scan, i) && DATA_HEAD.test(scan.lower[i + 1] ?? "");

/**
 * A hyphenated capitalised word that is a description or an eponym, not a coined name: a lowercase ordinary word
 * or a letter after the hyphen ("N-shot", "Huber-norm", "Lipschitz-bounded", "M-step"), or two capitalised words
 * that are not ordinary words ("Lempel-Ziv", "Fokker-Planck": named after people).
 */
function hyphenatedNonName(word: string, common: ReadonlySet<string>): boolean {
  const parts = word.split("-");
  const last = parts[parts.length - 1]!;
  if (NAME_SUFFIX.test(last)) return false;
  if (/^\p{Ll}/u.test(last)) return last.length === 1 || common.has(last) || FUNCTION_WORDS.has(last);
  const people = (p: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(p) && !common.has(p.toLowerCase());
  return parts.length === 2 && people(parts[0]!) && people(last);
}

/** Case rule for a lexicon hit: short capitals match exactly; mixed-case entries need a capital or digit. */
function caseFits(entry: LexiconEntry, surface: string): boolean {
  // Case-exact, punctuation aside ("WMT'14" is "WMT14").
  // A plural keeps the exact case of the name before its "s" ("IoUs", "ViTs").
  if (entry.caseExact) {
    const written = strip(surface);
    return entry.spellings.some((spelling) => {
      const exact = strip(spelling);
      if (written === exact || written === `${exact}s`) return true;
      // A mixed-case name written in capitals ("SQUAD", "IMAGENET"): two capitals already make it a name's spelling.
      // A name led by a lowercase letter stays exact: "MAP" is no "mAP".
      if (!/\p{Ll}/u.test(exact) || !/^\p{Lu}.*\p{Lu}/u.test(exact)) return false;
      if (written === exact.toUpperCase()) return true;
      // So is one written with other capitals, as later papers often do ("Llama", "LLama" for "LLaMA", "Lora").
      return written.length >= 4 && /^\p{Lu}/u.test(written) && written.toLowerCase() === exact.toLowerCase();
    });
  }
  if (entry.spellings.every((spelling) => /\p{Lu}/u.test(spelling))) return /[\p{Lu}\d]/u.test(surface);
  return true;
}

const METRIC_VARIANT = /^(.+)-(?:\d+|\p{L})$/u;
/**
 * A name then a depth, version or size: "ResNet-18", "DenseNet121", "MobileNetV3", "EfficientNet-B0", "ViT-L"; a
 * size letter only after a hyphen ("CORAL" is no "Cora").
 */
const FAMILY_VARIANT = /^(.*?\p{L})(?:[-_]?[vV]?\d+(?:\.\d+)?[A-Za-z]?|[-_][A-Z]\d*)$/u;
/** What every variant above has: a digit, a hyphen or an underscore. */
const VARIANT_MARK = /[\d_-]/;

/**
 * The known entry a one-word variant belongs to: a metric with an order or variant letter ("BLEU-4", "BLEU-n",
 * "ROUGE-W"), or a model or dataset family with a depth, version or size ("ResNet-18", "Kinetics-700"), whose type
 * it has whatever the words around it say ("results on ResNet-34" evaluate a network, not data); or known data
 * with a capitalised word after a hyphen ("BabyAI-Text").
 */
function knownVariant(word: string, entities: ReadonlyMap<string, LexiconEntry>): LexiconEntry | undefined {
  // One cheap test rules out most words before the two regexes.
  if (!VARIANT_MARK.test(word)) return undefined;
  const metric = METRIC_VARIANT.exec(word);
  const entry = metric ? entities.get(fold(metric[1]!)) : undefined;
  if (entry?.type === "metric") return entry;
  const family = FAMILY_VARIANT.exec(word)?.[1];
  const base = family && family.length >= 3 ? entities.get(fold(family)) : undefined;
  if (base && base.type !== "metric" && base.type !== "task" && caseFits(base, family!)) return base;
  // Known data then a capitalised word is a version of that data or a benchmark built on it ("BabyAI-Text"); a
  // model's or a task's head after it names a model or a task ("ARC-Encoder", "Kinetics-Localization").
  const [, data, after] = DATA_WORD_VARIANT.exec(word) ?? [];
  const named =
    !!after && !MODEL_HEADS.has(after) && !AGENT_NOUN.test(after) && !lexicons().taskHeads.has(after.toLowerCase());
  const dataBase = named ? entities.get(fold(data!)) : undefined;
  return dataBase && (dataBase.type === "dataset" || dataBase.type === "benchmark") && caseFits(dataBase, data!)
    ? dataBase
    : undefined;
}
const DATA_WORD_VARIANT = /^(\p{L}[\p{L}\d]{2,})-(\p{Lu}\p{Ll}{2,})$/u;
const AGENT_NOUN = /(?:er|or)s?$/;

/** Where a word may start lexicon entries: its folded clean form, how many words they reach, a family it varies. */
interface LexiconStart {
  cleanFold: string;
  /** The most words of an entry starting with this word (0: none does). */
  maxWords: number;
  /** With no entry starting here, the known entry this one word is a variant of ("ResNet-18"). */
  variant: LexiconEntry | null;
  /** Printable ASCII without a "+": a phrase's folded key is its words' folded keys joined (no fold of its own). */
  joinsFolded: boolean;
  /** The entry the word names on its own, if any. */
  alone: LexiconEntry | null;
}

/**
 * The entry a folded name is, its plural naming the same entity ("Vision Transformers"; only a word's own "s"); not a
 * task's activity, whose plural names what it outputs ("depth estimations", "object detections"; "human-object
 * interactions" are what the task is about).
 */
function entryOf(entities: ReadonlyMap<string, LexiconEntry>, key: string): LexiconEntry | undefined {
  const entry = entities.get(key);
  if (entry || !/[^s]s$/.test(key)) return entry;
  const singular = entities.get(key.slice(0, -1));
  if (singular?.type !== "task") return singular;
  const heads = lexicons().taskHeads;
  for (const head of heads) if (key.endsWith(`${head.replace(/-/g, "")}s`)) return undefined;
  return singular;
}

const CAMEL_PLURAL = /^\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\p{Ll}s$/u;

const lexiconStart = perWordFact((word): LexiconStart => {
  const { entities, starts } = lexicons();
  const cleanFold = word.clean === word.text ? word.folded : fold(word.clean);
  // A hyphenated spelling of a multi-word entry is one token ("Swin-Transformer" for "Swin Transformer").
  const whole = entities.has(cleanFold) ? 1 : 0;
  // A plural acronym starts its singular's entries ("IoUs", "LLMs"); so does a plural camel-case model name
  // ("ResNets", "U-Nets").
  const camelPlural = CAMEL_PLURAL.test(word.clean) && entities.get(cleanFold.slice(0, -1))?.type === "model";
  const singular =
    /[^s]s$/.test(cleanFold) && (/\p{Lu}s$/u.test(word.clean) || camelPlural) ? cleanFold.slice(0, -1) : "";
  const wholeSingular = singular && entities.has(singular) ? 1 : 0;
  const maxWords = Math.max(
    starts.get(word.folded) ?? 0,
    starts.get(cleanFold) ?? 0,
    whole,
    wholeSingular,
    singular ? (starts.get(singular) ?? 0) : 0,
  );
  const variant = maxWords === 0 ? (knownVariant(word.clean, entities) ?? null) : null;
  const alone = maxWords > 0 ? (entryOf(entities, cleanFold) ?? null) : null;
  return { cleanFold, maxWords, variant, joinsFolded: /^[\x21-\x2a\x2c-\x7e]*$/.test(word.text), alone };
});

/** The folded key of tokens i..j as one phrase (their text with token j cleaned, folded). */
function phraseKey(scan: Scan, i: number, j: number): string {
  let key = "";
  for (let k = i; k <= j; k++) {
    const start = lexiconStart(scan, k);
    if (!start.joinsFolded)
      return fold(scan.text.slice(scan.tokens[i]!.start, scan.tokens[j]!.start + scan.clean[j]!.length));
    key += k === j ? start.cleanFold : scan.folded[k]!;
  }
  return key;
}

const SLASH = 47;

/** "CNN/DailyMail", "MultiWOZ/SGD": a lexicon name whose parts are joined by slashes, as one match. */
function slashJoined(scan: Scan, i: number): { candidate: Candidate; last: number } | undefined {
  let j = i;
  while (j - i < 3 && j + 1 < scan.tokens.length && scan.tokens[j + 1]!.start === scan.tokens[j]!.end + 1) {
    if (scan.text[scan.tokens[j]!.end] !== "/") break;
    j++;
  }
  for (let k = j; k > i; k--) {
    const surface = scan.text.slice(scan.tokens[i]!.start, scan.tokens[k]!.start + scan.clean[k]!.length);
    const entry = entryOf(lexicons().entities, fold(surface));
    if (!entry || !caseFits(entry, surface)) continue;
    const s = span(scan, i, k);
    return { candidate: { ...s, surface, end: s.start + surface.length, lexicon: entry, source: "lexicon" }, last: k };
  }
  return undefined;
}

const NUMBERED_STEM = /^(\p{L}[\p{L}\d-]*?)(\d+)$/u;
const NUMBER_THEN_SUFFIX = /^(\d+)(\p{L}[\p{L}\d]*)?$/u;

/**
 * Names that share a stem and a suffix around numbers joined by slashes, each written out: "ResNet-50/101" names
 * ResNet-50 and ResNet-101, "WSJ0-2/3mix" WSJ0-2mix and WSJ0-3mix. Each spans the token its number is in; `taken`
 * marks them. A letter before the slash ("ViT-B/16", "DiT-XL/2") is one name's, left alone.
 */
export function numberedAlternatives(scan: Scan, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { entities } = lexicons();
  for (let i = 0; i + 1 < scan.tokens.length; i++) {
    if (taken[i] || scan.text.charCodeAt(scan.tokens[i]!.end) !== SLASH) continue;
    const head = NUMBERED_STEM.exec(scan.tokens[i]!.text);
    if (!head) continue;
    const numbers = [{ number: head[2]!, at: i }];
    let suffix: string | undefined;
    let j = i;
    while (
      j + 1 < scan.tokens.length &&
      !taken[j + 1] &&
      scan.tokens[j + 1]!.start === scan.tokens[j]!.end + 1 &&
      scan.text.charCodeAt(scan.tokens[j]!.end) === SLASH &&
      suffix === undefined
    ) {
      const m = NUMBER_THEN_SUFFIX.exec(scan.tokens[j + 1]!.text);
      if (!m) break;
      numbers.push({ number: m[1]!, at: ++j });
      suffix = m[2];
    }
    // A decimal or a ratio goes on after the last number ("0.5/0.75", "2/3.5").
    if (numbers.length < 2 || /^[.,]\d/.test(scan.text.slice(scan.tokens[j]!.end, scan.tokens[j]!.end + 2))) continue;
    for (const { number, at } of numbers) {
      const surface = `${head[1]}${number}${suffix ?? ""}`;
      const entry = entryOf(entities, fold(surface));
      const lexicon = entry && caseFits(entry, surface) ? entry : undefined;
      // Or a known family's variant ("ResNet-34"), typed as the family is.
      const versionOf = lexicon ? undefined : knownVariant(surface, entities);
      if (!lexicon && !versionOf && !isNameShape(surface)) continue;
      const known = lexicon ? { lexicon } : versionOf ? { versionOf } : {};
      out.push({ ...span(scan, at, at), surface, ...known, source: lexicon || versionOf ? "lexicon" : "shape" });
    }
    for (let k = i; k <= j; k++) taken[k] = 1;
    i = j;
  }
  return out;
}

/** Longest lexicon matches, left to right; `taken` marks the tokens they cover. */
export function lexiconCandidates(scan: Scan, taken: Uint8Array): Candidate[] {
  const { entities, slashStarts } = lexicons();
  const out: Candidate[] = [];
  const n = scan.tokens.length;
  for (let i = 0; i < n; i++) {
    if (taken[i]) continue;
    const slashed =
      slashStarts.has(scan.folded[i]!) && scan.text.charCodeAt(scan.tokens[i]!.end) === SLASH
        ? slashJoined(scan, i)
        : undefined;
    if (slashed) {
      out.push(slashed.candidate);
      for (let k = i; k <= slashed.last; k++) taken[k] = 1;
      i = slashed.last;
      continue;
    }
    const { maxWords, variant, alone } = lexiconStart(scan, i);
    if (maxWords === 0) {
      if (variant) {
        // A size may follow, as after the family's own name ("Falcon2 11B").
        const end = variant.type === "model" ? withModelVersion(scan, i) : i;
        out.push({ ...span(scan, i, end), source: "lexicon", versionOf: variant });
        for (let k = i; k <= end; k++) taken[k] = 1;
        i = end;
      }
      continue;
    }
    let last = i;
    for (let j = i; j < n - 1 && j - i + 1 < maxWords && joined(scan, j); j++) last = j + 1;
    for (let j = last; j >= i; j--) {
      const entry = j === i ? alone : entryOf(entities, phraseKey(scan, i, j));
      if (!entry) continue;
      const surface =
        j === i
          ? scan.clean[i]!
          : scan.text.slice(scan.tokens[i]!.start, scan.tokens[j]!.start + scan.clean[j]!.length);
      if (!caseFits(entry, surface)) continue;
      // A task's words in title case inside a data name are the name's ("the Berkeley Segmentation Dataset"): left
      // to the phrase candidates, which take the name whole. Not after a name the lexicon knows ("the COCO Object
      // Detection Dataset" is COCO, used for object detection).
      if (entry.type === "task" && inDataName(scan, taken, i, j)) break;
      // A model name followed by a version or size is a different, versioned name ("Llama 7B", "T5 Large"); so is
      // a dataset's or benchmark's followed by its year or version ("IWSLT 2015", "SQuAD v1.1").
      const last =
        entry.type === "model"
          ? withModelVersion(scan, j)
          : entry.type === "dataset" || entry.type === "benchmark"
            ? withDataVersion(scan, j)
            : j;
      if (last > j) {
        out.push({ ...span(scan, i, last), source: "lexicon", versionOf: entry });
      } else {
        const s = span(scan, i, j);
        out.push({ ...s, surface, end: s.start + surface.length, lexicon: entry, source: "lexicon" });
      }
      for (let k = i; k <= last; k++) taken[k] = 1;
      // "the WidgetSet Street Scenes Dataset": title-case words between a known data name and a data noun are the
      // rest of its full name, no name of their own.
      if (entry.type === "dataset" || entry.type === "benchmark") {
        let rest = last;
        while (
          rest - last < 2 &&
          joined(scan, rest) &&
          scan.title[rest + 1] &&
          !DATA_HEAD.test(scan.lower[rest + 1]!)
        ) {
          rest++;
        }
        if (rest > last && joined(scan, rest) && DATA_HEAD.test(scan.lower[rest + 1] ?? "")) {
          for (let k = last + 1; k <= rest + 1; k++) taken[k] = 1;
        }
      }
      i = last;
      break;
    }
  }
  return out;
}

/**
 * True when the title-case words from token `first` through `last` are inside a name no candidate took yet: a
 * title-case word before them, and a data head after them ("Berkeley Segmentation Dataset").
 */
function inDataName(scan: Scan, taken: Uint8Array, first: number, last: number): boolean {
  if (!scan.title[first] || scan.tokens[first]!.sentence === 0) return false;
  const before = first - 1;
  if (before < 0 || taken[before] || !scan.title[before] || !joined(scan, before)) return false;
  if (scan.tokens[before]!.sentence !== scan.tokens[first]!.sentence) return false;
  for (let k = last + 1; k <= last + 4 && k < scan.tokens.length && joined(scan, k - 1) && scan.title[k]; k++) {
    if (dataHeadType(scan.clean[k]!)) return true;
  }
  return false;
}

// A person's law, rule or theorem ("Newton's laws", "Bayes' rule", "Stein's lemma"): the word is a person's name.
const PERSONS_LAW =
  /^\p{L}+['’]s?\s+(?:laws?|rules?|theorems?|lemmas?|method|equations?|inequality|identity|principle|constant|criterion|paradox|conjecture|formula)\b/u;

const NAME_CUE_BEFORE =
  /(?:such as|e\.g\.,?|including|like|namely|i\.e\.,?|:|outperform\w*|surpass\w*|than|vs\.?|versus|compared (?:to|with)|over)\s*$/i;
const LIST_BEFORE = /(?:,|\band|\bor)\s*$/;
const HEAD_AFTER =
  /^\s*(?:dataset|datasets|benchmark|benchmarks|corpus|database|databases|model|models|architecture|baseline|baselines)\b/i;
const LIST_AFTER = /^\s*(?:,|and\b|or\b)/;
// A cited author: more surnames, then the year or "et al." ("Bousquet, Hanneke, Moran, and Yehudayoff (2021)",
// "Lin, Luo, and Woodruff (ICML 2022)", "(Perlman 1987)", "[Bousquet, Hanneke, …; STOC ’21]").
const CITED_AUTHORS_AFTER =
  /^(?:,?\s+(?:and\s+|&\s+)?(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*\p{Lu}[\p{L}'’-]+)*,?\s*(?:\(\s*(?:[A-Z][\w-]*\s+)?(?:19|20)\d{2}\b|\(\s*\p{Lu}{2,}[\w-]*\s*['’]\s*\d{2}\s*\)|(?:19|20)\d{2}\b|et al\b|[;,]\s*\p{Lu}{2,}[\w-]*\s*['’]?\s*\d{2,4}\b)/u;
// Surnames named together, the way results are credited: "Kalai and Vempala [1] showed", "a model proposed by Pitt
// and Valiant", "due to Achlioptas and Naor", "Kearns, Schapire and Sellie" (a stripped citation leaves spaces).
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const SURNAMES_BEFORE = new RegExp(String.raw`(?:${SURNAME}(?:,\s+|,?\s+and\s+))+$`, "u");
const SURNAMES_AFTER = new RegExp(String.raw`^(?:(?:,\s+|,?\s+and\s+)${SURNAME})+`, "u");
const CREDITED_BEFORE =
  /\b(?:by|due to|(?:framework|model|algorithm|result|results|work|approach|analysis|conjecture) of)\s+$/;
const CREDITED_WORK_AFTER =
  /^\s+(?:(?:seminal|recent|earlier|prior|original|pioneering|classic|influential)\s+)?(?:work|paper|result|results|analysis|algorithm|theorem|conjecture|bound|construction)\b/;
const CREDITED_AFTER =
  /^(?:\s*[[(]\s*\d|\s{3,}|['’]s?\s|\s+(?:showed|show|shows|proved|proposed|asked|introduced|gave|studied|conjectured|established|demonstrated|observed|suggested)\b)/;

// What a name may stand before and still be the name ("Mamba blocks", "Hyena operators", "Potts model").
const NAME_NOUN_AFTER = new Set(
  [...MODEL_HEADS]
    .flatMap((h) => [h.toLowerCase(), `${h.toLowerCase()}s`])
    .concat(
      `architecture architectures variant variants backbone backbones baseline baselines family checkpoint checkpoints
    weights algorithm algorithms method methods dataset datasets benchmark benchmarks corpus corpora challenge suite
    leaderboard database environment environments library toolkit framework platform simulator engine`.split(/\s+/),
    ),
);

/**
 * True when the capitalised word at token `i` modifies the lowercase noun after it: an eponym or a place in a
 * compound ("Lipschitz continuity", "Euler discretization", "Fisher vector"), not a name of its own.
 */
function modifiesNoun(scan: Scan, i: number): boolean {
  if (!joined(scan, i)) return false;
  const next = scan.tokens[i + 1]!.text;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(next) && !NAME_NOUN_AFTER.has(next) && isSingularNoun(next);
}

/** True when the capitalised word at token `i` is one of several surnames credited with a result. */
function citedAuthorPair(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const sentenceStart = scan.sentences[t.sentence]!.start;
  const before = scan.text.slice(Math.max(sentenceStart, t.start - 120), t.start);
  const after = scan.text.slice(t.end, t.end + 120);
  const left = SURNAMES_BEFORE.exec(before)?.[0] ?? "";
  const right = SURNAMES_AFTER.exec(after)?.[0] ?? "";
  if (!/\band\b/.test(left + right)) return false;
  // "Korhonen and Parviainen’s seminal work": a possessive before a work's noun credits two authors.
  const credited = /['’]s?$/.test(t.text) && !right && CREDITED_WORK_AFTER.test(after);
  return (
    credited ||
    CREDITED_BEFORE.test(before.slice(0, before.length - left.length)) ||
    CREDITED_AFTER.test(after.slice(right.length))
  );
}

// Where a paper gives its own work a name: "we propose Lantern", "Lantern, a simple network for …".
const INTRODUCED_BEFORE =
  /\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|introduce|present|create|build|develop|design|release)[sd]?\s*$/i;
const APPOSITIVE_AFTER =
  /^\s*(?:,|[-–—:])\s*(?:a|an)\s+(?:(?!(?:for|of|to|in|on|with|that|which|from|by)\b)[\w-]+\s+){0,5}?(?:model|network|method|framework|architecture|approach|algorithm|system|agent|pipeline|technique|transformer|LLM)s?\b/i;
/** After a name being introduced: its end ("we propose Lantern, …", "… Lantern to …"), not a noun it modifies. */
const INTRODUCED_END = /^(?:\s*[,;:.()–—-]|\s+(?:to|that|which|for|as|with|by|and|or|is|was)\b|\s*$)/;

/** A capitalised word the paper proposes, right before an acronym: the two are one name ("Samba ASR"). */
function proposedWithAcronym(scan: Scan, i: number, proposes: (offset: number) => boolean): boolean {
  const next = scan.tokens[i + 1];
  return (
    !!next &&
    scan.tokens[i]!.sentence !== 0 &&
    !sentenceInitial(scan, i) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(scan.tokens[i]!.text) &&
    !scan.common.has(scan.lower[i]!) &&
    // A language before a known model says which language's version it is ("a Dutch BERT model called BERTje").
    !isLanguage(scan.tokens[i]!.text) &&
    joined(scan, i) &&
    /^\p{Lu}{2,5}$/u.test(next.text) &&
    proposes(scan.tokens[i]!.start)
  );
}

/** True when token i stands alone in parentheses inside the object of a proposing verb. */
function namesProposalInParentheses(scan: Scan, i: number, proposes: (offset: number) => boolean): boolean {
  const t = scan.tokens[i]!;
  return (
    scan.text[t.start - 1] === "(" && scan.text[t.end] === ")" && !scan.common.has(scan.lower[i]!) && proposes(t.start)
  );
}

/** True where the text lists or compares names, so a capitalised word there is likely one. */
function namePlace(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const sentence = scan.sentences[t.sentence]!;
  const before = scan.text.slice(Math.max(sentence.start, t.start - 30), t.start);
  if (NAME_CUE_BEFORE.test(before) || HEAD_AFTER.test(scan.text.slice(t.end, t.end + 14))) return true;
  // Only a word standing alone: "Seg&Struct" and "Fenchel-Young losses" are not named by "Struct" or "Fenchel".
  if (/\s/.test(scan.text[t.start - 1] ?? " ")) {
    const after = scan.text.slice(t.end, t.end + 90);
    if (INTRODUCED_BEFORE.test(before) && INTRODUCED_END.test(after)) return true;
    // The appositive names the word only when no lowercase words lead up to it ("empirical Bayes, a framework").
    const prev = scan.tokens[i - 1];
    const standsAlone =
      !prev ||
      prev.sentence !== t.sentence ||
      /\S/.test(scan.text.slice(prev.end, t.start)) ||
      FUNCTION_WORDS.has(scan.lower[i - 1]!) ||
      /^(?:propos|introduc|present|creat|build|built|develop|design|releas)\w*$/.test(scan.lower[i - 1]!);
    if (standsAlone && APPOSITIVE_AFTER.test(after)) return true;
  }
  const prev = /^(?:and|or)$/.test(scan.lower[i - 1] ?? "") ? i - 2 : i - 1;
  const next = i + 1;
  const isName = (k: number) => k >= 0 && k < scan.tokens.length && (scan.shape[k] || scan.title[k]);
  if (LIST_BEFORE.test(before) && isName(prev) && scan.tokens[prev]!.sentence === t.sentence) return true;
  const after = scan.text.slice(t.end, t.end + 8);
  return (
    LIST_AFTER.test(after) &&
    next < scan.tokens.length &&
    !!scan.shape[next] &&
    scan.tokens[next]!.sentence === t.sentence
  );
}

// What may follow a known model's name as part of a longer, versioned name: a number, a size, a size word.
const MODEL_VERSION =
  /^(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMK]|[A-Z]\d*|XL|XXL|[Ll]arge|[Bb]ase|[Ss]mall|[Mm]edium|[Tt]iny|Huge|Mini|Pro|Turbo)$/;

/**
 * True when token i is a possessive ("CLIP's"): what follows it is the possessor's, never part of its name ("CLIP's
 * 68.3 accuracy", "Mamba's S6 layer").
 */
const isPossessive = (scan: Scan, i: number) => /[\p{L}\p{N}]['’]s$/u.test(scan.tokens[i]!.text);

// What follows an eponym's possessive when it names an illness ("'s disease", "'s and Huntington's diseases").
const ILLNESS_AFTER = /^(?:\s+(?:and|or)\s+\p{Lu}[\p{L}-]*['’]s)?\s+(?:disease|disorder|syndrome)s?\b/u;

/** Extends a known model's name over a following version, size or size word ("Llama 7B", "T5 Large"). */
function withModelVersion(scan: Scan, last: number): number {
  if (isPossessive(scan, last)) return last;
  let end = last;
  // A release's own name between the family and its size ("RWKV-v6 Finch 7B"): a capitalised word the corpus never
  // writes in lowercase.
  if (
    joined(scan, last) &&
    joined(scan, last + 1) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(scan.tokens[last + 1]!.text) &&
    !scan.common.has(scan.lower[last + 1]!) &&
    /^\d+(?:\.\d+)?[BM]$/.test(scan.tokens[last + 2]!.text)
  ) {
    end = last + 1;
  }
  while (
    end - last < 2 &&
    joined(scan, end) &&
    MODEL_VERSION.test(scan.clean[end + 1]!) &&
    scan.clean[end + 1] === scan.tokens[end + 1]!.text
  ) {
    end++;
  }
  return end;
}

/** Extends a data name over a following year or version ("IWSLT 2015", "SQuAD v1.1", "ScanNet V2"). */
function withDataVersion(scan: Scan, last: number): number {
  const next = scan.tokens[last + 1];
  if (!next || !joined(scan, last) || isPossessive(scan, last)) return last;
  if (/^(?:19[89]\d|20[0-4]\d|[vV]\d+(?:\.\d+)*)$/.test(next.text)) return last + 1;
  // A bare "2.0" is a version unless a score's unit follows ("AlpacaEval 2.0", not "ImageNet 1.5 points").
  const unit = /^\s*(?:%|points?|pp\b|dB\b|×|x\b|on\b|of\b|higher|lower|better)/.test(
    scan.text.slice(next.end, next.end + 8),
  );
  return /^\d\.\d$/.test(next.text) && !unit ? last + 1 : last;
}

/** Extends a name over a following version token ("wav2vec 2.0", "Llama 3"). */
function withVersion(scan: Scan, last: number): number {
  if (
    joined(scan, last) &&
    !isPossessive(scan, last) &&
    !slashed(scan, last + 1) &&
    VERSION.test(scan.clean[last + 1]!) &&
    scan.clean[last + 1] === scan.tokens[last + 1]!.text
  ) {
    return last + 1;
  }
  return last;
}

/** A token the text joins to the next by a slash: half of a pair ("L/NL", "linear/non-linear"), no version. */
const slashed = (scan: Scan, i: number) =>
  scan.text.charCodeAt(scan.tokens[i]!.end) === 47 && scan.tokens[i + 1]?.start === scan.tokens[i]!.end + 1;

const DEPTH_MODALITY = /^RGB[-+]?D$/;

const VENUE_WORDS = new Set(["Conference", "Workshop", "Symposium", "Proceedings", "Journal", "Transactions"]);

const COMPONENT_HEAD =
  /^(?:modules?|networks?|blocks?|layers?|units?|mechanisms?|strateg(?:y|ies)|branch(?:es)?|heads?|adapters?|encoders?|decoders?)$/;

/**
 * The index of the component noun a title-case phrase ending at `last` names: the lowercase noun right after it
 * (the phrase's own head, included in the name), or, for the first of "A and B modules", its last word (the head is
 * shared and left out); -1 when none follows.
 */
function componentHeadAfter(scan: Scan, last: number): number {
  if (!joined(scan, last)) return -1;
  if (COMPONENT_HEAD.test(scan.clean[last + 1]!) && scan.clean[last + 1] === scan.tokens[last + 1]!.text) {
    return last + 1;
  }
  if (scan.lower[last + 1] !== "and" || !joined(scan, last + 1)) return -1;
  let k = last + 2;
  while (k < scan.tokens.length && scan.title[k] && joined(scan, k)) k++;
  return k > last + 2 && COMPONENT_HEAD.test(scan.clean[k]!) && scan.tokens[k]!.sentence === scan.tokens[last]!.sentence
    ? last
    : -1;
}

/** Words of an institution's title-case phrases that name no entity: its licence, its press, its sites. */
const NOT_DATA_TAILS = new Set(
  "License Licence Press Collider Telescope Observatory Laboratory Lab Center Centre Institute University Campus".split(
    " ",
  ),
);
/** Lowercase words a dataset's name may hold between an institution and a data noun. */
const MAX_CONTENT_WORDS = 3;

/**
 * The last token of "<institution> <content words> <data noun>" starting at i ("MIT indoor scene" of "the MIT indoor
 * scene dataset"), or -1. Content words are lowercase nouns and adjectives saying what the data holds; a task's head
 * ("the CMU video segmentation benchmark") or a word that describes rather than names makes it no name.
 */
function institutionDataName(scan: Scan, i: number): number {
  const { taskHeads } = lexicons();
  for (let k = i + 1; k <= i + MAX_CONTENT_WORDS + 1 && k < scan.tokens.length; k++) {
    if (!joined(scan, k - 1)) return -1;
    const word = scan.lower[k]!;
    if (DATA_HEAD.test(word) || word === "database" || word === "databases") return k > i + 1 ? k - 1 : -1;
    if (scan.tokens[k]!.text !== word || !/^\p{L}/u.test(word)) return -1;
    if (FUNCTION_WORDS.has(word) || DESCRIPTIVE_WORDS.has(word) || VERB_WORDS.has(word) || taskHeads.has(word))
      return -1;
  }
  return -1;
}

const ORDER_OF_EPONYM = /^(?:\d+-(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)-\d+)$/u;

// A list of data opened by its noun: "datasets: …", "benchmarks such as …", "corpora, including …".
const DATA_LIST_CUE =
  /\b(data ?sets|benchmarks|corpora)\s*(?::|,?\s+(?:such as|including|namely|like|e\.g\.,?|i\.e\.,?))\s+/gi;

/**
 * Whether the title-case run from token `first` to `last` is an item of a list of data ("datasets: Widget Faces
 * (…), Gizmo Scenes and …"), and of which kind: the list goes on from its cue through items, parentheses, commas and
 * "and"/"or", and ends at a stop. Not a task the taxonomy knows, a model's head, or a name led by a function word.
 */
function dataListed(scan: Scan, first: number, last: number): "dataset" | "benchmark" | undefined {
  const t = scan.tokens[first]!;
  const sentence = scan.sentences[t.sentence]!;
  if (t.sentence === 0 || FUNCTION_WORDS.has(scan.lower[first]!) || MODEL_HEADS.has(scan.clean[last]!)) return;
  const from = Math.max(sentence.start, t.start - 240);
  const before = scan.text.slice(from, t.start);
  let cue: RegExpExecArray | undefined;
  for (const m of before.matchAll(DATA_LIST_CUE)) cue = m;
  if (!cue) return;
  const between = before.slice(cue.index + cue[0].length).replace(/\([^()]*\)/g, "");
  if (/[.;:!?]/.test(between) || (between !== "" && !/(?:,|\s(?:and|or))\s*$/.test(between))) return;
  if (lexicons().taskNames.has(foldTask(span(scan, first, last).surface))) return;
  return /^bench/i.test(cue[1]!) ? "benchmark" : "dataset";
}

/**
 * Title-case phrases ("Gated Widget Transformer") and coined-looking tokens ("QuillNet", "GPT-2").
 * A phrase needs a model head; a lone capitalised word needs to be no ordinary word.
 */
export function shapeCandidates(
  scan: Scan,
  taken: Uint8Array,
  proposes: (offset: number) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  const n = scan.tokens.length;
  for (let i = 0; i < n; i++) {
    if (taken[i]) continue;
    const w = scan.clean[i]!;
    // A lowercase name with digits right before a data noun is that data's name ("enwik9 benchmark").
    // (The last character's test first: it rules out nearly every word without a regex.)
    const endsInDigit = w.charCodeAt(w.length - 1) >= 48 && w.charCodeAt(w.length - 1) <= 57;
    const dataName = endsInDigit && /^\p{Ll}+\d+$/u.test(w) && beforeDataNoun(scan, i);
    const shape = scan.shape[i]! || dataName;
    const title = scan.title[i]!;
    if (!shape && !title) continue;
    if (scan.shape[i] && shouted(scan, i)) continue;
    // "1-Lipschitz", "2-Wasserstein", "Wasserstein-2": an order or constant joined to a mathematician's name is a
    // property, no name.
    const order = scan.shape[i] ? ORDER_OF_EPONYM.exec(w) : null;
    if (order && lexicons().eponyms.has(order[1] ?? order[2]!)) continue;
    // "Parkinson's disease", "Alzheimer's and Huntington's diseases": an eponym of an illness names no entity here.
    if (isPossessive(scan, i) && ILLNESS_AFTER.test(scan.text.slice(scan.tokens[i]!.end, scan.tokens[i]!.end + 40))) {
      continue;
    }
    // Grow a title-case phrase: title words or shapes, with lowercase connectors between capitalised words.
    let last = i;
    for (let j = i; j < n - 1 && !taken[j + 1] && joined(scan, j); j++) {
      const next = scan.clean[j + 1]!;
      if (scan.title[j + 1] || scan.shape[j + 1]) last = j + 1;
      else if (CONNECTORS.has(next) && j + 2 < n && joined(scan, j + 1) && scan.title[j + 2]) {
        j++;
        continue;
      } else break;
      if (scan.clean[j + 1] !== scan.tokens[j + 1]!.text) break;
    }
    // A language ending a run names the part of what the run names ("the GizmoSet English corpus").
    while (last > i && isLanguage(scan.clean[last]!)) last--;
    // A title-case run right before "dataset"/"benchmark"/"corpus" is that data's name ("Speech Commands dataset").
    const dataHead = last > i && scan.tokens[i]!.sentence !== 0 && beforeDataNoun(scan, last);
    // What the paper proposes may be named by any title-case phrase ("we propose Cross-layer Binarization").
    // "International Conference on Machine Learning": a venue's name is no entity's.
    if (last > i && scan.clean.slice(i, last + 1).some((w) => VENUE_WORDS.has(w))) {
      for (let k = i; k <= last; k++) taken[k] = 1;
      i = last;
      continue;
    }
    // A research institution's acronym names nothing alone; it starts its datasets' names: a title-case run ("CMU
    // PIE", "MIT Indoor") or lowercase words before a data noun ("the MIT indoor scene dataset").
    // A run with a head of its own ("DARPA Grand Challenge") is typed by it below; "MIT License" names no entity.
    if (
      lexicons().institutions.has(scan.tokens[i]!.text) &&
      !(last > i && (dataHeadType(scan.clean[last]!) || MODEL_HEADS.has(scan.clean[last]!)))
    ) {
      if (last > i && scan.clean.slice(i + 1, last + 1).some((w) => NOT_DATA_TAILS.has(w))) continue;
      const end = last > i ? last : institutionDataName(scan, i);
      if (end > i) {
        // What an institution's run names is data it made ("CMU Panoptic"); the noun after may say which kind.
        const typed = last > i && beforeDataNoun(scan, end);
        out.push({ ...span(scan, i, end), source: "phrase", ...(typed ? {} : { dataset: true }) });
        for (let k = i; k <= end; k++) taken[k] = 1;
        i = end;
      }
      continue;
    }
    const proposedPhrase = last > i && proposes(scan.tokens[i]!.start) && proposes(scan.tokens[last]!.start);
    // A title-case phrase whose head names an evaluation or data is a benchmark's or dataset's name, head included
    // ("Open Widget Leaderboard", "Large-Scale Widget Challenge", "Widget Faces Dataset"), "and" within it too
    // ("Spatial Thinking and Reasoning Dataset").
    if (scan.tokens[i]!.sentence !== 0) last = joinedDataName(scan, taken, last);
    const headType = last > i && scan.tokens[i]!.sentence !== 0 ? dataHeadType(scan.clean[last]!) : undefined;
    if (headType) {
      let first = i;
      while (first < last && (FUNCTION_WORDS.has(scan.lower[first]!) || sentenceInitial(scan, first))) first++;
      if (first < last && ordinaryTail(scan, first, last)) {
        for (let k = first; k <= last; k++) taken[k] = 1;
        i = last;
        continue;
      }
      if (first < last) {
        // A coined name and the data noun alone: the name is the data's ("the WidgetQA Dataset" names WidgetQA).
        const nameOnly = first === last - 1 && isNameShape(scan.clean[first]!) && DATA_HEAD.test(scan.lower[last]!);
        out.push({
          ...span(scan, first, nameOnly ? first : last),
          source: "phrase",
          ...(headType === "benchmark" ? { benchmark: true } : { dataset: true }),
        });
        for (let k = first; k <= last; k++) taken[k] = 1;
        i = last;
        continue;
      }
    }
    // "Feature Refinement module", "Gadget Fusion network": a title-case phrase before a lowercase component noun
    // names that component, as does the first of two coordinated ones ("Widget and Gadget Fusion modules").
    const component = last > i && scan.tokens[i]!.sentence !== 0 ? componentHeadAfter(scan, last) : -1;
    if (component >= 0) {
      let first = i;
      while (first < last && (FUNCTION_WORDS.has(scan.lower[first]!) || sentenceInitial(scan, first))) first++;
      if (first < last) {
        const bare = component > last ? span(scan, first, last).surface : undefined;
        out.push({ ...span(scan, first, component), source: "phrase", ...(bare ? { bare } : {}) });
        for (let k = first; k <= component; k++) taken[k] = 1;
        i = component;
        continue;
      }
    }
    // "on five datasets: Widget Faces (…), …": a title-case run listed after a data noun names that data.
    const listed = last > i && !dataHead && !proposedPhrase ? dataListed(scan, i, last) : undefined;
    if (listed) {
      // Its number goes with it ("Widget Faces 100M"); a data noun after it is no part of it ("Gizmo Datasets").
      const end = withVersion(scan, last);
      out.push({
        ...span(scan, i, DATA_HEAD.test(scan.lower[end]!) ? end - 1 : end),
        source: "phrase",
        [listed]: true,
      });
      for (let k = i; k <= end; k++) taken[k] = 1;
      i = end;
      continue;
    }
    if (dataHead || (last > i && MODEL_HEADS.has(scan.clean[last]!)) || proposedPhrase) {
      let first = i;
      // Leading function, descriptive or sentence-initial -ing words are not part of the name ("The", "Considering"),
      // unless a version follows: a release is named whole ("(Faster Transformer v4.0)").
      const versioned = withVersion(scan, last) > last;
      while (
        first < last &&
        (FUNCTION_WORDS.has(scan.lower[first]!) ||
          (sentenceInitial(scan, first) &&
            !versioned &&
            (DESCRIPTIVE_WORDS.has(scan.lower[first]!) || /ing$/.test(scan.lower[first]!))))
      ) {
        first++;
      }
      if (first < last && scan.tokens[i]!.sentence !== 0) {
        const end = withVersion(scan, last);
        out.push({ ...span(scan, first, end), source: "phrase", weak: WEAK_HEADS.has(scan.clean[last]!) });
        for (let k = first; k <= end; k++) taken[k] = 1;
        i = end;
        continue;
      }
    }
    if (shape && last === i && describedAcronym(scan, i)) continue;
    if (shape) {
      // A depth modality after an acronym is part of a dataset's name: "NTU RGB+D 120", "SUN RGB-D".
      const modality = joined(scan, i) && DEPTH_MODALITY.test(scan.clean[i + 1]!) && !taken[i + 1];
      const end = withVersion(scan, modality ? i + 1 : i);
      out.push({ ...span(scan, i, end), source: "shape" });
      for (let k = i; k <= end; k++) taken[k] = 1;
      i = end;
      continue;
    }
    // "This work proposes … insertion (Otter)": a capitalised word alone in parentheses after the object of a
    // proposing verb is the proposal's name.
    if (title && last === i && namesProposalInParentheses(scan, i, proposes)) {
      out.push({ ...span(scan, i, i), source: "capitalized" });
      taken[i] = 1;
      continue;
    }
    // A lone capitalised word mid-sentence that the corpus never writes in lowercase ("Mamba", "Cityscapes"), in a
    // place where names are listed or compared ("such as Hyena", "Zephyr and …", "outperforms Quokka").
    if (
      title &&
      last === i &&
      scan.tokens[i]!.sentence !== 0 &&
      !sentenceInitial(scan, i) &&
      !scan.common.has(scan.lower[i]!) &&
      w.length >= 3 &&
      !/^(?:multi|self|cross|non|pre|post|semi|co|sub|inter|intra|anti|meta|high|low|long|short|large|small|fine|coarse|zero|few|one|two|three)-/i.test(
        w,
      ) &&
      // Right before a data noun a word after the hyphen names a variant ("the Craftax-classic benchmark").
      !(w.includes("-") && hyphenatedNonName(w, scan.common) && !beforeDataNoun(scan, i)) &&
      !/(?:ian|ese|ish)$/.test(w) &&
      // A person's name written alone is the start of a term ("Langevin dynamics"), not a model; so is a word
      // numbered into a generic term ("System 1 reasoning").
      !lexicons().eponyms.has(w) &&
      !(
        joined(scan, i) &&
        /^\d$/.test(scan.clean[i + 1] ?? "") &&
        lexicons().generic.has(fold(w + scan.clean[i + 1]))
      ) &&
      !FUNCTION_WORDS.has(scan.lower[i]!) &&
      // Nor a describing word, an ordinal ("twofold: First, we …") or a model size ("the Transformer Base").
      !DESCRIPTIVE_WORDS.has(scan.lower[i]!) &&
      !MODEL_SIZE_WORD.test(w) &&
      !/(?:ly|ing)$/.test(w) &&
      // A participle describes, even where the corpus never writes it in lowercase ("Unsupervised and Supervised").
      !(w.endsWith("ed") && isDescribingWord(scan.lower[i]!)) &&
      !(w.endsWith("s") && scan.common.has(scan.lower[i]!.slice(0, -1))) &&
      // A transfer between datasets names a benchmark wherever it stands ("Synthia-to-Cityscapes").
      (namePlace(scan, i) || transferPair(w) !== undefined) &&
      !CITED_AUTHORS_AFTER.test(scan.text.slice(scan.tokens[i]!.end, scan.tokens[i]!.end + 100)) &&
      !citedAuthorPair(scan, i) &&
      !modifiesNoun(scan, i) &&
      !PERSONS_LAW.test(scan.text.slice(scan.tokens[i]!.start, scan.tokens[i]!.end + 16))
    ) {
      out.push({ ...span(scan, i, i), source: "capitalized" });
      taken[i] = 1;
    } else if (proposedWithAcronym(scan, i, proposes)) {
      // "We propose Samba ASR, …": a proposal named by a word and a known acronym (taken by the lexicon before).
      out.push({ ...span(scan, i, i + 1), source: "phrase" });
      taken[i] = 1;
    }
  }
  return out;
}

const MODEL_SIZE_WORD = /^(?:Base|Medium|Mini|Giant|Nano|Micro)$/;

/** Words a structured abstract or a notice opens a section with, in capitals ("BACKGROUND:", "CONTENT WARNING:"). */
const SECTION_WORDS = new Set(
  `background methods method results result conclusion conclusions objective objectives purpose motivation availability
  note warning introduction abstract summary context aims aim findings design setting participants interventions
  measurements discussion significance importance content approach contributions limitations caution disclaimer`.split(
    /\s+/,
  ),
);
/** Token k is an English word written in capitals; a known name is the name ("GLUE", "CLIP"), whatever word it spells. */
const isCapitalsWord = (scan: Scan, k: number) =>
  k >= 0 &&
  k < scan.tokens.length &&
  (SECTION_WORDS.has(scan.lower[k]!) || scan.common.has(scan.lower[k]!) || FUNCTION_WORDS.has(scan.lower[k]!)) &&
  /^\p{Lu}{2,}$/u.test(scan.clean[k]!) &&
  !lexicons().entities.has(scan.folded[k]!);

/**
 * True when an all-capitals word is an English word shouted, not an acronym: a section's opening word before its
 * colon ("RESULTS: …"), or one of a run of such words ("CONTENT WARNING", "NOTE THAT").
 */
function shouted(scan: Scan, i: number): boolean {
  if (!isCapitalsWord(scan, i)) return false;
  if (scan.text[scan.tokens[i]!.end] === ":" && SECTION_WORDS.has(scan.lower[i]!)) return true;
  // Names are written in capitals too ("WIDER FACE", "MODEL SELECTOR"): a run is shouted only with a function or
  // section word in it.
  const plainWord = (k: number) => FUNCTION_WORDS.has(scan.lower[k]!) || SECTION_WORDS.has(scan.lower[k]!);
  const partner = (k: number) => isCapitalsWord(scan, k) && (plainWord(i) || plainWord(k));
  return (
    (i > 0 && joined(scan, i - 1) && partner(i - 1)) ||
    (i + 1 < scan.tokens.length && joined(scan, i) && partner(i + 1))
  );
}

/** An acronym hyphenated to a lowercase word ("AI-human", "KD-tree", "RL-agent", "SQ-hard"). */
const ACRONYM_THEN_WORD = /^\p{Lu}[\p{Lu}\d]{1,5}s?-(\p{Ll}{3,})$/u;
/**
 * Lowercase words after an acronym's hyphen that make a name or a measure: a variant (size, tuning, split), a tool,
 * an architecture's part, a measure ("AUC-score", "L2-distance"); a task's head too ("POS-tagging").
 */
const VARIANT_AFTER_HYPHEN =
  /^(?:base|large|small|tiny|mini|medium|huge|giant|chat|instruct|plus|lite|light|pro|max|ultra|nano|micro|turbo|fast|full|zero|one|random|uniform|greedy|oracle|val|test|train|dev|dense|sparse|mix|next|neo|nets?|bench|digits|split|attention|learning|tuning|.*(?:er|ers|or|ors|former|formers|gan|vae|rate|error|scores?|distance|accuracy|loss))$/;

/**
 * True when a one-word name is an acronym hyphenated to an ordinary word that describes ("natural AI-human
 * collaboration", "a KD-tree", "SQ-hard", "API-calling"): the acronym modifies the word, nothing is coined. A word
 * naming a variant or a tool ("BERT-large", "LLM-pruner"), or the data noun after ("the TJU-traffic dataset"), keeps it.
 */
function describedAcronym(scan: Scan, i: number): boolean {
  const word = ACRONYM_THEN_WORD.exec(scan.clean[i]!)?.[1];
  if (!word || VARIANT_AFTER_HYPHEN.test(word) || lexicons().taskHeads.has(word) || beforeDataNoun(scan, i))
    return false;
  // Known data or an institution leads its own variants ("COCO-standard", "CMU-mocap"); a known method is
  // described ("ADMM-unrolling").
  const acronym = scan.clean[i]!.slice(0, scan.clean[i]!.indexOf("-"));
  const known = lexicons().entities.get(fold(acronym))?.type;
  if (known === "dataset" || known === "benchmark" || lexicons().institutions.has(acronym)) return false;
  return scan.common.has(word) || FUNCTION_WORDS.has(word);
}

// Case-sensitive: a capitalised cue word starts a name instead ("Named Entity Recognition").
const COINING_CUE =
  /(?<!so-)\b(?:dubbed|termed|called|named|namely|coined|coin the (?:name|term)|denoted|referred to as|refer to as|(?:refer to|[Ww]e (?:term|call|name|dub)) (?:these|this|them|it|our|the) (?:[\w-]+ ){0,3}?as|abbreviated as|simplified as|[Ww]e name|[Ww]e call|[Ww]e term)(?:\s+(?:the|our|this)\s+(?:(?:resulting|proposed|new|final|overall)\s+[a-z]+|(?:[a-z-]+\s+)?(?:method|algorithm|model|approach|framework|technique|network|architecture|system|module|pipeline)s?))?(?:\s+as)?,?\s+(?:the\s+|a\s+|an\s+)?["'“‘`]*/gu;
const CLAUSE_END = /^[^,.;:()"'”’]*/;
const PROBLEM_NAMED =
  /\b(?:problems?|tasks?|settings?|scenarios?|phenomen(?:on|a)|issues?|effects?|challenges?)\s+as\b/i;
// Nor what a theory defines ("a combinatorial dimension called VCL", "a notion we term X").
const OBSERVED_BEFORE =
  /\b(?:phenomenon|phenomena|effect|failure|behaviou?r|pathology|bias|paradox|dilemma|illusion|trap|dimension|notion|definition|concept|property|assumption|condition|principle|quantity|constant|regime)\s*,?\s*(?:which\s+(?:we|is)\s+)?$/i;
const METHOD_NOUN_BEFORE =
  /\b(?:method|approach|model|framework|algorithm|network|module|architecture|technique|strategy|loss|mechanism|scheme|pipeline|procedure|objective|regulari[sz]er)s?\s*[,(]?\s*$/i;

const EPONYM_HEADS = new Set(
  `matrix matrices constraint constraints inequality inequalities condition conditions distribution distributions
  process processes kernel kernels equation equations theorem lemma bound bounds divergence distance norm space spaces
  transform operator property principle criterion hammer razor architecture number numbers polynomial polynomials
  series game games dimension measure entropy function functions`.split(/\s+/),
);
const NOT_METHOD_HEADS = new Set(["problem", "phenomenon", "effect", "issue", "bias", "gap", "paradox", "dilemma"]);

/** The rest of a phrase, then a parenthesised acronym ("… Maximum Entropy IRL (DxMI)"). */
const ACRONYM_AHEAD = /^[^.;:()]{1,80}?\(\s*[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\s*\)/u;

/**
 * "a … mechanism, named group attention, to …": one to three lowercase words ending in a method's own noun, then the
 * appositive's end.
 */
function methodNounEnds(scan: Scan, first: number): boolean {
  for (let k = first; k < first + 3 && k < scan.tokens.length; k++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(scan.tokens[k]!.text)) return false;
    const word = scan.lower[k]!;
    if (isModelHead(word)) {
      return k > first && /^\s*[,.;(]/.test(scan.text.slice(scan.tokens[k]!.end, scan.tokens[k]!.end + 3));
    }
    if (!joined(scan, k)) return false;
  }
  return false;
}

/** Names coined by a cue ("dubbed QuillNet", "namely sparse relay"), even lowercase ones. */
export function coinedCandidates(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  COINING_CUE.lastIndex = 0;
  for (let m = COINING_CUE.exec(scan.text); m; m = COINING_CUE.exec(scan.text)) {
    const at = m.index + m[0].length;
    const first = firstAtOrAfter(scan.tokens, at);
    if (first < 0 || scan.tokens[first]!.start !== at) continue;
    // "We name this setting as …": what the cue itself says is a problem or a setting is no method.
    if (PROBLEM_NAMED.test(m[0])) continue;
    // "a phenomenon called Length Collapse": what a paper observes is no method, nor what a theory defines.
    const observed = OBSERVED_BEFORE.test(scan.text.slice(Math.max(0, m.index - 40), m.index));
    // Citations after the name mean it is someone else's ("termed skip-gating (Smith et al., 2021)").
    const rest = CLAUSE_END.exec(scan.text.slice(at))![0];
    if (/^\s*\(\s*[A-Z][\w-]+ et al|^\s*\(\s*\d{4}/.test(scan.text.slice(at + rest.length))) continue;
    let last = first;
    const shape = isNameShape(scan.clean[first]!);
    const title = isTitleWord(scan.clean[first]!);
    if (shape || title) {
      for (let j = first; j < scan.tokens.length - 1 && joined(scan, j); j++) {
        const next = scan.clean[j + 1]!;
        // A connector between capitalised words stays in the name ("called Life of PII", "dubbed NeRF in the Wild").
        const named = (k: number) =>
          k < scan.tokens.length && (isTitleWord(scan.clean[k]!) || isNameShape(scan.clean[k]!));
        if (CONNECTORS.has(next) && joined(scan, j + 1) && named(j + 2)) {
          last = j + 2;
          j++;
          continue;
        }
        if (!(isTitleWord(next) || isNameShape(next) || VERSION.test(next))) break;
        last = j + 1;
      }
      // "named Diffusion by Maximum Entropy IRL (DxMI)": an ordinary word opening a phrase that an acronym after
      // it abbreviates names nothing alone; the acronym's definition gives the name.
      if (
        first === last &&
        !shape &&
        scan.common.has(scan.lower[first]!) &&
        ACRONYM_AHEAD.test(scan.text.slice(scan.tokens[first]!.end))
      ) {
        continue;
      }
      // "called the Hankel matrix", "the so called Verma constraint": a surname before a mathematical object's
      // noun names that object, no method.
      if (first === last && !shape && joined(scan, last) && EPONYM_HEADS.has(scan.tokens[last + 1]?.text ?? "")) {
        continue;
      }
    } else if (observed) {
      continue;
    } else {
      // A lowercase name needs the paper to be proposing it ("we propose …, namely sparse relay").
      const sentence = scan.sentences[scan.tokens[first]!.sentence]!;
      // "named" before lowercase words is mostly the adjective ("named entity"), unless set off as an appositive
      // before a name ("Our approach, named conditional DETR, …").
      const setOff = /,\s*$/.test(scan.text.slice(Math.max(0, m.index - 3), m.index));
      const appositiveName =
        setOff &&
        (scan.shape.slice(first, first + 3).some(Boolean) || methodNounEnds(scan, first)) &&
        // "…, named entity recognition (NER), …" is the task, listed.
        !/^entit/.test(scan.lower[first]!);
      if (!/\b(?:we|our|this (?:paper|work))\b/i.test(sentence.text) || /refer/i.test(m[0])) continue;
      if (/\bnamed\s+$/i.test(m[0]) && !appositiveName) continue;
      // "We call the challenge imposed by these requirements the trilemma": a second article in the clause starts
      // the name; what comes first is what is named.
      // (A quoted name ends its clause for `rest`; the article may follow the quote: "we call the ‘X’ of the class".)
      const clause = /^[^,.;:()]*/.exec(scan.text.slice(at, at + 120))![0];
      if (/\bwe (?:call|term|name)\s+(?:the|a|an)\s+["'“‘`]*$/i.test(m[0]) && /\s(?:the|a|an)\s/i.test(clause))
        continue;
      if (coinedByOthers(scan.text, sentence.start, m.index)) continue;
      // After "namely" a lowercase phrase restates what comes before: a name only when that is a method's noun
      // ("a novel loss, namely margin smoothing"), not attributes, tasks or quantities ("attributes, namely gender").
      if (/^namely/i.test(m[0]) && !METHOD_NOUN_BEFORE.test(scan.text.slice(sentence.start, m.index))) continue;
      // An indefinite article describes one of a kind ("two networks, namely a gizmo decoder and a quill decoder").
      if (/^namely/i.test(m[0]) && /\ban?\s+["'“‘`]*$/i.test(m[0])) continue;
      // A lowercase name runs to the clause end, at most four words, stopping before a function word.
      for (let j = first; j < scan.tokens.length - 1 && joined(scan, j) && j - first < 3; j++) {
        const next = scan.lower[j + 1]!;
        if (FUNCTION_WORDS.has(next) || scan.tokens[j + 1]!.start >= at + rest.length) break;
        last = j + 1;
      }
      if (FUNCTION_WORDS.has(scan.lower[first]!) || DESCRIPTIVE_WORDS.has(scan.lower[first]!)) continue;
      // "which we call reason for plan, act for step (RAPS)": cut before a function word that goes on to an acronym
      // of the whole phrase, the words kept name nothing alone; the acronym's definition gives the name.
      if (
        FUNCTION_WORDS.has(scan.lower[last + 1] ?? "") &&
        joined(scan, last) &&
        ACRONYM_AHEAD.test(scan.text.slice(scan.tokens[last]!.end))
      ) {
        continue;
      }
      // A lone participle describes ("we call such data "obfuscated"").
      if (first === last && /ed$/.test(scan.lower[first]!)) continue;
      // A lowercase plural names kinds of things ("elements called texels", "actions termed slates"), and a
      // problem, effect or phenomenon is no method ("a failure called temporal collapse problem").
      const head = scan.tokens[last]!.text;
      if ((head === scan.lower[last] && /[^s]s$/.test(head)) || NOT_METHOD_HEADS.has(head)) continue;
    }
    if (observed) {
      out.push({ ...span(scan, first, last), source: "coined", concept: true });
      continue;
    }
    const sentenceStart = scan.sentences[scan.tokens[first]!.sentence]!.start;
    const byOthers = coinedByOthers(scan.text, sentenceStart, m.index);
    out.push({ ...span(scan, first, last), coined: true, source: "coined", ...(byOthers ? { byOthers } : {}) });
  }
  return out;
}

/** A lowercase verb in its base form, as after a plural subject ("improve", "meet"; not "network", "makes"). */
const isBaseVerb = (word: string) => !/s$/.test(word) && canBeVerb(word) && !isSingularNoun(word);

// Generic model families a title may do something to ("Fast Transformer Decoding").
const MODEL_FAMILY =
  /^(?:Transformers?|LLMs?|VLMs?|MLLMs?|CNNs?|RNNs?|LSTMs?|GNNs?|GANs?|VAEs?|MLPs?|SSMs?|MoEs?|DNNs?)$/;

// "Open Problem: …", "Erratum: …", "Reproducibility Study: …": the kind of paper, before its subject.
const TITLE_GENRE =
  /^(?:open problems?|errat(?:um|a)|commentary|invited talk|extended abstract|tutorial|survey|position(?: paper)?|(?:technical|research|short) (?:report|note)|short paper|book review|correction|corrigendum|addendum|retraction|reply|rejoinder|response|comments?|discussion|keynote|editorial|perspective|preface|foreword|white paper|lecture notes|case study|(?:reproducibility|replication|challenge|competition|workshop) (?:study|report))$/i;
const SURVEY_AFTER = /^\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:survey|review|overview|tutorial|primer)\b/i;
const TITLE_HEAD = /^\s*([^:]{2,80}?)\s*(?::|\s--?\s|\s—\s)/;
const TITLE_FOR = /^\s*([^:]{2,60}?)\s+for\s/;

// Verbs that titles' slogans put between two nouns.
const SLOGAN_VERB =
  /^(?:Meets?|Matters?|Helps?|Beats?|Makes?|Improves?|Enables?|Needs?|Brings?|Fails?|Unlocks?|Boosts?|Solves?|Strikes?|Is|Are|Was|Were|Becomes?|Learns?|Works?)$/;
/** A title head's last word that says the paper looks again at what precedes it ("Widget Pruning Revisited"). */
const LOOKED_AGAIN =
  /^(?:Revisited|Reconsidered|Re-?examined|Rethought|Reloaded|Redux|Demystified|Explained|Unveiled|Unleashed|Unravell?ed)$/;

/** The name a title coins before its colon ("QuillNet: …"), or the title itself when it is one name. */
export function titleCandidate(scan: Scan): Candidate | undefined {
  const title = scan.sentences[0];
  if (!title) return undefined;
  const m = TITLE_HEAD.exec(title.text);
  // "Trellis Networks for Sequence Modeling": a name with a model head, then what it is for.
  const forHead = m ? undefined : TITLE_FOR.exec(title.text)?.[1];
  const head = (m ? m[1]! : (forHead ?? title.text)).replace(/\s*\([^)]*\)\s*$/, "");
  // "Widgets Everywhere: A Comprehensive Survey of …": a survey's catchphrase names no method.
  if (m && (TITLE_GENRE.test(head) || SURVEY_AFTER.test(title.text.slice(m[0].length)))) return undefined;
  let tokens = scan.tokens.filter((t) => t.sentence === 0 && t.start - title.start < head.length);
  // A title led by an article describes ("An Efficient Widget Transformer for …", "The Lazy Neuron Phenomenon: …"):
  // the paper names that thing in its abstract, if at all.
  if (/^an?$/i.test(tokens[0]?.text ?? "")) return undefined;
  // …but "The Kanerva Machine: …", a colon title whose name ends in a model's own noun, coins that model.
  const named = tokens[tokens.length - 1]?.text ?? "";
  if (m && tokens.length > 2 && tokens[0]!.text === "The" && MODEL_HEADS.has(named) && !WEAK_HEADS.has(named)) {
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0 || tokens.length > 5) return undefined;
  const first = scan.tokens.indexOf(tokens[0]!);
  const last = first + tokens.length - 1;
  const words = tokens.map((_, k) => scan.clean[first + k]!);
  const hasShape = words.some(isNameShape);
  // A version after a name is part of it ("WidgetNet v2: …", "Foo-LM 1.5: …").
  const versionAfterName = (w: string, k: number) =>
    k > 0 && /\d/.test(w) && VERSION.test(w) && isNameShape(words[k - 1]!);
  const allTitle = words.every(
    (w, k) => isTitleWord(w) || isNameShape(w) || (k > 0 && CONNECTORS.has(w)) || versionAfterName(w, k),
  );
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
  if (!allTitle || (functionWords > 0 && (m || !MODEL_HEADS.has(words[words.length - 1]!)))) return undefined;
  // Without a colon only a short title that is itself a name with a model head counts ("Sparse Universal
  // Transformer"), never a sentence-like one ("Stabilizing Transformers for …").
  const lastWord = words[words.length - 1]!;
  // Before "for" the head may be plural ("Trellis Networks for …").
  const headWord = forHead && !MODEL_HEADS.has(lastWord) ? lastWord.replace(/s$/, "") : lastWord;
  // A plural head names the paper's own model only where the abstract writes the title again ("Adaptively Gizmo
  // Transformers" and "we build the adaptively gizmo Transformer"); otherwise it is a class of models.
  const pluralHead =
    !m && !forHead && /[^s]s$/.test(lastWord) && MODEL_HEADS.has(lastWord.slice(0, -1)) && repeatsTitle(scan, head);
  const strongHead = (MODEL_HEADS.has(headWord) || pluralHead) && !WEAK_HEADS.has(headWord.replace(/s$/, ""));
  if (!m && !(strongHead && words.length >= 2 && words.length <= 4)) return undefined;
  if (forHead && words.every((w) => lexicons().generic.has(fold(w)) || DESCRIPTIVE_WORDS.has(w.toLowerCase()))) {
    return undefined;
  }
  // So is one with a verb after a plural subject ("GLU Variants Improve Transformer").
  if (words.some((w, k) => k > 0 && /[^su]s$/.test(words[k - 1]!) && isBaseVerb(w.toLowerCase()))) return undefined;
  // …and a slogan with a verb between two nouns ("Uncertainty Meets Diversity: …", "Attention Is …").
  if (words.some((w, k) => k > 0 && k < words.length - 1 && SLOGAN_VERB.test(w))) return undefined;
  // …or ending in one, a clause whose subject is the topic ("Context Helps: …"), not a name.
  if (m && words.length > 1 && /s$/.test(lastWord) && SLOGAN_VERB.test(lastWord)) return undefined;
  // A name looked at again ("… Revisited: …") is an older one, named in the abstract if the paper uses it.
  if (m && words.length > 1 && LOOKED_AGAIN.test(lastWord)) return undefined;
  // A title led by a gerund is a sentence ("Fine-tuning Transformer-based Encoder for …"), whatever follows.
  if (/ing$/.test(words[0]!) && !isNameShape(words[0]!)) return undefined;
  if (m && !hasShape && words.length > 3) return undefined;
  // A described kind, plural, is a class of models, not one ("Efficient Long-Range Transformers: …").
  if (
    m &&
    DESCRIPTIVE_WORDS.has(words[0]!.toLowerCase()) &&
    MODEL_HEADS.has(lastWord.replace(/s$/, "")) &&
    /s$/.test(lastWord)
  ) {
    return undefined;
  }
  // An activity done to a generic family is a topic, not a method's name ("Fast Transformer Decoding: …").
  if (
    m &&
    /\p{Ll}ing$/u.test(lastWord) &&
    words.slice(0, -1).some((w) => MODEL_FAMILY.test(w)) &&
    words.every((w) => MODEL_FAMILY.test(w) || !isNameShape(w))
  ) {
    return undefined;
  }
  // An ordinary word names the paper's own system only where the abstract writes it as a name, capitalised inside a
  // sentence ("Quasar: …" and "We present Quasar, a …").
  if (words.length === 1 && !hasShape && scan.common.has(words[0]!.toLowerCase()) && !writtenAsName(scan, words[0]!)) {
    return undefined;
  }
  // A task the public taxonomy names is the paper's topic, not a name it coins ("Surface Reconstruction: …"); so
  // is a run of ordinary words ending in a task's firm head ("Automatic Widget Recognition: …"), unlike one ending
  // in a head that methods are named by too ("Slow Feature Analysis: …", "Progressive Inference: …").
  if (m && !hasShape && lexicons().taskNames.has(foldTask(words.join(" ")))) return undefined;
  const taskHead = lastWord.toLowerCase();
  const firmTaskHead = lexicons().taskHeads.has(taskHead) && !WEAK_TASK_HEADS.has(taskHead);
  if (m && !hasShape && firmTaskHead && !MODEL_HEADS.has(lastWord)) {
    return undefined;
  }
  // "WidgetQA Dataset: …": a name then a data noun names that data by the name alone, as the abstract writes it
  // ("the WidgetQA dataset").
  const dataType =
    words.length === 2 && isNameShape(words[0]!) && DATA_HEAD.test(lastWord.toLowerCase())
      ? dataHeadType(lastWord)
      : undefined;
  if (dataType) {
    return { ...span(scan, first, first), coined: true, source: "coined", [dataType]: true };
  }
  return { ...span(scan, first, last), coined: true, source: "coined", ...(forHead ? { forTitle: true } : {}) };
}

/** True when the abstract writes `word` capitalised after a lowercase word, and not as the start of a longer name. */
export function writtenAsName(scan: Scan, word: string): boolean {
  const body = scan.text.slice(scan.sentences[0]!.end);
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (/[\p{L}\p{N}-]/u.test(body[end] ?? "") || /^\s+\p{Lu}/u.test(body.slice(end, end + 3))) continue;
    if (/\p{Ll}[,:]?\s$/u.test(body.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}

/** True when the abstract writes the title's phrase again, in any case, with its last word singular or plural. */
function repeatsTitle(scan: Scan, phrase: string): boolean {
  const singular = phrase.toLowerCase().replace(/s$/, "");
  const occurrences = phraseFinder(scan.text.slice(scan.sentences[0]!.end).toLowerCase());
  return occurrences(singular).length > 0 || occurrences(`${singular}s`).length > 0;
}

/**
 * `last`, or the data or evaluation head that ends a title-case run joined to it by "and" ("Spatial Thinking" and
 * "Reasoning Dataset"): one name, as the head covers both.
 */
function joinedDataName(scan: Scan, taken: Uint8Array, last: number): number {
  const n = scan.tokens.length;
  if (scan.clean[last + 1] !== "and" || !joined(scan, last) || !joined(scan, last + 1)) return last;
  let end = last + 1;
  while (end + 1 < n && !taken[end + 1] && scan.title[end + 1] && (end === last + 1 || joined(scan, end))) end++;
  return end > last + 1 && dataHeadType(scan.clean[end]!) ? end : last;
}

/** The type a title's wording gives its coined name ("…: A Benchmark for …" → benchmark). */
export function titleType(scan: Scan): EntityType | undefined {
  // The word must come right after the colon ("X: A Benchmark for …", "X: Benchmark and Challenges …"), or end a short
  // list there ("X: Ontology, Segmentation, and an Attribute Dataset").
  // Not where the noun modifies a process ("X: Dataset Augmentation of …", "X: Benchmark Construction for …"), nor
  // where it is half of a compound ("X: Dataset-aware Mixture-of-Experts").
  const after =
    /:\s*(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,6}?(benchmark|leaderboard|arena|dataset|corpus|repository|archive)(?![\w-])(?!\s+(?!collection)\p{L}+(?:tion|sion|ment)\b)/iu.exec(
      scan.sentences[0]?.text ?? "",
    );
  if (!after) return undefined;
  return /dataset|corpus|repository|archive/i.test(after[1]!) ? "dataset" : "benchmark";
}

/**
 * Ordinary words before an evaluation head, right after an acronym's parenthesis or an edition's ordinal, are the
 * tail of a name cut there ("the Widget-Gadget (WG) Estimation Challenge", "the 4th Workshop and Competition on …"),
 * no name of their own.
 */
function ordinaryTail(scan: Scan, first: number, last: number): boolean {
  const before = scan.tokens[first - 1];
  if (!before || before.sentence !== scan.tokens[first]!.sentence) return false;
  const cut =
    scan.text.slice(before.end, scan.tokens[first]!.start).includes(")") || /^\d+(?:st|nd|rd|th)$/.test(before.text);
  if (!cut) return false;
  for (let k = first; k < last; k++) {
    if (!FUNCTION_WORDS.has(scan.lower[k]!) && !scan.common.has(scan.lower[k]!)) return false;
  }
  return true;
}
