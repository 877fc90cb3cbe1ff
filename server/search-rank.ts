// The search ranking over the compact index (search-postings.ts): MiniSearch's scoring (BM25+, prefix and fuzzy
// weights, field boosts, AND of the query's words) computed from flat arrays into reused typed arrays, keeping
// only the best `limit`. A three-letter prefix matching tens of thousands of documents costs a walk over one run
// of sorted terms and their postings, not a map per term and a result object per document.
// test/server/search-rank.test.ts checks the scores and best documents against MiniSearch's own `search`.

import type { SearchPostings } from "./search-postings.js";
import { searchTerms } from "./search-postings.js";

/** What a query matches and how terms weigh: MiniSearch's search options, as search-index.ts sets them. */
export interface RankOptions {
  /** Per field of the index, in its order. */
  boosts: number[];
  /** Whether the query's `term` also matches the longer words it starts. */
  prefix: (term: string) => boolean;
  /** The fuzziness of `term` (a share of its length, or an edit distance from 1 up), or false. */
  fuzzy: (term: string) => number | false;
  weights: { fuzzy: number; prefix: number };
  bm25: { k: number; b: number; d: number };
  maxFuzzy: number;
}

/** A document that made the cut: its number in the index, MiniSearch's score and the final (adjusted) score. */
export interface RankedDocument {
  doc: number;
  score: number;
  adjusted: number;
}

export interface RankRequest {
  limit: number;
  /** Documents to leave out (MiniSearch's `filter`). */
  accept?: (doc: number) => boolean;
  /**
   * "always" (MiniSearch's way, the default): every word also matches the words within its edit distance.
   * "unmatched": only a word that matches nothing itself (nor, with prefix search, as the start of a word) does:
   * a typo is forgiven, but a word the index holds is not also scored as its neighbours (the walk over every
   * term within the distance is the costliest part of a long word, and its neighbours are mostly other words).
   */
  fuzzy?: "always" | "unmatched";
  /** The final score from MiniSearch's score and the document. */
  adjust: (score: number, doc: number) => number;
  /** At most what `adjust` multiplies a score by (a bound for skipping documents that cannot make the cut). */
  maxFactor?: number;
}

/** Query words whose fuzzy matches are kept. */
const FUZZY_CACHE = 5000;

/**
 * The best `limit` documents for `query` by `adjust`, with MiniSearch's scores (up to the order in which a
 * document's terms are summed: the last bit of a float). Ties go to the higher MiniSearch score, then to the
 * document indexed first.
 */
export function rankDocuments(
  index: SearchPostings,
  query: string,
  options: RankOptions,
  request: RankRequest,
): RankedDocument[] {
  const terms = searchTerms(query);
  if (!terms.length) return [];
  const buffers = scratchFor(index);
  const postDoc = index.postDoc;
  const postFreq = index.postFreq;
  const fieldLengths = index.fieldLengths;
  const F = index.fields.length;
  const { k, b, d } = options.bm25;

  /** MiniSearch's termResults for term `t`: its score for each document, added into `scores`. */
  const addTerm = (t: number, weight: number, scores: Scores, within?: Scores) => {
    for (let f = 0; f < F; f++) {
      const [from, to] = index.postingRange(t, f);
      if (from === to) continue;
      const matching = to - from;
      const idf = Math.log(1 + (index.documentCount - matching + 0.5) / (matching + 0.5));
      const avgLength = index.avgFieldLength[f]!;
      const boost = options.boosts[f]!;
      for (let p = from; p < to; p++) {
        const doc = postDoc[p]!;
        if (within && !within.has(doc)) continue; // AND: a document an earlier word missed is dropped anyway
        const freq = postFreq[p]!;
        const raw = idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * fieldLengths[doc * F + f]!) / avgLength)));
        scores.add(doc, weight * 1 * boost * 1 * raw); // MiniSearch's products in its order: the same float
      }
    }
  };

  const scoreTerm = (term: string, i: number, within?: Scores) => {
    const scores = buffers.score(i % 2); // the AND needs only the previous word's scores: two buffers serve any query
    const exact = index.findTerm(term);
    if (exact >= 0) addTerm(exact, 1, scores, within);
    /** Whether the word is in the index, or begins one of its words. */
    let matched = exact >= 0;
    const prefix = options.prefix(term);
    if (prefix) {
      const [from, to] = index.prefixRange(term);
      for (let t = from; t < to; t++) {
        const length = index.termLength(t);
        const distance = length - term.length;
        if (!distance) continue;
        matched = true;
        addTerm(t, (options.weights.prefix * length) / (length + 0.3 * distance), scores, within);
      }
    }
    const fuzziness = options.fuzzy(term);
    if (fuzziness !== false && !(request.fuzzy === "unmatched" && matched)) {
      const maxDistance = fuzziness < 1 ? Math.min(options.maxFuzzy, Math.round(term.length * fuzziness)) : fuzziness;
      if (maxDistance) {
        for (const [t, distance] of buffers.fuzzy(index, term, maxDistance)) {
          if (!distance) continue;
          const length = index.termLength(t);
          // A longer term starting with this one was scored as a prefix match only (MiniSearch drops it here).
          if (prefix && length > term.length && index.term(t).startsWith(term)) continue;
          addTerm(t, (options.weights.fuzzy * length) / (length + distance), scores, within);
        }
      }
    }
    return scores;
  };

  // AND: each word scores only the documents every earlier word matched; a document's score is the sum.
  let combined: Scores | undefined;
  for (let i = 0; i < terms.length; i++) {
    const scores = scoreTerm(terms[i]!, i, combined);
    combined = combined ? scores.keepIn(combined) : scores;
    if (!combined.count) return [];
  }
  if (!combined) return [];
  // MiniSearch multiplies by the number of distinct query terms a document matched: all of them under AND.
  const quality = new Set(terms).size;

  const best: RankedDocument[] = [];
  const before = (a: RankedDocument, b: RankedDocument) =>
    a.adjusted > b.adjusted ||
    (a.adjusted === b.adjusted && (a.score > b.score || (a.score === b.score && a.doc < b.doc)));
  for (let n = 0; n < combined.count; n++) {
    const doc = combined.order[n]!;
    const score = combined.score[doc]! * quality;
    const last = best.length === request.limit ? best[best.length - 1]! : undefined;
    // Most documents of a broad prefix score far below the last kept one, even at the most `adjust` can give.
    if (last && request.maxFactor !== undefined && score * request.maxFactor < last.adjusted) continue;
    if (request.accept && !request.accept(doc)) continue;
    const candidate = { doc, score, adjusted: request.adjust(score, doc) };
    if (last && !before(candidate, last)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > request.limit) best.pop();
  }
  return best;
}

