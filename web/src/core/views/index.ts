// Builds the graph each view draws from its data: neighbourhood, shares-data and related-methods. Pure.
import { circular } from "graphology-library/layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { RelatedMethodsResponse, SharedDataResponse } from "../../../../domain/types.js";
import { KIND_COLORS, sizeForDegree } from "../../graph/appearance.js";
import { newPaperGraph, type PaperGraph } from "../../graph/build-graph.js";
import type { DerivedNeighbourhood } from "../neighbourhood/types.js";

const EDGE = "#c9ced8";
/** Matches drawn on the inner ring of the shares-data view. */
const INNER_RING = 12;

export function neighbourhoodGraph(derived: DerivedNeighbourhood): PaperGraph {
  const graph = newPaperGraph();
  for (const n of derived.nodes) {
    graph.addNode(n.id, {
      kind: n.kind,
      label: n.label,
      x: n.x,
      y: n.y,
      size: n.bundle ? 7 + Math.min(14, Math.sqrt(n.bundle.remaining)) : sizeForDegree(n.degree) + 2,
      color: KIND_COLORS[n.kind],
      degree: n.degree,
      date: n.date,
      pinned: n.pinned,
      expanded: n.expanded,
      isBundle: Boolean(n.bundle),
    });
  }
  for (const e of derived.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
      graph.addEdge(e.source, e.target, { relation: e.relation, size: 1, color: EDGE });
    }
  }
  return graph;
}

/** Focus paper at the centre, its datasets and benchmarks on an inner ring, matching papers outside, best nearest. */
export function sharesGraph(data: SharedDataResponse): PaperGraph {
  const graph = newPaperGraph();
  const items = data.items.filter((i) => data.matches.some((m) => m.shared.includes(i.id)));
  graph.addNode(data.paper.id, {
    kind: "paper",
    label: data.paper.label,
    x: 0,
    y: 0,
    size: 16,
    color: KIND_COLORS.paper,
    degree: data.items.length,
  });
  const angleOf = new Map<string, number>();
  items.forEach((item, i) => {
    const angle = (2 * Math.PI * i) / Math.max(items.length, 1) - Math.PI / 2;
    angleOf.set(item.id, angle);
    graph.addNode(item.id, {
      kind: item.kind,
      label: `${item.label} (${item.papers} papers)`,
      x: 120 * Math.cos(angle),
      y: 120 * Math.sin(angle),
      size: 6 + 1.5 * item.weight,
      color: KIND_COLORS[item.kind],
      degree: item.papers,
    });
    graph.addEdge(data.paper.id, item.id, {
      relation: item.kind === "benchmark" ? "EVALUATES_ON" : "USES",
      size: 1 + item.weight / 2,
      color: "#9aa3b5",
      weight: item.weight,
    });
  });
  const best = data.matches[0]?.score ?? 1;
  // The best matches on an inner ring, the rest outside; on each ring papers are spread evenly, in the order of
  // the mean angle of what they share, turned so that they sit near those items.
  const meanAngle = (shared: string[]) => {
    const angles = shared.map((id) => angleOf.get(id) ?? 0);
    const sin = angles.reduce((sum, a) => sum + Math.sin(a), 0);
    const cos = angles.reduce((sum, a) => sum + Math.cos(a), 0);
    return Math.atan2(sin, cos);
  };
  const rings = [data.matches.slice(0, INNER_RING), data.matches.slice(INNER_RING)];
  rings.forEach((ring, r) => {
    const ordered = ring.map((m) => ({ m, want: meanAngle(m.shared) })).sort((a, b) => a.want - b.want);
    const n = ordered.length;
    const turn = Math.atan2(
      ordered.reduce((sum, o, i) => sum + Math.sin(o.want - (2 * Math.PI * i) / n), 0),
      ordered.reduce((sum, o, i) => sum + Math.cos(o.want - (2 * Math.PI * i) / n), 0),
    );
    ordered.forEach(({ m }, i) => {
      const angle = turn + (2 * Math.PI * i) / n;
      const radius = (r === 0 ? 210 : 340) + (i % 2) * 22;
      graph.addNode(m.id, {
        kind: "paper",
        label: m.label,
        x: radius * Math.cos(angle),
        y: radius * Math.sin(angle),
        size: 4 + 6 * (m.score / best),
        color: KIND_COLORS.paper,
        degree: m.shared.length,
        date: m.date,
      });
      for (const id of m.shared) {
        if (graph.hasNode(id)) {
          graph.addEdge(m.id, id, { relation: "USES", size: 0.8, color: EDGE, weight: m.score, label: m.reason });
        }
      }
    });
  });
  return graph;
}

/** Models as nodes, co-usage as weighted links, placed by ForceAtlas2 from a circle (deterministic). */
export function methodsGraph(data: RelatedMethodsResponse): PaperGraph {
  const graph = newPaperGraph();
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      kind: "model",
      label: n.label,
      x: 0,
      y: 0,
      size: sizeForDegree(n.papers) + (n.id === data.focus ? 4 : 0),
      color: KIND_COLORS.model,
      degree: n.papers,
      // An ego view is small: every model is labelled.
      ...(data.focus ? { forceLabel: true } : {}),
    });
  }
  for (const l of data.links) {
    graph.addEdge(l.source, l.target, {
      relation: "CO_USED",
      size: Math.min(8, 0.6 + Math.sqrt(l.weight)),
      color: EDGE,
      weight: l.weight,
      label: `${l.weight} paper${l.weight === 1 ? "" : "s"} name both`,
    });
  }
  circular.assign(graph, { scale: 100 });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: 200,
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1, gravity: 1 },
    });
  }
  return graph;
}
