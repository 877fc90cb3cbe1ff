// The in-memory neighbourhood index of a frozen store: every node and paper → entity link, held compactly (typed
// arrays, adjacency by node index, each paper's evidence sentences once) and sorted once in the orders the API
// reads, so a request costs a slice rather than a query. Pure: rows in, index out (load.ts does the reading).

import { kindOfId } from "../../domain/identity.js";
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from "../../domain/types.js";
import { SENTENCE_SEPARATOR, type Row, type Value } from "../../store/types.js";
import { orderLinks, rankFromOrder } from "./link-order.js";
import { compareStrings, compareStringsDescNullsFirst } from "./order.js";

export const PAPER = NODE_KINDS.indexOf("paper");

/**
 * A node's and a link's text: ids, labels, dates, aliases, paper properties, evidence sentences. Held in arrays
 * when the index is built in memory, read from disk when it was written at ingest (serve-index/): the numbers of
 * the index are small, its text is most of its size.
 */
export interface NodeText {
  /** The node index of `id`, if the index holds it. */
  find(id: string): number | undefined;
  id(n: number): string;
  /** Title or name as stored (null kept: node details and neighbours render a missing one differently). */
  label(n: number): Value;
  /** Papers' dates (null for entities and undated papers). */
  date(n: number): string | null;
  /** Entities' aliases as stored (joined by ALIAS_SEPARATOR). */
  aliases(n: number): Value;
  /** Papers' node-detail properties: the values of `paperColumns`, in that order (undefined for entities). */
  paperValues(n: number): Value[] | undefined;
  /** Evidence sentence by its index (`linkEvidence`). */
  evidence(e: number): string;
  /** A paper's authors as read/paper-authors lists them (empty for entities and papers without). */
  authors(n: number): AuthorRef[];
}

/** An author as node details list one. */
export interface AuthorRef {
  id: string;
  name: string;
}

/** An author of a paper as the index's read returns one: rows come in no order, `position` orders a paper's list. */
export interface AuthorRow extends AuthorRef {
  /** Place in the paper's listing (null in stores written before the listing's order was kept). */
  position: number | null;
}

/** A paper's listing order, as read/paper-authors sorts: position (missing last), then name, then id. */
export function compareAuthorRows(a: AuthorRow, b: AuthorRow): number {
  if (a.position !== b.position) {
    if (a.position === null) return 1;
    if (b.position === null) return -1;
    return a.position - b.position;
  }
  return compareStrings(a.name, b.name) || compareStrings(a.id, b.id);
}

/** A paper's authors from its rows, in listing order. */
export const authorList = (rows: AuthorRow[]): AuthorRef[] =>
  rows.sort(compareAuthorRows).map(({ id, name }) => ({ id, name }));

export interface NeighbourhoodIndex {
  nodeCount: number;
  /** Index into NODE_KINDS. */
  kinds: Uint8Array;
  /** NaN where the store has NULL. */
  degrees: Float64Array;
  /** The names of `text.paperValues`. */
  paperColumns: string[];

  /** Links by link index: paper, entity, index into RELATION_TYPES, mentions (NaN for NULL), evidence, offsets. */
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkRelation: Uint8Array;
  linkMentions: Float64Array;
  linkEvidence: Int32Array;
  linkStart: Float64Array;
  linkEnd: Float64Array;

  /**
   * A node's links (a paper's out-links, an entity's in-links) are `detailsOrder` / `pageOrder` between
   * `offsets[n]` and `offsets[n + 1]`, already sorted as node details and neighbour pages list them.
   */
  offsets: Int32Array;
  detailsOrder: Int32Array;
  pageOrder: Int32Array;
  /**
   * A paper's place when all papers are ordered newest first, then by id (`coalesce(date, '') DESC, id`, the order
   * of entity-neighbour-page); 0 for entities. Ties in shares-data break on it, so ranking needs no text.
   */
  paperRank: Int32Array;

