// The write plan: a graph batch turned into a list of row sets, each with the shared Cypher that writes it.
// Pure. Each adapter only chooses how rows reach the database (Kùzu: a CSV file behind `LOAD FROM`;
// Neo4j: `UNWIND $rows`), so both stores run the same statement bodies.

import { groupBy } from "../domain/group-by.js";
import { kindOfId } from "../domain/identity.js";
import { NODE_LABELS, RESULT_LABEL, type NodeLabel, type ResultRelation } from "../domain/types.js";
import { renderCypher } from "./cypher-files.js";
import {
  SENTENCE_SEPARATOR,
  type BulkEnd,
  type BulkPart,
  type Dialect,
  type GraphBatch,
  type LayoutRow,
  type StoredResult,
} from "./types.js";

export type ColumnType = "STRING" | "INT64" | "DOUBLE";
export interface Column {
  name: string;
  type: ColumnType;
}
export type Cell = string | number | null;

/**
 * Where a step's rows go when a store bulk-loads them instead (Kùzu's COPY): a node table with the property each
 * column fills, or a relationship table whose first two columns are the end nodes' ids.
 */
export type BulkTarget = { node: string; properties: string[] } | { rel: string; from: string; to: string };

/** One statement body over uniform rows: every row has exactly one cell per column, in column order. */
export interface WriteStep {
  name: string;
  body: string;
  columns: Column[];
  rows: Cell[][];
  /** Set on steps that only add what cannot exist yet in an empty store (see GraphStore.bulkLoad). */
  bulk?: BulkTarget;
}

const s = (name: string): Column => ({ name, type: "STRING" });
const i = (name: string): Column => ({ name, type: "INT64" });
const d = (name: string): Column => ({ name, type: "DOUBLE" });

const PAPER_COLUMNS = [
  s("id"),
  s("title"),
  s("abstract"),
  s("titleKey"),
  s("arxivId"),
  s("pubDate"),
  i("year"),
  i("upvotes"),
  i("authorCount"),
  s("organization"),
  s("venue"),
  s("links"),
  s("origins"),
  s("contentHash"),
];
/** What a paper's write sets: its properties, then its links' evidence sentences. */
const PAPER_WRITE_COLUMNS = [...PAPER_COLUMNS, s("sentences")];
const RELATION_COLUMNS = [
  s("paperId"),
  s("entityId"),
  i("mentions"),
  i("sentence"),
  i("charStart"),
  i("charEnd"),
  d("confidence"),
];

/** Joins aliases for storage; `; ` never occurs inside a name we extract. */
export const ALIAS_SEPARATOR = "; ";

function labelOfEntityId(id: string): NodeLabel {
  const kind = kindOfId(id);
  if (!kind || kind === "paper") throw new Error(`not an entity id: ${id}`);
  return NODE_LABELS[kind];
}

const yearOf = (date: string | undefined) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/**
 * Each paper's evidence sentences, in the order its links first give them, and each sentence's place. A link with
 * no sentence has no place: Kùzu's string_split drops empty parts.
 */
type PaperSentences = Map<string, { list: string[]; at: Map<string, number> }>;

function sentencesOf(relations: GraphBatch["relations"]): PaperSentences {
  const byPaper: PaperSentences = new Map();
  for (const r of relations) {
    if (!r.evidence) continue;
    let paper = byPaper.get(r.paperId);
    if (!paper) byPaper.set(r.paperId, (paper = { list: [], at: new Map() }));
    if (!paper.at.has(r.evidence)) {
      paper.at.set(r.evidence, paper.list.length);
      paper.list.push(r.evidence.replaceAll(SENTENCE_SEPARATOR, " "));
    }
  }
  return byPaper;
}

const paperRow = (p: GraphBatch["papers"][number]): Cell[] => [
  p.id,
  p.title,
  p.abstract,
  p.titleKey,
  p.arxivId ?? null,
  p.date ?? null,
  yearOf(p.date),
  p.upvotes ?? null,
  p.authorCount ?? null,
  p.organization ?? null,
  p.venue ?? null,
  // URLs hold no spaces: one space joins them.
  p.links?.length ? p.links.join(" ") : null,
  p.origins.map((o) => (o.line !== undefined ? `${o.source}:${o.line}` : o.source)).join(ALIAS_SEPARATOR),
  p.contentHash,
];

