// Namesakes: one name claimed as their own by unrelated works. Catchy acronyms are coined again and again, and a
// sentence that spells out a textbook term ("a Gaussian process (GP) prior") reads like a proposal; one paper's text
// cannot tell either from a coinage, the corpus can. Proposers of one entity who share no author are different works:
// each later one gets a node of its own, named as a citation names it ("DISCO (Lee et al., 2021)"). A name many
// unrelated works spell out the same way is an established term: none of them proposes it unless its title coins it.
// Pure: the whole-corpus pass (corpus.ts) and the streamed one (corpus-tally.ts) decide from the same proposals.

import { entityId, foldName } from "../../domain/identity.js";
import type { EntityType, Mention } from "../../domain/types.js";
import { lexiconName } from "./canonical.js";

/** What the corpus pass knows of a paper beyond its text: who wrote it and when. */
export interface PaperFacts {
  id: string;
  title?: string;
  authors?: readonly string[];
  authorCount?: number;
  date?: string;
}

/** One paper's claim to propose one entity. */
export interface Proposal {
  paper: PaperFacts;
  type: EntityType;
  entityId: string;
  /** The entity's canonical name before any split. */
  name: string;
  /** The name as this paper writes it ("DisCo" for the corpus's "DISCO"): a namesake's node takes its work's. */
  written: string;
  /** The long forms the paper spells the name out as, folded ("gaussianprocess"); the name itself if it has words. */
  definitions: readonly string[];
  /** Already in the store: its node stays, and its work comes before any an increment brings, whatever their years. */
  stored?: boolean;
}

/** A proposal moved to a node of its own (its new canonical name), or read as a use of an established term. */
export type Namesake = { canonical: string } | "used";

/** Unrelated works (no author in common) that spell a name out the same way before it counts as established. */
export const ESTABLISHED_GROUPS = 3;
/** Papers that name an entity without proposing it before its name counts as established (a coinage is rarely used). */
export const ESTABLISHED_USES = 10;

const SEP = "\u0000";

/** Key of a decision: paper and entity. */
export const namesakeKey = (paperId: string, entityId: string) => `${paperId}${SEP}${entityId}`;

/**
 * The folded definitions a proposal votes with: the long form its paper spells the name out as, and each of its
 * names that is words rather than an acronym (the name it writes, the entity's canonical name).
 */
export function definitionsOf(longForm: string | undefined, ...names: string[]): string[] {
  const out = new Set<string>();
  for (const text of [longForm, ...names.filter((n) => /\s/.test(n.trim()))])
    if (text) out.add(singular(foldName(text)));
  return [...out];
}

/**
 * Whether a name can be a coinage of its own: a lowercase word ("coreset") is the field's, and a one- or
 * two-letter name ("DP", "R") has too many meanings to tell one work's from another's.
 */
const coinable = (name: string) => /\p{Lu}/u.test(name) && name.replace(/[^\p{L}\p{N}]/gu, "").length > 2;

/** Types whose names can be coined twice: a repository's is its address, a task is never proposed. */
const COINED = new Set<EntityType>(["model", "dataset", "benchmark", "metric"]);
export const canBeNamesake = (type: EntityType) => COINED.has(type);

/** "gaussianprocesses" and "gaussianprocess" are one definition. */
const singular = (folded: string) => folded.replace(/(?:es|s)$/, "");

const yearOf = (paper: PaperFacts) => (/^\d{4}/.test(paper.date ?? "") ? Number(paper.date!.slice(0, 4)) : Infinity);

/** A work's citation label: first author's surname, "et al." past one author, and the year when known. */
export function citationLabel(paper: PaperFacts): string | undefined {
  const first = paper.authors?.[0]?.trim();
  if (!first) return undefined;
  // "Lee, Jin" lists the surname first; "Jin Lee" last.
  const surname = first.includes(",") ? first.split(",")[0]!.trim() : first.split(/\s+/).at(-1)!;
  const many = Math.max(paper.authorCount ?? 0, paper.authors!.length) > 1;
  const year = yearOf(paper);
  return `${surname}${many ? " et al." : ""}${Number.isFinite(year) ? `, ${year}` : ""}`;
}

/** A paper's authors as keys; a venue's "Anonymous" under review names nobody. */
const authorKeys = (paper: PaperFacts) =>
  (paper.authors ?? []).map(foldName).filter((key) => key && key !== "anonymous");

/** Whether the paper's title heads with the name, as "LDA: …" or "LDA – …" does. */
function titleCoins({ paper, written, name }: Proposal): boolean {
  const head = /^\s*([^:–—]{1,60}?)\s*(?::|\s[–—-]\s)/u.exec(paper.title ?? "")?.[1];
  return head !== undefined && [written, name].some((n) => foldName(n) === foldName(head));
}

