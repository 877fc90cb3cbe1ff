// Node parameters of saved queries given by name: `model=ViT` or "Vision Transformer" becomes `model:vit` before the
// query runs. An id that exists is kept; otherwise the value must be the name, title or alias of exactly one node
// of the parameter's kinds, else a typed error names the candidates (ambiguous) or the nearest names (unknown).
// Pure: the lookups are given.

import type { NodeKind } from "../domain/types.js";
import { AmbiguousNameError, UnknownNameError } from "./errors.js";
import type { ParamValue, SavedQuery } from "./saved.js";

export interface NamedNode {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface NodeLookup {
  /** The node with this id, if there is one. */
  byId(id: string): NamedNode | undefined;
  /** Nodes whose name, title or alias is this one exactly (case, accents and punctuation aside). */
  named(name: string, kinds?: readonly NodeKind[]): NamedNode[];
  /** A few nodes whose names come close, best first, for the error message. */
  near(name: string, kinds?: readonly NodeKind[]): NamedNode[];
}

const describe = (n: NamedNode) => `${n.label} (${n.id})`;

/** `params` (already bound to their types) with every `node` parameter's value resolved to an id. */
export function resolveNodeParams(
  query: SavedQuery,
  params: Record<string, ParamValue>,
  lookup: NodeLookup,
): Record<string, ParamValue> {
  const out = { ...params };
  for (const p of query.params) {
    const value = out[p.name];
    if (p.type !== "node" || typeof value !== "string") continue;
    const kinds = p.kinds;
    const what = kinds ? kinds.join(" or ") : "node";
    const known = lookup.byId(value);
    if (known && (!kinds || kinds.includes(known.kind))) continue;
    const named = lookup.named(value, kinds);
    if (named.length === 1) {
      out[p.name] = named[0]!.id;
      continue;
    }
    if (named.length > 1) {
      throw new AmbiguousNameError(
        `parameter ${p.name}: "${value}" names ${named.length} nodes: ${named.slice(0, 8).map(describe).join("; ")}; give one id`,
        named.map((n) => ({ id: n.id, label: n.label })),
      );
    }
    const near = lookup.near(value, kinds).slice(0, 5);
    throw new UnknownNameError(
      `parameter ${p.name}: no ${what} with id or name "${value}"` +
        (near.length ? ` (did you mean: ${near.map(describe).join("; ")})` : ""),
    );
  }
  return out;
}
