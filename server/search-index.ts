// Full-text index over paper titles and entity names and aliases: built from the store (or at ingest, then saved
// beside it and opened by reading one file). Type-ahead needs prefix and fuzzy matching in a few milliseconds;
// both stores feed the same index. The index itself is compact arrays (search-postings.ts) ranked with
// MiniSearch's scoring (search-rank.ts); SEARCH_OPTIONS states that scoring as MiniSearch options.

import { readFile } from "node:fs/promises";
import type { Options } from "minisearch";
import { kindOfId } from "../domain/identity.js";
import { foldName } from "../domain/identity.js";
import type { NodeKind, SearchHit } from "../domain/types.js";
import type { NamedNode, NodeLookup } from "../query/names.js";
import { ALIAS_SEPARATOR } from "../store/write-plan.js";
import type { GraphStore, Row } from "../store/types.js";
import { Lru } from "../store/lru.js";
import { matchingDocuments, rankDocuments, type RankOptions, type RankRequest } from "./search-rank.js";
import { compareStrings } from "./neighbourhood/order.js";
import { labelKeyOf, SearchPostings, searchTerms, type PostingsInput } from "./search-postings.js";

export interface SearchDocument {
  id: string;
  kind: NodeKind;
  label: string;
  aliases: string;
  degree: number;
}

/** What the index holds: `words` is what is searched of the label, `label` what is shown, `names` every alias. */
interface IndexedDocument extends SearchDocument {
  words: string;
  names: string;
}

/**
 * A word in more than this share of paper titles or repository names (and at least COMMON_MIN of them) is not
 * indexed: at 100k papers "github" (35k repositories) or a common title word matched 15–35k documents and cost
 * 100–900 ms a query to score, all for a ranking it cannot decide. Entity names keep every word ("image" still
 * finds "image classification"); small corpora keep every word.
 */
const COMMON_SHARE = 0.03;
const COMMON_MIN = 1000;
const FILTERED_KINDS = new Set<NodeKind>(["paper", "repo"]);
const WORD = /[\p{L}\p{N}]+/gu;

/** Words in more than the common share of paper titles and repository names. */
function commonWords(documents: SearchDocument[]): Set<string> {
  const filtered = documents.filter((d) => FILTERED_KINDS.has(d.kind));
  const threshold = Math.max(COMMON_MIN, filtered.length * COMMON_SHARE);
  if (filtered.length <= threshold) return new Set();
  const counts = new Map<string, number>();
  for (const d of filtered) {
    for (const w of new Set(d.label.toLowerCase().match(WORD) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > threshold).map(([w]) => w));
}

/**
 * The index's scoring as MiniSearch options (the ranking reads them; the tests build a MiniSearch with them to
 * compare): searched fields and their boosts, prefix and fuzzy matching, words combined with AND.
 */
export const SEARCH_OPTIONS: Options<IndexedDocument> = {
  fields: ["words", "aliases"],
  storeFields: ["kind", "label", "degree", "names"],
  // Prefixes of one or two letters expand to thousands of terms at 100k papers (200 ms a query): from three on.
  // One typo is forgiven from six letters: fuzzy matching of shorter words was most of an uncached query's time
  // at 100k papers, and a short word with a typo matches mostly other words anyway.
  searchOptions: {
    boost: { words: 2 },
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 6 ? 0.15 : false),
    combineWith: "AND",
  },
};

const searchOptions = SEARCH_OPTIONS.searchOptions!;
const ALIASES_FIELD = SEARCH_OPTIONS.fields.indexOf("aliases");
/** Alias postings read at most to find the nodes another of whose names a query is (a bound on a query's cost). */
const MAX_ALIAS_CHECKS = 1000;

/** The ranking's options, from SEARCH_OPTIONS (the rest are MiniSearch's defaults, which it leaves as they are). */
export const RANK_OPTIONS: RankOptions = {
  boosts: SEARCH_OPTIONS.fields.map((field) => searchOptions.boost?.[field] ?? 1),
  prefix: (term) => (typeof searchOptions.prefix === "function" ? searchOptions.prefix(term, 0, [term]) : false),
  fuzzy: (term) => {
    const fuzzy = typeof searchOptions.fuzzy === "function" ? searchOptions.fuzzy(term, 0, [term]) : false;
    return typeof fuzzy === "number" ? fuzzy : fuzzy ? 0.2 : false;
  },
  weights: { fuzzy: 0.45, prefix: 0.375 },
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  maxFuzzy: 6,
};

