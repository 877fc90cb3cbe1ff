// Pass 1 over one paper: every rule's hits, typed by lexicon, definition and context, grouped into mentions.

import { fold } from "./fold.js";
import type { EntityType } from "../../domain/types.js";
import { findDefinitions, type Definition } from "./definitions.js";
import { groupHits } from "./group.js";
import { lexicons } from "./lexicon.js";
import { ML_GATE, mlScore, OFF_DOMAIN_FACTOR } from "./domain-gate.js";
import { efficiencyMetrics } from "./efficiency.js";
import { findLinks } from "./links.js";
import { metricPhrases } from "./metric-phrases.js";
import {
  coinedCandidates,
  lexiconCandidates,
  shapeCandidates,
  titleCandidate,
  titleType,
  type Candidate,
} from "./names.js";
import { inRanges, proposingRanges, type Range } from "./roles.js";
import { joined, scanPaper, type Scan } from "./scan.js";
import { isFalseName, isNameShape, singularAcronym } from "./shape.js";
import { findTasks, NOT_A_TASK_AFTER } from "./tasks.js";
import { phraseFinder, SpanIndex } from "./spans.js";
import { sentenceAt, type Sentence } from "./text.js";
import { STRENGTH, type CorpusContext, type Hit, type PaperInput, type PaperMention, type Strength } from "./types.js";
import { listNeighbours, typeByContext } from "./typing.js";
import { FUNCTION_WORDS, MODEL_HEADS } from "./words.js";

/** What an acronym definition says about the entity it defines; `concept` means it names no entity. */
type DefinedAs = { type: EntityType; strength: Strength; proposed: boolean; known?: boolean } | "concept";

const COINED_BEFORE = /\b(?:dubbed|termed|called|named|namely|coined)(?:\s+as)?,?\s+(?:the\s+)?["'“]?$/i;
const METRIC_HEADS = /(?:rate|error|score|distance|accuracy|precision|recall|similarity|coefficient|ratio)$/i;
const REUSED_CODE =
  /\b(?:based on|built (?:on|upon)|adapted from|borrowed from|taken from|of the original|provided by)\b/i;

export const keyOf = (surface: string) => fold(singularAcronym(surface));
const lastWord = (s: string) => s.split(/\s+/).pop() ?? "";
const isTitleCase = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|in|and|with|to|on|the|a|an|via)$/.test(w))
    .every((w) => /^[\p{Lu}\d]/u.test(w));

function taskHeadOf(word: string): boolean {
  const heads = lexicons().taskHeads;
  const w = word.toLowerCase();
  return heads.has(w) || heads.has(w.slice(w.lastIndexOf("-") + 1));
}

/** Decides what an acronym definition defines. */
function defineAs(def: Definition, proposed: boolean, scan: Scan): DefinedAs {
  const { entities, generic } = lexicons();
  const known = entities.get(fold(def.long)) ?? entities.get(fold(def.short));
  if (known) {
    return { type: known.type, strength: STRENGTH.explicit, proposed: proposed && known.type !== "task", known: true };
  }
  if (generic.has(keyOf(def.short)) || generic.has(fold(def.long))) return "concept";
  const head = lastWord(def.long);
  const context = typeByContext(scan, def.shortStart, def.shortEnd + 1);
  if (context && context.type !== "model" && context.type !== "metric") return { ...context, proposed };
  if (METRIC_HEADS.test(head)) return { type: "metric", strength: STRENGTH.context, proposed: false };
  if (taskHeadOf(head) && !MODEL_HEADS.has(head) && !proposed) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  if (proposed) return { type: "model", strength: STRENGTH.context, proposed };
  if (isTitleCase(def.long) && !/Learning$/.test(head) && !/[^s]s$/.test(head)) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  return "concept";
}

function markTaken(scan: Scan, taken: Uint8Array, start: number, end: number): void {
  // Binary search for the first token at or after `start`.
  let lo = 0;
  let hi = scan.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < scan.tokens.length && scan.tokens[i]!.start < end; i++) taken[i] = 1;
}

// "mixed precision", "we recall": words that are metrics only when the text is reporting numbers or other metrics.
const AMBIGUOUS_METRICS = new Set(["precision", "recall"]);
const NOT_METRIC_BEFORE =
  /\b(?:mixed|half|full|single|double|numerical|low|high|floating[- ]point|arbitrary|reduced|lower|higher|we|to|bit)[- ]$/i;