/** A paper's row as its write step takes it (PAPER_WRITE_COLUMNS). */
const paperWriteRow = (p: GraphBatch["papers"][number], sentences: PaperSentences): Cell[] => [
  ...paperRow(p),
  sentences.get(p.id)?.list.join(SENTENCE_SEPARATOR) ?? null,
];

/**
 * A paper's properties as the store keeps them, by write column (`pubDate` is the stored `date`): an empty string
 * or a number that is not finite is no value, as a batch file carries them.
 */
export function storedPaper(p: GraphBatch["papers"][number]): Record<string, Cell> {
  const row = paperRow(p);
  const cells: Record<string, Cell> = {};
  PAPER_COLUMNS.forEach((c, i) => {
    const v = row[i]!;
    cells[c.name] = v === "" || (typeof v === "number" && !Number.isFinite(v)) ? null : v;
  });
  return cells;
}

const RESULT_COLUMNS = [
  s("id"),
  s("paperId"),
  s("model"),
  s("modelId"),
  s("dataset"),
  s("datasetId"),
  s("datasetType"),
  s("metric"),
  s("metricId"),
  d("value"),
  s("unit"),
  s("kind"),
  s("evidence"),
  i("charStart"),
  i("charEnd"),
  d("confidence"),
  i("year"),
];

const resultRow = (r: StoredResult): Cell[] => [
  r.id,
  r.paperId,
  r.model,
  r.modelId,
  r.dataset,
  r.datasetId,
  r.datasetType,
  r.metric,
  r.metricId,
  r.value,
  r.unit,
  r.kind,
  r.evidence,
  r.charStart,
  r.charEnd,
  r.confidence,
  r.year,
];

/** Before a paper's results are rewritten or deleted: their links, then the results. */
function deleteResultSteps(rows: Cell[][], dialect: Dialect): WriteStep[] {
  return ["delete-paper-result-links", "delete-paper-results"].map((name) => ({
    name,
    body: renderCypher(`write/${name}`, dialect),
    columns: [s("id")],
    rows,
  }));
}

/** A result's link to a node: its paper, the dataset it was measured on, the model, the metric. */
export type ResultLink = BulkEnd["resultLinks"][number];

/** Every link the results name, in result order (kept only where the batch holds the node: see resultSteps). */
export function resultLinksOf(results: readonly StoredResult[]): ResultLink[] {
  const links: ResultLink[] = [];
  for (const r of results) {
    const targets: Array<[ResultRelation, string | null]> = [
      ["RESULT_OF", r.paperId],
      ["MEASURED_ON", r.datasetId],
      ["ACHIEVED_BY", r.modelId],
      ["IN_METRIC", r.metricId],
    ];
    for (const [rel, id] of targets) if (id) links.push({ rel, resultId: r.id, targetId: id });
  }
  return links;
}

function resultNodeStep(results: readonly StoredResult[], dialect: Dialect): WriteStep {
  return {
    name: "upsert-result",
    body: renderCypher("write/upsert-result", dialect),
    columns: RESULT_COLUMNS,
    rows: results.map(resultRow),
    bulk: { node: RESULT_LABEL, properties: RESULT_COLUMNS.map((c) => c.name) },
  };
}

function resultLinkSteps(links: readonly ResultLink[], dialect: Dialect): WriteStep[] {
  const steps: WriteStep[] = [];
  const labelOf = (id: string) => (kindOfId(id) === "paper" ? NODE_LABELS.paper : labelOfEntityId(id));
  for (const [key, group] of groupBy(links, (l) => `${l.rel} ${labelOf(l.targetId)}`)) {
    const [rel, label] = key.split(" ") as [ResultRelation, string];
    steps.push({
      name: `upsert-result-link ${key}`,
      body: renderCypher("write/upsert-result-link", dialect, { LABEL: label, REL: rel }),
      columns: [s("resultId"), s("targetId")],
      rows: group.map((l) => [l.resultId, l.targetId]),
      bulk: { rel, from: RESULT_LABEL, to: label },
    });
  }
  return steps;
}

/** The batch's results and their links to nodes the batch holds (paper, dataset, model, metric). */
function resultSteps(batch: GraphBatch, dialect: Dialect): WriteStep[] {
  const results = batch.results ?? [];
  if (!results.length) return [];
  const nodes = new Set([...batch.papers.map((p) => p.id), ...batch.entities.map((e) => e.id)]);
  const links = resultLinksOf(results).filter((l) => nodes.has(l.targetId));
  return [resultNodeStep(results, dialect), ...resultLinkSteps(links, dialect)];
}

