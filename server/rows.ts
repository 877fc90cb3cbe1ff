// Store rows to API shapes: the small conversions every read service shares.

import { kindOfId } from "../domain/identity.js";
import type { Neighbour, RelationType } from "../domain/types.js";
import type { Row } from "../store/types.js";

export const num = (v: unknown) => (typeof v === "number" ? v : v === null || v === undefined ? 0 : Number(v));
export const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** A neighbour row (id, label, relation, mentions, evidence, offsets; date and degree when selected). */
export function toNeighbour(r: Row, direction: "out" | "in"): Neighbour | null {
  const id = String(r.id);
  const kind = kindOfId(id);
  if (!kind) return null;
  const neighbour: Neighbour = {
    id,
    kind,
    label: String(r.label ?? id),
    relation: r.relation as RelationType,
    direction,
    mentions: num(r.mentions),
    evidence: String(r.evidence ?? ""),
    start: num(r.charStart),
    end: num(r.charEnd),
  };
  if ("date" in r) neighbour.date = str(r.date);
  if ("degree" in r) neighbour.degree = num(r.degree);
  return neighbour;
}

export const toNeighbours = (rows: Row[], direction: "out" | "in"): Neighbour[] =>
  rows.map((r) => toNeighbour(r, direction)).filter((n): n is Neighbour => n !== null);
