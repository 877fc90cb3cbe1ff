// The search ranking loop, run over MiniSearch's index without MiniSearch's `search`: that builds a result object
// (terms, match map, stored fields) for every matching document and sorts them all, which on the real corpus
// (321k documents) cost 100–400 ms for a three-letter prefix matching tens of thousands of them. Here each query
// term's documents are scored into a Map of numbers with MiniSearch's own formula (BM25+, prefix and fuzzy weights,
// field boosts) in the same order, so the scores are the same floats, and only the best `limit` are kept.
// It reads MiniSearch 7's internals (the version is pinned); test/server/search-rank.test.ts checks it against
// MiniSearch's own `search` on every kind of query, so an upgrade that changes them fails there.

import type MiniSearch from "minisearch";
import type { SearchOptions } from "minisearch";
import { Lru } from "../store/lru.js";

/** A term's postings: field id → document short id → term frequency. */
type FieldTermData = Map<number, Map<number, number>>;

interface Internals {
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _documentIds: Map<number, string>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _options: {
    fields: string[];
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions;
  };
}

/** A document that made the cut: its short id, MiniSearch's score and the final (adjusted) score. */
export interface RankedDocument {
  docId: number;
  id: string;
  stored: Record<string, unknown>;
  /** MiniSearch's score (what its `search` would return as `score`). */
  score: number;
  adjusted: number;
}

export interface RankRequest {
  limit: number;
  /** Documents to leave out, by their stored fields (MiniSearch's `filter`). */
  accept?: (stored: Record<string, unknown>) => boolean;
  /**
   * "always" (MiniSearch's way, the default): every word also matches the words within its edit distance.
   * "unmatched": only a word that matches nothing itself (nor, with prefix search, as the start of a word) does:
   * a typo is forgiven, but a word the index holds is not also scored as its neighbours (the walk over every
   * term within the distance is the costliest part of a long word, and its neighbours are mostly other words).
   */
  fuzzy?: "always" | "unmatched";
  /** The final score from MiniSearch's score and the stored fields; ties keep MiniSearch's order. */
  adjust: (score: number, stored: Record<string, unknown>) => number;
  /** At most what `adjust` multiplies a score by (a bound for skipping documents that cannot make the cut). */
  maxFactor?: number;
}

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const DEFAULT_MAX_FUZZY = 6;
/** Query words whose fuzzy matches are kept (a few KB each). */
const FUZZY_CACHE = 5000;

/**
 * The best `limit` documents for `query` by `adjust`, as `index.search(query)` ranked by `adjust` would give them
 * (same scores, same order among ties), for an index whose search options combine terms with AND and set no
 * term or document boost function. With `fuzzy: "unmatched"`, as MiniSearch would rank with fuzzy matching
 * turned off for the words that match without it.
 */