function metricInContext(scan: Scan, c: Candidate): boolean {
  if (!AMBIGUOUS_METRICS.has(c.surface.toLowerCase())) return true;
  if (NOT_METRIC_BEFORE.test(scan.text.slice(Math.max(0, c.start - 20), c.start))) return false;
  const sentence = scan.sentences[scan.tokens[c.first]!.sentence]!.text;
  return /\d\s*%|\bprecision\b.*\brecall\b|\brecall\b.*\bprecision\b|\bF1\b|\baccuracy\b/i.test(sentence);
}

/** "GPU-CPU", "RGB-D LiDAR": every part a generic word. */
function allPartsGeneric(surface: string): boolean {
  if (!/[-\s/]/.test(surface)) return false;
  const parts = surface.split(/[-\s/]+/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => lexicons().generic.has(fold(singularAcronym(p))));
}

/** Extends a candidate over up to two following title-case words of its sentence (mutating it). */
function extendOverTitleWords(scan: Scan, c: Candidate): void {
  let last = c.last;
  while (
    last - c.last < 2 &&
    joined(scan, last) &&
    scan.title[last + 1] &&
    !FUNCTION_WORDS.has(scan.lower[last + 1]!)
  ) {
    last++;
  }
  if (last === c.last) return;
  c.last = last;
  c.end = scan.tokens[last]!.end;
  c.surface = scan.text.slice(c.start, c.end);
}

/** The two sides of "A-to-B" when one of them is a known dataset or benchmark. */
function transferPair(surface: string): [string, string] | undefined {
  const m = /^([\p{L}\d][\p{L}\d.]*(?:-v?\d+)?)-to-([\p{L}\d][\p{L}\d.-]*)$/u.exec(surface);
  if (!m) return undefined;
  const known = (s: string) => DATA.has(lexicons().entities.get(fold(s))?.type ?? "task");
  return known(m[1]!) || known(m[2]!) ? [m[1]!, m[2]!] : undefined;
}

/** A parameter count ends a model's name ("Llama3-8B", "Qwen2.5-Omni-7B"): datasets are not sized so. */
const SIZED = /[-_ ]\d+(?:\.\d+)?[BM]$|[-_ ](?:[Tt]iny|[Ss]mall|[Bb]ase|[Ll]arge|[Hh]uge|XL|XXL)$/;