/** Every document holding each of the query's words as typed (no prefix, no typo): a lookup by name. */
export function matchingDocuments(index: SearchPostings, query: string): number[] {
  let matched: Set<number> | undefined;
  for (const term of new Set(searchTerms(query))) {
    const t = index.findTerm(term);
    if (t < 0) return [];
    const docs = new Set<number>();
    for (let f = 0; f < index.fields.length; f++) {
      const [from, to] = index.postingRange(t, f);
      for (let p = from; p < to; p++) {
        const doc = index.postDoc[p]!;
        if (!matched || matched.has(doc)) docs.add(doc);
      }
    }
    matched = docs;
    if (!matched.size) return [];
  }
  return matched ? [...matched].sort((x, y) => x - y) : [];
}

/**
 * Scores by document number, in the order documents were first scored: typed arrays reused across queries
 * (a three-letter prefix scores tens of thousands of documents).
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

  has(doc: number): boolean {
    return this.stamp[doc] === this.generation;
  }

  add(doc: number, value: number): void {
    if (this.stamp[doc] === this.generation) {
      this.score[doc] = this.score[doc]! + value;
      return;
    }
    this.stamp[doc] = this.generation;
    this.score[doc] = value;
    if (this.count === this.order.length) {
      const grown = new Uint32Array(Math.min(this.score.length, this.order.length * 2));
      grown.set(this.order);
      this.order = grown;
    }
    this.order[this.count++] = doc;
  }

  /** The AND of `earlier` and these scores, written here: this order, the earlier score plus this one. */
  keepIn(earlier: Scores): Scores {
    let kept = 0;
    for (let n = 0; n < this.count; n++) {
      const doc = this.order[n]!;
      if (!earlier.has(doc)) {
        this.stamp[doc] = 0; // no longer among these scores (a later term's AND asks)
        continue;
      }
      this.score[doc] = earlier.score[doc]! + this.score[doc]!;
      this.order[kept++] = doc;
    }
    this.count = kept;
    return this;
  }
}

/** Per index, buffers sized for its documents and the fuzzy matches of recent query words. */
class Scratch {
  private readonly scores: Scores[] = [];
  /** The edit-distance walk is the costliest step of a long word, and the same words come back in many queries. */
  private readonly fuzzyMatches = new Map<string, [number, number][]>();

  constructor(private readonly index: SearchPostings) {}

  /** Reusable scores number `i` (cleared). */
  score(i: number): Scores {
    while (this.scores.length <= i) this.scores.push(new Scores(this.index.documentCount));
    return this.scores[i]!.reset();
  }

  fuzzy(index: SearchPostings, term: string, maxDistance: number): [number, number][] {
    const key = `${maxDistance}:${term}`;
    let matches = this.fuzzyMatches.get(key);
    if (!matches) {
      matches = index.fuzzy(term, maxDistance);
      if (this.fuzzyMatches.size >= FUZZY_CACHE) this.fuzzyMatches.delete(this.fuzzyMatches.keys().next().value!);
      this.fuzzyMatches.set(key, matches);
    }
    return matches;
  }
}

const scratchOf = new WeakMap<SearchPostings, Scratch>();

function scratchFor(index: SearchPostings): Scratch {
  let known = scratchOf.get(index);
  if (!known) scratchOf.set(index, (known = new Scratch(index)));
  return known;
}
