// Layout for a run that adds papers to a laid-out store: existing nodes keep their positions and communities; a
// new node goes to the mean of its placed neighbours (ring by ring, as layout-large.ts places what its core
// leaves out), takes their most common community, and every node the run linked to or away from gets its new
// degree. Nothing of the stored graph beyond the run's neighbourhood is read. Pure.

import { stableHash } from "../domain/identity.js";
import type { NodeLabel } from "../domain/types.js";
import type { LayoutRow } from "../store/types.js";
import { storedCoordinate } from "./layout-coordinate.js";

export interface Placed {
  x: number;
  y: number;
  community: number;
}

export interface IncrementalLayoutInput {
  /** Nodes without a position yet (the run's new papers and entities). */
  fresh: { id: string; label: NodeLabel }[];
  /** Paper → entity links of the run's papers. */
  edges: [source: string, target: string][];
  /** Stored positions of the nodes those links reach. */
  placed: Map<string, Placed>;
  /** New degrees of every node whose links changed (fresh ones included), with its label. */
  degrees: Map<string, { label: NodeLabel; degree: number }>;
}

/** How far from its neighbours' mean a node lands, so nodes sharing their neighbours do not sit on one point. */
const JITTER = 4;

function jitter(id: string): [number, number] {
  const h = stableHash(id);
  const a = parseInt(h.slice(0, 8), 16) / 0xffffffff;
  const b = parseInt(h.slice(8, 16), 16) / 0xffffffff;
  return [(a - 0.5) * 2 * JITTER, (b - 0.5) * 2 * JITTER];
}

export function placeIncrementally(input: IncrementalLayoutInput): LayoutRow[] {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    let list = neighbours.get(a);
    if (!list) neighbours.set(a, (list = []));
    list.push(b);
  };
  for (const [s, t] of input.edges) {
    if (s === t) continue;
    link(s, t);
    link(t, s);
  }
  const placed = new Map(input.placed);
  let waiting = input.fresh.filter((n) => !placed.has(n.id));
  // Ring by ring: a node with placed neighbours is placed; the next ring may then reach the rest.
  while (waiting.length) {
    const next: typeof waiting = [];
    const ring = new Map<string, Placed>();
    for (const node of waiting) {
      const around = (neighbours.get(node.id) ?? []).flatMap((id) => {
        const p = placed.get(id);
        return p ? [p] : [];
      });
      if (!around.length) {
        next.push(node);
        continue;
      }
      const [dx, dy] = jitter(node.id);
      const x = around.reduce((sum, p) => sum + p.x, 0) / around.length + dx;
      const y = around.reduce((sum, p) => sum + p.y, 0) / around.length + dy;
      ring.set(node.id, { x, y, community: mostCommon(around.map((p) => p.community)) });
    }
    if (!ring.size) break;
    for (const [id, p] of ring) placed.set(id, p);
    waiting = next;
  }
  // Whatever reaches nothing placed (a paper naming only new entities that name nothing else) starts at the origin.
  for (const node of waiting) {
    const [dx, dy] = jitter(node.id);
    placed.set(node.id, { x: dx, y: dy, community: 0 });
  }

  const rows: LayoutRow[] = [];
  const written = new Set<string>();
  for (const node of input.fresh) {
    const p = placed.get(node.id)!;
    const degree = input.degrees.get(node.id)?.degree ?? neighbours.get(node.id)?.length ?? 0;
    rows.push({
      id: node.id,
      label: node.label,
      x: storedCoordinate(p.x),
      y: storedCoordinate(p.y),
      degree,
      community: p.community,
    });
    written.add(node.id);
  }
  for (const [id, { label, degree }] of input.degrees) {
    const p = placed.get(id);
    if (written.has(id) || !p) continue;
    rows.push({ id, label, x: p.x, y: p.y, degree, community: p.community });
  }
  return rows;
}

/** The most frequent value; ties go to the smallest, so the result does not depend on order. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, c] of counts) {
    const bc = counts.get(best)!;
    if (c > bc || (c === bc && v < best)) best = v;
  }
  return best;
}