  /**
   * Global orders the lists above were sorted by, kept so that links can be appended later and the lists
   * re-sorted from numbers alone: every node by id (Kùzu's string order), papers by date as node details list
   * them (NULL first), and by date as neighbour pages do (coalesce(date, '')); ties by id.
   */
  nodesById: Int32Array;
  papersByDate: Int32Array;
  papersByPageDate: Int32Array;

  text: NodeText;
}

/** The text of an index built in memory: plain arrays. */
export class ArrayText implements NodeText {
  constructor(
    readonly ids: string[],
    readonly byId: Map<string, number>,
    readonly labels: Value[],
    readonly dates: (string | null)[],
    readonly aliasList: Value[],
    readonly paperValueList: (Value[] | undefined)[],
    readonly evidenceList: string[],
    readonly authorList: (AuthorRef[] | undefined)[] = [],
  ) {}
  find = (id: string) => this.byId.get(id);
  id = (n: number) => this.ids[n]!;
  label = (n: number) => this.labels[n]!;
  date = (n: number) => this.dates[n]!;
  aliases = (n: number) => this.aliasList[n]!;
  paperValues = (n: number) => this.paperValueList[n];
  evidence = (e: number) => this.evidenceList[e]!;
  authors = (n: number) => this.authorList[n] ?? [];
}

const RELATION_INDEX = new Map<RelationType, number>(RELATION_TYPES.map((r, i) => [r, i]));
const nullableNumber = (v: Value | undefined) => (v === null || v === undefined ? NaN : Number(v));
const int = (v: Value | undefined) => (v === null || v === undefined ? 0 : Number(v));

/** The column of all-papers-for-index holding a paper's evidence sentences: read into the index, not a property. */
const SENTENCES = "sentences";

interface LinkChunk {
  source: Int32Array;
  target: Int32Array;
  relation: number;
  mentions: Float64Array;
  evidence: Int32Array;
  start: Float64Array;
  end: Float64Array;
}

/**
 * Where a builder sends the text when it does not keep it (serve-index/ writes it to disk as the rows arrive, so
 * the corpus's abstracts and evidence never sit in the heap all at once).
 */
export interface TextSink {
  node(n: number, id: string, label: Value, date: string | null, aliases: Value): void;
  paper(n: number, values: Value[]): void;
  evidence(e: number, sentence: string): void;
  /** One author of paper `n`: a paper's rows arrive in no order and may be split across read steps. */
  author(n: number, author: AuthorRow): void;
  /** A read step's rows are all added: a good moment to write what was sent. */
  flush(): void;
}

/** Collects node and link rows (as the *-for-index reads return them), then sorts and packs them in `finish`. */
export class NeighbourhoodIndexBuilder {
  /** `sink`: the text goes there as rows arrive and is not kept; then only `finishNumbers` may be called. */
  constructor(private readonly sink?: TextSink) {}

  private ids: string[] = [];
  private byId = new Map<string, number>();
  private kinds: number[] = [];
  private labels: Value[] = [];
  private degrees: number[] = [];
  private dates: (string | null)[] = [];
  private aliases: Value[] = [];
  private paperColumns: string[] | undefined;
  private paperValues: (Value[] | undefined)[] = [];
  private authorRows: (AuthorRow[] | undefined)[] = [];
  private chunks: LinkChunk[] = [];
  private evidence: string[] = [];
  private evidenceCount = 0;
  /** The evidence of links with no sentence, once there is one. */
  private noEvidence: number | undefined;
  /**
   * Paper n's evidence sentences are evidence sentenceStart[n] + i, i < sentenceCount[n]: a link names its sentence
   * by number (all-links-for-index), resolved here rather than by the store, which would split its paper's
   * sentences once per link (7.9M links at a million papers). Sentences are not shared across papers, so no map of
   * every sentence is held while reading.
   */
  private sentenceStart: number[] = [];
  private sentenceCount: number[] = [];

  /** After each read step: lets the sink write what it was sent. */
  flush(): void {
    this.sink?.flush();
  }

