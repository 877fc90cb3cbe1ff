// Layout for graphs too big for ForceAtlas2 on every node (100k papers ≈ 200k nodes, 800k edges: seconds per
// iteration). ForceAtlas2 and Louvain run on a core of the best-connected nodes, which is also what the overview
// draws; every other node is then placed at the mean of its placed neighbours, ring by ring outwards. Pure.

import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { stableHash } from "../domain/identity.js";
import type { LayoutRow } from "../store/types.js";
import type { PackedInput } from "./layout-packed.js";
import { storedCoordinate } from "./layout-coordinate.js";

export interface LargeLayoutOptions {
  /** Nodes laid out by ForceAtlas2 (the rest are placed from their neighbours). */
  coreSize: number;
  /** Wall-clock budget for ForceAtlas2 on the core, in milliseconds. */
  budgetMs: number;
  maxIterations: number;
  rng: (seed: number) => () => number;
}

/** Compressed adjacency: neighbours of node i are `targets[offsets[i]..offsets[i+1]]`, deduplicated. */
interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

function adjacency(order: number, edges: Int32Array): Adjacency {
  const counts = new Int32Array(order + 1);
  const loop = (k: number) => edges[k] === edges[k + 1];
  for (let k = 0; k < edges.length; k += 2) {
    if (loop(k)) continue;
    counts[edges[k]!]!++;
    counts[edges[k + 1]!]!++;
  }
  const offsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  const fill = offsets.slice(0, order);
  const raw = new Int32Array(offsets[order]!);
  for (let k = 0; k < edges.length; k += 2) {
    if (loop(k)) continue;
    const [s, t] = [edges[k]!, edges[k + 1]!];
    raw[fill[s]!++] = t;
    raw[fill[t]!++] = s;
  }
  // Deduplicate each neighbour list (sorted), compacting in place.
  const dedupOffsets = new Int32Array(order + 1);
  let out = 0;
  for (let i = 0; i < order; i++) {
    const list = raw.subarray(offsets[i]!, offsets[i + 1]!).sort();
    for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) raw[out++] = list[k]!;
    dedupOffsets[i + 1] = out;
  }
  return { offsets: dedupOffsets, targets: raw.slice(0, out) };
}

