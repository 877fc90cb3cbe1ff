// The general-knowledge lexicons (data files under lexicons/), loaded once into lookup tables keyed by folded name.

import { readFileSync } from "node:fs";
import { americanSpelling, britishSpelling, foldName } from "../../domain/identity.js";
import type { EntityType } from "../../domain/types.js";

export interface LexiconEntry {
  type: EntityType;
  /** Canonical name of the entity the entry names. */
  name: string;
  /** True when only a case-exact match counts (short all-capital names such as "MATH" or "ARC"). */
  caseExact: boolean;
  /**
   * Every spelling of the entry's line that folds to this key, in line order: a case-exact match may be any of them
   * ("NDCG" and "nDCG", "IMDb" and "IMDB").
   */
  spellings: string[];
  /**
   * True when the entry's line spells the entity out in words ("AR | average recall"): another spelling-out of its
   * acronym ("autoregressive (AR)") then means something else.
   */
  spelledOut: boolean;
}

export interface Lexicons {
  /** Folded name → entry, for models, datasets, benchmarks, metrics and tasks. */
  entities: Map<string, LexiconEntry>;
  /** Folded names that are generic families or non-entity acronyms (research institutions' acronyms too). */
  generic: Set<string>;
  /** Research institutions' acronyms, case-exact ("MIT", "CMU"): no name alone, the start of their datasets' names. */
  institutions: Set<string>;
  /** Natural languages, case-exact ("English", "Chinese"): generic alone, a task's data before its name. */
  languages: Set<string>;
  /** Words named after people that keep their capital in a lowercase name ("Bayesian inference"). */
  eponyms: Set<string>;
  /** Folded acronyms of conferences and journals (generic too): with a year they name a venue ("CVPR2020"). */
  venues: Set<string>;
  /** Per canonical name, the surfaces of its entry that spell it out in words ("Segment Anything Model" of SAM). */
  spellings: Map<string, string[]>;
  /** Head nouns that end a task name. */
  taskHeads: Set<string>;
  /** Folded first parts of names written with a slash ("cnn" of "CNN/DailyMail"). */
  slashStarts: Set<string>;
  /** Folded task names of a public task taxonomy (Papers with Code), a gazetteer for phrases with weak heads. */
  taskNames: Set<string>;
  /**
   * Folded last two or more words of the taxonomy's longer names ("shape reconstruction" of "3D Shape
   * Reconstruction"): the task without the setting the taxonomy names it in.
   */
  taskTails: Set<string>;
  /** Folded first word of each task taxonomy name → the most words a name starting with it has. */
  taskStarts: Map<string, number>;
  /** Folded first word of each taxonomy name → the folded second words after it: a cheap test before a full lookup. */
  taskSeconds: Map<string, Set<string>>;
  /** Lowercase words of the task taxonomy's names ("handwriting", "tracking"): words that can start a task name. */
  taskWords: Set<string>;
  /** Words the taxonomy's names use before their last word ("news" of "news recommendation"). */
  taskModifierWords: Set<string>;
  /** Initials of the metrics the lexicon spells out in words → the metric's name ("EM" → "exact match"). */
  metricInitials: Map<string, string>;
  /** Evaluation campaigns whose numbered editions are benchmarks ("WMT'14"). */
  campaign: RegExp;
  /** Folded first word of each entry → the most words an entry starting with it has. */
  starts: Map<string, number>;
}

/** Entry lines of a lexicon file: `#` lines are its header; each line is `name | alias | …`. */
export function parseLexicon(content: string): string[][] {
  return content
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) =>
      line
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

const read = (file: string) => readFileSync(new URL(`./lexicons/${file}`, import.meta.url), "utf8");

