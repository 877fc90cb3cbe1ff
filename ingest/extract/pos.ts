// Word class of a lone word, from compromise's tagger, memoised: used to decide whether a word can modify a task.

import { createRequire } from "node:module";
import type Nlp from "compromise";
import { DESCRIPTIVE_WORDS, FUNCTION_WORDS, VERB_WORDS } from "./words.js";

// compromise's bundled build (its package's `require` entry, the same version): one file to load instead of its
// hundreds of source modules, which a worker thread under tsx took seconds to load one by one.
const nlp = createRequire(import.meta.url)("compromise") as typeof Nlp;

const memo = new Map<string, boolean>();
const BLOCKING_TAGS = ["Verb", "Adverb", "Determiner", "Preposition", "Conjunction", "Pronoun", "Value", "Modal"];

interface Tagged {
  docs: Array<Array<{ tags: Set<string> }>>;
}

// compromise's steps short of its post-tagger: a lone word has no context for that pass's sentence rules, which
// cost nearly four times the rest (on 28,000 words of the real corpus the word classes read here came out the same
// but for interjections such as "well" and "so", which it turned into expressions). A hyphenated compound still takes
// the whole pass, whose rules join its parts ("view-invariant" is an adjective, not a verb).
const LONE_WORD_STEPS = (nlp.world() as { hooks: string[] }).hooks.filter(
  (step) => step !== "postTagger" && step !== "chunks",
);
const tagMemo = new Map<string, string[]>();

/** compromise's tags for a lone word (the first term's, as `.json()` gives them), memoised for every test below. */
function tagsOf(word: string): string[] {
  let tags = tagMemo.get(word);
  if (tags === undefined) {
    let doc;
    if (word.includes("-")) doc = nlp(word);
    else {
      doc = nlp.tokenize(word);
      doc.compute(LONE_WORD_STEPS);
    }
    tagMemo.set(word, (tags = [...((doc as unknown as Tagged).docs[0]?.[0]?.tags ?? [])]));
  }
  return tags;
}

/** True when a lowercase word can stand before a task head: a noun or a classifying adjective. */
export function isModifierWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word) || DESCRIPTIVE_WORDS.has(word) || VERB_WORDS.has(word)) return false;
  if (!/^[\p{L}\d][\p{L}\p{N}\-/']*$/u.test(word)) return false;
  if (/^\d+$/.test(word)) return false;
  const known = memo.get(word);
  if (known !== undefined) return known;
  // "faster-than-real-time": a comparison describes; "parallelize", "summarize": a verb of that suffix does.
  let ok = !/ly$/.test(word) && !word.includes("-than-") && !/^[a-z]{3,}ize$/.test(word);
  // An adverb leading a compound ("widely-used", not "family-level") describes.
  const lead = /^(\p{L}+ly)-/u.exec(word)?.[1];
  if (ok && lead) ok = !tagsOf(lead).includes("Adverb");
  if (ok && !word.includes("-") && !/\d/.test(word)) {
    // Out of context compromise tags a lone word by lexicon and suffix rules, which is what is wanted here.
    const tags = tagsOf(word);
    // Noun–verb homographs ("text", "object", "question") come back as bare infinitives: those may modify.
    const nounish =
      tags.includes("Noun") || tags.includes("Adjective") || tags.includes("Infinitive") || tags.includes("Gerund");
    ok = !tags.some((t: string) => BLOCKING_TAGS.includes(t)) || (nounish && !tags.includes("Adverb"));
    // A comparison describes ("clearer topic clustering", "denser retrieval"), whatever else the word may be; not
    // the nearest of "nearest neighbour", a term of its own.
    if ((tags.includes("Comparative") || tags.includes("Superlative")) && word !== "nearest") ok = false;
  }
  memo.set(word, ok);
  return ok;
}

/** A test of a lone word's tags. */
function byTags(test: (tags: string[]) => boolean): (word: string) => boolean {
  return (word) => test(tagsOf(word));
}

/** True when a lone lowercase word can only describe: an adjective or participle, never a noun ("connected", "private"). */
export const isDescribingWord = byTags(
  (tags) => !tags.includes("Noun") && (tags.includes("Adjective") || tags.includes("PastTense")),
);

/** True when a lone lowercase word is never a noun, not even as a noun–verb homograph ("arbitrary", "well"; not "text"). */
export const isNeverNoun = byTags((tags) => !tags.includes("Noun") && !tags.includes("Infinitive"));

/** True when a lone lowercase word is a singular noun and nothing else ("continuity", "vector"; not "test", "reveal"). */
export const isSingularNoun = byTags(
  (tags) => tags.includes("Noun") && tags.includes("Singular") && !tags.includes("Verb") && !tags.includes("Adjective"),
);

/** True when a lone lowercase word can be a verb ("offer", "support", "cast"; not "image"). */
export const canBeVerb = byTags((tags) => tags.includes("Verb") || tags.includes("Infinitive"));