/** Lays out a packed graph (node ids unique, links as index pairs; self-links and repeats count once). */
export function computeLargeLayout(input: PackedInput, options: LargeLayoutOptions): LayoutRow[] {
  const { ids, labels } = input;
  const order = ids.length;
  const adj = adjacency(order, input.edges);
  const degree = (i: number) => adj.offsets[i + 1]! - adj.offsets[i]!;

  // The core: best connected first, ties by id, as the overview picks its nodes.
  const ranked = Array.from({ length: order }, (_, i) => i).sort(
    (a, b) => degree(b) - degree(a) || (ids[a]! < ids[b]! ? -1 : 1),
  );
  const inCore = new Uint8Array(order);
  for (const i of ranked.slice(0, options.coreSize)) inCore[i] = 1;

  // Core graph: core–core edges, plus a weak link between core nodes that share a neighbour outside the core,
  // so entities whose papers are not in the core still sit near each other.
  const core = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const coreIndex = new Map<string, number>();
  for (const i of ranked.slice(0, options.coreSize)) {
    core.addNode(ids[i]!);
    coreIndex.set(ids[i]!, i);
  }
  const projected = new Map<number, number>();
  for (let i = 0; i < order; i++) {
    const neighbours = adj.targets.subarray(adj.offsets[i]!, adj.offsets[i + 1]!);
    if (inCore[i]) {
      for (const j of neighbours) if (inCore[j] && i < j) core.mergeEdge(ids[i]!, ids[j]!, { weight: 1 });
      continue;
    }
    // A few core neighbours per outside node are enough to pull them together; all pairs of many would not be.
    const linked = [...neighbours].filter((j) => inCore[j]).slice(0, 6);
    const weight = linked.length > 1 ? 1 / (4 * (linked.length - 1)) : 0;
    for (let a = 0; a < linked.length; a++) {
      for (let b = a + 1; b < linked.length; b++) {
        const [lo, hi] = linked[a]! < linked[b]! ? [linked[a]!, linked[b]!] : [linked[b]!, linked[a]!];
        const key = lo * order + hi;
        projected.set(key, (projected.get(key) ?? 0) + weight);
      }
    }
  }
  for (const [key, weight] of projected) {
    const [a, b] = [ids[Math.floor(key / order)]!, ids[key % order]!];
    if (!core.hasEdge(a, b)) core.addEdge(a, b, { weight });
  }

  const communities = core.order ? louvain(core, { rng: options.rng(42) }) : {};
  const count = Math.max(1, new Set(Object.values(communities)).size);
  const radius = Math.sqrt(core.order) * 10;
  const spread = Math.sqrt(core.order / count) * 5;
  core.forEachNode((id) => {
    const c = communities[id] ?? 0;
    const jitter = options.rng(parseInt(stableHash(id).slice(0, 8), 16));
    const angle = (2 * Math.PI * c) / count;
    core.mergeNodeAttributes(id, {
      x: radius * Math.cos(angle) + (jitter() - 0.5) * spread,
      y: radius * Math.sin(angle) + (jitter() - 0.5) * spread,
    });
  });
  const settings = { ...forceAtlas2.inferSettings(core), barnesHutOptimize: core.order > 2000 };
  // Iterations in small rounds until the time budget is spent, so a slow machine gets a rougher layout, not a
  // longer ingest. The first round always runs.
  const started = performance.now();
  for (let done = 0; done < options.maxIterations; done += 10) {
    forceAtlas2.assign(core, { iterations: Math.min(10, options.maxIterations - done), settings });
    if (performance.now() - started > options.budgetMs) break;
  }

  const x = new Float64Array(order);
  const y = new Float64Array(order);
  const community = new Int32Array(order);
  const placed = new Uint8Array(order);
  core.forEachNode((id, attrs) => {
    const i = coreIndex.get(id)!;
    [x[i], y[i], community[i], placed[i]] = [attrs.x as number, attrs.y as number, communities[id] ?? 0, 1];
  });

  // A typical core edge length sets how far a placed node sits from its neighbours' centre.
  let lengthSum = 0;
  let lengthCount = 0;
  core.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (lengthCount++ < 20000)
      lengthSum += Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number));
  });
  const step = Math.max(1, lengthCount ? lengthSum / Math.min(lengthCount, 20000) : 10) * 0.6;

  const place = (i: number, cx: number, cy: number, c: number, scale: number) => {
    const jitter = options.rng(parseInt(stableHash(ids[i]!).slice(0, 8), 16));
    const angle = jitter() * 2 * Math.PI;
    const r = step * scale * (0.5 + jitter());
    [x[i], y[i], community[i], placed[i]] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle), c, 1];
  };

  // Rings outwards from the core: each round places every node with a neighbour placed in an earlier round.
  let frontier = ranked.filter((i) => !placed[i] && hasPlacedNeighbour(i));
  function hasPlacedNeighbour(i: number): boolean {
    for (let k = adj.offsets[i]!; k < adj.offsets[i + 1]!; k++) if (placed[adj.targets[k]!]) return true;
    return false;
  }
  const settle = (nodes: number[]) => {
    const positions: [number, number, number, number, number][] = [];
    for (const i of nodes) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      let best = -1;
      for (let k = adj.offsets[i]!; k < adj.offsets[i + 1]!; k++) {
        const j = adj.targets[k]!;
        if (!placed[j]) continue;
        sx += x[j]!;
        sy += y[j]!;
        n++;
        if (best < 0 || degree(j) > degree(best)) best = j;
      }
      // A leaf of a big hub spreads further out, so thousands of papers around one dataset do not pile up.
      positions.push([i, sx / n, sy / n, community[best]!, n === 1 ? 1 + Math.sqrt(degree(best)) / 4 : 1]);
    }
    for (const [i, cx, cy, c, scale] of positions) place(i, cx, cy, c, scale);
  };
  while (frontier.length) {
    settle(frontier);
    const next = new Set<number>();
    for (const i of frontier) {
      for (let k = adj.offsets[i]!; k < adj.offsets[i + 1]!; k++)
        if (!placed[adj.targets[k]!]) next.add(adj.targets[k]!);
    }
    frontier = [...next];
  }

  // Components that never touch the core get a spot on an outer ring and grow from there, one community each.
  let nextCommunity = count;
  const outer = radius * 1.6 + step * 10;
  for (const i of ranked) {
    if (placed[i]) continue;
    const jitter = options.rng(parseInt(stableHash(ids[i]!).slice(0, 8), 16));
    const angle = jitter() * 2 * Math.PI;
    const c = nextCommunity++;
    [x[i], y[i], community[i], placed[i]] = [outer * Math.cos(angle), outer * Math.sin(angle), c, 1];
    let ring = [i];
    while (ring.length) {
      const next = new Set<number>();
      for (const j of ring) {
        for (let k = adj.offsets[j]!; k < adj.offsets[j + 1]!; k++)
          if (!placed[adj.targets[k]!]) next.add(adj.targets[k]!);
      }
      ring = [...next];
      settle(ring);
    }
  }

  return ids.map((id, i) => ({
    id,
    label: labels[i]!,
    x: storedCoordinate(x[i]!),
    y: storedCoordinate(y[i]!),
    degree: degree(i),
    community: community[i]!,
  }));
}