/** What the saved index keeps beside its arrays. */
interface Extra {
  common: string[];
  maxDegree: number;
}

/** The file the serve index saves the search index in (serve-index/index.ts names it in its manifest). */
export const SEARCH_FILE = "search.bin";

export class SearchIndex implements NodeLookup {
  private postings: SearchPostings;

  /** Words left out of paper titles and repository names (see COMMON_SHARE); queries leave them out too. */
  private common: Set<string>;

  /** Type-ahead repeats itself ("ima", "imag", "image" from everyone): answers are kept until the index changes. */
  private answers = new Lru<string, SearchHit[]>(5000);

  /** The highest degree of any document indexed (never lowered: a bound for the ranking, not a count). */
  private maxDegree: number;

  constructor(postings?: SearchPostings) {
    this.postings = postings ?? SearchPostings.build([], SEARCH_OPTIONS.fields, { common: [], maxDegree: 0 });
    const extra = (this.postings.extra ?? {}) as Partial<Extra>;
    this.common = new Set(extra.common ?? []);
    this.maxDegree = extra.maxDegree ?? 0;
  }

  static async fromStore(store: GraphStore): Promise<SearchIndex> {
    return SearchIndex.fromRows(await readSearchDocuments(store));
  }

  /** The index of read/search-documents' rows (the serve index's build reads them, then lets the store go). */
  static fromRows(rows: Row[]): SearchIndex {
    const index = new SearchIndex();
    const documents = rows.flatMap((r) => {
      const id = String(r.id);
      const kind = kindOfId(id);
      if (!kind) return [];
      return [
        { id, kind, label: String(r.label ?? id), aliases: String(r.aliases ?? ""), degree: Number(r.degree ?? 0) },
      ];
    });
    // The read asks for no order (a store would hold the whole sort); by id, the index is the same however read.
    index.add(documents.sort((a, b) => compareStrings(a.id, b.id)));
    return index;
  }

  /** The index as bytes, for `open` to read without the store or tokenizing again. */
  toBytes(): Uint8Array {
    return this.postings.toBytes();
  }

  /** An index from what `toBytes` wrote (views over `bytes`: nothing is parsed or rebuilt). */
  static open(bytes: Uint8Array, source?: string): SearchIndex {
    return new SearchIndex(SearchPostings.open(bytes, source));
  }

  /** Saves the index as one file (SEARCH_FILE in a serve index). */
  async save(path: string): Promise<void> {
    this.postings.save(path);
  }

  /** The index `save` wrote to `path`. */
  static async read(path: string): Promise<SearchIndex> {
    return SearchIndex.open(await readFile(path), path);
  }

  /** Every document indexed, as it was given (in index order). */
  documents(): SearchDocument[] {
    const p = this.postings;
    return Array.from({ length: p.documentCount }, (_, d) => ({
      id: p.id(d),
      kind: p.kind(d) as NodeKind,
      label: p.label(d),
      aliases: p.names(d),
      degree: p.degree(d),
    }));
  }

  /** Adds documents (the index is rebuilt: the arrays are written once, never grown in place). */
  add(documents: SearchDocument[]): void {
    for (const w of commonWords(documents)) this.common.add(w);
    this.rebuild([...this.documents(), ...documents]);
  }

  /**
   * Adds documents to an index built before, replacing those with the same id (an entity whose degree or aliases
   * changed; it moves to the end, as MiniSearch's remove and add moved it). The words left out stay those chosen
   * when the index was built: an update is too small a sample to choose them.
   */
  upsert(documents: SearchDocument[]): void {
    const latest = new Map(documents.map((d) => [d.id, d]));
    const p = this.postings;
    const drop = new Uint8Array(p.documentCount);
    for (const id of latest.keys()) {
      const doc = p.findId(id);
      if (doc >= 0) drop[doc] = 1;
    }
    this.noteDegrees(documents);
    const extra = this.extra();
    const added = SearchPostings.build(
      [...latest.values()].map((d) => this.indexed(d)),
      SEARCH_OPTIONS.fields,
      extra,
    );
    this.install(SearchPostings.merge(p, drop, added, extra));
  }

