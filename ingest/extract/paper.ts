// Pass 1 over one paper: every rule's hits, typed by lexicon, definition and context, grouped into mentions.

import { foldName } from "../../domain/identity.js";
import type { EntityType } from "../../domain/types.js";
import { findDefinitions, type Definition } from "./definitions.js";
import { groupHits } from "./group.js";
import { lexicons } from "./lexicon.js";
import { findLinks } from "./links.js";
import {
  coinedCandidates,
  lexiconCandidates,
  shapeCandidates,
  titleCandidate,
  titleType,
  WEAK_HEADS,
  type Candidate,
} from "./names.js";
import { inRanges, proposingRanges } from "./roles.js";
import { scanPaper, type Scan } from "./scan.js";
import { isNameShape, singularAcronym } from "./shape.js";
import { findTasks } from "./tasks.js";
import type { Sentence } from "./text.js";
import { STRENGTH, type CorpusContext, type Hit, type PaperInput, type PaperMention, type Strength } from "./types.js";
import { typeByContext } from "./typing.js";
import { MODEL_HEADS } from "./words.js";

/** What an acronym definition says about the entity it defines; `concept` means it names no entity. */
type DefinedAs = { type: EntityType; strength: Strength; proposed: boolean } | "concept";

const METRIC_HEADS = /(?:rate|error|score|distance|accuracy|precision|recall|similarity|coefficient|ratio)$/i;
const REUSED_CODE =
  /\b(?:based on|built (?:on|upon)|adapted from|borrowed from|taken from|of the original|provided by)\b/i;

export const keyOf = (surface: string) => foldName(singularAcronym(surface));
const lastWord = (s: string) => s.split(/\s+/).pop() ?? "";
const isTitleCase = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|in|and|with|to|on|the|a|an|via|iN)$/.test(w))
    .every((w) => /^[\p{Lu}\d]/u.test(w));

function taskHeadOf(word: string): boolean {
  const heads = lexicons().taskHeads;
  const w = word.toLowerCase();
  return heads.has(w) || heads.has(w.slice(w.lastIndexOf("-") + 1));
}

/** Decides what an acronym definition defines. */
function defineAs(def: Definition, proposed: boolean, scan: Scan): DefinedAs {
  const { entities, generic } = lexicons();
  const known = entities.get(foldName(def.long)) ?? entities.get(foldName(def.short));
  if (known) return { type: known.type, strength: STRENGTH.explicit, proposed: proposed && known.type !== "task" };
  if (generic.has(keyOf(def.short)) || generic.has(foldName(def.long))) return "concept";
  const head = lastWord(def.long);
  const context = typeByContext(scan, def.shortStart, def.shortEnd + 1);
  if (context && context.type !== "model" && context.type !== "metric") return { ...context, proposed };
  if (METRIC_HEADS.test(head)) return { type: "metric", strength: STRENGTH.context, proposed: false };
  if (taskHeadOf(head) && !MODEL_HEADS.has(head) && !proposed) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  if (proposed) return { type: "model", strength: STRENGTH.context, proposed };
  if (isTitleCase(def.long) && !WEAK_HEADS.has(head) && !/Learning$/.test(head)) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  return "concept";
}

/** All hits in one paper, plus the acronym definitions that tie short and long forms together. */
export function findHits(
  paper: PaperInput,
  context?: CorpusContext,
): { hits: Hit[]; definitions: Definition[]; sentences: Sentence[] } {
  const scan = scanPaper(paper, context);
  const { generic } = lexicons();
  const hits: Hit[] = [];
  const proposing = proposingRanges(scan);
  const taken = new Uint8Array(scan.tokens.length);

  for (const link of findLinks(scan.text)) {
    const sentence = scan.sentences.find((s) => link.start >= s.start && link.start < s.end);
    const proposed = !REUSED_CODE.test(sentence?.text ?? "");
    hits.push({ ...link, surface: link.name, strength: STRENGTH.explicit, proposed });
    scan.tokens.forEach((t, i) => {
      if (t.start >= link.start && t.start < link.end) taken[i] = 1;
    });
  }

  const definitions = scan.sentences.flatMap((s) => findDefinitions(s.text, s.start));
  const defined = new Map<string, DefinedAs>();
  const title = titleCandidate(scan);
  const titleKey = title && keyOf(title.surface);
  for (const def of definitions) {
    const proposed =
      inRanges(proposing, def.longStart) ||
      inRanges(proposing, def.shortStart) ||
      keyOf(def.short) === titleKey ||
      foldName(def.long) === titleKey;
    const as = defineAs(def, proposed, scan);
    defined.set(keyOf(def.short), as);
    defined.set(foldName(def.long), as);
    if (as === "concept") continue;
    const name = as.type === "task" || as.type === "metric" ? def.long.toLowerCase() : def.long;
    hits.push({ ...as, surface: name, start: def.longStart, end: def.longEnd });
    hits.push({ ...as, surface: def.short, start: def.shortStart, end: def.shortEnd });
  }

  const candidates: Candidate[] = [
    ...(title ? [title] : []),
    ...coinedCandidates(scan),
    ...lexiconCandidates(scan, taken),
    ...shapeCandidates(scan, taken),
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
    if (!c.lexicon && (generic.has(key) || generic.has(foldName(c.surface)))) continue;
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
    } else if (context) {
      ({ type, strength } = context);
      if (type === "metric" && !isNameShape(c.surface)) continue;
    } else if (c === title && forcedType) {
      type = forcedType;
      strength = STRENGTH.context;
    }
    if (type === "task" && c.lexicon) {
      hits.push({ type, surface: c.lexicon.name, start: c.start, end: c.end, strength, proposed: false });
      continue;
    }
    hits.push({ type, surface: c.lexicon?.name ?? c.surface, start: c.start, end: c.end, strength, proposed });
  }

  for (const t of findTasks(scan)) {
    const def = defined.get(foldName(t.name));
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
  return { hits, definitions, sentences: scan.sentences };
}

/** Pass 1: one paper's mentions, before corpus-level voting. */
export function extractPaperMentions(paper: PaperInput, context?: CorpusContext): PaperMention[] {
  const { hits, definitions, sentences } = findHits(paper, context);
  return groupHits(hits, definitions, sentences);
}
