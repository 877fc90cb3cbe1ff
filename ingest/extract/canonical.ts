// The canonical layer: which names across a corpus are one real-world entity. Three sources, in order of trust:
// the curated lexicons (general field knowledge: "ViT | Vision Transformer", "COCO | MS COCO"), long/short pairs
// the corpus itself defines ("Vision Transformer (ViT)" in any paper), and folding (case, punctuation, spaces,
// a plural "s": "GPT 4" = "gpt-4", "ResNet 50" = "ResNet-50"). Pure: mentions in, canonical names out.

import { aliasKey, singular } from "../../domain/identity.js";
import type { EntityType } from "../../domain/types.js";
import { fold } from "./fold.js";
import { lexicons } from "./lexicon.js";
import type { PaperMention } from "./types.js";

/** Whether a number in `short` is written nowhere in `long`. */
function numbersMissing(short: string, long: string): boolean {
  const numbers = short.match(/\d+/g);
  return !!numbers && numbers.some((n) => !long.includes(n));
}

/** Why a name was mapped to another: for the bench's list of least certain merges. */
export type MergeReason = "lexicon" | "defined" | "spelling";

export interface Canonical {
  /** Canonical name per mention, in input order. */
  names: string[];
  /** Per canonical alias key: how each merged surface got there, and how many papers defined the pair. */
  reasons: Map<string, Map<string, { reason: MergeReason; support: number }>>;
}

/**
 * Types named by their long form: a task or metric is called by what it says ("federated learning", "attack success
 * rate"), its acronym is one of its aliases ("FL"), and one paper's acronym ("generalized average accuracy (gAcc)")
 * never renames a phrase thousands of papers write. Models and datasets are called by their short names (ViT, COCO).
 */
export const NAMED_BY_LONG_FORM: ReadonlySet<EntityType> = new Set<EntityType>(["task", "metric"]);

/**
 * The long/short pairs a corpus defines ("Vision Transformer (ViT)"): per long form, its short forms and how many
 * mentions define each; per short form, its long forms, each with its smallest spelling (whatever the order pairs
 * come in). A short form defined with two long forms ("SR": super-resolution, speech recognition) is ambiguous.
 */
export class DefinedPairs {
  private readonly shortsOfLong = new Map<string, Map<string, number>>();
  private readonly longsOfShort = new Map<string, Map<string, string>>();

  /** usualLong per short form key, asked once per mention: forgotten whenever a pair is added. */
  private readonly usual = new Map<string, { meaning: string; longKey: string; support: number } | null>();

  add(type: EntityType, shortForm: string, longForm: string, mentions = 1): void {
    // A short form with a number its long form lacks names one version or edition of what the long form names
    // ("the 2021 Widget City Challenge (WCC21)"): paired, it would rename every mention of the whole family.
    if (numbersMissing(shortForm, longForm)) return;
    this.usual.clear();
    const longKey = aliasKey(type, longForm);
    const shortKey = aliasKey(type, shortForm);
    let shorts = this.shortsOfLong.get(longKey);
    if (!shorts) this.shortsOfLong.set(longKey, (shorts = new Map()));
    shorts.set(shortForm, (shorts.get(shortForm) ?? 0) + mentions);
    let longs = this.longsOfShort.get(shortKey);
    if (!longs) this.longsOfShort.set(shortKey, (longs = new Map()));
    const seen = longs.get(longKey);
    if (seen === undefined || longForm < seen) longs.set(longKey, longForm);
  }