export function rankDocuments(index: MiniSearch, query: string, request: RankRequest): RankedDocument[] {
  const ms = index as unknown as Internals;
  const options = ms._options;
  const search = options.searchOptions ?? {};
  if (String(search.combineWith ?? "or").toLowerCase() !== "and" || search.boostTerm || search.boostDocument) {
    throw new TypeError("search-rank: the index must combine terms with AND and set no boost functions");
  }
  const weights = { ...DEFAULT_WEIGHTS, ...search.weights };
  const bm25 = { ...DEFAULT_BM25, ...search.bm25 };
  const maxFuzzy = search.maxFuzzy ?? DEFAULT_MAX_FUZZY;
  const fields = (search.fields ?? options.fields).map((field) => ({
    id: ms._fieldIds[field]!,
    boost: search.boost?.[field] || 1,
  }));

  const lengths = fieldLengths(ms, fields);

  /** MiniSearch's termResults, summing into `scores` (a document's first score sets it, later ones add). */
  const addTerm = (data: FieldTermData | undefined, weight: number, scores: Scores, within?: Scores) => {
    if (!data) return;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const freqs = data.get(field.id);
      if (!freqs) continue;
      const fieldLength = lengths[f]!;
      let matching = freqs.size;
      const avgLength = ms._avgFieldLength[field.id]!;
      let idf = Math.log(1 + (ms._documentCount - matching + 0.5) / (matching + 0.5));
      const discarded = ms._dirtCount > 0; // only `discard` leaves postings of gone documents (we remove)
      for (const [docId, freq] of freqs) {
        if (within && !within.has(docId)) continue; // AND: a document an earlier word missed is dropped anyway
        if (discarded && !ms._documentIds.has(docId)) {
          // As MiniSearch, which also drops the stale posting there (never seen: documents are removed, not discarded).
          matching -= 1;
          idf = Math.log(1 + (ms._documentCount - matching + 0.5) / (matching + 0.5));
          continue;
        }
        const length = fieldLength[docId]!;
        const raw =
          idf * (bm25.d + (freq * (bm25.k + 1)) / (freq + bm25.k * (1 - bm25.b + (bm25.b * length) / avgLength)));
        scores.add(docId, weight * 1 * field.boost * 1 * raw); // the same products in the same order: the same float
      }
    }
  };

  const terms = options
    .tokenize(query)
    .flatMap((t) => options.processTerm(t))
    .filter((t): t is string => !!t);
  if (!terms.length) return [];
  const scoreTerm = (term: string, i: number, within?: Scores) => {
    const scores = scratch(ms, i);
    const exact = ms._index.get(term);
    addTerm(exact, 1, scores, within);
    /** Whether the word is in the index, or begins one of its words (the index keeps no term without documents). */
    let matched = exact !== undefined;
    const prefix = typeof search.prefix === "function" ? search.prefix(term, i, terms) : search.prefix === true;
    if (prefix) {
      for (const [derived, data] of ms._index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        matched = true;
        addTerm(data, (weights.prefix * derived.length) / (derived.length + 0.3 * distance), scores, within);
      }
    }
    const fuzzyOption = typeof search.fuzzy === "function" ? search.fuzzy(term, i, terms) : search.fuzzy || false;
    let fuzzyMatches: FuzzyMatch[] | undefined;
    if (fuzzyOption && !(request.fuzzy === "unmatched" && matched)) {
      const fuzzy = fuzzyOption === true ? 0.2 : fuzzyOption;
      const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = fuzzyGet(ms, term, maxDistance);
    }
    if (fuzzyMatches) {
      for (const [derived, data, distance] of fuzzyMatches) {
        if (!distance) continue;
        // A longer term starting with this one was scored as a prefix match only (MiniSearch drops it here).
        if (prefix && derived.length > term.length && derived.startsWith(term)) continue;
        addTerm(data, (weights.fuzzy * derived.length) / (derived.length + distance), scores, within);
      }
    }
    return scores;
  };
  // AND, as MiniSearch combines: the later word's order, the earlier score plus the later. Each word scores only
  // the documents every earlier word matched (the others would be dropped): the same sums, less work.
  let combined: Scores | undefined;
  for (let i = 0; i < terms.length; i++) {
    const scores = scoreTerm(terms[i]!, i, combined);
    combined = combined ? scores.keepIn(combined) : scores;
    if (!combined.count) return []; // no document has every word
  }
  if (!combined) return [];
  // MiniSearch multiplies by the number of distinct query terms a document matched: all of them under AND.
  const quality = new Set(terms).size || 1;

  // The best `limit` by adjusted score; ties go to the higher MiniSearch score, then to the earlier document
  // (MiniSearch's stable sort): what ranking its sorted results would keep.
  const best: RankedDocument[] = [];
  const before = (a: RankedDocument, b: RankedDocument) =>
    a.adjusted > b.adjusted || (a.adjusted === b.adjusted && a.score > b.score);
  for (let k = 0; k < combined.count; k++) {
    const docId = combined.order[k]!;
    const sum = combined.score[docId]!;
    const score = sum * quality;
    const last = best.length === request.limit ? best[best.length - 1]! : undefined;
    // Most documents of a broad prefix score far below the last kept one, even at the most `adjust` can give.
    if (last && request.maxFactor !== undefined && score * request.maxFactor < last.adjusted) continue;
    const stored = ms._storedFields.get(docId) ?? {};
    if (request.accept && !request.accept(stored)) continue;
    const adjusted = request.adjust(score, stored);
    if (last && !(adjusted > last.adjusted || (adjusted === last.adjusted && score > last.score))) continue;
    const candidate = { docId, id: "", stored, score, adjusted };
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > request.limit) best.pop();
  }
  for (const doc of best) doc.id = ms._documentIds.get(doc.docId)!;
  return best;
}