/** All hits in one paper, plus the acronym definitions that tie short and long forms together. */
export function findHits(
  paper: PaperInput,
  context?: CorpusContext,
): { hits: Hit[]; definitions: Definition[]; sentences: Sentence[]; ml: number } {
  const scan = scanPaper(paper, context);
  const { generic } = lexicons();
  const hits: Hit[] = [];
  const proposing = proposingRanges(scan);
  const taken = new Uint8Array(scan.tokens.length);

  for (const link of findLinks(scan.text)) {
    const sentence = scan.sentences[sentenceAt(scan.sentences, link.start)];
    const proposed = !REUSED_CODE.test(sentence && link.start < sentence.end ? sentence.text : "");
    hits.push({ ...link, surface: link.name, strength: STRENGTH.explicit, proposed });
    markTaken(scan, taken, link.start, link.end);
  }

  // Text inside any URL names nothing ("docs.google.com/…/1ZtC0Seb…").
  if (scan.text.includes("http") || scan.text.includes("www.")) {
    for (const url of scan.text.matchAll(/\b(?:https?:\/\/|www\.)\S+/g)) {
      markTaken(scan, taken, url.index!, url.index! + url[0].length);
    }
  }

  const definitions = scan.sentences.flatMap((s) => findDefinitions(s.text, s.start));
  const defined = new Map<string, DefinedAs>();
  const title = titleCandidate(scan);
  const titleKey = title && keyOf(title.surface);
  for (const def of definitions) {
    const proposed =
      COINED_BEFORE.test(scan.text.slice(Math.max(0, def.longStart - 30), def.longStart)) ||
      inRanges(proposing, def.longStart) ||
      inRanges(proposing, def.shortStart) ||
      keyOf(def.short) === titleKey ||
      fold(def.long) === titleKey;
    const as = defineAs(def, proposed, scan);
    defined.set(keyOf(def.short), as);
    defined.set(fold(def.long), as);
    if (as === "concept") continue;
    const name = as.type === "task" || as.type === "metric" ? def.long.toLowerCase() : def.long;
    hits.push({ ...as, surface: name, start: def.longStart, end: def.longEnd, defined: true });
    hits.push({ ...as, surface: def.short, start: def.shortStart, end: def.shortEnd });
  }
  // Words inside a definition belong to it, not to candidates of their own ("Mixture" of "Mixture of Experts"),
  // wherever the long form recurs (a title's "Sparse Vision Transformer" is not "Vision Transformer").
  const occurrences = phraseFinder(scan.text.toLowerCase());
  const searched = new Set<string>();
  for (const def of definitions) {
    markTaken(scan, taken, def.shortStart, def.shortEnd);
    const as = defined.get(fold(def.long));
    const long = def.long.toLowerCase();
    // A long form defined twice is searched once: its occurrences are the same.
    if (searched.has(long)) continue;
    searched.add(long);
    for (const at of occurrences(long)) {
      markTaken(scan, taken, at, at + long.length);
      if (as && as !== "concept" && at !== def.longStart) {
        const surface = scan.text.slice(at, at + long.length);
        hits.push({
          ...as,
          surface: as.type === "task" || as.type === "metric" ? surface.toLowerCase() : surface,
          start: at,
          end: at + long.length,
        });
      }
    }
  }

  const candidates: Candidate[] = [
    ...(title ? [title] : []),
    ...coinedCandidates(scan),
    ...lexiconCandidates(scan, taken),
    ...shapeCandidates(scan, taken, (offset) => inRanges(proposing, offset)),
  ];
  const forcedType = titleType(scan);
  for (const c of candidates) {
    const key = keyOf(c.surface);
    if (!key) continue;
    const def = defined.get(key);
    if (def === "concept") continue;
    if (def) {
      hits.push({ ...def, surface: c.surface, start: c.start, end: c.end, proposed: def.proposed });
      continue;
    }
    if (
      !c.lexicon &&
      (generic.has(key) ||
        generic.has(fold(c.surface)) ||
        allPartsGeneric(c.surface) ||
        (c.source === "shape" && c.surface.includes(" ") && generic.has(fold(c.surface.split(" ")[0]!))))
    )
      continue;
    if (c.weak && !inRanges(proposing, c.start)) continue;
    if (!c.lexicon && !c.versionOf && isFalseName(c.surface, scan.common)) continue;
    // An undefined two-letter acronym is a concept far more often than a model ("GT", "EA", "ST").
    if (c.source === "shape" && /^\p{Lu}{2}s?$/u.test(c.surface) && !inRanges(proposing, c.start)) continue;
    const proposed =
      !c.lexicon &&
      (c.source === "coined" || inRanges(proposing, c.start) || (titleKey !== undefined && key === titleKey));
    const context = typeByContext(scan, c.start, c.end);
    let type: EntityType = "model";
    let strength: Strength = STRENGTH.shape;
    if (c.lexicon) {
      type = c.lexicon.type;
      strength = STRENGTH.explicit;
      // The text's own word wins between dataset and benchmark ("the COCO benchmark").
      const dataTypes = ["dataset", "benchmark"];
      if (
        context &&
        context.strength === STRENGTH.explicit &&
        dataTypes.includes(type) &&
        dataTypes.includes(context.type)
      ) {
        type = context.type;
      }
    } else if (transferPair(c.surface)) {
      // "GTAV-to-Cityscapes": a transfer setting between two datasets is a benchmark, and each side a dataset.
      type = "benchmark";
      strength = STRENGTH.explicit;
      const [from, to] = transferPair(c.surface)!;
      hits.push(
        { type: "dataset", surface: from, start: c.start, end: c.start + from.length, strength, proposed: false },
        { type: "dataset", surface: to, start: c.end - to.length, end: c.end, strength, proposed: false },
      );
    } else if (c.benchmark) {
      type = "benchmark";
      strength = STRENGTH.explicit;
    } else if (c.versionOf) {
      type = c.versionOf.type;
      strength = STRENGTH.explicit;
    } else if (lexicons().campaign.test(c.surface)) {
      type = "benchmark";
      strength = STRENGTH.explicit;
    } else if (SIZED.test(c.surface)) {
      strength = STRENGTH.explicit;
    } else if (context) {
      ({ type, strength } = context);
      if (type === "metric" && !isNameShape(c.surface)) continue;
    } else if (c === title && forcedType) {
      type = forcedType;
      strength = STRENGTH.context;
    }
    if (type === "metric" && c.lexicon && !metricInContext(scan, c)) continue;
    // A data name typed by its context runs over the capitalised words after it ("two datasets, QRS Widgets and …").
    if (DATA.has(type) && (c.source === "shape" || c.source === "capitalized")) extendOverTitleWords(scan, c);
    if (type === "task" && c.lexicon) {
      if (
        NOT_A_TASK_AFTER.has(
          scan.text
            .slice(c.end + 1, c.end + 30)
            .split(/[^\w-]/)[0]!
            .toLowerCase(),
        )
      )
        continue;
      // A task acronym ("QA") is named by its lexicon long form.
      const acronym = /^\p{Lu}{2,}s?$/u.test(c.surface);
      const surface = acronym ? c.lexicon.name : c.surface.toLowerCase();
      hits.push({
        type,
        surface,
        start: c.start,
        end: c.end,
        strength,
        proposed: false,
        ...(acronym ? { alias: c.surface } : {}),
      });
      continue;
    }
    // The name as written; the lexicon's canonical name becomes an alias.
    const alias = c.lexicon && c.lexicon.name !== c.surface ? c.lexicon.name : undefined;
    hits.push({
      type,
      surface: c.surface,
      start: c.start,
      end: c.end,
      strength,
      proposed,
      ...(alias ? { alias } : {}),
      ...(c.lexicon ? { known: true } : {}),
    });
  }
  propagateListTypes(scan, hits);
  typeVersionsOfModels(hits);
  markOwnParts(scan, hits, proposing);

  hits.push(...metricPhrases(scan), ...efficiencyMetrics(scan));

  for (const t of findTasks(scan)) {
    const def = defined.get(fold(t.name));
    if (def === "concept" || (def && def.type !== "task")) continue;
    hits.push({
      type: "task",
      surface: t.name,
      start: t.start,
      end: t.end,
      strength: STRENGTH.context,
      proposed: false,
    });
  }
  return { hits: dropCovered(hits), definitions, sentences: scan.sentences, ml: mlScore(scan) };
}

