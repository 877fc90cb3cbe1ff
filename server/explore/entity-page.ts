// Reads behind an entity page: who introduced it (confirmed, earliest first), what the extractor claimed but
// nothing confirms, its variants by name and the entities it is a variant of.

import { entityId, kindOfId } from "../../domain/identity.js";
import {
  NODE_LABELS,
  type EntityType,
  type IntroducingPaper,
  type IntroductionResponse,
  type VariantInfo,
} from "../../domain/types.js";
import { baseCandidates, isVariantName } from "../../domain/variants.js";
import type { GraphStore } from "../../store/types.js";
import { ALIAS_SEPARATOR } from "../../store/write-plan.js";
import { NotFoundError } from "../errors.js";
import { str } from "../rows.js";
import { confirmedIntroductions, type LinkedPaper } from "./introduction.js";
import { entityTimeline } from "./timeline.js";

/** Links read per entity: a hub's introduction is decided from its first this-many links. */
const LINK_LIMIT = 20_000;
const MAX_VARIANTS = 12;

interface EntityRow {
  id: string;
  type: EntityType;
  label: string;
  aliases: string[];
}

async function readEntity(store: GraphStore, id: string): Promise<EntityRow | null> {
  const kind = kindOfId(id);
  if (!kind || kind === "paper") return null;
  const row = (await store.run("read/entity", { id }, { slots: { LABEL: NODE_LABELS[kind] } })).rows[0];
  if (!row) return null;
  const aliases = String(row.aliases ?? "");
  return { id, type: kind, label: String(row.label ?? id), aliases: aliases ? aliases.split(ALIAS_SEPARATOR) : [] };
}

async function linkedPapers(store: GraphStore, entity: EntityRow) {
  const { rows } = await store.run(
    "read/entity-linked-papers",
    { id: entity.id, limit: LINK_LIMIT },
    { slots: { LABEL: NODE_LABELS[entity.type] } },
  );
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title ?? r.id),
    date: str(r.date),
    evidence: String(r.evidence ?? ""),
    relation: String(r.relation),
  }));
}

const toIntroducing = (p: LinkedPaper & { basis: IntroducingPaper["basis"] }): IntroducingPaper => ({
  id: p.id,
  label: p.title,
  date: p.date,
  basis: p.basis,
  evidence: p.evidence,
});

async function introductionsOf(store: GraphStore, entity: EntityRow) {
  const papers = await linkedPapers(store, entity);
  const names = [entity.label, ...entity.aliases];
  return { papers, proposedBy: confirmedIntroductions(papers, names).map(toIntroducing) };
}

export async function readIntroduction(store: GraphStore, id: string): Promise<IntroductionResponse> {
  const entity = await readEntity(store, id);
  if (!entity) throw new NotFoundError(`no entity with id "${id}"`);
  const { papers, proposedBy } = await introductionsOf(store, entity);
  const confirmed = new Set(proposedBy.map((p) => p.id));
  const unconfirmed = papers
    .filter((p) => p.relation === "PROPOSES" && !confirmed.has(p.id))
    .map((p) => ({ id: p.id, label: p.title, date: p.date, evidence: p.evidence }));

  const like = await store.run(
    "read/entities-named-like",
    { name: entity.label, limit: 500 },
    { slots: { LABEL: NODE_LABELS[entity.type] } },
  );
  const candidates = like.rows
    .map((r) => ({ id: String(r.id), label: String(r.label ?? r.id) }))
    .filter((c) => c.id !== id && isVariantName(c.label, entity.label))
    .slice(0, MAX_VARIANTS);
  const variants: VariantInfo[] = [];
  for (const c of candidates) {
    const variant = await readEntity(store, c.id);
    if (!variant) continue;
    variants.push({ id: c.id, label: c.label, proposedBy: (await introductionsOf(store, variant)).proposedBy });
  }
  // Variants someone introduced first: they answer "who built on it".
  variants.sort((a, b) => Number(b.proposedBy.length > 0) - Number(a.proposedBy.length > 0));

  const variantOf: IntroductionResponse["variantOf"] = [];
  for (const base of baseCandidates(entity.label)) {
    const row = await readEntity(store, entityId(entity.type, base));
    if (row && row.id !== id && !variantOf.some((v) => v.id === row.id))
      variantOf.push({ id: row.id, label: row.label });
  }
  const { years, undated } = entityTimeline(papers, confirmed);
  return {
    id,
    kind: entity.type,
    label: entity.label,
    proposedBy,
    introducedElsewhere: proposedBy.length === 0,
    unconfirmed,
    variants,
    variantOf,
    timeline: years,
    undatedPapers: undated,
  };
}