  private rebuild(documents: SearchDocument[]): void {
    this.noteDegrees(documents);
    this.install(
      SearchPostings.build(
        documents.map((d) => this.indexed(d)),
        SEARCH_OPTIONS.fields,
        this.extra(),
      ),
    );
  }

  private noteDegrees(documents: SearchDocument[]): void {
    for (const d of documents) this.maxDegree = Math.max(this.maxDegree, Number(d.degree) || 0);
  }

  private extra(): Extra {
    return { common: [...this.common], maxDegree: this.maxDegree };
  }

  private install(postings: SearchPostings): void {
    this.postings = postings;
    this.answers.clear();
  }

  /** A document as it is indexed: its label without the common words, its aliases as words. */
  private indexed(d: SearchDocument): PostingsInput {
    const words =
      FILTERED_KINDS.has(d.kind) && this.common.size
        ? (d.label.match(WORD) ?? []).filter((w) => !this.common.has(w.toLowerCase())).join(" ")
        : d.label;
    const aliases = d.aliases.split(ALIAS_SEPARATOR).join(" ");
    return { id: d.id, kind: d.kind, label: d.label, names: d.aliases, degree: d.degree, fields: [words, aliases] };
  }

  get size(): number {
    return this.postings.documentCount;
  }

  /** Bytes the index's arrays take. */
  get byteLength(): number {
    return this.postings.byteLength;
  }

  search(query: string, options: { limit: number; kinds?: NodeKind[] }): SearchHit[] {
    const key = `${query}\u0000${options.limit}\u0000${options.kinds?.join(",") ?? ""}`;
    const known = this.answers.get(key);
    if (known) return known;
    const hits = this.rank(query, options);
    this.answers.set(key, hits);
    return hits;
  }

  /** The node with this id (saved queries' node parameters, query/names.ts). */
  byId(id: string): NamedNode | undefined {
    const doc = this.postings.findId(id);
    return doc < 0 ? undefined : this.node(doc);
  }

  private node(doc: number): NamedNode {
    const p = this.postings;
    return { id: p.id(doc), kind: p.kind(doc) as NodeKind, label: p.label(doc) };
  }

  /** Nodes whose name, title or one of whose aliases folds to the same letters and digits as `name`. */
  named(name: string, kinds?: readonly NodeKind[]): NamedNode[] {
    const want = foldName(name);
    if (!want) return [];
    const allowed = kinds && new Set<string>(kinds);
    const p = this.postings;
    return matchingDocuments(p, this.searchable(name))
      .filter((doc) => !allowed || allowed.has(p.kind(doc)))
      .filter((doc) => [p.label(doc), ...p.names(doc).split(ALIAS_SEPARATOR)].some((n) => n && foldName(n) === want))
      .map((doc) => this.node(doc));
  }

  /** The best search hits for `name`, as suggestions when no node carries it exactly. */
  near(name: string, kinds?: readonly NodeKind[]): NamedNode[] {
    return this.search(name, { limit: 5, kinds: kinds ? [...kinds] : undefined }).map(({ id, kind, label }) => ({
      id,
      kind,
      label,
    }));
  }

  /**
   * The most the ranking multiplies a score by: 4 for an exact name, times the best-connected node's factor
   * (a hair above, so rounding never makes it a little less).
   */
  private maxFactor(): number {
    return 4 * (1 + Math.log1p(this.maxDegree) / 10) * (1 + 1e-9);
  }

  /** A word the index left out would fail an AND query: the query's other words (or all of it, if none is left). */
  private searchable(query: string): string {
    const words = this.common.size ? (query.match(WORD) ?? []).filter((w) => !this.common.has(w.toLowerCase())) : [];
    return words.length ? words.join(" ") : query;
  }

