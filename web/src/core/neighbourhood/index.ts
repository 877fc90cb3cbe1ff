// The neighbourhood view: state transitions (expand, open a page, collapse, pin) and the drawn graph derived
// from state plus fetched pages, with deterministic positions (each expansion fans out around its node). Pure.
import type { NodeKind } from "../../../../domain/types.js";
import type { BundleKey, ViewState } from "../url-state/types.js";
import type { DerivedNeighbourhood, NeighbourhoodData, NeighbourhoodEdge, PageRequest, PlacedNode } from "./types.js";
import { bundleNodeId, bundleText, pageKey, pagesFor, pagesShown, PAGE_SIZE } from "./utils.js";

export * from "./types.js";
export * from "./utils.js";

type Graphish = Pick<ViewState, "focus" | "expanded" | "pinned">;

export function isExpanded(state: Graphish, id: string): boolean {
  return state.expanded.some((e) => e.id === id);
}

export function expand<S extends Graphish>(state: S, id: string): S {
  if (isExpanded(state, id)) return state;
  return { ...state, expanded: [...state.expanded, { id, open: {} }] };
}

/** Drops the node's expansion and any expansion whose node is no longer drawn (`present`, after collapsing). */
export function collapse<S extends Graphish>(state: S, id: string): S {
  return { ...state, expanded: state.expanded.filter((e) => e.id !== id) };
}

export function pruneExpansions<S extends Graphish>(state: S, present: ReadonlySet<string>): S {
  const expanded = state.expanded.filter((e) => present.has(e.id));
  return expanded.length === state.expanded.length ? state : { ...state, expanded };
}

/** Opens the next page of one bundle of an expanded node. */
export function openNextPage<S extends Graphish>(state: S, id: string, key: BundleKey, shown: number): S {
  const base = isExpanded(state, id) ? state : expand(state, id);
  return {
    ...base,
    expanded: base.expanded.map((e) => (e.id === id ? { ...e, open: { ...e.open, [key]: shown + 1 } } : e)),
  };
}

export function togglePin<S extends Graphish>(state: S, id: string): S {
  const pinned = state.pinned.includes(id) ? state.pinned.filter((p) => p !== id) : [...state.pinned, id];
  return { ...state, pinned };
}

const RING = 70;

/** Positions for `count` children around (x, y), fanning away from the parent at (px, py) when there is one. */
export function fanOut(x: number, y: number, count: number, from: { x: number; y: number } | null) {
  const radius = RING + 14 * Math.sqrt(count);
  const full = from === null || (from.x === x && from.y === y);
  const away = full ? -Math.PI / 2 : Math.atan2(y - from.y, x - from.x);
  const spread = full ? 2 * Math.PI : Math.min(2 * Math.PI * 0.75, 0.5 + count * 0.35);
  return Array.from({ length: count }, (_, i) => {
    const angle = full ? away + (spread * i) / count : away - spread / 2 + (spread * (i + 0.5)) / count;
    return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
  });
}