function build(): Lexicons {
  const entities = new Map<string, LexiconEntry>();
  const starts = new Map<string, number>();
  const spellings = new Map<string, string[]>();
  const slashStarts = new Set<string>();
  const metricInitials = new Map<string, string>();
  const files: Array<[string, EntityType]> = [
    ["metrics.txt", "metric"],
    ["tasks.txt", "task"],
    ["benchmarks.txt", "benchmark"],
    ["datasets.txt", "dataset"],
    ["models.txt", "model"],
  ];
  for (const [file, type] of files) {
    for (const [name, ...aliases] of parseLexicon(read(file))) {
      const spelledOut = [name!, ...aliases].some((surface) => surface.includes(" "));
      if (spelledOut)
        spellings.set(
          name!,
          [name!, ...aliases].filter((surface) => surface.includes(" ")),
        );
      for (const surface of [name!, ...aliases]) {
        if (type === "metric") addInitials(metricInitials, surface, name!);
        // Short capitals and short mixed case ("ARC", "MATH", "mAP") collide with words, and a letter and a digit
        // ("o1", "o3") with symbols ("O$^3$"): only exact case counts.
        const caseExact =
          /^[A-Z]{2,5}$/.test(surface) ||
          (surface.length <= 5 && /\p{Lu}/u.test(surface.slice(1))) ||
          /^\p{Ll}\d$/u.test(surface);
        const key = foldName(surface);
        const same = entities.get(key);
        if (same && same.name === name && same.type === type) {
          // Only exact case counts when it does for every spelling.
          same.spellings.push(surface);
          same.caseExact &&= caseExact;
        } else entities.set(key, { type, name: name!, caseExact, spellings: [surface], spelledOut });
        const slash = /^([^\s/]+)\//.exec(surface);
        if (slash) slashStarts.add(foldName(slash[1]!));
        const words = surface.split(/\s+/);
        const first = foldName(words[0]!);
        starts.set(first, Math.max(starts.get(first) ?? 0, words.length));
        // A task is written in British spelling as often ("summarisation", "image colourisation"): the same entry.
        if (type === "task" && britishSpelling(key) !== key && !entities.has(britishSpelling(key))) {
          entities.set(britishSpelling(key), entities.get(key)!);
          starts.set(britishSpelling(first), Math.max(starts.get(britishSpelling(first)) ?? 0, words.length));
        }
      }
    }
  }
  const institutions = new Set(parseLexicon(read("institutions.txt")).flat());
  const languages = new Set(parseLexicon(read("languages.txt")).flat());
  const eponyms = new Set(parseLexicon(read("eponyms.txt")).flat());
  const venues = new Set(parseLexicon(read("venues.txt")).flat().map(foldName));
  const generic = new Set([
    ...parseLexicon(read("generic.txt")).flat().map(foldName),
    ...[...institutions, ...languages].map(foldName),
    ...venues,
  ]);
  const taskHeads = new Set(parseLexicon(read("task-heads.txt")).flat());
  const pwc = parseLexicon(read("pwc-tasks.txt")).map(([name]) => name!);
  const taskNames = new Set(pwc.map(foldTask));
  const taskWords = new Set(pwc.flatMap((name) => name.toLowerCase().split(/\s+/)));
  const taskModifierWords = new Set(pwc.flatMap((name) => name.toLowerCase().split(/\s+/).slice(0, -1)));
  const taskStarts = new Map<string, number>();
  const taskSeconds = new Map<string, Set<string>>();
  for (const name of pwc) {
    // Written with or without its hyphens ("part-of-speech tagging", "part of speech tagging"), and in British
    // spelling ("object localisation"): the gazetteer then looks up a text's words as they are.
    for (const words of [name.split(/\s+/), name.split(/[\s-]+/)]) {
      for (const spell of [(w: string) => w, britishSpelling]) {
        const first = spell(foldName(words[0]!));
        taskStarts.set(first, Math.max(taskStarts.get(first) ?? 0, words.length));
        if (words.length < 2) continue;
        const second = spell(foldName(words[1]!));
        let seconds = taskSeconds.get(first);
        if (!seconds) taskSeconds.set(first, (seconds = new Set()));
        seconds.add(second);
      }
    }
  }
  for (const [k, v] of entities) if (v.type === "task") taskNames.add(foldTask(k));
  const taskTails = new Set<string>();
  for (const name of pwc) {
    const words = name.split(/\s+/);
    for (let k = 1; k <= words.length - 2; k++) taskTails.add(foldTask(words.slice(k).join(" ")));
  }
  const prefixes = parseLexicon(read("campaigns.txt")).flat();
  const campaign = new RegExp(`^(?:${prefixes.join("|")})[-'’ ]?(?:\\d{1,2}|\\d{4})(?:[-\\s]\\w+)?$`);
  return {
    entities,
    generic,
    institutions,
    languages,
    eponyms,
    venues,
    spellings,
    taskHeads,
    slashStarts,
    taskNames,
    taskTails,
    taskWords,
    taskModifierWords,
    taskStarts,
    taskSeconds,
    starts,
    metricInitials,
    campaign,
  };
}

