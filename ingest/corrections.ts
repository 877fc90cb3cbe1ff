// Honours users' corrections at ingest: an entity reported as no entity is dropped (from one paper, or from
// every paper), and a reported role is set ("not-proposed" → used, "proposed" → proposed). Pure.

import { entityId } from "../domain/identity.js";
import type { Correction, Mention } from "../domain/types.js";

/** The mentions with the corrections that concern them applied; maps and arrays untouched when none apply. */
export function applyCorrections(
  mentionsByPaper: Map<string, Mention[]>,
  corrections: readonly Correction[],
): Map<string, Mention[]> {
  if (!corrections.length) return mentionsByPaper;
  const out = new Map<string, Mention[]>();
  for (const [paperId, mentions] of mentionsByPaper) {
    const applies = (c: Correction, m: Mention) =>
      c.entity === entityId(m.type, m.name) && (c.paper === undefined || c.paper === paperId);
    const next: Mention[] = [];
    for (const m of mentions) {
      // The latest report about a mention wins: a user may undo an earlier one.
      const last = corrections.filter((c) => applies(c, m)).at(-1);
      if (!last) next.push(m);
      else if (last.issue === "not-proposed") next.push({ ...m, role: "used" });
      else if (last.issue === "proposed") next.push({ ...m, role: "proposed" });
    }
    out.set(paperId, next);
  }
  return out;
}
