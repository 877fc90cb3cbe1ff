// The domain's shapes, shared by ingest, the stores, the server and the web app.
// Types only (plus the constant tables they are derived from): no I/O, nothing Node- or browser-specific.

import type { PaperLink } from "./paper-links.js";

/** What the extractor can find in a paper. The names are the evaluation contract's `type` values. */
export const ENTITY_TYPES = ["model", "dataset", "benchmark", "metric", "task", "repo", "hf"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Whether the paper introduces the entity or only uses, compares with or evaluates on it. */
export type Role = "proposed" | "used";

/** Every kind of node in the graph. */
export type NodeKind = "paper" | EntityType;
export const NODE_KINDS: readonly NodeKind[] = ["paper", ...ENTITY_TYPES];

/** The graph label (node table) of each kind, identical on Kùzu and Neo4j. */
export const NODE_LABELS = {
  paper: "Paper",
  model: "Model",
  dataset: "Dataset",
  benchmark: "Benchmark",
  metric: "Metric",
  task: "Task",
  repo: "Repository",
  hf: "HFResource",
} as const satisfies Record<NodeKind, string>;
export type NodeLabel = (typeof NODE_LABELS)[NodeKind];

export const RELATION_TYPES = [
  "PROPOSES",
  "USES",
  "EVALUATES_ON",
  "REPORTS",
  "ADDRESSES",
  "HAS_CODE",
  "HAS_RESOURCE",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where a paper record was read from: a file and 1-based line, or a URI for network sources. */
export interface SourceRef {
  source: string;
  line?: number;
}

/**
 * A paper as a reader yields it, before identity and merging. Every reader (listing pages, JSONL, CSV,
 * arXiv, Hugging Face) produces this shape; optional fields are absent when the source does not give them.
 */
export interface PaperRecord {
  title: string;
  abstract: string;
  arxivId?: string;
  authors?: string[];
  authorCount?: number;
  /** ISO date at the source's precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or `--MM-DD` when it gives no year. */
  date?: string;
  upvotes?: number;
  organization?: string;
  /** Where it was published ("neurips", "cvpr"), when the source says. */
  venue?: string;
  /** Links the source gives beside the abstract (a `githubRepo` field, a project URL). */
  links?: string[];
  origin: SourceRef;
}

/** A paper after identity is assigned and records of the same paper are merged. */
export interface Paper extends Omit<PaperRecord, "origin"> {
  id: string;
  /** Folded title: the merge key when no arXiv id is known. */
  titleKey: string;
  origins: SourceRef[];
}

/** Where in a paper's text an entity was found. Offsets index `paperText(paper)` (title, newline, abstract). */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** One entity found in one paper. */
export interface Mention {
  type: EntityType;
  /** The name as this paper writes it (its fullest or defined form), e.g. "ViT" for "Vision Transformer (ViT)". */
  name: string;
  /**
   * The entity's canonical name across the corpus when it differs from `name` ("ViT" for a paper that only writes
   * "Vision Transformer", "COCO" for "MS COCO"): the node id comes from it, so one real-world entity is one node.
   */
  canonical?: string;
  /**
   * For a paper's own coinage of a name unrelated works also coined ("DISCO"): the canonical name of the entity it
   * was told apart from, its own node named as a citation names it (ingest/extract/namesakes.ts).
   */
  namesakeOf?: string;
  aliases: string[];
  role: Role;
  /** How many times the text names it (any alias). */
  count: number;
  evidence: Evidence;
  confidence: number;
}

/** An entity node: one per canonical name and type across the corpus. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/** A paper → entity edge with its provenance. */
export interface Relation {
  paperId: string;
  entityId: string;
  type: RelationType;
  mentions: number;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP API shapes (server ↔ web)

export interface StatsResponse {
  papers: number;
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationType, number>;
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
  /** Higher is better; only comparable within one response. */
  score: number;
}
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  degree: number;
  /** Louvain community computed at ingest (explorer views colour by it). */
  community?: number;
  /** Papers: `YYYY-MM-DD` or `--MM-DD` when known (the explorer filters by it). */
  date?: string | null;
  year?: number | null;
}
export interface GraphEdge {
  source: string;
  target: string;
  type: RelationType;
}
export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the store holds more than was sent (the overview is capped). */
  truncated: boolean;
}

export interface NodeProperties {
  id: string;
  kind: NodeKind;
  label: string;
  /** Papers: abstract, date, upvotes, authorCount, venue, links (the source's URLs), origins…; entities: aliases. */
  properties: Record<string, string | number | boolean | string[] | null>;
  /** Papers: every way to reach the paper (arXiv, PDF, Hugging Face, venue, code), in reading order. */
  links?: PaperLink[];
  /** Papers: their authors, each an entry point (`GET /api/authors/:id`). */
  authors?: { id: string; name: string }[];
}

/** `GET /api/authors/:id`: an author's papers and what those papers name. */
export interface AuthorResponse {
  id: string;
  name: string;
  papers: { id: string; label: string; date: string | null }[];
  entities: { id: string; kind: NodeKind; label: string; papers: number }[];
}
export interface Neighbour {
  id: string;
  kind: NodeKind;
  label: string;
  relation: RelationType;
  /** `out` when the neighbour is the edge's target (paper → entity). */
  direction: "out" | "in";
  mentions: number;
  evidence: string;
  start: number;
  end: number;
  /** Papers: publication date when known (entity pages list papers by date). */
  date?: string | null;
  degree?: number;
}
export interface NodeDetailsResponse {
  node: NodeProperties;
  neighbours: Neighbour[];
}

export interface ApiError {
  error: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Explorer views (neighbourhood bundles, shared data, related methods)

/** One typed bundle of a node's neighbours: "412 papers use ImageNet". */
export interface NeighbourBundle {
  kind: NodeKind;
  relation: RelationType;
  count: number;
}
/** `GET /api/nodes/:id/neighbours`: every bundle's size, and one page of neighbours (of one bundle when asked). */
export interface NeighboursPageResponse {
  id: string;
  kind: NodeKind;
  label: string;
  bundles: NeighbourBundle[];
  /** How many neighbours match the page's kind/relation filter (all neighbours when unfiltered). */
  total: number;
  offset: number;
  limit: number;
  neighbours: Neighbour[];
}

/** A dataset or benchmark two papers both evaluate on, and how rare it is across the corpus. */
export interface SharedItem {
  id: string;
  kind: NodeKind;
  label: string;
  /** Papers linked to it across the corpus. */
  papers: number;
  /** Inverse document frequency: rarer items weigh more. */
  weight: number;
}
export interface SharedDataMatch {
  id: string;
  label: string;
  date: string | null;
  score: number;
  /** Ids of `items` this paper shares with the focus paper, rarest first. */
  shared: string[];
  /** Why it is linked: "shares 2 datasets and 1 benchmark: ImageNet, COCO, GLUE". */
  reason: string;
}
/** `GET /api/papers/:id/shares-data`. */
export interface SharedDataResponse {
  paper: { id: string; label: string };
  /** The focus paper's datasets and benchmarks. */
  items: SharedItem[];
  matches: SharedDataMatch[];
}

export interface MethodNode {
  id: string;
  label: string;
  /** Papers that propose or use it. */
  papers: number;
}
export interface MethodLink {
  source: string;
  target: string;
  /** Papers that name both. */
  weight: number;
  /** weight / papers naming either: high when one rarely appears without the other. */
  jaccard: number;
}
/** A model related to a focus model: what ties them and how strongly, beyond how often each appears. */
export interface RelatedMethod {
  id: string;
  label: string;
  /** Papers naming it across the corpus. */
  papers: number;
  /** Papers naming both it and the focus. */
  support: number;
  /** support / papers naming either: discounts hubs that appear with everything. */
  jaccard: number;
  /** Some of the papers that name both. */
  tiedBy: { id: string; label: string }[];
  /** One line saying why: "named together in 3 papers: 3 of BERT's 39 and 3 of RoBERTa's 5 (Jaccard 0.07)". */
  reason: string;
}
/** `GET /api/methods/related`: models linked by how often papers use them together. */
export interface RelatedMethodsResponse {
  /** The model the projection is centred on, when one was asked for. */
  focus: string | null;
  nodes: MethodNode[];
  links: MethodLink[];
  truncated: boolean;
  /** With a focus: the related models, most associated first (the links are the focus's ego view). */
  related?: RelatedMethod[];
  /** With a focus: shared papers a model needs to be related, and how many models fell below that. */
  minSupport?: number;
  belowSupport?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Analyst Cypher API (issue 4): saved queries and the bounded console

/** `GET /api/schema`: labels and relationship types with properties and counts, and the dialect's pitfalls. */
export interface SchemaResponse {
  dialect: "kuzu" | "neo4j";
  labels: { name: string; count: number; properties: { name: string; type: string }[] }[];
  relationships: {
    name: string;
    count: number;
    from: string[];
    to: string[];
    properties: { name: string; type: string }[];
  }[];
  /** Differences from the other dialect that make queries fail ("type(r)" on Kùzu). */
  hints: string[];
}

/** A parameter value an analyst may pass: scalars only (list and map parameters are unsafe on Kùzu). */
export type CypherParamValue = string | number | boolean | null;

export interface SavedQueryParamInfo {
  name: string;
  /** `node`: an id, or a name, title or alias the server resolves to the id (an error when it names several). */
  type: "string" | "int" | "float" | "bool" | "node";
  /** A `node` parameter's kinds; absent: any node. */
  kinds?: NodeKind[];
  default?: CypherParamValue;
  description?: string;
}
export interface SavedQueryInfo {
  name: string;
  description: string;
  params: SavedQueryParamInfo[];
  /** The Cypher the store runs for it (the dialect-specific variant where there is one). */
  cypher: string;
}
/** `GET /api/queries`. */
export interface SavedQueriesResponse {
  dialect: "kuzu" | "neo4j";
  queries: SavedQueryInfo[];
}

/** `POST /api/cypher` body; `POST /api/queries/:name` takes `{ params, timeoutMs?, maxRows? }`. */
export interface CypherRequest {
  query: string;
  params?: Record<string, CypherParamValue>;
  /** May lower the server's limits, never raise them. */
  timeoutMs?: number;
  maxRows?: number;
}

/** A cell: JSON values; nodes, relationships and paths come tagged with `_kind`. */
export type CypherValue = CypherParamValue | CypherValue[] | { [key: string]: CypherValue };

export interface CypherResponse {
  columns: string[];
  rows: Record<string, CypherValue>[];
  /** True when the row cap cut the result. */
  truncated: boolean;
  elapsedMs: number;
  limits: { timeoutMs: number; maxRows: number };
}

// ---------------------------------------------------------------------------------------------------------------
// Reported results (leaderboards, issue 16)

/** `score`: an absolute result; `gain`: a stated difference ("+2.4 F1"); `ratio`: a factor ("3x faster"). */
export const RESULT_KINDS = ["score", "gain", "ratio"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Whether a larger value of a metric is better, worse, or not known. */
export type MetricDirection = "higher" | "lower" | "unknown";

/**
 * One quantitative result a paper states for a model on a dataset or benchmark. Names are canonical entity names
 * of the same paper's mentions; `model` and `metric` are null when the text names none. Evidence offsets index
 * `paperText(paper)` and span the number as written.
 */
export interface ReportedResult {
  model: string | null;
  /** The dataset or benchmark's canonical name, and which of the two it is. */
  dataset: string;
  datasetType: "dataset" | "benchmark";
  metric: string | null;
  value: number;
  /** "%", "" (none) or the unit as written ("ms", "dB", "x"). */
  unit: string;
  kind: ResultKind;
  evidence: Evidence;
  confidence: number;
}

/**
 * How results are stored: a `Result` node of its own per reported result, linked to the paper that reports it
 * (RESULT_OF), the dataset or benchmark (MEASURED_ON), and, where they are nodes, the model (ACHIEVED_BY) and the
 * metric (IN_METRIC). Links point away from the result so that paper → entity reads never see them.
 */
export const RESULT_LABEL = "Result";
export const RESULT_RELATIONS = ["RESULT_OF", "MEASURED_ON", "ACHIEVED_BY", "IN_METRIC"] as const;
export type ResultRelation = (typeof RESULT_RELATIONS)[number];

/** One reported result on a leaderboard: `GET /api/leaderboards/:datasetId` rows. */
export interface LeaderboardRow {
  id: string;
  model: string | null;
  modelId: string | null;
  /** Null when the sentence gives a value and unit but names no metric: shown as such, never guessed. */
  metric: string | null;
  value: number;
  unit: string;
  kind: ResultKind;
  paperId: string;
  paperTitle: string;
  year: number | null;
  sentence: string;
  /** The number's span in the paper's text (title, newline, abstract). */
  start: number;
  end: number;
  confidence: number;
}

/** One ranked list of a leaderboard: the results of one kind in one metric. */
export interface LeaderboardMetric {
  metric: string | null;
  kind: ResultKind;
  direction: MetricDirection;
  count: number;
}

/** Rows of one model, metric and kind that papers disagree on: shown side by side. */
export interface LeaderboardConflict {
  model: string;
  metric: string | null;
  kind: ResultKind;
  /** Row ids, one per differing value, from at least two papers. */
  rows: string[];
}

export interface LeaderboardResponse {
  dataset: {
    id: string;
    label: string;
    kind: "dataset" | "benchmark";
    /** False when results name it but the graph has no such node (its type was not settled). */
    known: boolean;
  };
  metrics: LeaderboardMetric[];
  /** Every result on the dataset, grouped as `metrics` lists them and ranked best first within each group. */
  rows: LeaderboardRow[];
  conflicts: LeaderboardConflict[];
  truncated: boolean;
}

/** `GET /api/models/:id/leaderboards`: the leaderboards a model appears on. */
export interface ModelLeaderboardsResponse {
  model: string;
  datasets: Array<{ id: string; label: string; results: number }>;
}

// ---------------------------------------------------------------------------------------------------------------
// Entity pages: who introduced an entity, its variants, its timeline; corrections users report

/** A paper that introduces an entity, and why we believe it does. */
export interface IntroducingPaper {
  id: string;
  label: string;
  date: string | null;
  /** `title`: the title is headed by the entity's name; `statement`: a sentence says the paper proposes it. */
  basis: "title" | "statement";
  evidence: string;
}
export interface VariantInfo {
  id: string;
  label: string;
  /** Papers of the corpus that introduce the variant. */
  proposedBy: IntroducingPaper[];
}
/** `GET /api/nodes/:id/introduction`: "Proposed by" for an entity page, and the variants linked by name. */
export interface IntroductionResponse {
  id: string;
  kind: NodeKind;
  label: string;
  /** Confirmed introductions, earliest first. */
  proposedBy: IntroducingPaper[];
  /** True when no paper of the corpus introduces it. */
  introducedElsewhere: boolean;
  /** Papers the extractor linked with `PROPOSES` that nothing confirms (shown apart, never as the proposer). */
  unconfirmed: { id: string; label: string; date: string | null; evidence: string }[];
  /** Entities whose names extend this one (`VARIANT_OF` this entity), most linked first. */
  variants: VariantInfo[];
  /** Entities this one's name extends ("DiT-3D" → DiT). */
  variantOf: { id: string; label: string }[];
  /** Papers per year that introduce it or otherwise name it (uses, evaluates on…), and how many are undated. */
  timeline: TimelineYear[];
  undatedPapers: number;
}
export interface TimelineYear {
  year: number;
  /** Papers introducing it that year (confirmed, as in `proposedBy`). */
  introduce: number;
  /** Papers naming it otherwise that year. */
  use: number;
}

/** What a user says is wrong about an entity, or about one paper's link to it. */
export const CORRECTION_ISSUES = ["not-an-entity", "not-proposed", "proposed"] as const;
export type CorrectionIssue = (typeof CORRECTION_ISSUES)[number];
export interface Correction {
  /** The entity concerned. */
  entity: string;
  /** The paper concerned; absent for the entity everywhere. */
  paper?: string;
  issue: CorrectionIssue;
  note?: string;
  /** ISO timestamp of the report. */
  at: string;
}
