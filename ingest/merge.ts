// Merging: records of the same paper from several listings or sources become one Paper.
// Identity comes from domain/identity (arXiv id, else folded title); this module only decides which field wins.

import { foldTitle, paperId } from "../domain/identity.js";
import type { Paper, PaperRecord } from "../domain/types.js";

/** A date with a year beats a bare month-day (`--MM-DD`); otherwise the first one seen stays. */
function betterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.startsWith("--") && !b.startsWith("--") ? b : a;
}

const union = (a: string[] | undefined, b: string[] | undefined) =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** Folds `record` into `paper` (mutating it): first title wins, the longer abstract wins, lists are unioned. */
export function mergeInto(paper: Paper, record: PaperRecord): void {
  if (record.abstract.length > paper.abstract.length) paper.abstract = record.abstract;
  paper.arxivId ??= record.arxivId;
  paper.authors = union(paper.authors, record.authors);
  paper.authorCount = maxDefined(maxDefined(paper.authorCount, record.authorCount), paper.authors?.length);
  paper.date = betterDate(paper.date, record.date);
  paper.upvotes = maxDefined(paper.upvotes, record.upvotes);
  paper.organization ??= record.organization;
  paper.links = union(paper.links, record.links);
  paper.origins.push(record.origin);
  for (const key of Object.keys(paper) as (keyof Paper)[]) if (paper[key] === undefined) delete paper[key];
}

export function toPaper(record: PaperRecord): Paper {
  const { origin, ...fields } = record;
  const paper: Paper = { ...fields, id: paperId(record), titleKey: foldTitle(record.title), origins: [origin] };
  if (paper.authors && paper.authorCount === undefined) paper.authorCount = paper.authors.length;
  return paper;
}

/**
 * Merges records into papers. Records are matched by arXiv id when they have one and by folded title
 * otherwise, so a listing without an id and an API record with one still become the same paper.
 */
export function mergeRecords(records: Iterable<PaperRecord>): Paper[] {
  const byId = new Map<string, Paper>();
  const byTitle = new Map<string, Paper>();
  for (const record of records) {
    const key = foldTitle(record.title);
    const existing = (record.arxivId && byId.get(paperId(record))) || byTitle.get(key);
    if (existing) {
      const hadArxiv = existing.arxivId;
      mergeInto(existing, record);
      if (!hadArxiv && existing.arxivId) {
        // The paper just learned its arXiv id: it is now known by that id.
        byId.delete(existing.id);
        existing.id = paperId(existing);
        byId.set(existing.id, existing);
      }
      continue;
    }
    const paper = toPaper(record);
    byId.set(paper.id, paper);
    byTitle.set(key, paper);
  }
  return [...byId.values()];
}