/** The drawn neighbourhood: root, pinned nodes and everything reachable through expansions, breadth first. */
export function deriveNeighbourhood(state: Graphish, data: NeighbourhoodData): DerivedNeighbourhood {
  const missing = { summaries: [] as string[], pages: [] as PageRequest[] };
  const nodes = new Map<string, PlacedNode>();
  const edges: NeighbourhoodEdge[] = [];
  const edgeKeys = new Set<string>();
  const parentOf = new Map<string, string>();
  const root = state.focus;
  if (!root) return { nodes: [], edges, missing };
  const expansions = new Map(state.expanded.map((e) => [e.id, e]));
  const pinned = new Set(state.pinned);

  const summaryNode = (id: string, x: number, y: number): PlacedNode | null => {
    const s = data.summaries.get(id);
    if (!s) {
      if (!missing.summaries.includes(id)) missing.summaries.push(id);
      return null;
    }
    return { id, kind: s.kind, label: s.label, degree: s.total, date: null, x, y, expanded: false, pinned: false };
  };
  const start = summaryNode(root, 0, 0);
  if (!start) return { nodes: [], edges, missing };
  nodes.set(root, start);

  const queue = [root];
  const addEdge = (source: string, target: string, relation: NeighbourhoodEdge["relation"]) => {
    const key = `${source}|${target}`;
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push({ source, target, relation });
  };
  const drain = () => {
    while (queue.length) {
      const id = queue.shift()!;
      const node = nodes.get(id)!;
      const expansion = expansions.get(id);
      if (!expansion) continue;
      const summary = data.summaries.get(id);
      if (!summary) {
        if (!missing.summaries.includes(id)) missing.summaries.push(id);
        continue;
      }
      node.expanded = true;
      // Children in bundle order; a bundle with more than is shown adds one bundle node for the rest.
      const children: { neighbour?: PlacedNode; relation: NeighbourhoodEdge["relation"]; bundleOnly?: PlacedNode }[] =
        [];
      for (const request of pagesFor(expansion, summary.bundles)) {
        const page = data.pages.get(pageKey(request));
        if (!page) {
          missing.pages.push(request);
          continue;
        }
        for (const n of page) {
          const placed: PlacedNode = {
            id: n.id,
            kind: n.kind,
            label: n.label,
            degree: n.degree ?? 0,
            date: n.date ?? null,
            x: 0,
            y: 0,
            expanded: false,
            pinned: false,
          };
          children.push({ neighbour: placed, relation: n.relation });
        }
      }
      for (const b of summary.bundles) {
        const key: BundleKey = `${b.kind}.${b.relation}`;
        const shown = Math.min(b.count, pagesShown(b, expansion) * PAGE_SIZE);
        if (shown >= b.count) continue;
        const remaining = b.count - shown;
        children.push({
          relation: b.relation,
          bundleOnly: {
            id: bundleNodeId(id, key),
            kind: b.kind,
            label: bundleText(summary.label, summary.kind, b.kind, b.relation, remaining, shown > 0),
            degree: remaining,
            date: null,
            x: 0,
            y: 0,
            expanded: false,
            pinned: false,
            bundle: { parent: id, key, remaining, total: b.count },
          },
        });
      }
      const fresh = children.filter((c) => !nodes.has((c.neighbour ?? c.bundleOnly)!.id));
      const parent = parentOf.get(id);
      const spots = fanOut(node.x, node.y, fresh.length, parent ? nodes.get(parent)! : null);
      fresh.forEach((c, i) => {
        const child = (c.neighbour ?? c.bundleOnly)!;
        child.x = spots[i]!.x;
        child.y = spots[i]!.y;
        nodes.set(child.id, child);
        parentOf.set(child.id, id);
        if (c.neighbour) queue.push(child.id);
      });
      for (const c of children) {
        const other = (c.neighbour ?? c.bundleOnly)!.id;
        // Paper → entity, whichever side was expanded.
        const paperSide = node.kind === "paper" || c.bundleOnly ? id : other;
        addEdge(paperSide, paperSide === id ? other : id, c.relation);
      }
    }
  };
  drain();
  // Pinned nodes stay drawn when what reached them is collapsed, on an outer ring.
  const orphans = state.pinned.filter((id) => !nodes.has(id));
  const ring = fanOut(0, 0, orphans.length, null).map((p) => ({ x: p.x * 3, y: p.y * 3 }));
  orphans.forEach((id, i) => {
    const n = summaryNode(id, ring[i]!.x, ring[i]!.y);
    if (n) {
      nodes.set(id, n);
      queue.push(id);
    }
  });
  drain();
  for (const n of nodes.values()) n.pinned = pinned.has(n.id);
  return { nodes: [...nodes.values()], edges, missing };
}

/** Kinds present among drawn nodes (for the legend). */
export function kindsOf(nodes: PlacedNode[]): NodeKind[] {
  return [...new Set(nodes.map((n) => n.kind))];
}