  /**
   * The defined name a name of this type resolves to, if the corpus defines it unambiguously: a short form's one
   * long form for types NAMED_BY_LONG_FORM, else a long form's most defined short form when the long form is what that
   * short form usually means.
   */
  nameFor(type: EntityType, name: string, hasShortForm: boolean): { name: string; support: number } | undefined {
    if (NAMED_BY_LONG_FORM.has(type)) {
      const shortKey = aliasKey(type, name);
      const longs = this.longsOfShort.get(shortKey);
      if (!longs) return undefined;
      // Spelled one way, or for a task usually one way ("variational inference (VI)", a few "… inference (VI)"
      // otherwise). Not a metric's: "FLOPs" stays FLOPs, spelled out in several ways.
      const usual = longs.size > 1 && type === "task" ? this.usualLong(type, shortKey) : undefined;
      const longKey = usual?.longKey ?? (longs.size === 1 ? [...longs.keys()][0] : undefined);
      if (longKey === undefined || longKey === shortKey) return undefined;
      // Lowercase, as extraction writes a defined task's or metric's long form.
      const support = usual?.support ?? this.shortsOfLong.get(longKey)?.get(name) ?? 0;
      return { name: longs.get(longKey)!.toLowerCase(), support };
    }
    if (hasShortForm) return undefined;
    const longKey = aliasKey(type, name);
    const shorts = this.shortsOfLong.get(longKey);
    const best = shorts && [...shorts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    // The long form joins its acronym when it is what the acronym usually means ("Graph Convolutional Network" and
    // GCN, though a few papers spell GCN otherwise).
    if (!best || this.usualLong(type, aliasKey(type, best[0]))?.meaning !== meaningKey(name)) return undefined;
    return { name: best[0], support: best[1] };
  }

  /** How many mentions define `shortKey` by the long form `longKey`. */
  private definitions(type: EntityType, shortKey: string, longKey: string): number {
    let n = 0;
    for (const [spelling, count] of this.shortsOfLong.get(longKey) ?? []) {
      if (aliasKey(type, spelling) === shortKey) n += count;
    }
    return n;
  }

  /**
   * The name a mention that defines `short` by `long` takes when the corpus gives that short form other meanings:
   * its own long form ("Decision Transformer" beside "Decision Tree", both "DT"), unless `long` is the short form's
   * usual meaning (usualLong), which keeps the short name with the mentions that never define it. Undefined when the
   * short form has one meaning.
   */
  meaningOf(type: EntityType, short: string, long: string): string | undefined {
    const shortKey = aliasKey(type, short);
    const longs = this.longsOfShort.get(shortKey);
    const mine = aliasKey(type, long);
    if (!longs || longs.size < 2 || mine === shortKey) return undefined;
    const spelling = longs.get(mine) ?? long;
    if (this.usualLong(type, shortKey)?.meaning === meaningKey(spelling)) return undefined;
    return spelling;
  }

  /**
   * The meaning that at least USUAL_SHARE of a short form's definitions give it, if any: long forms that differ only by
   * a plural or an adjective's "-al" ("Graph Convolution Network", "Graph Convolutional Networks") are one meaning. Its
   * most defined long form (alias key) and how many definitions the meaning has.
   */
  private usualLong(
    type: EntityType,
    shortKey: string,
  ): { meaning: string; longKey: string; support: number } | undefined {
    const known = this.usual.get(shortKey);
    if (known !== undefined) return known ?? undefined;
    const longs = this.longsOfShort.get(shortKey);
    if (!longs) return undefined;
    let total = 0;
    const meanings = new Map<string, { longKey: string; best: number; support: number }>();
    for (const [longKey, spelling] of longs) {
      const n = this.definitions(type, shortKey, longKey);
      total += n;
      const meaning = meaningKey(spelling);
      const seen = meanings.get(meaning);
      if (!seen) meanings.set(meaning, { longKey, best: n, support: n });
      else {
        seen.support += n;
        if (n > seen.best || (n === seen.best && longKey < seen.longKey)) [seen.longKey, seen.best] = [longKey, n];
      }
    }
    let usual: { meaning: string; longKey: string; support: number } | undefined;
    for (const [meaning, { longKey, support }] of meanings) {
      if (!usual || support > usual.support || (support === usual.support && meaning < usual.meaning)) {
        usual = { meaning, longKey, support };
      }
    }
    const found = usual && usual.support >= USUAL_SHARE * total ? usual : undefined;
    this.usual.set(shortKey, found ?? null);
    return found;
  }

  /** The long form a short form usually means (usualLong), and how many mentions define it so. */
  usualLongOf(type: EntityType, short: string): { name: string; support: number } | undefined {
    const shortKey = aliasKey(type, short);
    const usual = this.usualLong(type, shortKey);
    if (!usual || usual.longKey === shortKey) return undefined;
    return { name: this.longsOfShort.get(shortKey)!.get(usual.longKey)!, support: usual.support };
  }
}

/**
 * A long form's meaning, for telling an acronym's meanings apart: its words folded, each without a plural ending
 * ("networks", "processes", not "process") or an adjective's "-al", so "Graph Convolutional Networks" and "graph
 * convolution network" mean one thing, as do "Gaussian Process" and "Gaussian Processes".
 */
const meaningKey = (long: string) =>
  long
    .split(/[\s-]+/)
    .map((word) =>
      fold(word)
        .replace(/(ss|x|ch|sh)es$/, "$1")
        .replace(/([^s])s$/, "$1")
        .replace(/al$/, ""),
    )
    .join(" ");

/** Two long forms of one meaning: the words of one (meaningKey's) are all among the other's. */
function sameMeaning(a: string, b: string): boolean {
  const [x, y] = [meaningKey(a).split(" "), meaningKey(b).split(" ")];
  const [shorter, longer] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return shorter.every((word) => longer.has(word));
}

/**
 * True when `longForm` is one of the lexicon's spellings-out of the entity named `name`, give or take a word
 * ("detection with Transformer" is DETR's "Detection Transformer").
 */
export function spellsLexiconName(name: string, longForm: string): boolean {
  return (lexicons().spellings.get(name) ?? []).some((spelling) => sameMeaning(spelling, longForm));
}

/** The share of a short form's definitions that makes one long form its usual meaning (DefinedPairs.meaningOf). */
const USUAL_SHARE = 2 / 3;

/**
 * The canonical name of a mention that defines its short form (`name` is the short form) when that short form means
 * something else elsewhere: in the lexicons ("Sharpness-Aware Minimization (SAM)" is no Segment Anything Model), or
 * in other papers of the corpus (DefinedPairs.meaningOf). Its own long form then names it, so unrelated methods that
 * share an acronym ("DP": dynamic programming, Dirichlet process, differential privacy) are not one node.
 */
export function ownMeaning(
  pairs: DefinedPairs,
  type: EntityType,
  name: string,
  shortForm: string | undefined,
  longForm: string | undefined,
): string | undefined {
  if (!shortForm || !longForm || NAMED_BY_LONG_FORM.has(type) || aliasKey(type, name) !== aliasKey(type, shortForm)) {
    return undefined;
  }
  const known = lexicons().entities.get(fold(shortForm));
  if (known && sameGroup(known.type, type)) {
    // The lexicon's meaning holds unless it spells the acronym out in other words than this paper does; a spelling
    // with a word more or less is the same meaning ("Segment Anything (SAM)" is the Segment Anything Model).
    const long = lexiconName(type, longForm);
    if (!known.spelledOut || long === known.name) return undefined;
    return spellsLexiconName(known.name, longForm) ? undefined : (long ?? bareName(longForm));
  }
  const meaning = pairs.meaningOf(type, shortForm, longForm);
  return meaning === undefined ? undefined : (lexiconName(type, meaning) ?? bareName(meaning));
}

/** A long form as a node's name: without the emphasis or quotes a paper put around it ("*Tree of Widgets*"). */
const bareName = (long: string) => long.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+)]+$/gu, "") || long;

