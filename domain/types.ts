// The domain's shapes, shared by ingest, the stores, the server and the web app.
// Types only (plus the constant tables they are derived from): no I/O, nothing Node- or browser-specific.

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
  /** Canonical surface form, e.g. "ViT" for "Vision Transformer (ViT)". */
  name: string;
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
  /** Papers: abstract, date, upvotes, authorCount, origins…; entities: aliases. */
  properties: Record<string, string | number | boolean | string[] | null>;
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
/** `GET /api/methods/related`: models linked by how often papers use them together. */
export interface RelatedMethodsResponse {
  /** The model the projection is centred on, when one was asked for. */
  focus: string | null;
  nodes: MethodNode[];
  links: MethodLink[];
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Analyst Cypher API (issue 4): saved queries and the bounded console

/** A parameter value an analyst may pass: scalars only (list and map parameters are unsafe on Kùzu). */
export type CypherParamValue = string | number | boolean | null;

export interface SavedQueryParamInfo {
  name: string;
  type: "string" | "int" | "float" | "bool";
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