const DATA = new Set<EntityType>(["dataset", "benchmark"]);
const VERSION_SUFFIX = /[-_ ]?(?:v?\d+(?:\.\d+)*[a-z]?|XL|XXL|Pro|Plus|Max|Mini|Large|Base|Small|Tiny|Turbo)$/i;

// "our novel acquisition mechanism (X)", "two innovations, namely … X": the paper's own parts.
const NOVELTY_BEFORE = /\b(?:novel|our|innovative|innovations?)\b[^.;]{0,60}$/i;
// Between the cue and the name only a noun phrase or a list may stand, not a relation to another model.
const NOT_SAME_PHRASE =
  /\b(?:of|on|in|with|from|to|by|at|for|than|over|outperform\w*|surpass\w*|compared|versus|vs|against|beat\w*|unlike|baselines?|retains?|achieves?|uses?|using|is|are|was|were)\b/i;
// "QuillNet consists of … the Widget Router (WR)": parts of a proposed model are proposed.
const HAS_PARTS =
  /^(.+?)\s+(?:(?:is|are)\s+)?(?:\w+ly\s+)?(?:consists of|comprises|composed of|made up of|contains|includes|integrates|features)\b/;
// A sentence about others' work: a definition there names an existing model, not a part of this paper's.
const OTHERS_CUE =
  /\b(?:existing|previous|prior|previously|recent(?:ly)?|popular|conventional|traditional|baselines?|state-of-the-art|sota|compared?|outperform\w*|surpass\w*|such as|e\.g\.|et al\.?|widely|standard|original|vanilla|like)\b|\[\d|\(\s*[A-Z][\w-]+,? (?:et al|\d{4})/i;

/** Marks models that are versions, novel parts or components of the paper's proposal as proposed too. */
function markOwnParts(scan: Scan, hits: Hit[], proposing: Range[]): void {
  const own = new Set(hits.filter((h) => h.proposed && h.type === "model").map((h) => keyOf(h.surface)));
  // A model this paper defines ("Long Form (LF)") after it has begun proposing, in a sentence that is not about
  // others' work, is one of its own parts: papers list their components after the proposing sentence.
  const firstProposal = Math.min(...proposing.map((r) => r.start));
  const definedHere = new Set(
    hits
      .filter((h) => h.defined && h.type === "model" && !h.known && h.start > firstProposal)
      .filter((h) => !OTHERS_CUE.test(scan.sentences[sentenceAt(scan.sentences, h.start)]!.text))
      .map((h) => keyOf(h.surface)),
  );
  for (const h of hits) {
    if (h.proposed || h.known || h.type !== "model") continue;
    const base = h.surface.replace(VERSION_SUFFIX, "");
    if ((base !== h.surface && own.has(keyOf(base))) || definedHere.has(keyOf(h.surface))) {
      h.proposed = true;
      continue;
    }
    const sentence = scan.sentences[sentenceAt(scan.sentences, h.start)]!;
    const before = scan.text.slice(Math.max(sentence.start, h.start - 80), h.start);
    const novelty = NOVELTY_BEFORE.exec(before);
    if (novelty && !NOT_SAME_PHRASE.test(novelty[0].slice(novelty[0].search(/\s/)))) {
      h.proposed = true;
      continue;
    }
    const parts = HAS_PARTS.exec(sentence.text);
    if (
      parts &&
      sentence.start + parts[0].length <= h.start &&
      own.has(keyOf(parts[1]!.replace(/^(?:the|our)\s+/i, "")))
    ) {
      h.proposed = true;
    }
  }
}

/** A version of a model the paper names is a model too ("GWT-v2" beside "Gated Widget Transformer (GWT)"). */
function typeVersionsOfModels(hits: Hit[]): void {
  const models = new Set(
    hits.filter((h) => h.type === "model" && h.strength >= STRENGTH.context).map((h) => keyOf(h.surface)),
  );
  for (const h of hits) {
    if (!DATA.has(h.type) || h.strength > STRENGTH.context) continue;
    const base = h.surface.replace(VERSION_SUFFIX, "");
    if (base !== h.surface && models.has(keyOf(base))) {
      h.type = "model";
      h.strength = STRENGTH.context;
    }
  }
}

/** Items of one list share a data type: "datasets: A, B and C" types A by context, B and C by being beside it. */
function propagateListTypes(scan: Scan, hits: Hit[]): void {
  const names = hits.filter((h) => h.type !== "task" && h.type !== "repo" && h.type !== "hf");
  names.sort((a, b) => a.start - b.start);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < names.length; i++) {
      const [a, b] =
        pass === 0 ? [names[i]!, names[i + 1]!] : [names[names.length - 1 - i]!, names[names.length - 2 - i]!];
      const [left, right] = a.start < b.start ? [a, b] : [b, a];
      if (!listNeighbours(scan, left.end, right.start)) continue;
      if (DATA.has(a.type) && a.strength >= STRENGTH.context && b.type === "model" && b.strength === STRENGTH.shape) {
        b.type = a.type;
        b.strength = STRENGTH.context;
      }
    }
  }
}

