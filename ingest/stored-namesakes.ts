// An increment's namesakes (extract/namesakes.ts) decided against the works the store holds: the corpus pass sees
// only the run's papers, so a new paper proposing a stored name, by authors it shares with none of that name's
// stored proposers, would join a stranger's node. Where a name has stored proposers outside the run, the run's
// claims to it are decided again with them; elsewhere the corpus pass's decisions stand, so a run over papers the
// store already holds decides as a first ingest did. Reads the store; changes only the run's mentions.

import { entityId } from "../domain/identity.js";
import { NODE_LABELS, type Mention, type NodeLabel, type Paper } from "../domain/types.js";
import type { GraphStore } from "../store/types.js";
import {
  canBeNamesake,
  decideNamesakes,
  definitionsOf,
  namesakeKey,
  type Namesake,
  type Proposal,
} from "./extract/namesakes.js";
import { lookUpAll } from "./store-lookup.js";

interface StoredEntity {
  degree: number;
  /** Its stored proposers outside the run: authors in the listing's order. */
  papers: Map<string, { date?: string; title?: string; authors: string[] }>;
}

/** The canonical name a run mention's claim is about: the entity a namesake was told apart from, else its own. */
const baseName = (m: Mention) => m.namesakeOf ?? m.canonical ?? m.name;
const isClaim = (m: Mention) => (m.role === "proposed" || m.namesakeOf !== undefined) && canBeNamesake(m.type);

/** Rewrites `mentions` (the run's, by paper id) where a claim's name has proposers stored outside the run. */
export async function withStoredNamesakes(
  store: GraphStore,
  papers: readonly Paper[],
  mentions: Map<string, Mention[]>,
): Promise<void> {
  const inRun = new Map(papers.map((p) => [p.id, p]));
  const claims = new Map<string, Proposal[]>();
  const uses = new Map<string, number>();
  for (const [paperId, list] of mentions) {
    const paper = inRun.get(paperId);
    for (const m of list) {
      const name = baseName(m);
      const id = entityId(m.type, name);
      if (!isClaim(m)) uses.set(id, (uses.get(id) ?? 0) + 1);
      else if (paper?.authors?.length) {
        const claim = { paper, type: m.type, entityId: id, name, written: m.name };
        const onName = claims.get(id) ?? [];
        onName.push({ ...claim, definitions: definitionsOf(undefined, m.name, name) });
        claims.set(id, onName);
      }
    }
  }
  if (!claims.size) return;

  const stored = await storedProposers(store, claims, inRun);
  const decisions = new Map<string, Namesake>();
  const decided = new Set<string>();
  for (const [id, entity] of stored) {
    const ours = claims.get(id)!;
    const { type, name } = ours[0]!;
    const theirs: Proposal[] = [...entity.papers].map(([paperId, { date, title, authors }]) => ({
      paper: { id: paperId, title, authors, date },
      type,
      entityId: id,
      name,
      written: name,
      definitions: [],
      stored: true,
    }));
    // Papers that name it without claiming it: the stored ones (its links less its proposals) and the run's.
    const used = Math.max(0, entity.degree - entity.papers.size) + (uses.get(id) ?? 0);
    for (const [key, decision] of decideNamesakes([...theirs, ...ours], used)) decisions.set(key, decision);
    decided.add(id);
  }
  if (!decided.size) return;

  for (const [paperId, list] of mentions) {
    mentions.set(
      paperId,
      list.map((m) => {
        const base = baseName(m);
        const id = entityId(m.type, base);
        if (!isClaim(m) || !decided.has(id)) return m;
        // The claim on the plain entity first, then as the store's works decide it.
        const { namesakeOf: _was, ...plain } = m;
        const reset: Mention = { ...plain, role: "proposed", canonical: base === m.name ? undefined : base };
        if (reset.canonical === undefined) delete reset.canonical;
        const decision = decisions.get(namesakeKey(paperId, id));
        if (!decision) return reset;
        if (decision === "used") return { ...reset, role: "used" };
        return { ...reset, canonical: decision.canonical, namesakeOf: base };
      }),
    );
  }
}

/** Per entity id among the claims: its stored proposers outside the run, with their authors, and its degree. */
async function storedProposers(
  store: GraphStore,
  claims: Map<string, Proposal[]>,
  inRun: ReadonlyMap<string, Paper>,
): Promise<Map<string, StoredEntity>> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const [id, list] of claims) {
    const label = NODE_LABELS[list[0]!.type];
    const ids = byLabel.get(label);
    if (ids) ids.push(id);
    else byLabel.set(label, [id]);
  }
  const stored = new Map<string, StoredEntity>();
  const authorsOf = new Map<string, string[]>();
  for (const [label, ids] of byLabel) {
    for (const r of await lookUpAll(store, "read/proposers-of", "ids", ids, { LABEL: label })) {
      const paperId = String(r.paper);
      // A run paper already stored is being rewritten: it is one of the run's, not a stored work.
      if (inRun.has(paperId)) continue;
      const id = String(r.entity);
      let entity = stored.get(id);
      if (!entity) stored.set(id, (entity = { degree: Number(r.degree ?? 0), papers: new Map() }));
      const authors = authorsOf.get(paperId) ?? [];
      authorsOf.set(paperId, authors);
      const [date, title] = [r.date ? String(r.date) : undefined, r.title ? String(r.title) : undefined];
      entity.papers.set(paperId, { date, title, authors });
    }
  }
  // Authors in the listing's order, for every label's proposers at once (the join over authorships is the cost).
  if (authorsOf.size) {
    const rows = await lookUpAll(store, "read/paper-authors-for-index-of", "ids", [...authorsOf.keys()]);
    for (const r of rows) if (r.name) authorsOf.get(String(r.paper))?.push(String(r.name));
  }
  return stored;
}