/** How many mentions must define a short form by a known entity's long form before it joins that entity. */
const MIN_KNOWN_LONG_SUPPORT = 2;

/**
 * The lexicon's name for a short form the corpus usually defines (DefinedPairs.usualLongOf) by a long form the
 * lexicons know, in at least MIN_KNOWN_LONG_SUPPORT mentions ("3D Gaussian Splatting (3DGS)" in two papers: 3DGS joins
 * 3D Gaussian Splatting); one paper's acronym for a known method may be a slip.
 */
export function knownLongFor(
  pairs: DefinedPairs,
  type: EntityType,
  short: string,
): { name: string; support: number } | undefined {
  const long = pairs.usualLongOf(type, short);
  const name = long && long.support >= MIN_KNOWN_LONG_SUPPORT ? lexiconName(type, long.name) : undefined;
  return name === undefined ? undefined : { name, support: long!.support };
}

const sameGroup = (a: EntityType, b: EntityType) =>
  a === b || ((a === "dataset" || a === "benchmark") && (b === "dataset" || b === "benchmark"));

/** The lexicon's canonical name for a name of this type, if the lexicons know it. */
export function lexiconName(type: EntityType, name: string): string | undefined {
  const { entities } = lexicons();
  const entry = entities.get(fold(name)) ?? entities.get(fold(singular(name)));
  return entry && sameGroup(entry.type, type) ? entry.name : undefined;
}

