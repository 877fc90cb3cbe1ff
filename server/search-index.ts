// In-memory full-text index over paper titles and entity names and aliases, built from the store at start.
// Type-ahead needs prefix and fuzzy matching in a few milliseconds; both stores feed the same index.

import MiniSearch, { type Options } from "minisearch";
import { kindOfId } from "../domain/identity.js";
import { foldName } from "../domain/identity.js";
import type { NodeKind, SearchHit } from "../domain/types.js";
import type { NamedNode, NodeLookup } from "../query/names.js";
import { ALIAS_SEPARATOR } from "../store/write-plan.js";
import type { GraphStore, Row } from "../store/types.js";
import { Lru } from "../store/lru.js";
import { rankDocuments } from "./search-rank.js";

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

/** The index's options: the same when it is built and when a saved one is loaded. */
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

/** The first line `toText` writes: the MiniSearch index without its terms, and the words it left out. */
interface SavedHead {
  common: string[];
  index: Record<string, unknown>;
}

/** Terms per line of the saved text: each line is parsed on its own, so loading never blocks for long. */
const TERMS_PER_LINE = 5000;

export class SearchIndex implements NodeLookup {
  private index = new MiniSearch<IndexedDocument>(SEARCH_OPTIONS);

  /** Words left out of paper titles and repository names (see COMMON_SHARE); queries leave them out too. */
  private common = new Set<string>();

  /** Type-ahead repeats itself ("ima", "imag", "image" from everyone): answers are kept until the index changes. */
  private answers = new Lru<string, SearchHit[]>(5000);

  /** The highest degree of any document indexed (never lowered: a bound for the ranking, not a count). */
  private maxDegree = 0;

  private noteDegrees(degrees: Iterable<unknown>): void {
    for (const degree of degrees) this.maxDegree = Math.max(this.maxDegree, Number(degree) || 0);
  }

  static async fromStore(store: GraphStore): Promise<SearchIndex> {
    return SearchIndex.fromRows((await store.run("read/search-documents")).rows);
  }

  /** The index of read/search-documents' rows (the serve index's build reads them, then lets the store go). */
  static fromRows(rows: Row[]): SearchIndex {
    const index = new SearchIndex();
    index.add(
      rows.flatMap((r) => {
        const id = String(r.id);
        const kind = kindOfId(id);
        if (!kind) return [];
        return [
          { id, kind, label: String(r.label ?? id), aliases: String(r.aliases ?? ""), degree: Number(r.degree ?? 0) },
        ];
      }),
    );
    return index;
  }

  /**
   * The index as text, for `load` to read without the store or tokenizing again: a head line, then the terms a
   * few thousand to a line.
   */
  toText(termsPerLine = TERMS_PER_LINE): string {
    const { index: terms, ...rest } = this.index.toJSON();
    const lines = [JSON.stringify({ common: [...this.common], index: rest } satisfies SavedHead)];
    for (let i = 0; i < terms.length; i += termsPerLine) lines.push(JSON.stringify(terms.slice(i, i + termsPerLine)));
    return lines.join("\n");
  }

  /** Loads what `toText` wrote, yielding to the event loop as it goes (seconds for a large corpus). */
  static async load(text: string): Promise<SearchIndex> {
    let end = text.indexOf("\n");
    if (end < 0) end = text.length;
    const head = JSON.parse(text.slice(0, end)) as SavedHead;
    // MiniSearch's async loader walks the terms in order and pauses every thousand: parse a line only when reached.
    function* terms(): Generator<unknown> {
      let start = end + 1;
      while (start < text.length) {
        let stop = text.indexOf("\n", start);
        if (stop < 0) stop = text.length;
        yield* JSON.parse(text.slice(start, stop)) as unknown[];
        start = stop + 1;
      }
    }
    const loaded = new SearchIndex();
    loaded.index = await MiniSearch.loadJSAsync<IndexedDocument>(
      { ...head.index, index: { [Symbol.iterator]: terms } } as never,
      SEARCH_OPTIONS,
    );
    loaded.common = new Set(head.common);
    const stored = (head.index as { storedFields?: Record<string, { degree?: unknown }> }).storedFields ?? {};
    loaded.noteDegrees(Object.values(stored).map((fields) => fields.degree));
    return loaded;
  }

