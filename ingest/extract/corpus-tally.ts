// The corpus pass (corpus.ts) in two steps, so a big corpus need not hold every paper's mentions at once: a tally
// keeps only what the corpus-level decisions count (per distinct name, type, strength and definition: how many
// mentions, uses and occurrences; each proposal with its paper's authors and date), then a resolver decides once
// and applies the decisions paper by paper. Same result as resolveCorpus over the same mentions and papers, in any
// order of `add` calls. Pure.

import { aliasKey, entityId } from "../../domain/identity.js";
import type { EntityType, Mention } from "../../domain/types.js";
import { DefinedPairs, knownLongFor, lexiconName, ownMeaning } from "./canonical.js";
import { DATA, ownName, RETYPABLE, shapeRetypes } from "./corpus.js";
import { fold } from "./fold.js";
import { lexiconSpellingsFirst } from "./lexicon.js";
import { applyNamesakes, definitionsOf, namesakeDecisions, type Namesake, type PaperFacts } from "./namesakes.js";
import { paperEntities, type MentionNaming } from "./paper-entities.js";
import { STRENGTH, type PaperMention, type Strength } from "./types.js";

type Votes = Map<string, number>;

/** What the decisions need of one distinct (name, type, strength, definition) among the mentions. */
interface Signature {
  name: string;
  type: EntityType;
  strength: Strength;
  /** The paper proposes it under a name of its own (see `ownName`): never retyped as a task. */
  ownName: boolean;
  hasShortForm: boolean;
  /** The pair the mention's paper defines, if any: an acronym with other meanings is named by its own. */
  shortForm?: string;
  longForm?: string;
  /** Mentions with this signature. */
  mentions: number;
  /** Those of them that do not propose what they name. */
  uses: number;
  /** Their occurrence counts added up. */
  occurrences: number;
}

/** One long/short pair a paper defines, under the mention's own name, type and strength (its retyping inputs). */
interface Pair {
  name: string;
  type: EntityType;
  strength: Strength;
  ownName: boolean;
  shortForm: string;
  longForm: string;
  mentions: number;
}

/** A proposed mention, kept with its paper's authors and date until the namesakes are decided. */
interface Proposed extends Pick<Signature, "name" | "type" | "strength" | "ownName" | "shortForm" | "longForm"> {
  paper: PaperFacts;
}

const SEP = "\u0000";

function add(votes: Map<string, Votes>, key: string, value: string, by: number): void {
  let inner = votes.get(key);
  if (!inner) votes.set(key, (inner = new Map()));
  inner.set(value, (inner.get(value) ?? 0) + by);
}

/** The value with most votes; ties to the smaller string (as corpus.ts and canonical.ts choose). */
function winner(votes: Votes | undefined): [string, number] | undefined {
  if (!votes) return undefined;
  let best: [string, number] | undefined;
  for (const [value, n] of votes) if (!best || n > best[1] || (n === best[1] && value < best[0])) best = [value, n];
  return best;
}

/** Counts what the corpus pass decides from, chunk by chunk. */
export class CorpusTally {
  private readonly signatures = new Map<string, Signature>();
  private readonly pairs = new Map<string, Pair>();
  /** Per folded name: votes for each type among firmly typed mentions. */
  private readonly typeVotes = new Map<string, Votes>();
  private readonly proposed: Proposed[] = [];

  /** One paper's mentions; with its authors and date its proposals can be told from namesakes' (namesakes.ts). */
  add(mentions: readonly PaperMention[], paper?: PaperFacts): void {
    // Only what namesakes need: the paper object holds its whole abstract.
    const facts = paper?.authors?.length
      ? { id: paper.id, title: paper.title, authors: paper.authors, authorCount: paper.authorCount, date: paper.date }
      : undefined;
    for (const m of mentions) {
      const hasShortForm = !!m.shortForm;
      const defines = m.shortForm && m.longForm ? `${SEP}${m.shortForm}${SEP}${m.longForm}` : "";
      const own = ownName(m);
      const key = `${m.name}${SEP}${m.type}${SEP}${m.typeStrength}${SEP}${hasShortForm ? 1 : 0}${SEP}${own ? 1 : 0}`;
      let s = this.signatures.get(key + defines);
      if (!s) {
        const { name, type, typeStrength: strength, shortForm, longForm } = m;
        s = {
          name,
          type,
          strength,
          ownName: own,
          hasShortForm,
          shortForm,
          longForm,
          mentions: 0,
          uses: 0,
          occurrences: 0,
        };
        this.signatures.set(key + defines, s);
      }
      s.mentions++;
      if (m.role !== "proposed") s.uses++;
      s.occurrences += m.count;
      if (facts && m.role === "proposed") {
        const { name, type, typeStrength: strength, shortForm, longForm } = m;
        this.proposed.push({ paper: facts, name, type, strength, ownName: own, shortForm, longForm });
      }
      if (m.typeStrength >= STRENGTH.context) add(this.typeVotes, fold(m.name), m.type, 1);
      if (m.shortForm && m.longForm) {
        const pairKey = `${key}${SEP}${m.shortForm}${SEP}${m.longForm}`;
        let p = this.pairs.get(pairKey);
        if (!p) {
          const { name, type, typeStrength: strength, shortForm, longForm } = m;
          this.pairs.set(pairKey, (p = { name, type, strength, ownName: own, shortForm, longForm, mentions: 0 }));
        }
        p.mentions++;
      }
    }
  }

