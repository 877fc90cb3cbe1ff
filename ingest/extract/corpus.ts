// Pass 2 over the corpus: type voting (a name typed as a dataset in five abstracts is a dataset in the sixth),
// one spelling per folded name, the canonical layer (canonical.ts) that makes one real-world entity one node, and
// namesakes (namesakes.ts): one name proposed by unrelated works is one node per work.

import { entityId } from "../../domain/identity.js";
import { canonicalNames } from "./canonical.js";
import { applyNamesakes, definitionsOf, namesakeDecisions, type PaperFacts, type Proposal } from "./namesakes.js";
import { paperEntities } from "./paper-entities.js";
import { fold } from "./fold.js";
import { lexiconSpellingsFirst } from "./lexicon.js";
import type { EntityType, Mention } from "../../domain/types.js";
import { STRENGTH, type PaperMention, type Strength } from "./types.js";

type Tally = Map<string, Map<string, number>>;

function count(tally: Tally, key: string, value: string, by = 1): void {
  const inner = tally.get(key) ?? new Map<string, number>();
  inner.set(value, (inner.get(value) ?? 0) + by);
  tally.set(key, inner);
}

/** The value with most votes; ties go to the lexicographically smaller so the choice is stable run to run. */
function winner(votes: Map<string, number> | undefined): [string, number] | undefined {
  if (!votes) return undefined;
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
}

// The corpus pass's typing rules, shared with the streamed pass (corpus-tally.ts).
export const DATA = new Set<EntityType>(["dataset", "benchmark"]);
export const RETYPABLE = new Set<EntityType>(["model", "dataset", "benchmark", "metric"]);
/** What a name typed only by its shape may become: also a task the corpus defines ("UDA", "SLAM"). */
export const SHAPE_TARGETS = new Set<EntityType>([...RETYPABLE, "task"]);
/** Strong votes needed before a name typed only by its shape takes the corpus's type. */
export const MIN_VOTES = 2;

/**
 * Whether a name typed only by its shape takes the type the corpus votes for (with `n` votes): a paper's own
 * proposal named on its own keeps its type against a task of the same letters ("TSP: a primal-dual
 * method" is no travelling salesman problem), since a task is never proposed.
 */
export const shapeRetypes = (strength: Strength, ownName: boolean, type: EntityType, n: number) =>
  strength === STRENGTH.shape && SHAPE_TARGETS.has(type) && n >= MIN_VOTES && !(ownName && type === "task");

/**
 * A proposal written as a name of its own ("TSP: …", "we propose ADX, a …"), not before a noun as a task's acronym
 * is ("our WPE system": a system for the task).
 */
export function ownName(m: Mention): boolean {
  if (m.role !== "proposed") return false;
  // (Evidence offsets are the paper's; the name is found in its sentence.)
  const at = m.evidence.sentence.indexOf(m.name);
  return at < 0 || !/^\s+\p{Ll}/u.test(m.evidence.sentence.slice(at + m.name.length));
}

/**
 * Applies corpus-level voting, aliasing and namesake splitting (given who wrote each paper and when) to pass-1
 * mentions; returns plain mentions keyed by paper id.
 */
export function resolveCorpus(
  perPaper: Map<string, PaperMention[]>,
  facts: ReadonlyMap<string, PaperFacts> = new Map(),
): Map<string, Mention[]> {
  const all = [...perPaper.values()].flat();

  // 1. Type votes from firmly typed mentions.
  const typeVotes: Tally = new Map();
  for (const m of all) if (m.typeStrength >= STRENGTH.context) count(typeVotes, fold(m.name), m.type);
  for (const m of all) {
    const votes = typeVotes.get(fold(m.name));
    const best = winner(votes);
    if (!best || !RETYPABLE.has(m.type)) continue;
    const [type, n] = best as [EntityType, number];
    if (type !== m.type && shapeRetypes(m.typeStrength, ownName(m), type, n)) {
      if (n > (votes!.get(m.type) ?? 0)) m.type = type;
    } else if (DATA.has(m.type) && DATA.has(type) && n > (votes!.get(m.type) ?? 0)) {
      m.type = type;
    }
  }

  // 2. One surface per entity id: the lexicon's spelling ("Vision Transformer", not "vision transformer"), else the
  //    corpus's most frequent (LLaMA-3 / LLaMA3 / Llama 3 → one).
  const surfaces: Tally = new Map();
  for (const m of all) count(surfaces, entityId(m.type, m.name), m.name, m.count);
  const canonical = new Map<string, string>();
  for (const [id, votes] of surfaces) canonical.set(id, winner(lexiconSpellingsFirst(votes))![0]);

  // 3. One node per real-world entity: lexicon aliases, corpus-defined long/short pairs and folding decide which
  //    names are one entity; each mention keeps the name its paper writes and gets the canonical one beside it.
  const canonicalOf = new Map<PaperMention, string>();
  const { names } = canonicalNames(all);
  all.forEach((m, i) => canonicalOf.set(m, names[i]!));

  // 4. Proposers of one name who share no author are namesakes, unless the name is established (namesakes.ts).
  const proposals: Proposal[] = [];
  const uses = new Map<string, number>();
  for (const [paperId, mentions] of perPaper) {
    const paper = facts.get(paperId);
    for (const m of mentions) {
      const name = canonicalOf.get(m)!;
      const id = entityId(m.type, name);
      if (m.role !== "proposed") uses.set(id, (uses.get(id) ?? 0) + 1);
      else if (paper?.authors?.length) {
        const definitions = definitionsOf(m.longForm, m.name, name);
        proposals.push({ paper, type: m.type, entityId: id, name, written: m.name, definitions });
      }
    }
  }
  const namesakes = namesakeDecisions(proposals, uses);

  const out = new Map<string, Mention[]>();
  for (const [paperId, mentions] of perPaper) {
    const naming = (m: PaperMention) => ({
      type: m.type,
      name: canonical.get(entityId(m.type, m.name))!,
      canonicalName: canonicalOf.get(m)!,
    });
    out.set(paperId, applyNamesakes(paperId, paperEntities(mentions, naming), namesakes));
  }
  return out;
}