  /** Rows of all-papers-for-index: id, label, the paper's evidence sentences, then the node-detail properties. */
  addPapers(rows: Row[]): this {
    for (const r of rows) {
      const n = this.addNode(r, "paper");
      if (n === undefined) continue;
      this.addSentences(n, r[SENTENCES]);
      this.paperColumns ??= Object.keys(r).filter((c) => c !== "id" && c !== "label" && c !== SENTENCES);
      const values = this.paperColumns.map((c) => r[c] ?? null);
      const date = r.date === null || r.date === undefined ? null : String(r.date);
      this.dates[n] = date;
      if (this.sink) {
        this.sink.node(n, this.ids[n]!, r.label ?? null, date, null);
        this.sink.paper(n, values);
      } else this.paperValues[n] = values;
    }
    return this;
  }

  /** Rows of all-paper-authors-for-index: paper, id, name, position, in any order. */
  addAuthors(rows: Row[]): this {
    for (const r of rows) {
      const n = this.byId.get(String(r.paper));
      if (n === undefined || this.kinds[n] !== PAPER) continue;
      const id = String(r.id);
      const row: AuthorRow = {
        id,
        name: String(r.name ?? id),
        position: r.position === null || r.position === undefined ? null : Number(r.position),
      };
      if (this.sink) this.sink.author(n, row);
      else (this.authorRows[n] ??= []).push(row);
    }
    return this;
  }

  /** Rows of all-entities-for-index for one label: id, label, aliases, degree. */
  addEntities(kind: NodeKind, rows: Row[]): this {
    for (const r of rows) {
      const n = this.addNode(r, kind);
      if (n === undefined) continue;
      if (this.sink) this.sink.node(n, this.ids[n]!, r.label ?? null, null, r.aliases ?? null);
      else this.aliases[n] = r.aliases ?? null;
    }
    return this;
  }

  /**
   * Rows of all-links-for-index for one relation type: source, target, mentions, sentence (the number of the
   * link's evidence among its paper's sentences; null or out of range: no evidence), charStart, charEnd.
   */
  addLinks(relation: RelationType, rows: Row[]): this {
    const size = rows.length;
    const chunk: LinkChunk = {
      source: new Int32Array(size),
      target: new Int32Array(size),
      relation: RELATION_INDEX.get(relation)!,
      mentions: new Float64Array(size),
      evidence: new Int32Array(size),
      start: new Float64Array(size),
      end: new Float64Array(size),
    };
    let kept = 0;
    // Rows come a paper at a time: comparing with the previous row's id is cheaper than hashing each fresh string.
    let lastSource = "";
    let lastSourceIndex: number | undefined;
    for (const r of rows) {
      const sourceId = String(r.source);
      if (sourceId !== lastSource) [lastSource, lastSourceIndex] = [sourceId, this.byId.get(sourceId)];
      const source = lastSourceIndex;
      const target = this.byId.get(String(r.target));
      if (source === undefined || target === undefined) continue; // a node left out by addNode
      chunk.source[kept] = source;
      chunk.target[kept] = target;
      chunk.mentions[kept] = nullableNumber(r.mentions);
      chunk.evidence[kept] = this.sentenceOf(source, r.sentence);
      chunk.start[kept] = int(r.charStart);
      chunk.end[kept] = int(r.charEnd);
      kept++;
    }
    this.chunks.push(kept < size ? trimChunk(chunk, kept) : chunk);
    return this;
  }

  finish(): NeighbourhoodIndex {
    if (this.sink) throw new TypeError("neighbourhood index: the text went to a sink; call finishNumbers");
    return {
      ...this.finishNumbers(),
      text: new ArrayText(
        this.ids,
        this.byId,
        this.labels,
        this.dates,
        this.aliases,
        this.paperValues,
        this.evidence,
        this.authorRows.map((rows) => rows && authorList(rows)),
      ),
    };
  }