  /** Decides types, spellings and canonical names for the whole corpus; the tally is not needed afterwards. */
  resolver(): CorpusResolver {
    return new CorpusResolver(this.typeVotes, this.signatures.values(), this.pairs.values(), this.proposed);
  }
}

/** The corpus-level decisions, applied to one paper's pass-1 mentions at a time. */
export class CorpusResolver {
  /** Per entity id: the corpus's most frequent spelling. */
  private readonly surface = new Map<string, string>();
  private readonly pairs = new DefinedPairs();
  /** Per alias key: the spelling every candidate of that key takes. */
  private readonly spelling = new Map<string, string>();
  private readonly namesakes: Map<string, Namesake>;

  constructor(
    private readonly typeVotes: Map<string, Votes>,
    signatures: Iterable<Signature>,
    pairs: Iterable<Pair>,
    proposed: readonly Proposed[] = [],
  ) {
    const all = [...signatures];
    const surfaces = new Map<string, Votes>();
    for (const s of all) add(surfaces, entityId(this.typeOf(s), s.name), s.name, s.occurrences);
    // The lexicon's spelling first, then the corpus's most frequent (corpus.ts, step 2).
    for (const [id, votes] of surfaces) this.surface.set(id, winner(lexiconSpellingsFirst(votes))![0]);
    for (const p of pairs) this.pairs.add(this.typeOf(p), p.shortForm, p.longForm, p.mentions);
    const votes = new Map<string, Votes>();
    // Each signature's candidate key, kept for counting uses once the spellings are decided.
    const keys = all.map((s) => {
      const type = this.typeOf(s);
      const { name, lexicon } = this.candidate(type, s);
      const key = aliasKey(type, name);
      add(votes, key, name, lexicon ? 1000 * s.mentions : s.occurrences);
      return { type, key };
    });
    for (const [key, tally] of votes) this.spelling.set(key, winner(tally)![0]);
    const uses = new Map<string, number>();
    all.forEach((s, i) => {
      if (!s.uses) return;
      const { type, key } = keys[i]!;
      const id = entityId(type, this.spelling.get(key)!);
      uses.set(id, (uses.get(id) ?? 0) + s.uses);
    });
    this.namesakes = namesakeDecisions(
      proposed.map((p) => {
        const { type, canonicalName: name } = this.naming(p);
        const definitions = definitionsOf(p.longForm, p.name, name);
        return { paper: p.paper, type, entityId: entityId(type, name), name, written: p.name, definitions };
      }),
      uses,
    );
  }

  /** A mention's type after the corpus's votes (resolveCorpus step 1). */
  private typeOf(m: { name: string; type: EntityType; strength: Strength; ownName: boolean }): EntityType {
    const votes = this.typeVotes.get(fold(m.name));
    const best = winner(votes);
    if (!best || !RETYPABLE.has(m.type)) return m.type;
    const [type, n] = best as [EntityType, number];
    const own = votes!.get(m.type) ?? 0;
    if (type !== m.type && shapeRetypes(m.strength, m.ownName, type, n)) {
      return n > own ? type : m.type;
    }
    if (DATA.has(m.type) && DATA.has(type) && n > own) return type;
    return m.type;
  }

  /**
   * A mention's candidate canonical name: its own long form for an acronym with other meanings, the lexicon's, else
   * the corpus's defined name, else its own (canonicalNames' order).
   */
  private candidate(
    type: EntityType,
    { name, hasShortForm, shortForm, longForm }: Pick<Signature, "name" | "hasShortForm" | "shortForm" | "longForm">,
  ): { name: string; lexicon: boolean } {
    const own = ownMeaning(this.pairs, type, name, shortForm, longForm);
    if (own) return { name: own, lexicon: false };
    const known = lexiconName(type, name) ?? knownLongFor(this.pairs, type, name)?.name;
    if (known) return { name: known, lexicon: true };
    const defined = this.pairs.nameFor(type, name, hasShortForm);
    if (defined) return { name: lexiconName(type, defined.name) ?? defined.name, lexicon: false };
    return { name, lexicon: false };
  }

  /** What the corpus decided for one mention: its type, its entity's spelling and its canonical name. */
  private naming(m: Omit<Proposed, "paper">): MentionNaming {
    const type = this.typeOf(m);
    const candidate = this.candidate(type, { ...m, hasShortForm: !!m.shortForm }).name;
    return {
      type,
      name: this.surface.get(entityId(type, m.name))!,
      canonicalName: this.spelling.get(aliasKey(type, candidate))!,
    };
  }

  /** One paper's mentions as resolveCorpus gives them (namesakes told apart when the paper's id is given). */
  resolve(mentions: readonly PaperMention[], paperId?: string): Mention[] {
    const resolved = paperEntities(mentions, (m) =>
      this.naming({ ...m, strength: m.typeStrength, ownName: ownName(m) }),
    );
    return paperId === undefined ? resolved : applyNamesakes(paperId, resolved, this.namesakes);
  }
}
