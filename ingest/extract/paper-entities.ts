// One paper's pass-1 mentions as the entities the graph links it to, once the corpus pass has named each mention:
// mentions that became one entity (a long form and its acronym, two spellings) are merged into one. Shared by the
// whole-corpus pass (corpus.ts) and the streamed one (corpus-tally.ts), which decide the names differently.

import { entityId } from "../../domain/identity.js";
import type { EntityType, Mention } from "../../domain/types.js";
import { fold } from "./fold.js";
import type { PaperMention } from "./types.js";

/** What the corpus pass decided for one mention: its type, the name its entity shows, and its canonical name. */
export interface MentionNaming {
  type: EntityType;
  name: string;
  canonicalName: string;
}

export function paperEntities(
  mentions: readonly PaperMention[],
  naming: (m: PaperMention) => MentionNaming,
): Mention[] {
  const byId = new Map<string, Mention>();
  for (const m of mentions) {
    const { type, name, canonicalName } = naming(m);
    const id = entityId(type, canonicalName);
    const aliases = [...m.aliases, m.name].filter((a) => a !== name);
    const existing = byId.get(id);
    if (existing) {
      // Two pass-1 mentions became one entity: keep the earlier evidence, add up the rest.
      existing.aliases = [...new Set([...existing.aliases, ...aliases])].sort();
      existing.count += m.count;
      existing.confidence = Math.max(existing.confidence, m.confidence);
      if (m.role === "proposed") existing.role = "proposed";
      continue;
    }
    byId.set(id, {
      type,
      name,
      ...(canonicalName !== name ? { canonical: canonicalName } : {}),
      aliases: [...new Set(aliases)].filter((a) => fold(a) !== fold(name) || a !== name).sort(),
      role: m.role,
      count: m.count,
      evidence: m.evidence,
      confidence: m.confidence,
    });
  }
  return [...byId.values()];
}