/**
 * A task or metric inside a longer one at the same place is part of it ("image generation" in "unconditional image
 * generation"), and a task inside a name is part of the name ("text spotting" in "… Text Spotting Transformer").
 */
function dropCovered(hits: Hit[]): Hit[] {
  const names = new SpanIndex(hits.filter((h) => h.type === "model" || DATA.has(h.type)));
  const taskList = hits.filter((h) => h.type === "task");
  const tasks = new SpanIndex(taskList);
  const metrics = new SpanIndex(hits.filter((h) => h.type === "metric"));
  const inside = (a: Hit, b: Hit) =>
    a !== b && a.start >= b.start && a.end <= b.end && a.end - a.start < b.end - b.start;
  const insideAny = (h: Hit, index: SpanIndex<Hit>) => index.overlapping(h.start, h.end).some((o) => inside(h, o));
  // A longer task phrase around a defined long form only adds junk ("study floor plan generation (FPG)").
  const aroundDefined = new Set(
    taskList.filter((t) => tasks.overlapping(t.start, t.end).some((d) => d.defined && inside(d, t))),
  );
  return hits.filter(
    (h) =>
      !aroundDefined.has(h) &&
      (h.type !== "metric" || !insideAny(h, metrics)) &&
      (h.type !== "task" || h.defined || !(insideAny(h, tasks) || names.overlapping(h.start, h.end).length > 0)),
  );
}

/** Pass 1: one paper's mentions, before corpus-level voting. */
export function extractPaperMentions(paper: PaperInput, context?: CorpusContext): PaperMention[] {
  const { hits, definitions, sentences, ml } = findHits(paper, context);
  const mentions = groupHits(hits, definitions, sentences);
  // Outside machine learning names are demoted below the graph's threshold; links stay what they are.
  if (ml < ML_GATE) {
    for (const m of mentions) {
      if (m.type !== "repo" && m.type !== "hf") m.confidence = +(m.confidence * OFF_DOMAIN_FACTOR).toFixed(2);
    }
  }
  return mentions;
}