/**
 * An empty string is stored as no value on both stores: Kùzu's batch files cannot keep "" apart from NULL, and a
 * store that kept it (Neo4j) would answer differently.
 */
function withoutEmptyStrings(steps: WriteStep[]): WriteStep[] {
  for (const step of steps) {
    for (const row of step.rows) for (let j = 0; j < row.length; j++) if (row[j] === "") row[j] = null;
  }
  return steps;
}

export function planBatch(batch: GraphBatch, dialect: Dialect): WriteStep[] {
  return withoutEmptyStrings(planSteps(batch, dialect));
}

function planSteps(batch: GraphBatch, dialect: Dialect): WriteStep[] {
  const steps: WriteStep[] = [];
  // New papers skip the deletes and the MERGE: on a first ingest those were a fifth of the write time.
  const isNew = (p: { id: string }) => batch.newPaperIds?.has(p.id) ?? false;
  const stored = batch.papers.filter((p) => !isNew(p));
  const storedIds = stored.map((p) => [p.id]);
  const sentences = sentencesOf(batch.relations);
  steps.push(...deleteResultSteps(storedIds, dialect));
  steps.push({
    name: "delete-paper-relations",
    body: renderCypher("write/delete-paper-relations", dialect),
    columns: [s("id")],
    rows: storedIds,
  });
  steps.push({
    name: "delete-paper-authorship",
    body: renderCypher("write/delete-paper-authorship", dialect),
    columns: [s("id")],
    rows: storedIds,
  });
  steps.push({
    name: "upsert-paper",
    body: renderCypher("write/upsert-paper", dialect),
    columns: PAPER_WRITE_COLUMNS,
    rows: stored.map((p) => paperWriteRow(p, sentences)),
  });
  steps.push(createPaperStep(batch.papers.filter(isNew), sentences, dialect));
  steps.push(...entitySteps(batch.entities, dialect));
  steps.push(...relationSteps(batch.relations, sentences, dialect));
  steps.push(...resultSteps(batch, dialect));
  if (batch.authors.length) {
    steps.push(authorStep(batch.authors, dialect));
    steps.push(wroteStep(batch.wrote, dialect));
  }
  return steps.filter((step) => step.rows.length > 0);
}

function createPaperStep(papers: GraphBatch["papers"], sentences: PaperSentences, dialect: Dialect): WriteStep {
  return {
    name: "create-paper",
    body: renderCypher("write/create-paper", dialect),
    columns: PAPER_WRITE_COLUMNS,
    bulk: {
      node: NODE_LABELS.paper,
      properties: PAPER_WRITE_COLUMNS.map((c) => (c.name === "pubDate" ? "date" : c.name)),
    },
    rows: papers.map((p) => paperWriteRow(p, sentences)),
  };
}

function entitySteps(entities: GraphBatch["entities"], dialect: Dialect): WriteStep[] {
  return [...groupBy(entities, (e) => labelOfEntityId(e.id))].map(([label, group]) => ({
    name: `upsert-entity ${label}`,
    body: renderCypher("write/upsert-entity", dialect, { LABEL: label }),
    columns: [s("id"), s("name"), s("aliases")],
    rows: group.map((e) => [e.id, e.name, e.aliases.join(ALIAS_SEPARATOR)]),
    bulk: { node: label, properties: ["id", "name", "aliases"] },
  }));
}

function relationSteps(relations: GraphBatch["relations"], sentences: PaperSentences, dialect: Dialect): WriteStep[] {
  const byTarget = groupBy(relations, (r) => `${r.type} ${labelOfEntityId(r.entityId)}`);
  return [...byTarget].map(([key, group]) => {
    const [rel, label] = key.split(" ") as [string, string];
    return {
      name: `upsert-relation ${key}`,
      body: renderCypher("write/upsert-relation", dialect, { LABEL: label, REL: rel }),
      columns: RELATION_COLUMNS,
      rows: group.map((r) => {
        const sentence = sentences.get(r.paperId)?.at.get(r.evidence) ?? null;
        return [r.paperId, r.entityId, r.mentions, sentence, r.start, r.end, r.confidence];
      }),
      bulk: { rel, from: NODE_LABELS.paper, to: label },
    };
  });
}