/** Records the initials of a surface spelt in words ("exact match" → "EM") for the entry `name`, first one wins. */
function addInitials(initials: Map<string, string>, surface: string, name: string): void {
  const words = surface.split(/[\s-]+/);
  if (words.length < 2 || !words.every((w) => /^\p{L}/u.test(w))) return;
  const key = words.map((w) => w[0]!.toUpperCase()).join("");
  if (!initials.has(key)) initials.set(key, name);
}

/** A task name folded for the gazetteer: British spelling and a final plural folded too. */
export function foldTask(name: string): string {
  return americanSpelling(foldName(name)).replace(/([^s])s$/, "$1");
}

/** True when `surface` is a prefix then a lexicon entry of `type` written as the lexicon writes it ("MedMNIST"). */
export function knownAfterPrefix(surface: string, prefixed: RegExp, type: EntityType): boolean {
  const m = prefixed.exec(surface);
  const entry = m && lexicons().entities.get(foldName(m[1]!));
  return !!entry && entry.type === type && entry.spellings.includes(m[1]!);
}

/**
 * How a spelling ranks among those to show for an entity the corpus writes several ways: 0 when the lexicon does not
 * write it just so, else higher the earlier its line writes it ("Vision Transformer" before "vision transformer").
 */
export function spellingRank(name: string): number {
  const entry = lexicons().entities.get(foldName(name));
  if (!entry) return 0;
  if (entry.name === name) return entry.spellings.length + 1;
  const at = entry.spellings.indexOf(name);
  return at < 0 ? 0 : entry.spellings.length - at;
}

/**
 * An entity's spellings with the times the corpus writes each, weighted so that the lexicon's come first (by their
 * rank) and the corpus's counts decide the rest: one lexicon lookup per spelling, not per mention.
 */
export function lexiconSpellingsFirst(votes: Map<string, number>): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const [name, times] of votes) weighted.set(name, times * (1 + 1e9 * spellingRank(name)));
  return weighted;
}

/** Two to four lowercase ASCII letters then a capital ("isiZulu", "siSwati"), by character codes: most words fail at once. */
function nounClassPrefixed(word: string): boolean {
  for (let i = 0; i < 5 && i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return i >= 2;
    if (c < 97 || c > 122) return false;
  }
  return false;
}

/**
 * A language or a pair of them, as written ("English", "English-to-German"): it names the data a task works on
 * ("Chinese word segmentation", "Arabic handwritten text recognition") or the part of a corpus used.
 */
export function isLanguage(word: string): boolean {
  // Most words: no split, no lookup. A language is capitalised, or written with its noun-class prefix ("isiZulu").
  if (!/^\p{Lu}/u.test(word) && !nounClassPrefixed(word)) return false;
  const parts = word.split(/-to-|[-–]/);
  return parts.length <= 2 && parts.every((part) => lexicons().languages.has(part));
}

let cached: Lexicons | undefined;

/** The lexicons, read on first use. */
export function lexicons(): Lexicons {
  cached ??= build();
  return cached;
}