/** Canonical names for every mention of a corpus. */
export function canonicalNames(mentions: PaperMention[]): Canonical {
  // 1. Long/short pairs the corpus defines, with the papers that define each.
  const pairs = new DefinedPairs();
  for (const m of mentions) if (m.shortForm && m.longForm) pairs.add(m.type, m.shortForm, m.longForm);

  // 2. Each mention's candidate canonical name: the lexicon's, else the corpus's defined name, else its own.
  const reasons: Canonical["reasons"] = new Map();
  const candidate: string[] = [];
  const via: Array<{ reason: MergeReason; support: number } | undefined> = [];
  for (const m of mentions) {
    const own = ownMeaning(pairs, m.type, m.name, m.shortForm, m.longForm);
    let name = own ?? lexiconName(m.type, m.name);
    let why: { reason: MergeReason; support: number } | undefined = own
      ? { reason: "defined", support: 1 }
      : name
        ? { reason: "lexicon", support: 0 }
        : undefined;
    const viaLong = name ? undefined : knownLongFor(pairs, m.type, m.name);
    if (viaLong) [name, why] = [viaLong.name, { reason: "defined", support: viaLong.support }];
    const defined = name ? undefined : pairs.nameFor(m.type, m.name, !!m.shortForm);
    if (defined) {
      name = lexiconName(m.type, defined.name) ?? defined.name;
      why = { reason: "defined", support: defined.support };
    }
    candidate.push(name ?? m.name);
    via.push(why);
  }

  // 3. One spelling per alias key: the most frequent candidate, lexicon names first (ties: the smaller string).
  const votes = new Map<string, Map<string, number>>();
  mentions.forEach((m, i) => {
    const key = aliasKey(m.type, candidate[i]!);
    const tally = votes.get(key) ?? new Map<string, number>();
    const weight = via[i]?.reason === "lexicon" ? 1000 : m.count;
    tally.set(candidate[i]!, (tally.get(candidate[i]!) ?? 0) + weight);
    votes.set(key, tally);
  });
  const spelling = new Map<string, string>();
  for (const [key, tally] of votes) {
    spelling.set(key, [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }
  const names = mentions.map((m, i) => {
    const key = aliasKey(m.type, candidate[i]!);
    const name = spelling.get(key)!;
    if (aliasKey(m.type, m.name) !== key || fold(m.name) !== fold(name)) {
      const merged = reasons.get(key) ?? new Map();
      const why = via[i] ?? { reason: "spelling" as const, support: 0 };
      merged.set(m.name, why);
      reasons.set(key, merged);
    }
    return name;
  });
  return { names, reasons };
}
