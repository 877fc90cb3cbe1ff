// Merging: records of the same paper from several listings or sources become one Paper.
// Identity comes from domain/identity (arXiv id, else folded title); this module only decides which field wins.

import { foldName, foldTitle, normalizeArxivId, paperId } from "../domain/identity.js";
import type { Paper, PaperRecord } from "../domain/types.js";

/**
 * A date with a year beats a bare month-day (`--MM-DD`); a finer date within the other's year or month beats the
 * coarser one (`2021-06-03` over `2021`); otherwise the earlier wins (the first appearance, e.g. arXiv's
 * submission date over a later Daily Papers listing), so order does not matter.
 */
export function betterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.startsWith("--") !== b.startsWith("--")) return a.startsWith("--") ? b : a;
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return a <= b ? a : b;
}

/** Union keeping the first spelling of each item, two items being the same when `key` says so. */
function unionBy(a: string[] | undefined, b: string[] | undefined, key: (item: string) => string) {
  if (!a && !b) return undefined;
  const byKey = new Map<string, string>();
  for (const item of [...(a ?? []), ...(b ?? [])]) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

/** "J. Smith" and "j smith" are one author; "J. Smith" and "John Smith" stay two (no guessing). */
const authorKey = (name: string) => foldName(name) || name;
/** `https://GitHub.com/a/b/`, `https://github.com/a/b.git` and `http://github.com/a/b` are one link. */
const linkKey = (url: string) =>
  url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, "")
    .replace(/(\.git)?\/*$/i, "")
    .toLowerCase();

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

const arxivOf = (record: Pick<PaperRecord, "arxivId">) =>
  record.arxivId ? normalizeArxivId(record.arxivId) : undefined;

/** Folds `record` into `paper` (mutating it): first title wins, the longer abstract wins, lists are unioned. */
export function mergeInto(paper: Paper, record: PaperRecord): void {
  if (record.abstract.length > paper.abstract.length) paper.abstract = record.abstract;
  paper.arxivId ??= arxivOf(record);
  paper.authors = unionBy(paper.authors, record.authors, authorKey);
  paper.authorCount = maxDefined(maxDefined(paper.authorCount, record.authorCount), paper.authors?.length);
  paper.date = betterDate(paper.date, record.date);
  paper.upvotes = maxDefined(paper.upvotes, record.upvotes);
  paper.organization ??= record.organization;
  paper.venue ??= record.venue;
  paper.links = unionBy(paper.links, record.links, linkKey);
  paper.origins.push(record.origin);
  for (const key of Object.keys(paper) as (keyof Paper)[]) if (paper[key] === undefined) delete paper[key];
}

export function toPaper(record: PaperRecord): Paper {
  return paperFrom(record, foldTitle(record.title));
}

/** A record as a paper, its title folded once by the caller (the merger folds every title to match it). */
function paperFrom(record: PaperRecord, titleKey: string): Paper {
  const { origin, arxivId: _raw, ...fields } = record;
  const arxivId = arxivOf(record);
  const paper: Paper = {
    ...fields,
    ...(arxivId ? { arxivId } : {}),
    id: paperId(record, titleKey),
    titleKey,
    origins: [origin],
  };
  if (paper.authors) paper.authors = unionBy(paper.authors, undefined, authorKey);
  if (paper.links) paper.links = unionBy(paper.links, undefined, linkKey);
  if (paper.authors && paper.authorCount === undefined) paper.authorCount = paper.authors.length;
  return paper;
}

/** Folds every field and origin of `other` into `target`: the two turned out to be one paper. */
function absorb(target: Paper, other: Paper): void {
  const { id: _id, titleKey: _key, origins, ...fields } = other;
  const [first, ...rest] = origins;
  mergeInto(target, { ...fields, origin: first! });
  target.origins.push(...rest);
}

/**
 * Merges records into papers as they arrive, in first-seen order. Records are matched by arXiv id when they have
 * one and by folded title otherwise, so a listing without an id and an API record with one become the same paper;
 * two records with the same title but different arXiv ids stay two papers. Holds papers, never the records.
 */
export class PaperMerger {
  /** In first-seen order; a paper absorbed into another is deleted (Map order is insertion order). */
  private readonly byObject = new Set<Paper>();
  private readonly byArxiv = new Map<string, Paper>();
  private readonly byTitle = new Map<string, Paper>();
  /** Records seen. */
  records = 0;

  add(record: PaperRecord): void {
    this.records++;
    const arxiv = arxivOf(record);
    const key = foldTitle(record.title);
    const idMatch = arxiv ? this.byArxiv.get(arxiv) : undefined;
    let titleMatch = this.byTitle.get(key);
    if (titleMatch && arxiv && titleMatch.arxivId && titleMatch.arxivId !== arxiv) titleMatch = undefined;

    let paper = idMatch ?? titleMatch;
    if (!paper) {
      paper = paperFrom(record, key);
      this.byObject.add(paper);
    } else {
      if (idMatch && titleMatch && idMatch !== titleMatch) {
        // titleMatch has no arXiv id (else it would be idMatch): it was this paper seen without its id.
        absorb(idMatch, titleMatch);
        this.byObject.delete(titleMatch);
        for (const [k, p] of this.byTitle) if (p === titleMatch) this.byTitle.set(k, idMatch);
      }
      mergeInto(paper, record);
      // The paper may just have learned its arXiv id: it is then known by that id.
      paper.id = paperId(paper);
    }
    if (paper.arxivId) this.byArxiv.set(paper.arxivId, paper);
    if (!this.byTitle.has(key)) this.byTitle.set(key, paper);
  }

  /** The papers so far, in first-seen order. */
  papers(): Paper[] {
    return Array.from(this.byObject);
  }

  /**
   * The papers, in first-seen order, forgotten here: the caller then holds them alone and can let them go once
   * written (at 150k papers they are a few hundred MB the serve index should not have to sit beside).
   */
  drain(): Paper[] {
    const papers = Array.from(this.byObject);
    this.byObject.clear();
    this.byArxiv.clear();
    this.byTitle.clear();
    return papers;
  }
}

/** Merges records into papers, in first-seen order (see PaperMerger). */
export function mergeRecords(records: Iterable<PaperRecord>): Paper[] {
  const merger = new PaperMerger();
  for (const record of records) merger.add(record);
  return merger.papers();
}
