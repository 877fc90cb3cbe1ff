// Links a source gives beside the abstract (a `githubRepo` field, a project page) become mentions like a link
// found in the text, so they reach the graph as HAS_CODE / HAS_RESOURCE edges. Pure.

import type { Mention, Paper } from "../domain/types.js";
import { normalizeLink } from "./extract/index.js";

/** The paper's mentions plus one per source link the text did not already name. */
export function withSourceLinks(paper: Paper, mentions: Mention[]): Mention[] {
  if (!paper.links?.length) return mentions;
  const known = new Set(mentions.filter((m) => m.type === "repo" || m.type === "hf").map((m) => m.name.toLowerCase()));
  const added: Mention[] = [];
  for (const url of paper.links) {
    const link = normalizeLink(url);
    if (!link || known.has(link.name.toLowerCase())) continue;
    known.add(link.name.toLowerCase());
    const origin = paper.origins[0];
    const where = origin ? `${origin.source}${origin.line !== undefined ? `:${origin.line}` : ""}` : "the source";
    added.push({
      type: link.type,
      name: link.name,
      aliases: [],
      role: "proposed",
      count: 1,
      // Not in the abstract: the evidence names where the link came from instead of a sentence.
      evidence: { sentence: `Link given by ${where}: ${url}`, start: -1, end: -1 },
      confidence: 1,
    });
  }
  return added.length ? [...mentions, ...added] : mentions;
}