  /**
   * Documents one of whose aliases is `q` (lowercased): the postings of the query's rarest word in the aliases field,
   * none when there are more than MAX_ALIAS_CHECKS.
   */
  private aliasedAs(q: string): Set<number> {
    const p = this.postings;
    const out = new Set<number>();
    let range: [number, number] | undefined;
    for (const term of searchTerms(q)) {
      const t = p.findTerm(term);
      if (t < 0) return out;
      const r = p.postingRange(t, ALIASES_FIELD);
      if (!range || r[1] - r[0] < range[1] - range[0]) range = r;
    }
    // A word that many aliases hold is no name looked up by its acronym ("learning"): not worth reading them all.
    if (!range || range[1] - range[0] > MAX_ALIAS_CHECKS) return out;
    const postDoc = p.postDoc;
    for (let i = range[0]; i < range[1]; i++) {
      const doc = postDoc[i]!;
      if (
        p
          .names(doc)
          .split(ALIAS_SEPARATOR)
          .some((name) => name.toLowerCase() === q)
      )
        out.add(doc);
    }
    return out;
  }

  private rank(query: string, options: { limit: number; kinds?: NodeKind[] }): SearchHit[] {
    const p = this.postings;
    const kinds = options.kinds && new Set(options.kinds.map((k) => p.kindNumber(k)));
    // An exact name beats a longer one that merely contains it; ties go to the better connected node.
    const q = query.trim().toLowerCase();
    const qKey = labelKeyOf(q);
    // A node another of whose names is the query counts as named exactly too: "DT" finds the Decision Transformer,
    // whose papers define it so, as it finds a node labelled "DT".
    const aliased = this.aliasedAs(q);
    // The label is decoded only when its hash says it may equal the query (a broad prefix scores thousands).
    const exact = (doc: number) => (p.labelKey(doc) === qKey && p.label(doc).toLowerCase() === q) || aliased.has(doc);
    const accept = kinds ? (doc: number) => kinds.has(p.kindCode(doc)) : undefined;
    const request = (limit: number, only?: (doc: number) => boolean): RankRequest => ({
      limit,
      fuzzy: "unmatched",
      maxFactor: this.maxFactor(),
      accept: only && accept ? (doc) => only(doc) && accept(doc) : (only ?? accept),
      adjust: (score, doc) => score * (exact(doc) ? 4 : 1) * (1 + Math.log1p(p.degree(doc)) / 10),
    });
    let best = rankDocuments(p, this.searchable(query), RANK_OPTIONS, request(options.limit));
    if (aliased.size) {
      // Nodes named so by an alias may score low on a long list of aliases: they join the hits, and every node named
      // exactly comes first, the best connected first (the rest keep their order).
      const shown = new Set(best.map((h) => h.doc));
      const missing = (doc: number) => aliased.has(doc) && !shown.has(doc);
      const more = [...aliased].some(missing)
        ? rankDocuments(p, this.searchable(query), RANK_OPTIONS, request(aliased.size, missing))
        : [];
      const order = new Map([...best, ...more].map((h, i) => [h.doc, i]));
      best = [...best, ...more]
        .sort((a, b) => {
          const [ea, eb] = [exact(a.doc), exact(b.doc)];
          if (ea !== eb) return ea ? -1 : 1;
          if (ea && p.degree(a.doc) !== p.degree(b.doc)) return p.degree(b.doc) - p.degree(a.doc);
          return order.get(a.doc)! - order.get(b.doc)!;
        })
        .slice(0, options.limit);
    }
    return best.map((h) => ({
      id: p.id(h.doc),
      kind: p.kind(h.doc) as NodeKind,
      label: p.label(h.doc),
      score: Math.round(h.adjusted * 1000) / 1000,
    }));
  }
}

/**
 * read/search-documents' rows: a page of nodes at a time from a store that reads in pages (Kùzu holds a whole
 * result in its buffer pool, too small for a million papers' documents at once), else in one read.
 */
export async function readSearchDocuments(store: GraphStore): Promise<Row[]> {
  if (!store.runInBatches) return (await store.run("read/search-documents")).rows;
  const rows: Row[] = [];
  await store.runInBatches("read/search-documents", (batch) => {
    for (const row of batch) rows.push(row);
  });
  return rows;
}
