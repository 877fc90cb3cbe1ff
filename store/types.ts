// The store interface: what ingest and the server need from a graph database, whichever one is behind it.

import type {
  Entity,
  NodeLabel,
  Paper,
  Relation,
  RelationType,
  ReportedResult,
  ResultRelation,
} from "../domain/types.js";

export type StoreKind = "kuzu" | "neo4j";
export type Dialect = StoreKind;

/** A scalar a read returns once values have been converted to plain JSON-safe ones. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;

export interface QueryOptions {
  /** Stop reading after this many rows; the result says whether more were there. */
  maxRows?: number;
}

/** Names filling a statement's `{{LABEL}}` / `{{REL}}` slots (schema names only, never user input). */
export interface TemplateSlots {
  LABEL?: string;
  REL?: string;
  /**
   * Set by a store that reads a statement a page of nodes at a time (Kùzu's runInBatches): `{{page(x)}}` then keeps
   * the nodes `x` whose offset in their table is in [$pageFrom, $pageTo); otherwise it is `true`.
   */
  PAGED?: boolean;
}

export interface RunOptions extends QueryOptions {
  slots?: TemplateSlots;
}

export interface QueryResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/** A paper as stored: the domain Paper plus what ingest derives for it. */
export interface PaperRow extends Paper {
  contentHash: string;
}

/** Everything one ingest batch writes. The papers' previous relations are replaced, never added to. */
export interface GraphBatch {
  papers: PaperRow[];
  entities: Entity[];
  relations: Relation[];
  authors: { id: string; name: string }[];
  /** `position`: the author's place in the paper's author list, from 0. */
  wrote: { authorId: string; paperId: string; position: number }[];
  /** Results the batch's papers report (absent: none); a paper's stored results are replaced with them. */
  results?: StoredResult[];
  /**
   * Papers of this batch known not to be stored yet (the caller read the store's ids first): they have no old
   * links to delete and are created rather than merged. Absent: every paper is treated as possibly stored.
   */
  newPaperIds?: ReadonlySet<string>;
}

/** What one part of a streamed bulk load adds: papers and what hangs on them alone. */
export type BulkPart = Pick<GraphBatch, "papers" | "relations" | "wrote" | "results">;

/** What a streamed bulk load can only write once every part is in. */
export interface BulkEnd {
  /** Every entity, with the aliases every part gave it. */
  entities: Entity[];
  authors: GraphBatch["authors"];
  /** Every result's links (RESULT_OF ones aside, which the parts wrote), kept where the entity exists. */
  resultLinks: { rel: ResultRelation; resultId: string; targetId: string }[];
}

export interface BulkLoad {
  add(part: BulkPart): Promise<void>;
  /** Loads every part and `end`, all or nothing (the store was empty); `onStep` hears each finished step. */
  commit(end: BulkEnd, onStep?: (done: number, steps: number) => void): Promise<void>;
  /** Forgets the parts (undoing what was already copied); nothing reaches the store. */
  abort(): Promise<void>;
}

/**
 * A reported result as stored: the extracted result with its paper and the ids of the nodes it links to. Ids of
 * model and metric are null when the paper names no such node; the dataset id is kept even then (as the text
 * named it), so a leaderboard finds it.
 */
export interface StoredResult extends Omit<ReportedResult, "evidence"> {
  id: string;
  paperId: string;
  modelId: string | null;
  datasetId: string;
  metricId: string | null;
  evidence: string;
  charStart: number;
  charEnd: number;
  /** The paper's year, when known: leaderboards filter and chart by it. */
  year: number | null;
}

/** Positions and communities for every node, computed from the whole graph after ingest. */
export interface LayoutRow {
  id: string;
  label: NodeLabel;
  x: number;
  y: number;
  degree: number;
  community: number;
}

/**
 * What a run that only added papers to a laid-out store wrote: the new papers with their links, results and
 * authorship, the entities as stored (names and aliases merged with what the store held), and the layout rows of
 * every node it placed or gave a new degree. An incremental serve-index update is made from it without reading
 * the store back.
 */
export interface AddedPapers {
  batch: GraphBatch;
  layout: LayoutRow[];
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** True when nothing can change the data while this store is open (Kùzu read-only): reads may be cached. */
  readonly frozen?: boolean;
  /** Creates tables, constraints and indexes when missing. Safe to call on every start. */
  init(): Promise<void>;
  /** Writes one batch atomically (Kùzu) or idempotently in bounded transactions (Neo4j). */
  writeBatch(batch: GraphBatch): Promise<void>;
  /**
   * Loads a batch into a store that holds no node at all, faster than writeBatch. Kùzu: COPY in one transaction,
   * all or nothing. Neo4j: big transactions with each paper's content hash written last, so an interrupted load
   * leaves papers without a hash, which the next run rewrites whole. `onStep` hears each finished step.
   */
  bulkLoad?(batch: GraphBatch, onStep?: (done: number, steps: number) => void): Promise<void>;
  /**
   * A bulk load fed part by part, for a corpus too big to hold as one batch: into a store that holds no node, with
   * the same result as bulkLoad of the whole. Kùzu: rows go to files as parts come and are COPYed table by table
   * (papers early, links at `commit`); a load that fails leaves the store empty again.
   */
  openBulkLoad?(): BulkLoad;
  /** Removes papers with their links (and authorship). */
  deletePapers(ids: string[]): Promise<void>;
  /** Removes entity nodes no paper links to any more. */
  pruneOrphans(): Promise<void>;
  writeLayout(rows: LayoutRow[]): Promise<void>;
  /**
   * Runs the named read statement of `cypher/` (e.g. `read/paper`) with `$params`: the one way the application
   * reads. The store picks the dialect's file, fills the templates, converts parameters (integer-valued numbers
   * stay integers on Neo4j) and returns plain JSON-safe values.
   */
  run(name: string, params?: Record<string, unknown>, options?: RunOptions): Promise<QueryResult>;
  /**
   * Runs a statement given as text, with the same parameter and value conversion as `run`. For trusted text only
   * (tests' dumps, benchmarks): analysts' queries go through query/ (guard, limits, sandbox or READ mode).
   */
  read(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  /**
   * Runs the named read as `run` does, handing its rows to `onRows` a batch at a time as they are read (never
   * cached), so a read of the whole store is never held in the heap at once: the serve index's build. A statement
   * with `{{page(x)}}` is run a page of `x` nodes at a time, so the store never holds its whole result either (Kùzu
   * computes a result whole before handing over its first row). Optional: callers fall back to `run`.
   */
  runInBatches?(
    name: string,
    onRows: (rows: Row[]) => void,
    options?: RunOptions & { batchRows?: number; pageNodes?: number },
  ): Promise<void>;
  close(): Promise<void>;
}

export const RELATION_PROPERTIES = ["mentions", "sentence", "charStart", "charEnd", "confidence"] as const;

/**
 * Joins a paper's evidence sentences in its `sentences` property; a link's `sentence` is its sentence's place in
 * that list. The sentence lives on the paper, not the link: Kùzu rewrites every backward-list node group a commit
 * touches, and a string on each link made that rewrite most of an increment's checkpoint (docs/benchmarks.md). A
 * printable sign no abstract uses (␟, the symbol for a unit separator; one in a sentence becomes a space), so a
 * saved query that reads evidence stays plain text.
 */
export const SENTENCE_SEPARATOR = "\u241f";
export type { RelationType };
