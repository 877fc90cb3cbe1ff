// The layout's input packed: node ids and labels in arrays, links as pairs of node indices in one Int32Array.
// It crosses to a worker thread without copying the links, and a million papers' 7.7M links take 62 MB instead
// of a tuple of two strings each (about 1.5 GB of layout memory at that size).

import type { NodeLabel } from "../domain/types.js";
import type { LayoutInput } from "./layout.js";

export interface PackedInput {
  ids: string[];
  labels: NodeLabel[];
  /** Source and target index of each link, one after the other. */
  edges: Int32Array;
}

/** Packs `input`: a node listed twice keeps its first place; links to unknown nodes are left out. */
export function packLayoutInput(input: LayoutInput): PackedInput {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const labels: NodeLabel[] = [];
  for (const n of input.nodes) {
    if (index.has(n.id)) continue;
    index.set(n.id, ids.length);
    ids.push(n.id);
    labels.push(n.label);
  }
  const edges = new Int32Array(input.edges.length * 2);
  let k = 0;
  for (const [s, t] of input.edges) {
    const si = index.get(s);
    const ti = index.get(t);
    if (si === undefined || ti === undefined) continue;
    edges[k++] = si;
    edges[k++] = ti;
  }
  return { ids, labels, edges: edges.subarray(0, k) };
}

export function unpackLayoutInput({ ids, labels, edges }: PackedInput): LayoutInput {
  const pairs: [string, string][] = [];
  for (let i = 0; i < edges.length; i += 2) pairs.push([ids[edges[i]!]!, ids[edges[i + 1]!]!]);
  return { nodes: ids.map((id, i) => ({ id, label: labels[i]! })), edges: pairs };
}
