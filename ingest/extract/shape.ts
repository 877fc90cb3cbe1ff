// Token shape: does a word look like a coined name (acronym, CamelCase, versioned), and how to clean it.

import { shortYear } from "../../domain/identity.js";
import { fold } from "./fold.js";

/** Lowercase suffixes that attach a name to a description ("CLIP-based", "COCO-trained"); dropped, not after a
 * prefix ("Pre-trained"). */
const ATTACHED_SUFFIX =
  /(?<!^(?:pre|self|co|un|re))-(?:based|like|style|related|free|only|specific|guided|driven|powered|enhanced|inspired|derived|generated|level|scale|sized|size|type|family|series|variants?|backbones?|backboned|tuned|finetuned|aligned|compatible|ready|dependent|agnostic|centric|wise|native|friendly|augmented|conditioned|empowered|equipped|enabled|assisted|oriented|integrated|infused|boosted|regularized|regularised|accelerated|constrained|penalized|controlled|adapted|trained|pretrained|distilled|initialized|initialised|noisy|clean|aware|data|inputs?|outputs?)$/i;
const POSSESSIVE = /['’]s?$/;

// Any lowercase participle or abstract noun attached to a name describes it too ("PPA-optimized", "PPA-unawareness").
const ATTACHED_DESCRIPTION = /(?<!^(?:[Pp]re|[Ss]elf|[Cc]o|[Uu]n|[Rr]e))-\p{Ll}{3,}(?:ed|ness|ity)$/u;

/** The attached suffix a word ends in ("-based" of "CLIP-based"), if any. */
export const attachedSuffixOf = (word: string): string | undefined =>
  (ATTACHED_SUFFIX.exec(word) ?? ATTACHED_DESCRIPTION.exec(word))?.[0];
/** A function word hyphenated to a name where a dash was lost ("TransUNet-all transformer-based-came out"). */
const ATTACHED_FUNCTION_WORD = /(?<=\p{Lu}[\p{L}\p{N}]*)-(?:all|both|each|the|an?|which|that|are|is|was|were)$/u;

/** The word with a possessive and an attached descriptive suffix removed. */
export function cleanWord(word: string): string {
  if (!/['’-]/.test(word)) return word;
  let w = word.replace(POSSESSIVE, "");
  for (let prev = ""; prev !== w;) {
    prev = w;
    w = w.replace(ATTACHED_SUFFIX, "").replace(ATTACHED_DESCRIPTION, "").replace(ATTACHED_FUNCTION_WORD, "");
  }
  return w;
}

/**
 * Quantities and units that mix digits and letters but name nothing ("3D", "16K", "7B", "2x", "1st", "8B-parameter",
 * a title's "8-Bit", a range of sizes "1.5B-70B").
 */
const QUANTITY =
  /^(?:\d+-?(?:DoF|DOF|dof)|\d+(?:\.\d+)?(?:[a-zA-Z]{1,2}|st|nd|rd|th|times|fold|[Bb]its?|px|ms|GB|MB|TB|FPS|GHz|MHz|kHz|Hz)|\d+(?:\.\d+)?-(?:[kMGT]?Hz|[KMGT]B|ms|[Bb]its?)|\d+(?:times|x)\d+|[xX]\d+|v\d+(?:\.\d+)*|\d+(?:\.\d+)?[a-zA-Z]{0,2}(?:-\p{Ll}+)+|\d+(?:\.\d+)?[KMBTkm]?[-–]\d+(?:\.\d+)?[KMBTkm])$/u;

const SPELLING_CAPITAL = /^\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;
/** A word that writes its first letters in capitals to spell an acronym ("SElf", "EXplainable"); group 1 the capitals. */
export const SPELT_LETTERS = /^(\p{Lu}{2,3})\p{Ll}{2,}$/u;
const COMPUTE_TIME = /-(?:hours?|days?|weeks?)$/i;
const PLAIN_LOWER = /^[a-z][a-z'-]*$/;
const DIMENSION = /^[1-4]D$/;
/** A dimension that is one part of a hyphenated word. */
const DIMENSION_PART = /^[1-4]D-|-[1-4]D(?:-|$)/;
// "Text-to-3D", "image-to-video": a kind of task, not a name.
const MODALITY_PAIR =
  /^(?:text|image|video|audio|speech|motion|sketch|shape|scene|3D|2D|4D)-to-(?:text|image|video|audio|speech|motion|sketch|shape|scene|3D|2D|4D)$/i;
// Sensing modalities joined ("RGB-Infrared", "RGB-Thermal", "Visible-Infrared"): what an image holds, no name.
const SENSING_PAIR =
  /^(?:RGB|IR|NIR|TIR|Infrared|Thermal|Depth|Visible|Event|LiDAR|Radar|Sonar|Polari[sz]ation|Multispectral|Hyperspectral)(?:-(?:RGB|IR|NIR|TIR|Infrared|Thermal|Depth|Visible|Event|LiDAR|Radar|Sonar|Polari[sz]ation|Multispectral|Hyperspectral))+$/;

/**
 * True when a cleaned word has the shape of a coined name: a capital after the first character (BERT, NeuMap,
 * iLLaMA, mT5), or letters mixed with digits (T5, wav2vec, GPT-2), but not a bare quantity (3D, 7B).
 */
export function isNameShape(word: string): boolean {
  if (PLAIN_LOWER.test(word) || MODALITY_PAIR.test(word) || SENSING_PAIR.test(word)) return false;
  // A dimension joined to words names nothing by itself ("2D-3D", "3D-Aware"); joined to a name it is part of it
  // ("3D-ResNet").
  if (DIMENSION_PART.test(word)) {
    const rest = word.split("-").filter((part) => !DIMENSION.test(part));
    return rest.length > 0 && isNameShape(rest.join("-"));
  }
  if (word.length < 2 || !/^[\p{L}\p{N}]/u.test(word)) return false;
  // Two capitals joined by "&" shorten ordinary words ("R&D", "Q&A"); the lexicon knows the few that are names.
  if (word.length === 3 && word[1] === "&") return false;
  const c = word.charCodeAt(0);
  if (((c >= 48 && c <= 57) || c === 118 || c === 120 || c === 88) && QUANTITY.test(word)) return false;
  // A budget in compute time ("GPU-hours", "A100-GPU-days") is a quantity, whatever leads it.
  if (COMPUTE_TIME.test(word)) return false;
  // An ordinary word with one capital inside, as titles write an acronym's letters ("LLMs usIng Bandits"): no name.
  if (SPELLING_CAPITAL.test(word) && /(?:ing|ed|ion)$/.test(word.toLowerCase())) return false;
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 1) return false;
  if (/\p{Lu}/u.test(word.slice(1))) {
    // A Scottish, Irish or Italian surname ("McMahan", "MacKay", "O'Hara", "D'Amico") is a person cited, not a
    // coined name ("MacBERT" is).
    if (SURNAME.test(word)) return false;
    // A quantised model's bit widths ("W8A8", "W4A16KV8") are a setting.
    if (BIT_WIDTHS.test(word)) return false;
    // Hyphenated words whose later parts only start capitalised (Self-Attention, Encoder-Decoder) are title case.
    const parts = word.split(/[-_]/);
    if (parts.length > 1 && parts.every((p) => /^\p{Lu}?[\p{Ll}]*$/u.test(p) || /^\d+$/.test(p))) {
      // A single capital after a name is its size ("Swin-T", "DeiT-S", "ViT-B"), a sign of a name; one before an
      // architecture's noun coins one ("Q-Former", "K-Adapter"), where "X-Ray" or "F-Score" coin none; so does
      // "-Bench" after a word ("Widget-Bench").
      return (
        (/\d/.test(word) && letters >= 2) ||
        /^\p{Lu}\p{Ll}+-[TSBLHMX]$/u.test(word) ||
        LETTER_THEN_MODEL_NOUN.test(word) ||
        /^\p{Lu}\p{Ll}+-Bench$/u.test(word)
      );
    }
    return letters >= 2 || /\d/.test(word);
  }
  // "Searchformer", "Informer": a capitalised word built on "-former" is coined after the Transformer.
  if (/^\p{Lu}\p{Ll}{2,}former$/u.test(word)) return true;
  // A lowercase model id with a dotted version ("granite-3.3-instruct", "gpt-3.5-turbo", "llama-3.1-8b") is a name.
  if (LOWER_VERSIONED.test(word)) return !REFERENCE_WORD.test(word);
  // A capitalised word with digits is versioned ("Mamba2", "Llama-3"); lowercase ones ("log2", "text2image") are
  // words, not names, and the lexicons hold "wav2vec".
  return /^\p{Lu}/u.test(word) && /\d/.test(word) && letters >= 2;
}

const LETTER_THEN_MODEL_NOUN = /^\p{Lu}-(?:Former|Net|Adapter|Mixer|Transformer|GAN|Tuning)s?$/u;
const SURNAME = /^(?:Mc|Mac|[DO]['’])\p{Lu}\p{Ll}+$/u;
const BIT_WIDTHS = /^W\d{1,2}A\d{1,2}(?:KV\d{1,2})?$/;
const LOWER_VERSIONED = /^\p{Ll}{3}[\p{Ll}\d]*(?:-[\p{Ll}\d]+)*-v?\d+\.\d+(?:-[\p{Ll}\d]+)*$/u;
/** A numbered part of the text itself ("section-3.2"), not a release. */
const REFERENCE_WORD = /^(?:sections?|table|figure|fig|eq|equation|appendix|theorem|lemma|chapter|step|version|page)-/;

/** True for a capitalised word (first letter upper, rest lower): "Mamba", "Cityscapes". */
export const isCapitalized = (word: string) => startsUpper(word) && /^\p{Lu}[\p{Ll}\-']+$/u.test(word);

/** Cheap first test: ASCII lowercase letters and digits start no capitalised word. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return !((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
}

/** An acronym's plural ("LLMs", "UTs", "lncRNAs", "NeRFs": two capitals before the "s") → singular; other words unchanged. */
export function singularAcronym(word: string): string {
  // Most words end in no "s" after a capital or digit: one character test before the regexes (keyOf runs this on
  // every candidate).
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115 || !/[\p{Lu}\d]/u.test(word[n - 2]!)) return word;
  return /^[\p{Lu}\d-]{2,}s$/u.test(word) || /^[\p{L}\d-]*\p{Lu}[\p{Lu}\d]s$/u.test(word) ? word.slice(0, -1) : word;
}

/** The key under which one paper's spellings of a name are one entity: folded, a plural acronym singular, an edition's
 * year in two digits ("WMT 2022" = "WMT22"). */
export const keyOf = (surface: string) => shortYear(fold(singularAcronym(surface)));

/** A title-case word: capitalised, or capitalised parts joined by hyphens ("Trajectory-Aware"). */
export const isTitleWord = (w: string) =>
  startsUpper(w) && (isCapitalized(w) || /^\p{Lu}[\p{Ll}]*(?:-\p{L}[\p{Ll}]*)+$/u.test(w));

// Cross-references and LaTeX citation keys that survive into abstracts ("Section3.3", "AFNOguibas2021efficient").
const CROSS_REFERENCE =
  /^(?:Section|Sec|Figure|Fig|Table|Tab|Eq|Equation|Appendix|Algorithm|Theorem|Lemma|Chapter)[.-]?\d/i;
const CITATION_KEY = /\p{L}{2,}(?:19|20)\d{2}\p{Ll}{2,}$/u;
// "non-ASR", "video-3D": a lowercase word before a hyphen makes a compound modifier, not a name.
const LOWER_PREFIX = /^(\p{Ll}{2,})-(?=.*[\p{Lu}\d])/u;
const BOUND_PREFIXES = new Set(["non", "multi", "cross", "semi", "anti", "pre", "post", "inter", "intra", "sub", "co"]);

// Words run together where a space was lost: a preposition before a name ("viaGraph", "amidstCIFAR-10"), a verb
// after one ("TATAfollowed") or the noun a name ending in a number stands before ("LM2model").
const GLUED_BEFORE = /^(via|with|from|into|onto|amid|amidst|among|amongst|using|within|without|for|the|and)\p{Lu}/u;
const GLUED_AFTER = /^\p{Lu}{2,}(\p{Ll}{3,}(?:ed|ing))$/u;
const NUMBER_THEN_NOUN =
  /^\p{Lu}[\p{L}\d-]*\d(?:models?|networks?|methods?|frameworks?|architectures?|backbones?|datasets?|benchmarks?|baselines?|based)$/u;
// Symbols of a formula: "(2N+4)L-layer", "an N-layer ReLU network", "a K-dimensional embedding".
const FORMULA = /^(?:\d+\p{Lu}\+|\p{Lu}-(?:layer|dimensional|step|shot|way|hop|head|fold|order|th)\b)/u;
// A value glued to what it counts, where a space was lost ("90.5mIoU", "+2.3mAP", "6GBytes"): a name never starts
// with a decimal, nor with a whole number before a unit or a capital-led measure of two letters or more.
const SCORE_GLUED = /^\d+\.\d+\p{L}+$|^\d+(?:[GMKT]?B(?:ytes)?|dB|FPS|ms|m\p{Lu}{2,}[\p{L}]*)$/u;
// A family with a placeholder for its members ("GPT-x", "Llama-x"): no one model.
const FAMILY_PLACEHOLDER = /^\p{Lu}[\p{L}\d]*-x$/u;
// A plain word and one capital: a variable run on ("subsetA") or a typo ("modeL").
const WORD_THEN_CAPITAL = /^(\p{Ll}{3,})\p{Lu}$/u;
// A long plain word run into an acronym where a space was lost ("introduceTPO", "dimensionsEvRGB"); coined names
// lead with a short lowercase prefix ("mBERT", "xLSTM", "openCLIP").
const LONG_WORD_THEN_ACRONYM = /^(\p{Ll}{6,})\p{Lu}{2,}/u;
// "Top-2 routing", "Top-K": a count of the best, no name.
const TOP_K = /^top-?(?:\d+|k|n)$/i;
// A count and a plain word ("3-Layer", "2-Stage") describe; a name has letters of its own first,
// or counts things ("7-Scenes").
const COUNT_THEN_WORD = /^\d+(?:\.\d+)?-(\p{L}+[^s])$/u;
// A mapping to a plain word ("LLM-to-brain similarity", "CNN-to-human alignment") modifies the noun after it.
const TO_WORD = /^[\p{L}\d]+-to-(\p{Ll}{3,})$/u;

/**
 * True for a token that has a name's shape but is a cross-reference, a citation key, a compound modifier, words
 * run together or a family's placeholder.
 */
export function isFalseName(word: string, common: ReadonlySet<string>): boolean {
  if (CROSS_REFERENCE.test(word) || CITATION_KEY.test(word) || GLUED_BEFORE.test(word) || FORMULA.test(word)) {
    return true;
  }
  if (NUMBER_THEN_NOUN.test(word) || FAMILY_PLACEHOLDER.test(word) || TOP_K.test(word)) return true;
  if (SCORE_GLUED.test(word)) return true;
  const glued = GLUED_AFTER.exec(word);
  if (glued && common.has(glued[1]!)) return true;
  const counted = COUNT_THEN_WORD.exec(word);
  if (counted && common.has(counted[1]!.toLowerCase())) return true;
  const mapped = TO_WORD.exec(word);
  if (mapped && common.has(mapped[1]!)) return true;
  const lettered = WORD_THEN_CAPITAL.exec(word);
  if (lettered && common.has(lettered[1]!)) return true;
  const runOn = LONG_WORD_THEN_ACRONYM.exec(word);
  if (runOn && common.has(runOn[1]!)) return true;
  const prefix = LOWER_PREFIX.exec(word);
  return !!prefix && (common.has(prefix[1]!) || BOUND_PREFIXES.has(prefix[1]!));
}

// A property named after a person ("Gaussianity", "Markovianity", "Lipschitzness"): a concept of mathematics.
const QUALITY_OF = /^(\p{Lu}\p{Ll}+?)(?:ity|ness|ism)$/u;

/** True for a capitalised word that names the quality of an eponym the field knows (`eponyms`): no name. */
export function isEponymQuality(word: string, eponyms: ReadonlySet<string>): boolean {
  const base = QUALITY_OF.exec(word)?.[1];
  return base !== undefined && eponyms.has(base);
}

// Capitals leading into a lowercase tail ("DIffusion", "DEmonsTration" with one more inside), or a lowercase start
// with capitals inside ("modEl").
const HIGHLIGHTED = /^(?:\p{Lu}{2,}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?|\p{Ll}+\p{Lu}\p{L}*)$/u;
const ACRONYM_LIKE = /^\p{Lu}.*\p{Lu}/u;

/**
 * True for an ordinary word whose capitals spell part of an acronym in the same sentence: "the DIffusion model as a
 * Visual Assistant (DIVA)", "PRObabilistic Clustering modEl for heterogeneouS networkS (PROCESS)". Names of these
 * shapes ("CLIPstyler", "nuScenes", "FLight: …", "xLSTM" beside "LSTM") are not words the corpus writes in
 * lowercase, or spell no longer acronym beside them.
 */
export function spellsAcronym(
  word: string,
  common: ReadonlySet<string>,
  sentenceWords: () => readonly string[],
): boolean {
  if (!HIGHLIGHTED.test(word) || !common.has(word.toLowerCase())) return false;
  const capitals = word.replace(/\P{Lu}/gu, "");
  // The acronym holds the capitals as a part: a word that is a prefix and a whole acronym of the sentence
  // ("xLSTM" beside "LSTM") is that acronym's variant.
  // Compared in capitals: "DEep" spells part of "DeFINE".
  return sentenceWords().some(
    (w) => w !== word && w !== capitals && ACRONYM_LIKE.test(w) && w.toUpperCase().includes(capitals),
  );
}