/** Proposers joined into works: two papers are one work when they share an author (workshop and main version). */
function works(proposals: readonly Proposal[]): Proposal[][] {
  const parent = proposals.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byAuthor = new Map<string, number>();
  proposals.forEach((p, i) => {
    for (const key of authorKeys(p.paper)) {
      const seen = byAuthor.get(key);
      if (seen === undefined) byAuthor.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const groups = new Map<number, Proposal[]>();
  proposals.forEach((p, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(p);
    else groups.set(root, [p]);
  });
  return [...groups.values()];
}

/**
 * Earliest year, then smallest paper id: the order that decides which work keeps the plain name. A stored work
 * ranks before every other (-Infinity): an increment never moves what the store holds.
 */
function earliest(group: readonly Proposal[]): { year: number; paper: PaperFacts } {
  let best = group[0]!.paper;
  for (const { paper } of group) {
    const [y, b] = [yearOf(paper), yearOf(best)];
    if (y < b || (y === b && paper.id < best.id)) best = paper;
  }
  return { year: group.some((p) => p.stored) ? -Infinity : yearOf(best), paper: best };
}

/** The decisions for one entity's proposals (all of them, every paper once), keyed by namesakeKey. */
export function decideNamesakes(proposals: readonly Proposal[], uses = 0): Map<string, Namesake> {
  const out = new Map<string, Namesake>();
  const first = proposals[0];
  if (!first || !COINED.has(first.type)) return out;
  // A paper whose authors are unknown cannot be told apart from anyone's: it keeps the plain name.
  const known = proposals.filter((p) => authorKeys(p.paper).length);
  if (known.length < 2) return out;
  const groups = inOrder(works(known));
  if (groups.length < 2) return out;

  const definedBy = new Map<string, number>();
  for (const { group } of groups)
    for (const d of new Set(group.flatMap((p) => p.definitions))) definedBy.set(d, (definedBy.get(d) ?? 0) + 1);
  // Established: a name many papers use, one too short or too plain to be anyone's coinage, one the lexicons know
  // (one real-world thing, however many claim it), or one that unrelated works spell out the same way.
  const established =
    uses >= ESTABLISHED_USES ||
    !coinable(first.name) ||
    lexiconName(first.type, first.name) !== undefined ||
    Math.max(0, ...definedBy.values()) >= ESTABLISHED_GROUPS;
  if (!established) {
    splitLater(groups, out);
    return out;
  }
  // An established term is proposed only by a paper whose title coins it ("LDA: …"): the corpus's earliest claimant
  // is rarely its origin. Works whose titles coin it are namesakes among themselves ("LoRA: …" twice).
  for (const { group } of groups)
    for (const p of group) if (!titleCoins(p)) out.set(namesakeKey(p.paper.id, p.entityId), "used");
  splitLater(inOrder(groups.map(({ group }) => group.filter(titleCoins)).filter((group) => group.length)), out);
  return out;
}

/** Works with their earliest paper, oldest first. */
function inOrder(groups: Proposal[][]): Array<{ group: Proposal[]; year: number; paper: PaperFacts }> {
  return groups
    .map((group) => ({ group, ...earliest(group) }))
    .sort((a, b) => a.year - b.year || (a.paper.id < b.paper.id ? -1 : a.paper.id > b.paper.id ? 1 : 0));
}

/** The oldest work keeps the plain name; each later one gets a node named as a citation names it. */
function splitLater(groups: ReadonlyArray<{ group: Proposal[]; paper: PaperFacts }>, out: Map<string, Namesake>) {
  const later = groups.slice(1);
  const labels = later.map(({ paper }) => citationLabel(paper));
  later.forEach(({ group, paper }, i) => {
    // Two works of one surname and year ("Wang et al., 2025") are told apart as citations are: 2025a, 2025b.
    const label = labels[i];
    const same = labels.filter((l) => l === label).length > 1;
    const suffix = same ? String.fromCharCode(97 + labels.slice(0, i).filter((l) => l === label).length) : "";
    const own = group.find((p) => p.paper === paper)!;
    const decision: Namesake = label ? { canonical: `${own.written} (${label}${suffix})` } : "used";
    for (const p of group) out.set(namesakeKey(p.paper.id, p.entityId), decision);
  });
}

/**
 * Every entity's decisions, from proposals in any order (a paper proposing one entity twice counts once) and the
 * number of mentions that name each entity without proposing it.
 */
export function namesakeDecisions(
  proposals: Iterable<Proposal>,
  uses: ReadonlyMap<string, number>,
): Map<string, Namesake> {
  const byEntity = new Map<string, Map<string, Proposal>>();
  for (const p of proposals) {
    let papers = byEntity.get(p.entityId);
    if (!papers) byEntity.set(p.entityId, (papers = new Map()));
    const seen = papers.get(p.paper.id);
    papers.set(p.paper.id, seen ? { ...seen, definitions: [...new Set([...seen.definitions, ...p.definitions])] } : p);
  }
  const out = new Map<string, Namesake>();
  for (const [id, papers] of byEntity) {
    if (papers.size < 2) continue;
    for (const [key, decision] of decideNamesakes([...papers.values()], uses.get(id) ?? 0)) out.set(key, decision);
  }
  return out;
}

/** One paper's resolved mentions with the decisions applied: a namesake's own node, or a use of an established term. */
export function applyNamesakes(
  paperId: string,
  mentions: Mention[],
  decisions: ReadonlyMap<string, Namesake>,
): Mention[] {
  if (!decisions.size) return mentions;
  return mentions.map((m) => {
    if (m.role !== "proposed") return m;
    const decision = decisions.get(namesakeKey(paperId, entityId(m.type, m.canonical ?? m.name)));
    if (!decision) return m;
    return decision === "used"
      ? { ...m, role: "used" }
      : { ...m, canonical: decision.canonical, namesakeOf: m.canonical ?? m.name };
  });
}