/**
 * Scores by document short id, in the order documents were first scored (MiniSearch's Map order): typed arrays
 * reused across queries instead of a Map per query term (a three-letter prefix scores tens of thousands).
 */
class Scores {
  readonly score: Float64Array;
  /** Which query last wrote a document's score: older ones read as absent, so nothing is cleared between queries. */
  private readonly stamp: Uint32Array;
  private generation = 0;
  order: Uint32Array;
  count = 0;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.stamp = new Uint32Array(size);
    this.order = new Uint32Array(Math.min(size, 1024));
  }

  reset(): this {
    this.count = 0;
    this.generation++; // never 0: 0 marks a document dropped by an AND
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this;
  }

  has(docId: number): boolean {
    return this.stamp[docId] === this.generation;
  }

  add(docId: number, value: number): void {
    if (this.stamp[docId] === this.generation) {
      this.score[docId] = this.score[docId]! + value;
      return;
    }
    this.stamp[docId] = this.generation;
    this.score[docId] = value;
    if (this.count === this.order.length) {
      const grown = new Uint32Array(Math.min(this.score.length, this.order.length * 2));
      grown.set(this.order);
      this.order = grown;
    }
    this.order[this.count++] = docId;
  }

  /** MiniSearch's AND of `earlier` and these scores, written here: this order, the earlier score plus this one. */
  keepIn(earlier: Scores): Scores {
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const docId = this.order[k]!;
      if (!earlier.has(docId)) {
        this.stamp[docId] = 0; // no longer among these scores (a later term's AND asks)
        continue;
      }
      this.score[docId] = earlier.score[docId]! + this.score[docId]!;
      this.order[kept++] = docId;
    }
    this.count = kept;
    return this;
  }
}

/** A term within the edit distance of a query term: the term, its postings, the distance. */
type FuzzyMatch = [term: string, data: FieldTermData, distance: number];

interface Scratch {
  nextId: number;
  /**
   * Fuzzy matches by query term: the edit-distance walk over the whole term tree is the costliest step of a
   * long word, and the same words ("recognition", "segmentation") come back in many queries.
   */
  fuzzy: Lru<string, FuzzyMatch[]>;
  /** Per searched field, each document's length in that field (MiniSearch keeps a Map of arrays). */
  lengths: Float64Array[];
  scores: Scores[];
}

/** Per index, reusable buffers sized for its documents; rebuilt when documents were added since. */
const scratchOf = new WeakMap<object, Scratch>();

function scratchFor(ms: Internals, fieldIds: number[]): Scratch {
  const nextId = ms._nextId;
  let known = scratchOf.get(ms);
  if (!known || known.nextId !== nextId || known.lengths.length !== fieldIds.length) {
    const lengths = fieldIds.map(() => new Float64Array(nextId));
    for (const [docId, byField] of ms._fieldLength) {
      for (let f = 0; f < fieldIds.length; f++) lengths[f]![docId] = byField[fieldIds[f]!] ?? 0;
    }
    known = { nextId, lengths, scores: [], fuzzy: new Lru(FUZZY_CACHE) };
    scratchOf.set(ms, known);
  }
  return known;
}

function fieldLengths(ms: Internals, fields: { id: number }[]): Float64Array[] {
  return scratchFor(
    ms,
    fields.map((f) => f.id),
  ).lengths;
}

/** MiniSearch's fuzzyGet, as a list (in its order), kept for the next query with that word. */
function fuzzyGet(ms: Internals, term: string, maxDistance: number): FuzzyMatch[] {
  const cache = scratchOf.get(ms)!.fuzzy;
  const key = `${maxDistance}:${term}`;
  let matches = cache.get(key);
  if (!matches) {
    matches = [...ms._index.fuzzyGet(term, maxDistance)].map(([t, [data, distance]]) => [t, data, distance]);
    cache.set(key, matches);
  }
  return matches;
}

/** The reusable scores for the `i`th query term (cleared). */
function scratch(ms: Internals, i: number): Scores {
  const known = scratchOf.get(ms)!;
  while (known.scores.length <= i) known.scores.push(new Scores(known.nextId));
  return known.scores[i]!.reset();
}
