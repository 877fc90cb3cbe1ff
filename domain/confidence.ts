// The confidence a paper → entity link needs to enter the graph. Extraction puts a confidence on every entity
// (0.6 for a name known by its shape alone, up to 0.99 for a lexicon name stated often); an abstract outside
// machine learning has its names demoted below this, so ingest drops them.

/** Links from extraction with a lower confidence are not written to the graph. */
export const MIN_LINK_CONFIDENCE = 0.5;

/** The links confident enough for the graph. */
export function confidentOnly<T extends { confidence: number }>(mentions: readonly T[]): T[] {
  return mentions.filter((m) => m.confidence >= MIN_LINK_CONFIDENCE);
}
