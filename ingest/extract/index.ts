// Entity extraction: the public face. Pure functions from paper text to mentions (threads: ingest/extract-pool.ts).

import type { Mention } from "../../domain/types.js";
import { resolveCorpus } from "./corpus.js";
import type { PaperFacts } from "./namesakes.js";
import { extractPaperMentions } from "./paper.js";
import { commonWordsOf } from "./scan.js";
import type { CorpusContext, PaperInput, PaperMention } from "./types.js";

export { normalizeLink, type NormalizedLink } from "./links.js";
export type { CorpusContext } from "./types.js";

/** A paper of a corpus: its text, and who wrote it and when (what tells namesakes apart, namesakes.ts). */
export interface CorpusPaper extends PaperInput, Omit<PaperFacts, "title"> {}

/** Strips the fields only corpus resolution needs. */
function toMention({ typeStrength: _t, shortForm: _s, longForm: _l, ...mention }: PaperMention): Mention {
  return mention;
}

/** The entities one paper names. Evidence offsets index `paperText(paper)` (title, newline, abstract). */
export function extractPaper(paper: PaperInput, context?: CorpusContext): Mention[] {
  return extractPaperMentions(paper, context).map(toMention);
}

/** Each paper's authors and date by id, for the corpus pass. */
export const factsOf = (papers: readonly CorpusPaper[]): Map<string, PaperFacts> =>
  new Map(papers.map((p) => [p.id, p]));

/** Corpus knowledge for pass 1, computed once from every paper. */
export function corpusContext(papers: Iterable<PaperInput>): CorpusContext {
  return { commonWords: commonWordsOf(papers) };
}

/**
 * The whole-corpus entry point: pass 1 per paper, then corpus-level type voting and alias resolution so that one
 * entity has one canonical name (and id) across all papers. Keyed by paper id, in input order.
 */
export function extractCorpus(papers: CorpusPaper[]): Map<string, Mention[]> {
  const context = corpusContext(papers);
  const perPaper = new Map<string, PaperMention[]>();
  for (const p of papers) perPaper.set(p.id, extractPaperMentions(p, context));
  return resolveCorpus(perPaper, factsOf(papers));
}