  add(documents: SearchDocument[]): void {
    this.answers.clear();
    this.noteDegrees(documents.map((d) => d.degree));
    for (const w of commonWords(documents)) this.common.add(w);
    this.index.addAll(documents.map((d) => this.indexed(d)));
  }

  /**
   * Adds documents to an index built before, replacing those with the same id (an entity whose degree or aliases
   * changed). The words left out stay those chosen when the index was built: an update is too small a sample to
   * choose them, and the documents already indexed were cut by that choice.
   */
  upsert(documents: SearchDocument[]): void {
    this.answers.clear();
    this.noteDegrees(documents.map((d) => d.degree));
    for (const d of documents) {
      const stored = this.index.getStoredFields(d.id);
      if (stored) {
        // MiniSearch removes a document by its indexed fields: rebuilt from what it stored of it.
        const names = String(stored.names ?? "");
        this.index.remove(
          this.indexed({
            id: d.id,
            kind: stored.kind as NodeKind,
            label: String(stored.label),
            aliases: names,
            degree: Number(stored.degree),
          }),
        );
      }
      this.index.add(this.indexed(d));
    }
  }

  /** A document as it is indexed: its label without the common words, its aliases as words. */
  private indexed(d: SearchDocument): IndexedDocument {
    const words =
      FILTERED_KINDS.has(d.kind) && this.common.size
        ? (d.label.match(WORD) ?? []).filter((w) => !this.common.has(w.toLowerCase())).join(" ")
        : d.label;
    return { ...d, words, aliases: d.aliases.split(ALIAS_SEPARATOR).join(" "), names: d.aliases };
  }

  get size(): number {
    return this.index.documentCount;
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
    const stored = this.index.getStoredFields(id);
    return stored ? { id, kind: stored.kind as NodeKind, label: String(stored.label) } : undefined;
  }

  /** Nodes whose name, title or one of whose aliases folds to the same letters and digits as `name`. */
  named(name: string, kinds?: readonly NodeKind[]): NamedNode[] {
    const want = foldName(name);
    if (!want) return [];
    const allowed = kinds && new Set(kinds);
    const hits = this.index.search(this.searchable(name), {
      prefix: false,
      fuzzy: false,
      filter: (r) => !allowed || allowed.has(r.kind as NodeKind),
    });
    return hits
      .filter((h) =>
        [String(h.label), ...String(h.names ?? "").split(ALIAS_SEPARATOR)].some((n) => n && foldName(n) === want),
      )
      .map((h) => ({ id: String(h.id), kind: h.kind as NodeKind, label: String(h.label) }));
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

  private rank(query: string, options: { limit: number; kinds?: NodeKind[] }): SearchHit[] {
    const kinds = options.kinds && new Set(options.kinds);
    // An exact name beats a longer one that merely contains it; ties go to the better connected node.
    const q = query.trim().toLowerCase();
    const best = rankDocuments(this.index, this.searchable(query), {
      limit: options.limit,
      fuzzy: "unmatched",
      maxFactor: this.maxFactor(),
      accept: kinds ? (stored) => kinds.has(stored.kind as NodeKind) : undefined,
      adjust: (score, stored) => {
        const label = String(stored.label);
        // Lower case changes a length only for U+0130 (to i + U+0307): other lengths cannot match, and most differ.
        const exact = (label.length === q.length || q.includes("\u0307")) && label.toLowerCase() === q;
        return score * (exact ? 4 : 1) * (1 + Math.log1p(Number(stored.degree)) / 10);
      },
    });
    return best.map((h) => ({
      id: h.id,
      kind: h.stored.kind as NodeKind,
      label: String(h.stored.label),
      score: Math.round(h.adjusted * 1000) / 1000,
    }));
  }
}
