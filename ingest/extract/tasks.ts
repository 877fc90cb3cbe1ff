// Task phrases: a task head noun ("recognition", "segmentation") with the modifiers before it, lists after
// "tasks such as", and heads shared by a coordination ("face detection and recognition").

import { fold } from "./fold.js";
import { americanSpelling } from "../../domain/identity.js";
import { foldTask, isLanguage, lexicons } from "./lexicon.js";
import { gapAfter, joined, perWordFact, sentenceInitial, type Scan } from "./scan.js";
import { DATA_HEAD } from "./names.js";
import { isNameShape, SPELT_LETTERS } from "./shape.js";
import { canBeVerb, isDescribingWord, isModifierWord, isNeverNoun, isSingularNoun } from "./pos.js";
import { DESCRIPTIVE_WORDS, FUNCTION_WORDS, VERB_WORDS, WEAK_TASK_HEADS } from "./words.js";

export interface TaskPhrase {
  name: string;
  start: number;
  end: number;
  /** Named in general ("segmentation tasks"): a task of its own even beside longer ones with its head. */
  general?: boolean;
  /**
   * Named only before what performs it or how well it is done ("pose estimation networks", "action recognition
   * accuracy"): too weak to name a longer task it is in.
   */
  attributive?: boolean;
}

// Nouns after a head that make the head a modifier of something else ("detection results", "generation quality").
const NOT_A_TASK_AFTER = new Set(
  `results result performance quality loss losses head heads module modules layer layers network networks
  pipeline pipelines methods method approaches approach techniques technique process
  processes procedure procedures stage stages step steps scheme schemes strategy strategies speed latency cost costs time accuracy error errors system systems mechanism mechanisms component
  components objective objectives paradigm paradigms efficiency budget budgets rate rates latencies accuracies speeds head-to-head based focused oriented
  function functions outcome outcomes decision decisions`
    .split(/\s+/)
    .filter(Boolean),
);
// Of those, the nouns for how well a task is done: a whole taxonomy name before one is the task measured.
export const MEASURES = new Set(
  "performance quality accuracy accuracies efficiency speed speeds latency latencies error errors".split(" "),
);
// Of those, the nouns for what performs a task: a whole taxonomy name before one still names the task the system
// performs ("semantic segmentation networks", "information retrieval systems"); a bare head does not ("detection
// methods" name no task of their own).
const PERFORMERS = new Set(
  "network networks system systems method methods approach approaches technique techniques pipeline pipelines".split(
    " ",
  ),
);
const SETTING_AFTER = /^(?:settings?|scenarios?|regimes?)$/;
const MAX_MODIFIERS = 4;
const LIST_CUE = /\btasks?\b[^.;]{0,40}?(?:,?\s*(?:such as|including|like|e\.g\.,?|namely|i\.e\.,?)|\s*[:(])\s*/gi;

const headOf = (word: string) => {
  const heads = lexicons().taskHeads;
  if (heads.has(word)) return true;
  const dash = word.lastIndexOf("-");
  // A describing compound ("next-generation sequencing") ends in a head's word but names no activity.
  return dash > 0 && heads.has(word.slice(dash + 1)) && !DESCRIPTIVE_WORDS.has(word);
};

/** headOf of token i's lowercase word, once per distinct word: findTasks asks it of every token. */
const isHeadToken = perWordFact((word) => headOf(word.lower));

/** The gazetteer key of tokens [first, last], as `foldTask` of their name but from the folded tokens. */
function taskKey(scan: Scan, first: number, last: number): string {
  let key = scan.folded[first]!;
  for (let k = first + 1; k <= last; k++) key += scan.folded[k]!;
  return americanSpelling(key).replace(/([^s])s$/, "$1");
}

/**
 * A task word as names write it: lowercase, unless a number, an acronym, a word joined to an acronym, a language or
 * a person's name ("3D", "QA", "VideoQA", "English", "Bayesian"); capitals that spell an acronym's letters are no
 * acronym ("EXplainable"), and "LiDAR" is the word lidar.
 */
const taskWord = (w: string) =>
  /\d/.test(w) ||
  (/^\p{Lu}{2,}/u.test(w) && !SPELT_LETTERS.test(w)) ||
  /^\p{Lu}\p{Ll}{2,}\p{Lu}{2,}$/u.test(w) ||
  isLanguage(w) ||
  lexicons().eponyms.has(w)
    ? w
    : w.toLowerCase();

/** A task's or measure's name from the words that write it, cased word by word as taskWord does. */
export const taskNameOf = (text: string) => text.split(" ").map(taskWord).join(" ");

function nameOf(scan: Scan, first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(taskWord(scan.tokens[k]!.text));
  return words.join(" ");
}

const MODAL_BEFORE = /^(?:also|can|could|may|might|will|would|should|must|cannot|we|they)$/;
// Right after one of these, or a subject pronoun, a word is a verb, whatever else it can be ("can condition
// generation on …", "we abstract planning as …").
const STRICT_MODAL = /^(?:can|could|may|might|would|should|must|cannot|we|they)$/;
const IMPERATIVE = /^(?:take|consider|use|let)$/;
// Where a verb stands next: after "to" or a relative pronoun ("tasks that encompass image-based text generation").
// A plural method noun is a subject: "the proposed methods merge transfer learning and …".
// So is a negated auxiliary: "doesn't permit tracking", "does not hinder estimation".
const VERB_SLOT_BEFORE =
  /^(?:to|that|which|who|methods|models|approaches|algorithms|frameworks|networks|systems|cannot|not|\p{L}+n['’]t)$/u;
const SPLITTING_ADVERB = /^(?:further|also|then|better|\p{L}{3,}ly)$/u;
/** Right after "to" or "that", perhaps with an adverb between ("to further optimize"). */
const verbSlotBefore = (scan: Scan, k: number) =>
  VERB_SLOT_BEFORE.test(scan.lower[k - 1] ?? "") ||
  (SPLITTING_ADVERB.test(scan.lower[k - 1] ?? "") && VERB_SLOT_BEFORE.test(scan.lower[k - 2] ?? ""));
const DEGREE_BEFORE = /^(?:more|less|most|least|very|highly|fully|too)$/;
const LENGTH_WORD = /^(?:long|short)$/;
const LENGTH_OF =
  /^(?:sequences?|documents?|videos?|texts?|context|form|horizon|range|term|tail|dialogues?|conversations?)$/;
const SHOT_COUNT = /^(?:few|zero|one|two|single|multi|many|low|k|n)$/;
const SIZE_BEFORE_SCALE = /^(?:large|small|full|web|fine|coarse|multi|mass|massive|industrial|medium)$/;

/** The lowercase word after token `k`, a possessive left off ("the classification network's ability"). */
const wordAfter = (scan: Scan, k: number) => scan.lower[k + 1]?.replace(/['’]s?$/, "");

/**
 * Whether `word`, right after a task's head, makes the phrase modify it ("detection heads", "retrieval based
 * models"); `following` is the word after it: "based on …" opens what the task rests on instead ("Widget generation
 * based on …").
 */
export const modifiedAfterTask = (word: string, following: string | undefined) =>
  NOT_A_TASK_AFTER.has(word) && !(word === "based" && (following === "on" || following === "upon"));

/** After a modal, "also" or a subject pronoun, perhaps with an adverb between ("can automatically discover"). */
const afterModal = (scan: Scan, k: number) =>
  MODAL_BEFORE.test(scan.lower[k - 1] ?? "") ||
  (/ly$/.test(scan.lower[k - 1] ?? "") && MODAL_BEFORE.test(scan.lower[k - 2] ?? ""));

function verbPosition(scan: Scan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  if (!prev || prev.sentence !== scan.tokens[i]!.sentence) return true;
  return /[,;:(]\s*$/.test(scan.text.slice(prev.end, scan.tokens[i]!.start)) || FUNCTION_WORDS.has(scan.lower[i - 1]!);
}

// Nouns that describe the system, not the problem: "model inference" is no task.
const NOT_A_MODIFIER = new Set([
  "model",
  "models",
  "method",
  "methods",
  "network",
  "networks",
  "system",
  "systems",
  "baseline",
  "baselines",
  "foundation",
  "approach",
  "approaches",
  "framework",
  "paper",
  "work",
  "performance",
  "our",
  "their",
  "based",
]);

// Nouns that say what kind of thing a phrase names: an item of a coordination, never a shared head's modifier
// ("due to the limited dataset, gaze estimation …").
const KIND_NOUNS = new Set([
  "data",
  "dataset",
  "benchmark",
  "task",
  "problem",
  "setting",
  "capability",
  "capabilities",
  "ability",
  "abilities",
]);

// Acronyms for what a task works on: sensing modalities ("3D LiDAR object tracking", "RGB-D semantic segmentation",
// "EEG classification") and the field's common data and settings ("WSI classification", "HDR reconstruction", "UAV
// tracking", "KG completion", "OOD detection"), unlike other names before a task head, which are models' or data's.
const OBJECT_ACRONYM =
  /^(?:LiDAR|LIDAR|RGB|RGB-D|RGBD|EEG|ECG|EMG|MRI|fMRI|CT|PET|SAR|X-ray|IMU|WSI|EHR|HDR|UAV|KG|OOD|AU|HOI|SQL)$/;

const PLURAL = /^\p{Ll}+[^siu'’]s$/u;

/** An adjective made from a name: "Gaussian", "Bayesian", "Euclidean", "Hamiltonian". */
const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean)$/u;

/** Two words that make a term the field knows: a generic family or the start of a task taxonomy name. */
function knownTerm(first: string, second: string): boolean {
  const { generic, taskSeconds } = lexicons();
  const [a, b] = [fold(first), fold(second)];
  const seconds = taskSeconds.get(a);
  return generic.has(a + b) || (!!seconds && (seconds.has(b) || seconds.has(`${b}s`) || seconds.has(`${b}es`)));
}

// Prefixes that lead a describing compound participle ("auto-generated"), tagged as nouns when alone.
const DESCRIBING_PREFIX = /^(?:auto|pre|post|re|so|well|ill)-/;

/** A participle at token `k` that only describes: no taxonomy name uses it or starts with it and a neighbour. */
function describingParticiple(scan: Scan, k: number): boolean {
  const { taskWords, taskSeconds } = lexicons();
  const w = scan.lower[k]!;
  // A compound participle led by a prefix, adverb or adjective describes as its last part does ("auto-generated",
  // "well-studied", "arbitrary-shaped"); led by a noun it restricts the task ("text-guided image editing").
  const dash = w.indexOf("-");
  const last = w.slice(w.lastIndexOf("-") + 1);
  if (dash > 0 && !DESCRIBING_PREFIX.test(w) && !isNeverNoun(w.slice(0, dash))) return false;
  if (taskWords.has(w) || taskWords.has(last) || !isDescribingWord(last)) return false;
  const startsPair = (i: number) => !!taskSeconds.get(scan.folded[i] ?? "")?.has(scan.folded[i + 1] ?? "");
  return !startsPair(k) && !startsPair(k - 1);
}

// Capitals after the first, or a digit: "F1", "AUC", "mAP" (not a title's "Precision").
const METRIC_ACRONYM = /\p{Lu}.*[\p{Lu}\d]/u;

/** Modifiers before the head at token `head`: how far left the task name reaches. */
export function firstModifier(scan: Scan, head: number): number {
  let first = head;
  let afterPlural = false;
  while (first > 0 && head - first < MAX_MODIFIERS && joined(scan, first - 1)) {
    const raw = scan.tokens[first - 1]!.text;
    const w = scan.lower[first - 1]!;
    if (/['’]s?$/.test(raw)) break;
    // Data is what a task is tried on, not a kind of it ("on diverse benchmark reasoning tasks").
    if (DATA_HEAD.test(w)) break;
    // A metric's acronym says what is measured, not which task ("20% higher F1 classification scores").
    if (METRIC_ACRONYM.test(raw) && lexicons().entities.get(scan.folded[first - 1]!)?.type === "metric") break;
    // Where commas were stripped a head before is the end of the item before: "image classification object detection".
    if (scan.commaless && isHeadToken(scan, first - 1)) break;
    // A generic field before the task is its setting, not its name: "deep learning HPO", "machine learning tasks".
    if (
      first >= 2 &&
      joined(scan, first - 2) &&
      lexicons().generic.has(scan.folded[first - 2]! + scan.folded[first - 1]!)
    )
      break;
    // A capitalised word inside an abstract sentence is a name or a proper adjective ("Bayesian"), not a modifier;
    // titles and sentence starts capitalise task words too.
    const tok = scan.tokens[first - 1]!;
    const namesObject = OBJECT_ACRONYM.test(raw) || isLanguage(raw);
    // But a proper adjective that makes a known term with the modifier after it belongs to the task: "Gaussian process
    // regression" is no "process regression" ("Bayesian learning curve extrapolation" stays "learning curve …").
    const properOfCompound = first < head && PROPER_ADJECTIVE.test(raw) && knownTerm(raw, scan.lower[first]!);
    if (
      /^\p{Lu}\p{Ll}/u.test(raw) &&
      tok.sentence > 0 &&
      !sentenceInitial(scan, first - 1) &&
      !namesObject &&
      !properOfCompound
    )
      break;
    if (isNameShape(raw) && !/^\d+D$/i.test(raw) && !/^\p{Ll}+\d\p{Ll}+$/u.test(raw) && !namesObject) break;
    // A generic family is no modifier ("transformer", "CNN"); a generic adjective is ("auto-regressive").
    const genericNoun =
      !namesObject && !/(?:ive|al|ic|ous)$/.test(w) && lexicons().generic.has(w.replace(/[^\p{L}\p{N}]/gu, ""));
    // A participle the task taxonomy names tasks with ("masked image modeling") modifies like an adjective.
    // Only before another modifier: alone before a head it describes ("automated detection"), and after an adverb it
    // is part of a longer modifier ("weakly supervised").
    const namingParticiple =
      first < head &&
      /ed$/.test(w) &&
      !DESCRIPTIVE_WORDS.has(w) &&
      !VERB_WORDS.has(w) &&
      lexicons().taskWords.has(w) &&
      !/ly$/.test(scan.lower[first - 2] ?? "");
    // Likeness to a named model describes the method ("Sora-like video generation models", "GPT-style decoding"),
    // unlike likeness of the object ("glass-like object segmentation").
    if (/^[\p{Lu}\d][\p{L}\p{N}]*-(?:like|style)$/u.test(raw)) break;
    // How data was gathered describes the data, not the task ("a self-collected lane detection dataset").
    if (/^\p{L}+-(?:collected|curated|recorded|gathered|crawled|scraped)$/u.test(w)) break;
    // So does being free of a training step ("a training-free widget segmentation framework").
    if (/^(?:training|tuning|fine-?tuning|learning|optimi[sz]ation|retraining)-free$/.test(w)) break;
    // "few shot", "zero shot" written apart are the one modifier "few-shot" ("zero shot classification").
    if (/^shots?$/.test(w) && first >= 2 && joined(scan, first - 2) && SHOT_COUNT.test(scan.lower[first - 2]!)) {
      first -= 2;
      continue;
    }
    // A taxonomy task ending right before is a task of its own, not a modifier ("reading comprehension
    // question-answering" names reading comprehension and question answering).
    if (headOf(w) && knownTaskReachingBack(scan, first - 1, first - 1, 2)) break;
    // "75% on average understanding benchmarks": "on average" is said of a score, not of the task.
    if (w === "average" && /^(?:on|in)$/.test(scan.lower[first - 2] ?? "")) break;
    // "a state of the art widget estimation method": written apart, "state of the art" still only describes.
    if (w === "art" && scan.lower[first - 2] === "the" && scan.lower[first - 3] === "of") break;
    if (NOT_A_MODIFIER.has(w) || !(isModifierWord(w) || namingParticiple || namesObject) || genericNoun) break;
    // What the method rests on describes the method, not the task ("transformer-based optical character recognition").
    // Unless the taxonomy names the task with it ("model-based reinforcement learning").
    if (methodBased(w) && !lexicons().taskNames.has(taskKey(scan, first - 1, head))) break;
    // A participle no task name of the taxonomy uses describes ("a combined segmentation, reconstruction, and …").
    if (/^\p{Ll}+(?:-\p{Ll}+)*ed$/u.test(w) && describingParticiple(scan, first - 1)) break;
    // Task names hardly take a plural noun the taxonomy does not: one is the subject of a verb before the task
    // ("visual representations underlie object recognition").
    // A title capitalises its words, so there a capitalised plural may be that subject too, when a verb follows it
    // ("Data Properties Drive Emergent In-Context Learning"; not "Dental Caries Classification").
    const titleSubject =
      tok.sentence === 0 &&
      first < head &&
      canBeVerb(scan.lower[first]!) &&
      !lexicons().taskWords.has(scan.lower[first]!);
    if ((raw === w || titleSubject) && PLURAL.test(w) && !lexicons().taskModifierWords.has(w)) {
      afterPlural = true;
      break;
    }
    first--;
  }
  // ... and the word after that subject is its verb when the taxonomy never names a task with it ("underlie").
  if (afterPlural && first < head && !lexicons().taskWords.has(scan.lower[first]!)) first++;
  // A leading -ing word after a function word, comma or sentence start is a verb ("by decoupling response
  // generation", ", enabling faster entity extraction"); elsewhere it may be a noun ("learning curve").
  // Elsewhere too an -ing word no task name of the taxonomy uses is a verb ("models facilitating image synthesis").
  const { taskWords } = lexicons();
  // Not a word the taxonomy uses to modify where the text calls the two words a task ("Building extraction from aerial images
  // is a hard task"; "Solving regression is a hard problem" still starts with a verb).
  while (
    first < head &&
    /ing$/.test(scan.lower[first]!) &&
    (verbPosition(scan, first) || !taskWords.has(scan.lower[first]!)) &&
    !(first + 1 === head && lexicons().taskModifierWords.has(scan.lower[first]!) && calledATask(scan, head))
  ) {
    first++;
  }
  // After a modal, "also" or a subject pronoun a word that can be a verb is one ("can also offer uncertainty
  // quantification"), and so is an imperative starting a sentence ("Take animated sticker generation as …").
  while (
    first < head &&
    ((afterModal(scan, first) && (canBeVerb(scan.lower[first]!) || STRICT_MODAL.test(scan.lower[first - 1]!))) ||
      (IMPERATIVE.test(scan.lower[first]!) && sentenceInitial(scan, first)) ||
      // After "to" or "that" a verb no task name of the taxonomy uses is one ("learn to implement ridge regression";
      // "applied to text classification" keeps its noun).
      (verbSlotBefore(scan, first) && canBeVerb(scan.lower[first]!) && !taskWords.has(scan.lower[first]!)))
  ) {
    first++;
  }
  // After a degree word a modifier is graded, so it describes ("more complete surface reconstruction"); after a
  // size word "scale" is half of a describing pair ("Large Scale Classification").
  if (first < head && DEGREE_BEFORE.test(scan.lower[first - 1] ?? "")) first++;
  if (first < head && scan.lower[first] === "scale" && SIZE_BEFORE_SCALE.test(scan.lower[first - 1] ?? "")) first++;
  // "automatic detection of …", "automated texture synthesis": done by a machine is what every task here is; the
  // word stays only in a name the taxonomy has ("automatic speech recognition", "automatic post-editing").
  if (
    first < head &&
    /^automat(?:ic|ed)$/.test(scan.lower[first]!) &&
    !lexicons().taskNames.has(taskKey(scan, first, head))
  )
    first++;
  // "English to French translation": the source language comes with the target.
  if (
    first >= 2 &&
    isLanguage(scan.tokens[first]!.text) &&
    scan.lower[first - 1] === "to" &&
    isLanguage(scan.tokens[first - 2]!.text) &&
    joined(scan, first - 2) &&
    joined(scan, first - 1)
  ) {
    first -= 2;
  }
  // A Latin phrase is one modifier: "de novo generation", not "novo generation".
  if (
    first >= 1 &&
    first < head &&
    scan.lower[first] === "novo" &&
    scan.lower[first - 1] === "de" &&
    joined(scan, first - 1)
  )
    first--;
  // A describing word stays when the taxonomy names the task with it ("real-time semantic segmentation").
  for (let k = first - 1; k >= Math.max(0, first - 2) && joined(scan, k); k--) {
    if (FUNCTION_WORDS.has(scan.lower[k]!) || scan.shape[k]) break;
    // …but a describing adjective and one noun describe, as in the gazetteer ("general classification tasks").
    const describes = DESCRIPTIVE_WORDS.has(scan.lower[k]!) && !LENGTH_WORD.test(scan.lower[k]!);
    if (k === head - 1 && first === head && describes) break;
    if (lexicons().taskNames.has(taskKey(scan, k, head))) first = k;
    // A length says which input the task takes ("long sequence generation", "long document summarization").
    else if (k === first - 1 && LENGTH_WORD.test(scan.lower[k]!) && LENGTH_OF.test(scan.lower[first]!)) first = k;
  }
  return first;
}

const METHOD_BASED = /^([\p{L}\d-]+)-(?:based|driven|powered|guided|assisted|enabled)$/u;
/**
 * Techniques a method may rest on: "learning-based depth estimation" and "kernel-based classification" name depth
 * estimation and classification, where "text-based image retrieval" says what the task takes.
 */
const METHOD_STEMS = new Set(
  `learning deep-learning machine-learning kernel feature features optimization optimisation gradient rule rules
  diffusion flow factorization similarity network computer committee alignment search sampling regression
  clustering template energy heuristic simulation`.split(/\s+/),
);
/** "transformer-based", "LLM-driven", "learning-based": a compound on a generic family, a known model or a technique. */
function methodBased(word: string): boolean {
  const stem = METHOD_BASED.exec(word)?.[1];
  if (!stem) return false;
  if (METHOD_STEMS.has(stem)) return true;
  const key = stem.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
  return lexicons().generic.has(key) || lexicons().entities.get(key)?.type === "model";
}

// What a model reads or writes: "sequence modeling", "image modeling" name the task by its modality.
const MODALITIES = new Set(
  `sequence sequences text language image images video speech audio graph graphs music code protein molecule
  molecular time-series point-cloud motion scene`.split(/\s+/),
);

const TASK_NOUN = /^tasks?$/;
const CONJUNCTION = /^(?:and|or)$/;
// Heads that name a task with no modifier ("classification, detection, and segmentation"); others need what they
// act on ("generation" says not of what) or name a task only with it ("recognition", "planning").
const STANDALONE_HEADS = new Set(
  "classification detection segmentation retrieval translation summarization captioning tracking recommendation parsing tagging".split(
    " ",
  ),
);

/**
 * True when a taxonomy task name ends at token `end` and starts up to `reach` tokens before token `from`: the
 * phrase from `from` is the end of a longer name ("Part of Speech Tagging" for "Speech Tagging"), or a name ends at
 * `end` when `from` is `end` ("reading comprehension").
 */
function knownTaskReachingBack(scan: Scan, from: number, end: number, reach: number): boolean {
  const { taskNames } = lexicons();
  for (let k = from - 1; k >= Math.max(0, from - reach) && joined(scan, k); k--) {
    if (taskNames.has(taskKey(scan, k, end))) return true;
  }
  return false;
}

/** True when the head at token `k` is joined to the head at `j` by a list separator (", ", "and", ", and"). */
function coordinatedHeads(scan: Scan, j: number, k: number): boolean {
  if (j < 0 || k >= scan.tokens.length || scan.tokens[j]!.sentence !== scan.tokens[k]!.sentence) return false;
  if (!headOf(scan.lower[j]!) || !headOf(scan.lower[k]!)) return false;
  const between = scan.text.slice(scan.tokens[j]!.end, scan.tokens[k]!.start);
  return /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*\/\s*)$/.test(between);
}

/**
 * A head with no modifier names a task only where the text treats it as one: before "task(s)" ("retrieval tasks")
 * or coordinated with another task head ("classification, detection, and segmentation", "Segmentation and
 * Detection"), and only for heads that name a task alone.
 */
function bareTask(scan: Scan, i: number): boolean {
  const w = scan.lower[i]!;
  if (!STANDALONE_HEADS.has(w)) return false;
  if (TASK_NOUN.test(scan.lower[i + 1] ?? "") && joined(scan, i)) return true;
  const left = CONJUNCTION.test(scan.lower[i - 1] ?? "") ? i - 2 : i - 1;
  const right = CONJUNCTION.test(scan.lower[i + 1] ?? "") ? i + 2 : i + 1;
  return coordinatedHeads(scan, left, i) || coordinatedHeads(scan, i, right);
}

/**
 * "a careful taxonomy of widget models", "an analysis of": a bare head after "a"/"an" (and a describing word)
 * is one act of its kind, not the task, unless "task" or "problem" follows ("a classification task").
 */
export function actNoun(scan: Scan, i: number): boolean {
  if (joined(scan, i) && /^(?:tasks?|problems?)$/.test(scan.lower[i + 1] ?? "")) return false;
  const prev = scan.lower[i - 1] ?? "";
  const describing = DESCRIPTIVE_WORDS.has(prev) || /ed$/.test(prev);
  const article = describing ? scan.lower[i - 2] : prev;
  return (article === "a" || article === "an") && joined(scan, i - 1) && (!describing || joined(scan, i - 2));
}

// Words ending in "-ly" that are adjectives or nouns, not manner adverbs ("early stopping", "friendly parsing").
const LY_NOT_ADVERB =
  /^(?:only|early|daily|weekly|monthly|yearly|hourly|likely|unlikely|costly|timely|friendly|family|assembly|supply|apply|reply|rely|poly|anomaly|italy)$/;

/** "by dynamically clustering patch tokens": an -ing word after a manner adverb is a verb, not the activity's noun. */
export function adverbialGerund(scan: Scan, i: number): boolean {
  const prev = scan.lower[i - 1] ?? "";
  return /ing$/.test(scan.lower[i]!) && /\p{L}{2}ly$/u.test(prev) && !LY_NOT_ADVERB.test(prev) && joined(scan, i - 1);
}

const lastPart = (word: string) => word.slice(word.lastIndexOf("-") + 1);

// "the task of X", "the problem of X"; "X task(s)", "X problem(s)", "X benchmark(s)".
const TASK_OF_BEFORE = /\b(?:tasks?|problems?)\s+of\s+$/i;
const TASK_AFTER = /^(?:tasks?|problems?|benchmarks?)$/;
// "Widget ranking is a hard and important task": a copula that calls the phrase a task.
const CALLED_A_TASK =
  /^\s+(?:(?:from|in|on|of|for)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:is|remains|has (?:long )?been|has become)\s+(?:an?|the)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:task|problem)\b/iu;

/** "X is a challenging task": a copula right after the phrase ending at `head` calls it a task. */
function calledATask(scan: Scan, head: number): boolean {
  const end = scan.tokens[head]!.end;
  return CALLED_A_TASK.test(scan.text.slice(end, end + 80));
}

/** True when the text itself says the phrase [first, head] names a task. */
function cuedAsTask(scan: Scan, first: number, head: number): boolean {
  if (joined(scan, head) && TASK_AFTER.test(scan.lower[head + 1] ?? "")) return true;
  if (calledATask(scan, head)) return true;
  const start = scan.tokens[first]!.start;
  return TASK_OF_BEFORE.test(scan.text.slice(Math.max(0, start - 20), start).replace(/\bthe\s+$/i, ""));
}

/** First token of the longest tail of [first, head] that the task gazetteer names, or -1. */
function knownTail(scan: Scan, first: number, head: number): number {
  const { taskNames } = lexicons();
  for (let k = first; k < head; k++) if (taskNames.has(taskKey(scan, k, head))) return k;
  return -1;
}

const SUBJECTLESS_MODIFIERS = new Set(["data", "information"]);

/**
 * True when the phrase [first, head] is the tail of a longer taxonomy name ("shape reconstruction"), led by a word
 * that says what is worked on: every task handles data ("modern data analysis" names a field, no task).
 */
const tailOfKnownTask = (scan: Scan, first: number, head: number) =>
  first < head &&
  !SUBJECTLESS_MODIFIERS.has(scan.lower[first]!) &&
  lexicons().taskTails.has(taskKey(scan, first, head));

const knownTask = (name: string) => lexicons().taskNames.has(foldTask(name));

// "semantic, instance, or " / "lung nodule, liver lesion, " / "speech and ": modifiers coordinated before the last.
const COORDINATED_BEFORE =
  /((?:[\p{L}\d][\p{L}\d-]*(?: [\p{L}\d][\p{L}\d-]*)?,\s+)+(?:(?:and|or)\s+)?|[\p{L}\d][\p{L}\d-]* (?:and|or) )$/u;

/**
 * Tasks that share a head with the phrase [first, head] through coordinated modifiers: "semantic, instance, or
 * panoptic segmentation" also names semantic and instance segmentation.
 */
function coordinatedModifiers(scan: Scan, first: number, head: number): TaskPhrase[] {
  const start = scan.tokens[first]!.start;
  // The cheap test first: a coordination ends in ", " or "and "/"or " right before the phrase.
  if (!/(?:,|\band|\bor)\s$/.test(scan.text.slice(Math.max(0, start - 5), start))) return [];
  // A phrase led by a proper adjective mid-sentence ("…, Gaussian process regression") is one term, no coordination.
  if (scan.tokens[first]!.sentence > 0 && PROPER_ADJECTIVE.test(scan.tokens[first]!.text)) return [];
  const sentenceStart = scan.sentences[scan.tokens[first]!.sentence]!.start;
  const window = scan.text.slice(Math.max(sentenceStart, start - 80), start);
  const m = COORDINATED_BEFORE.exec(window);
  if (!m) return [];
  // Commas alone may list phrases of their own ("high search speed, cross-modal retrieval"): without "and" or "or"
  // before the last item, the first item must stand alone after a function word ("across image, audio, video …").
  const commasOnly = !/(?:and|or)\s$/.test(m[1]!);
  // "gradient descent and closed-form ridge regression": one word before "and" may end a noun phrase of its own.
  if (!m[1]!.includes(",")) {
    // A lowercase word only: a name or a title's word before the item ("on the Cityscapes instance and semantic
    // segmentation tasks") leaves the coordination as it is.
    const previous = /(?<![\p{L}\d-])(\p{Ll}[\p{L}-]*)\s+$/u.exec(window.slice(0, m.index))?.[1];
    // A verb before it governs the coordination ("help image and video segmentation").
    const modifier =
      previous && !FUNCTION_WORDS.has(previous) && !DESCRIPTIVE_WORDS.has(previous) && isModifierWord(previous);
    if (modifier && !canBeVerb(previous)) return [];
    // A task's head before it makes a compound of its own ("a ranking loss and feature ranking", "the detection
    // head and instance segmentation"): the word is that compound's noun, no modifier of the head after.
    if (previous && headOf(previous)) return [];
    // An activity after a word of its own ("early warning and … planning", "DR grading and lesion discovery") is a
    // task phrase of its own.
    const acronym = /(?<![\p{L}\d-])\p{Lu}[\p{Lu}\d]+\s+$/u.test(window.slice(0, m.index));
    const ownWord = acronym || (previous && !FUNCTION_WORDS.has(previous));
    if (ownWord && /\p{Ll}ing\s+(?:and|or)\s$/u.test(m[1]!)) return [];
  }
  const headWord = scan.lower[head]!;
  // Items must have as many words as the last modifier phrase allows (one or two).
  const maxWords = head - first;
  const items = m[1]!
    .split(/,\s*|\s+(?:and|or)\s+|\s+(?:and|or)$/)
    .map((x) => x.replace(/^(?:and|or)\s+/, "").trim())
    .filter(Boolean);
  const out: TaskPhrase[] = [];
  let at = start - m[1]!.length;
  for (let k = 0; k < items.length; k++) {
    // The first item's match may reach back over a word outside the coordination ("address semantic, …").
    const all = items[k]!.split(" ");
    const words = k === 0 ? all.slice(-maxWords) : all;
    // …but not over an adjective of the item's own ("natural language, image classification" names no
    // "language classification").
    const dropped = all[all.length - words.length - 1]?.toLowerCase();
    if (commasOnly && k === 0 && dropped && !FUNCTION_WORDS.has(dropped)) return [];
    if (dropped && !FUNCTION_WORDS.has(dropped) && !DESCRIPTIVE_WORDS.has(dropped) && isDescribingWord(dropped))
      return [];
    // …nor over a noun the item compounds with ("gradient descent, ridge regression, and least-squares
    // regression" names no "descent regression"); a verb before the item is outside it ("address semantic, …").
    if (dropped && !FUNCTION_WORDS.has(dropped) && isModifierWord(dropped) && !canBeVerb(dropped)) return [];
    // …nor cut a field or a task of its own ("computer vision, pattern recognition" names no "vision recognition").
    const wider = dropped ? `${dropped} ${words.join(" ")}` : "";
    if (wider && (lexicons().generic.has(fold(wider)) || knownTask(wider))) return [];
    const item = words.join(" ");
    const itemStart = scan.text.indexOf(item, at);
    // A suspended hyphen shares the rest of the phrase's first word ("single- and multi-frame depth estimation"
    // names single-frame depth estimation).
    if (/^\p{L}[\p{L}\d]*-$/u.test(item)) {
      const lead = scan.lower[first]!;
      const dash = lead.indexOf("-");
      if (dash < 0 || (!/^\p{Ll}/u.test(item) && scan.tokens[first]!.sentence !== 0)) return [];
      const tail = first < head ? ` ${nameOf(scan, first + 1, head)}` : "";
      out.push({
        name: `${item.slice(0, -1).toLowerCase()}${lead.slice(dash)}${tail}`,
        start: itemStart,
        end: itemStart + item.length,
      });
      at = itemStart + item.length;
      continue;
    }
    const modality = MODALITIES.has(words.join("-").toLowerCase());
    // A capitalised word inside an abstract sentence is a name ("depth sensors, e.g., Kinect, pose estimation").
    const capitalsAllowed = scan.tokens[first]!.sentence === 0 || !scan.text.slice(sentenceStart, itemStart).trim();
    const ok =
      // A modality may take a word more than the last item ("image, point cloud, and audio recognition").
      (words.length <= maxWords || (k > 0 && modality)) &&
      words.every(
        (w) =>
          // A lone letter is an abbreviation's end ("e.g, travel planning"), no modifier.
          (w.length > 1 || /\d/.test(w)) &&
          (isLanguage(w) ||
            (!isNameShape(w) &&
              (capitalsAllowed || !/^\p{Lu}/u.test(w)) &&
              !FUNCTION_WORDS.has(w.toLowerCase()) &&
              !NOT_A_MODIFIER.has(w.toLowerCase()) &&
              !KIND_NOUNS.has(w.toLowerCase()) &&
              isModifierWord(w.toLowerCase()))),
      );
    // One bad item means this is no coordination of modifiers ("we use data, code, and image classification"),
    // and an item that ends in a head is a task of its own ("speech recognition, and machine translation").
    // A plural item names things, not a kind of task ("their dynamics and video-text alignment").
    const lastWord = words[words.length - 1]!.toLowerCase();
    if (!ok || headOf(lastWord) || /[^siu]s$/.test(lastWord)) return [];
    // A measure is listed beside the task, not modifying it ("in terms of accuracy, error correction, and …").
    if (lexicons().entities.get(fold(item))?.type === "metric") return [];
    // A known task of its own is an item, not a modifier ("crowd counting, fisheye image recognition"), unless the
    // pair is known too ("text-to-video and image-to-video generation").
    if (knownTask(item) && !modality && !knownTask(`${item} ${headWord}`)) return [];
    // So is a process noun ("optimization and time series prediction"), and a modified activity ("early flood
    // warning and city-wide traffic planning").
    // Also when the item's own words reach back past the ones kept ("large language processing, image generation").
    // So is an action noun the taxonomy never uses as a modifier ("locomotion and dexterous manipulation", "math,
    // coding and commonsense reasoning").
    if (
      /i[sz]ation$|(?:processing|training|tuning)$/.test(lastWord) ||
      (words.length === 1 && /(?:tion|sion|ment|ing)$/.test(lastWord) && !lexicons().taskModifierWords.has(lastWord)) ||
      ((words.length > 1 || dropped) && /\p{Ll}ing$/u.test(lastWord))
    ) {
      return [];
    }
    at = itemStart + item.length;
    // A language and a dimension keep their capitals ("English", "2D and 3D object detection").
    const modifier = words.map((w) => (isLanguage(w) || /\d/.test(w) ? w : w.toLowerCase())).join(" ");
    // The item may share more than the head: what the taxonomy knows decides ("hate and offensive speech detection"
    // names hate speech detection; "depth and surface normal estimation" names depth estimation).
    const rest = first + words.length < head ? nameOf(scan, first + words.length, head).toLowerCase() : headWord;
    const name =
      rest !== headWord && knownTask(`${modifier} ${rest}`) ? `${modifier} ${rest}` : `${modifier} ${headWord}`;
    out.push({ name, start: itemStart, end: itemStart + item.length });
  }
  return out;
}

/** An acronym the paper defines as a phrase that names no entity of its own ("out-of-distribution (OOD)"). */
export interface AcronymModifier {
  short: string;
  long: string;
  /** Where the definition writes the short form: there the head follows its closing parenthesis. */
  shortStart: number;
}

// A long form ending in one of these names a method or a family: before a head it says how, not what ("support
// vector machine (SVM) classification").
const METHOD_LONG_FORM =
  /(?:network|machine|model|former|coder|net|forest|tree|perceptron|process|field|algorithm|method|architecture|system|learning)s?$/i;

/**
 * Tasks named by a defined acronym before a head: "out-of-distribution (OOD) detection", "WSI classification" once
 * "whole slide image (WSI)" is defined. The head walk (findTasks) stops at an acronym, as it is most often a model's
 * name; a phrase the paper spells out as a concept is a modifier. Named by the acronym, the long form an alias.
 */
export function acronymModifiedTasks(
  scan: Scan,
  modifiers: readonly AcronymModifier[],
): (TaskPhrase & { alias: string })[] {
  const out: (TaskPhrase & { alias: string })[] = [];
  // Where each short form is written, found in one pass: a long record defines many.
  const at = new Map<string, number[]>(modifiers.map((m) => [m.short, []]));
  for (let j = 0; j + 1 < scan.tokens.length; j++) at.get(scan.tokens[j]!.text)?.push(j);
  for (const m of modifiers) {
    // A plural ("WSIs analysis") is a subject, and a grade ("state-of-the-art (SOTA)") describes.
    if (/\p{Ll}$/u.test(m.short) || DESCRIPTIVE_WORDS.has(m.long.toLowerCase())) continue;
    if (METHOD_LONG_FORM.test(m.long) || !/^[\p{L}\p{N}' -]+$/u.test(m.long) || m.long.split(" ").length > 4) continue;
    for (const j of at.get(m.short)!) {
      const t = scan.tokens[j]!;
      if (scan.tokens[j + 1]!.sentence !== t.sentence) continue;
      const gap = gapAfter(scan, j);
      if (gap !== " " && !(t.start === m.shortStart && /^\) $/.test(gap))) continue;
      // "KG link prediction", "AU intensity estimation": a modifier or two may stand between it and the head.
      let h = j + 1;
      while (h < j + 3 && !isHeadToken(scan, h) && plainModifier(scan, h) && joined(scan, h)) h++;
      if (!isHeadToken(scan, h) || scan.tokens[h]!.sentence !== t.sentence) continue;
      const head = nameOf(scan, j + 1, h);
      // A weak head ("EEG analysis", "MAP inference") names a task only as the taxonomy does.
      if (
        WEAK_TASK_HEADS.has(scan.lower[h]!) &&
        !knownTask(`${m.long} ${head}`) &&
        !knownTask(`${m.short} ${head}`) &&
        !(h > j + 1 && knownTask(head))
      ) {
        continue;
      }
      const after = wordAfter(scan, h);
      // "OOD detection heads" name a part; "OOD detection methods" and "… accuracy" still name the task.
      if (
        after &&
        joined(scan, h) &&
        modifiedAfterTask(after, scan.lower[h + 2]) &&
        !PERFORMERS.has(after) &&
        !MEASURES.has(after)
      ) {
        continue;
      }
      out.push({
        name: `${m.short} ${head}`,
        alias: `${m.long.toLowerCase()} ${head}`,
        start: t.start,
        end: scan.tokens[h]!.end,
      });
    }
  }
  return out;
}

/**
 * A list item cut after each task head inside it ("image classification object detection"), when it ends in one
 * too: "style transfer without any module like cross-attention" stays whole.
 */
function splitAtHeads(item: string): string[] {
  const words = item.split(" ");
  if (!headOf(words[words.length - 1]!.toLowerCase())) return [item];
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < words.length - 1; k++) {
    if (!headOf(words[k]!.toLowerCase())) continue;
    out.push(words.slice(from, k + 1).join(" "));
    from = k + 1;
  }
  return [...out, words.slice(from).join(" ")];
}

/** A lowercase word that can modify a task head: no name, no plural, no participle ("augmented", "based"). */
const plainModifier = (scan: Scan, i: number) => {
  const word = scan.lower[i];
  return (
    word !== undefined &&
    scan.tokens[i]!.text === word &&
    !scan.shape[i] &&
    !PLURAL.test(word) &&
    !NOT_A_MODIFIER.has(word) &&
    isModifierWord(word) &&
    !(word.endsWith("ed") && isDescribingWord(word))
  );
};

/** A list item that names what a task works on, not a task: "image", "image-text", "text-to-video". */
const isModalityItem = (item: string) =>
  !item.includes(" ") &&
  (MODALITIES.has(item) || item.split(/-(?:to-)?/).every((part) => MODALITIES.has(part))) &&
  !knownTask(item);

/** True when a title's "with" comes right before token `first`, or before capitalised words leading to it. */
function afterTitleWith(scan: Scan, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3 && scan.tokens[k]!.sentence === 0; k--) {
    if (scan.lower[k] === "with") return true;
    if (!/^\p{Lu}/u.test(scan.tokens[k]!.text)) return false;
  }
  return false;
}

/** Every task phrase in the paper. */
export function findTasks(scan: Scan): TaskPhrase[] {
  const { entities } = lexicons();
  const out: TaskPhrase[] = [];
  const push = (first: number, last: number, name = nameOf(scan, first, last)) => {
    out.push({ name, start: scan.tokens[first]!.start, end: scan.tokens[last]!.end });
  };
  const n = scan.tokens.length;
  const bare = new Set<number>();
  for (let i = 0; i < n; i++) {
    const w = scan.lower[i]!;
    if (!isHeadToken(scan, i)) continue;
    const next = wordAfter(scan, i);
    if (next && joined(scan, i) && modifiedAfterTask(next, scan.lower[i + 2])) continue;
    // In a title-case title a head followed by another capitalised word is that word's modifier ("Next
    // Generation Multitarget Trackers").
    if (
      next &&
      joined(scan, i) &&
      scan.tokens[i]!.sentence === 0 &&
      /^\p{Lu}/u.test(scan.tokens[i]!.text) &&
      /^\p{Lu}\p{Ll}/u.test(scan.tokens[i + 1]!.text) &&
      !headOf(next) &&
      !FUNCTION_WORDS.has(next) &&
      !VERB_WORDS.has(next) &&
      !/(?:ing|ed)$/.test(next)
    ) {
      continue;
    }
    const first = firstModifier(scan, i);
    const name = nameOf(scan, first, i);
    // "data-rich retrieval settings" describes a setting; a known task keeps its name there ("under unsupervised
    // domain adaptation settings").
    if (next && joined(scan, i) && SETTING_AFTER.test(next) && knownTail(scan, first, i) < 0) continue;
    if (first === i && entities.get(w.replace(/[^\p{L}\p{N}]/gu, ""))?.type !== "task" && !bareTask(scan, i)) {
      continue;
    }
    if (first === i && actNoun(scan, i)) continue;
    // A title's "with …" names what the method is made of ("…Transformer with Local Gadget Enhancement for …"),
    // unless the phrase is a task the taxonomy knows.
    if (scan.tokens[i]!.sentence === 0 && afterTitleWith(scan, first) && knownTail(scan, first, i) < 0) continue;
    if (
      WEAK_TASK_HEADS.has(w.slice(w.lastIndexOf("-") + 1)) &&
      knownTail(scan, first, i) < 0 &&
      !tailOfKnownTask(scan, first, i) &&
      !(first < i && MODALITIES.has(lastPart(scan.lower[i - 1]!))) &&
      !cuedAsTask(scan, first, i)
    ) {
      continue;
    }
    // A bare head before "task(s)" is that task in general ("for segmentation tasks"), even beside a modified one.
    const general =
      first === i &&
      joined(scan, i) &&
      TASK_NOUN.test(scan.lower[i + 1] ?? "") &&
      (!joined(scan, i - 1) || FUNCTION_WORDS.has(scan.lower[i - 1]!) || DESCRIPTIVE_WORDS.has(scan.lower[i - 1]!));
    if (first === i && !general) bare.add(out.length);
    push(first, i, name);
    if (general) out[out.length - 1]!.general = true;
    if (first < i) out.push(...coordinatedModifiers(scan, first, i));
    // "vehicle/person re-identification": a modifier before a slash shares the head too.
    const alt = first - 1;
    if (
      first < i &&
      alt >= 0 &&
      gapAfter(scan, alt) === "/" &&
      scan.tokens[alt]!.sentence === scan.tokens[i]!.sentence &&
      !scan.shape[alt] &&
      isModifierWord(scan.lower[alt]!)
    ) {
      // Spanning only the slashed word, so the phrase after it is no part of this one.
      const name = `${nameOf(scan, alt, alt)} ${nameOf(scan, first + 1, i)}`.trim();
      out.push({ name, start: scan.tokens[alt]!.start, end: scan.tokens[alt]!.end });
    }
    // "face detection and recognition", "lesion detection, segmentation, and grading": the modifiers are shared,
    // unless the phrase is itself an item of a list of tasks ("image classification, object detection, and
    // segmentation").
    const listItem = /(?:,|\band|\bor)\s+$/.test(
      scan.text.slice(Math.max(0, scan.tokens[first]!.start - 5), scan.tokens[first]!.start),
    );
    // Not out of a longer name written with function words ("Part of Speech Tagging and Chunking"): its
    // modifiers are that name's.
    if (first < i && !listItem && !knownTaskReachingBack(scan, first, i, 3)) {
      const modifiers = nameOf(scan, first, i - 1);
      const shared: TaskPhrase[] = [];
      let closed = false;
      for (let j = i + 1; j < n && scan.tokens[j]!.sentence === scan.tokens[i]!.sentence; j++) {
        const sep = scan.text.slice(scan.tokens[j - 1]!.end, scan.tokens[j]!.start);
        if (scan.lower[j] === "and" || scan.lower[j] === "or") continue;
        if (!/^(?:,\s*|\s+)$/.test(sep) || !headOf(scan.lower[j]!)) break;
        shared.push({ name: `${modifiers} ${scan.lower[j]}`, start: scan.tokens[j]!.start, end: scan.tokens[j]!.end });
        // The coordination closes at "and/or HEAD" not followed by another word of a phrase.
        const conj = scan.lower[j - 1] === "and" || scan.lower[j - 1] === "or";
        const next = scan.tokens[j + 1];
        if (
          conj &&
          (!next ||
            next.sentence !== scan.tokens[j]!.sentence ||
            !joined(scan, j) ||
            FUNCTION_WORDS.has(scan.lower[j + 1]!) ||
            !isModifierWord(scan.lower[j + 1]!))
        ) {
          closed = true;
          break;
        }
        if (conj) break;
      }
      if (closed) out.push(...shared);
    }
  }
  // "tasks, including A, B and C": short lowercase list items are tasks.
  LIST_CUE.lastIndex = 0;
  for (let m = LIST_CUE.exec(scan.text); m; m = LIST_CUE.exec(scan.text)) {
    const at = m.index + m[0].length;
    const list = /^[^.;)]*/.exec(scan.text.slice(at))![0];
    let offset = at;
    const items: TaskPhrase[] = [];
    let valid = false;
    let broken = false;
    const parts = list.split(/,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/);
    // Where commas were stripped an item ends at its head: "image classification object detection" is two.
    for (const part of scan.commaless ? parts.flatMap(splitAtHeads) : parts) {
      const item = part.trim();
      const itemStart = scan.text.indexOf(item, offset);
      offset = itemStart + item.length;
      const words = item.split(/\s+/);
      // A long part is the sentence going on past the list ("…, and on tasks such as …"): the list ends before it.
      if (words.length > 4) break;
      if (!item || !/^[\p{L}]/u.test(item) || words.some((w) => isNameShape(w))) continue;
      if (words.some((w) => !isModifierWord(w.toLowerCase()) && !headOf(w.toLowerCase()))) broken = true;
      if (headOf(words[words.length - 1]!.toLowerCase())) valid = true;
      items.push({ name: item.toLowerCase(), start: itemStart, end: itemStart + item.length });
    }
    // A suspended hyphen takes the rest of the next item ("video- and sensor-based activity classification").
    for (let k = 0; k < items.length; k++) {
      if (!items[k]!.name.endsWith("-")) continue;
      const next = items[k + 1]?.name ?? "";
      const dash = next.indexOf("-");
      if (dash > 0 && dash < next.search(/\s|$/)) items[k]!.name += next.slice(dash + 1);
      else broken = true;
    }
    // Modalities, and other lone words that name no activity, right before the last item share its head ("…,
    // image, audio, and video-text retrieval", "scene, event and gesture recognition"; "imputation, or … recovery" not).
    const lastName = items[items.length - 1]?.name ?? "";
    const sharedHead = lastName.slice(lastName.lastIndexOf(" ") + 1);
    const sharesHead = (name: string) => isModalityItem(name) || (!name.includes(" ") && !activityWord(name));
    if (items.length > 1 && lastName.includes(" ") && headOf(sharedHead)) {
      for (let k = items.length - 2; k >= 0 && sharesHead(items[k]!.name); k--) items[k]!.name += ` ${sharedHead}`;
    }
    // The list must hold at least one head-noun task and nothing that is not task-like.
    if (valid && !broken) out.push(...items);
  }
  out.push(...gazetteerTasks(scan), ...modalityPairs(scan));
  // A bare head the paper also names with modifiers ("detection" beside "object detection") stands for that task.
  if (bare.size === 0) return out;
  const modified = new Set(
    out.filter((t) => t.name.includes(" ")).map((t) => t.name.slice(t.name.lastIndexOf(" ") + 1)),
  );
  return out.filter((t, k) => !bare.has(k) || !modified.has(t.name));
}

const GAZETTEER_WORDS = 4;
// Settings a task is done in: its supervision, its shots, the domains, views or modalities it crosses, how its data
// comes (online, offline, continually, federated) and its horizon.
const SETTING_MODIFIER =
  /^(?:(?:un|self|semi|weakly|fully)-?supervised|(?:few|zero|one|low)-shot|cross-(?:domain|lingual|modal|modality|dataset|subject|view)|multi-(?:domain|view|modal|lingual|agent)|open-(?:vocabulary|set|world)|online|offline|continual|federated|long-term)$/;

// Activity nouns of no productive suffix that end taxonomy names ("code search", "shadow removal", "program repair",
// "semantic correspondence", "color constancy", "visual odometry", "virtual try-on").
const ACTIVITY_NOUNS =
  /^(?:search|removal|attacks?|defen[cs]e|control|design|repair|correspondence|constancy|avoidance|odometry|try-on)$/;

/** A word that names an activity: a task head, a gerund or a nominalisation ("following", "agreement"). */
const activityWord = (word: string) =>
  headOf(word) || /(?:ing|tion|sion|ment|sis)$/.test(word) || ACTIVITY_NOUNS.test(word);

const BOUND_PREFIX = /^(?:non|self|cross|co|intra|inter|multi|out-of|pre|post|semi|sub|super|un)$/;
/** A noun before a hyphen that says which kind of task ("task-", "class-", "domain-"), not a bound prefix. */
const isKindPrefix = (word: string) => !BOUND_PREFIX.test(word) && isSingularNoun(word);
const HANGING_PREFIX = /(?<![\p{L}\d-])(\p{L}[\p{L}\d]*)-\s+(?:and|or)\s+$/u;

/** Where a word may start taxonomy names: as itself or, after a kind's prefix, as its last part. */
interface GazetteerStart {
  /** The folded word a taxonomy name starts with. */
  first: string;
  /** Whether `first` is the word's part after a kind's prefix ("task-incremental"). */
  prefixed: boolean;
  /** The most words of a taxonomy name starting here (at most GAZETTEER_WORDS). */
  most: number;
  /** The second words of the taxonomy names that start with `first`. */
  seconds: ReadonlySet<string>;
}

const NO_SECONDS: ReadonlySet<string> = new Set();

const gazetteerStart = perWordFact((word): GazetteerStart => {
  const { taskStarts } = lexicons();
  // "task-incremental learning": a hyphenated first word whose last part starts a taxonomy name ("incremental
  // learning") is that name with a modifier of its own.
  let first = word.folded;
  let prefixed = false;
  const dash = word.lower.lastIndexOf("-");
  if (dash > 0 && !taskStarts.has(first)) {
    const part = fold(word.lower.slice(dash + 1));
    const prefix = word.lower.slice(0, dash);
    // Only a noun that says which kind ("task-", "class-", "domain-"), not a bound prefix ("self-", "cross-",
    // "non-") or a cost ("data-efficient").
    prefixed = taskStarts.has(part) && part !== "efficient" && isKindPrefix(prefix);
    if (prefixed) first = part;
  }
  const seconds = lexicons().taskSeconds.get(first) ?? NO_SECONDS;
  return { first, prefixed, most: Math.min(GAZETTEER_WORDS, taskStarts.get(first) ?? 0), seconds };
});

/**
 * Multi-word names of the public task taxonomy written in the text, whatever their last word: "multi-task learning",
 * "instruction following" have no task head. The longest name starting at a token wins.
 */
function gazetteerTasks(scan: Scan): TaskPhrase[] {
  const { taskNames, generic } = lexicons();
  const out: TaskPhrase[] = [];
  const n = scan.tokens.length;
  for (let i = 0; i + 1 < n; i++) {
    const { first, prefixed, most, seconds } = gazetteerStart(scan, i);
    // Only where a taxonomy name starts with these two words, and as far as the longest such name reaches.
    if (most < 2 || !seconds.has(scan.folded[i + 1]!)) continue;
    // A count before "shot" is no function word there ("few shot learning" is "few-shot learning").
    if (FUNCTION_WORDS.has(scan.lower[i]!) && !/^shots?$/.test(scan.lower[i + 1]!)) continue;
    // A coined name starts no task; a short acronym may, as a signal's or a modality's ("EEG decoding").
    if (scan.shape[i] && !/^\p{Lu}{2,4}$/u.test(scan.clean[i]!)) continue;
    let last = i;
    while (last - i + 1 < most && joined(scan, last)) last++;
    for (; last > i; last--) {
      const key = prefixed ? first + taskKey(scan, i + 1, last) : taskKey(scan, i, last);
      if (!taskNames.has(key) || !activityWord(scan.lower[last]!)) continue;
      // Generic families and paradigms ("reinforcement learning") are no task of a paper.
      if (generic.has(key) || (prefixed && generic.has(taskKey(scan, i, last)))) break;
      // A describing adjective and one noun describe ("deep learning"); longer names keep it ("extreme multi-label
      // classification").
      if (last === i + 1 && DESCRIPTIVE_WORDS.has(scan.lower[i]!)) continue;
      const next = wordAfter(scan, last);
      const after = next && joined(scan, last) ? next : undefined;
      // Before what performs it a name ending in a task head still names the task; a paradigm ("representation
      // learning methods") names a family of methods.
      const performed = !!after && PERFORMERS.has(after) && headOf(scan.lower[last]!);
      // So does any whole name before how well it is done ("link prediction performance", "language modeling
      // efficiency", "instruction following accuracy").
      const measured = !!after && MEASURES.has(after);
      if (after && modifiedAfterTask(after, scan.lower[last + 2]) && !performed && !measured) break;
      const name = nameOf(scan, i, last);
      // A setting or a language written before the name is part of the task ("cross-domain face reenactment",
      // "Arabic offline handwritten text recognition"); other words before a name mostly name a method ("pool-based
      // active learning"), so only those are taken.
      let setting = i;
      while (
        setting > i - 2 &&
        setting > 0 &&
        joined(scan, setting - 1) &&
        (SETTING_MODIFIER.test(scan.lower[setting - 1]!) || isLanguage(scan.tokens[setting - 1]!.text))
      ) {
        setting--;
      }
      out.push({
        name: setting < i ? nameOf(scan, setting, last) : name,
        start: scan.tokens[setting]!.start,
        end: scan.tokens[last]!.end,
        ...(performed || measured ? { attributive: true } : {}),
      });
      // "class- and task-incremental learning": a prefix left hanging before "and" shares the rest.
      const start = scan.tokens[i]!.start;
      const hanging = prefixed ? HANGING_PREFIX.exec(scan.text.slice(Math.max(0, start - 30), start)) : null;
      if (hanging && isKindPrefix(hanging[1]!.toLowerCase())) {
        const at = start - hanging[0].length;
        out.push({
          name: `${hanging[1]!.toLowerCase()}${name.slice(scan.lower[i]!.lastIndexOf("-"))}`,
          start: at,
          end: at + hanging[1]!.length + 1,
        });
      }
      i = last;
      break;
    }
  }
  return out;
}

// Modalities a model maps between: "text-to-image", "image-to-3D", "speech-to-text".
// Sequences and a side mapped to itself ("sequence-to-sequence", "text-to-text") name architectures and formats.
const PAIR_SIDES = new Set(
  [...MODALITIES, "3d", "2d", "sql", "mesh", "voice", "shape"].filter((m) => !m.startsWith("sequence")),
);
const PAIR = /^([\p{L}\d]+)-to-([\p{L}\d]+)$/u;
// Nouns after which a modality pair still names the task: what performs it, or is said of it.
const STILL_A_TASK_BEFORE =
  /^(?:models?|methods?|approach(?:es)?|systems?|pipelines?|generators?|frameworks?|networks?|diffusion|tasks?|benchmarks?|datasets?|settings?|scenarios?|capabilit(?:y|ies)|abilit(?:y|ies)|performance|quality|results?|outputs?|applications?|works?|research|problems?)$/;

/**
 * A mapping between two modalities names a task by itself ("text-to-image diffusion models"); followed by a head
 * noun it is the head's modifier instead ("text-to-image generation").
 */
function modalityPairs(scan: Scan): TaskPhrase[] {
  const out: TaskPhrase[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.lower[i]!.includes("-to-")) continue;
    const m = PAIR.exec(scan.lower[i]!);
    if (!m || !PAIR_SIDES.has(m[1]!) || !PAIR_SIDES.has(m[2]!) || m[1] === m[2]) continue;
    if (joined(scan, i) && headOf(scan.lower[i + 1]!)) continue;
    // Before another noun it modifies that noun ("a 3D-to-2D mapping matrix", "2D-to-3D feature lifting"), unless
    // the noun is what performs the task ("text-to-image diffusion models").
    let k = i + 1;
    // Past adjectives to the noun ("a text-to-image generative model").
    while (k < scan.tokens.length - 1 && joined(scan, k - 1) && /(?:ive|al|ic|ous)$/.test(scan.lower[k]!)) k++;
    const next = joined(scan, k - 1) ? scan.lower[k]! : "";
    const performs = STILL_A_TASK_BEFORE.test(next) || /(?:er|or)s?$/.test(next); // "an image-to-text captioner"
    if (/^\p{Ll}{3,}$/u.test(next) && !performs && !FUNCTION_WORDS.has(next)) continue;
    out.push({ name: nameOf(scan, i, i), start: scan.tokens[i]!.start, end: scan.tokens[i]!.end });
  }
  return out;
}