  /** The numbers of the index (what finish returns but its text), and how many evidence sentences it holds. */
  finishNumbers(): Omit<NeighbourhoodIndex, "text"> & { evidenceCount: number } {
    const nodeCount = this.ids.length;
    const links = this.packLinks();
    const kinds = Uint8Array.from(this.kinds);
    const degrees = Float64Array.from(this.degrees);
    const dates = this.dates;
    const ids = this.ids;
    const nodesById = Int32Array.from({ length: nodeCount }, (_, n) => n).sort((a, b) =>
      compareStrings(ids[a]!, ids[b]!),
    );
    const papers = Array.from({ length: nodeCount }, (_, n) => n).filter((n) => kinds[n] === PAPER);
    const idRank = rankFromOrder(nodesById);
    const papersByDate = Int32Array.from(papers).sort(
      (a, b) => compareStringsDescNullsFirst(dates[a] ?? null, dates[b] ?? null) || idRank[a]! - idRank[b]!,
    );
    const papersByPageDate = Int32Array.from(papers).sort(
      (a, b) => compareStrings(dates[b] ?? "", dates[a] ?? "") || idRank[a]! - idRank[b]!,
    );
    const orders = { nodesById, papersByDate, papersByPageDate };
    return {
      nodeCount,
      kinds,
      degrees,
      paperColumns: this.paperColumns ?? [],
      ...links,
      ...orders,
      ...orderLinks({ nodeCount, kinds, degrees, ...links, ...orders }),
      evidenceCount: this.evidenceCount,
    };
  }

  /** A node whose id does not name its kind is left out: the Cypher readers could not look it up either. */
  private addNode(r: Row, kind: NodeKind): number | undefined {
    const id = String(r.id);
    if (kindOfId(id) !== kind || this.byId.has(id)) return undefined;
    const n = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, n);
    this.kinds.push(NODE_KINDS.indexOf(kind));
    this.labels.push(this.sink ? null : (r.label ?? null));
    this.degrees.push(nullableNumber(r.degree));
    this.dates.push(null);
    this.aliases.push(null);
    this.paperValues.push(undefined);
    return n;
  }

  private addSentences(n: number, sentences: Value | undefined): void {
    const list = typeof sentences === "string" && sentences !== "" ? sentences.split(SENTENCE_SEPARATOR) : [];
    this.sentenceStart[n] = this.evidenceCount;
    this.sentenceCount[n] = list.length;
    for (const sentence of list) this.addEvidence(sentence);
  }

  /** The evidence of a link of paper n naming sentence `i` (a link without one: the empty sentence). */
  private sentenceOf(n: number, i: Value | undefined): number {
    const at = i === null || i === undefined ? -1 : Number(i);
    if (at >= 0 && at < (this.sentenceCount[n] ?? 0)) return this.sentenceStart[n]! + at;
    return (this.noEvidence ??= this.addEvidence(""));
  }

  private addEvidence(text: string): number {
    const i = this.evidenceCount++;
    if (this.sink) this.sink.evidence(i, text);
    else this.evidence.push(text);
    return i;
  }

  private packLinks() {
    const total = this.chunks.reduce((sum, c) => sum + c.source.length, 0);
    const packed = {
      linkSource: new Int32Array(total),
      linkTarget: new Int32Array(total),
      linkRelation: new Uint8Array(total),
      linkMentions: new Float64Array(total),
      linkEvidence: new Int32Array(total),
      linkStart: new Float64Array(total),
      linkEnd: new Float64Array(total),
    };
    let at = 0;
    for (const c of this.chunks) {
      packed.linkSource.set(c.source, at);
      packed.linkTarget.set(c.target, at);
      packed.linkRelation.fill(c.relation, at, at + c.source.length);
      packed.linkMentions.set(c.mentions, at);
      packed.linkEvidence.set(c.evidence, at);
      packed.linkStart.set(c.start, at);
      packed.linkEnd.set(c.end, at);
      at += c.source.length;
    }
    this.chunks = [];
    [this.sentenceStart, this.sentenceCount] = [[], []]; // only needed while adding
    return packed;
  }
}

const trimChunk = (c: LinkChunk, n: number): LinkChunk => ({
  source: c.source.subarray(0, n),
  target: c.target.subarray(0, n),
  relation: c.relation,
  mentions: c.mentions.subarray(0, n),
  evidence: c.evidence.subarray(0, n),
  start: c.start.subarray(0, n),
  end: c.end.subarray(0, n),
});