function authorStep(authors: GraphBatch["authors"], dialect: Dialect): WriteStep {
  return {
    name: "upsert-author",
    body: renderCypher("write/upsert-author", dialect),
    columns: [s("id"), s("name")],
    rows: authors.map((a) => [a.id, a.name]),
    bulk: { node: "Author", properties: ["id", "name"] },
  };
}

function wroteStep(wrote: GraphBatch["wrote"], dialect: Dialect): WriteStep {
  return {
    name: "upsert-wrote",
    body: renderCypher("write/upsert-wrote", dialect),
    columns: [s("authorId"), s("paperId"), i("position")],
    rows: wrote.map((w) => [w.authorId, w.paperId, w.position]),
    bulk: { rel: "WROTE", from: "Author", to: "Paper" },
  };
}

/**
 * A streamed bulk load, part by part (GraphStore.openBulkLoad): what depends only on a part's papers (the papers,
 * their links, results and authorship, and each result's link to its paper). The rest comes once every part is in
 * (planBulkEnd). Together they hold exactly the rows planBatch gives for the whole corpus, each table's rows in the
 * same order.
 */
export function planBulkPart(part: BulkPart, dialect: Dialect): WriteStep[] {
  const results = part.results ?? [];
  const sentences = sentencesOf(part.relations);
  const steps = [
    createPaperStep(part.papers, sentences, dialect),
    ...relationSteps(part.relations, sentences, dialect),
  ];
  if (results.length) {
    steps.push(resultNodeStep(results, dialect));
    steps.push(
      ...resultLinkSteps(
        resultLinksOf(results).filter((l) => l.rel === "RESULT_OF"),
        dialect,
      ),
    );
  }
  steps.push(wroteStep(part.wrote, dialect));
  return withoutEmptyStrings(steps.filter((step) => step.rows.length > 0));
}

/**
 * The end of a streamed bulk load: every entity and author, and the results' links to entities (those the corpus
 * holds: a result names a dataset even when no paper made it a node).
 */
export function planBulkEnd({ entities, authors, resultLinks }: BulkEnd, dialect: Dialect): WriteStep[] {
  const ids = new Set(entities.map((e) => e.id));
  const links = resultLinks.filter((l) => l.rel !== "RESULT_OF" && ids.has(l.targetId));
  const steps = [...entitySteps(entities, dialect), ...resultLinkSteps(links, dialect)];
  if (authors.length) steps.push(authorStep(authors, dialect));
  return withoutEmptyStrings(steps.filter((step) => step.rows.length > 0));
}

/** The last step of a bulk load that wrote papers without their content hash (Neo4j's bulkLoad). */
export function planPaperHashes(papers: GraphBatch["papers"], dialect: Dialect): WriteStep {
  return {
    name: "set-paper-hash",
    body: renderCypher("write/set-paper-hash", dialect),
    columns: [s("id"), s("contentHash")],
    rows: papers.map((p) => [p.id, p.contentHash]),
  };
}

export function planLayout(rows: LayoutRow[], dialect: Dialect): WriteStep[] {
  return [...groupBy(rows, (r) => r.label)].map(([label, group]) => ({
    name: `write-layout ${label}`,
    body: renderCypher("write/write-layout", dialect, { LABEL: label }),
    columns: [s("id"), d("x"), d("y"), i("degree"), i("community")],
    rows: group.map((r) => [r.id, r.x, r.y, r.degree, r.community]),
  }));
}

export function planDeletePapers(ids: string[], dialect: Dialect): WriteStep[] {
  const rows = ids.map((id) => [id]);
  // Links go in a step of their own first: Kùzu's DETACH DELETE under LOAD FROM can leave an entity's
  // backward index entry behind, which later blocks deleting the orphaned entity.
  return [
    ...deleteResultSteps(rows, dialect),
    {
      name: "delete-paper-relations",
      body: renderCypher("write/delete-paper-relations", dialect),
      columns: [s("id")],
      rows,
    },
    {
      name: "delete-paper-authorship",
      body: renderCypher("write/delete-paper-authorship", dialect),
      columns: [s("id")],
      rows,
    },
    { name: "delete-paper", body: renderCypher("write/delete-paper", dialect), columns: [s("id")], rows },
  ].filter((step) => step.rows.length > 0);
}

export function planPruneOrphans(dialect: Dialect): string[] {
  const entityLabels = Object.values(NODE_LABELS).filter((l) => l !== "Paper");
  return entityLabels.map((label) => renderCypher("write/prune-orphans", dialect, { LABEL: label }));
}
