// Which nodes and links the filters hide: by kind, paper date range, degree (minimum, hubs) and link weight. Pure.
import type { NodeKind } from "../../../../domain/types.js";
import type { Filters } from "../url-state/types.js";

export interface FilterableNode {
  kind: NodeKind;
  degree: number;
  date?: string | null;
  /** Bundle nodes stand for many nodes: degree filters do not apply to them. */
  isBundle?: boolean;
}

/** A bound as a comparable date string: `2021` → `2021-01-01` (from) or `2021-12-31` (to). */
export function boundDate(bound: string, side: "from" | "to"): string {
  const [y, m, d] = bound.split("-");
  if (side === "from") return `${y}-${m ?? "01"}-${d ?? "01"}`;
  return `${y}-${m ?? "12"}-${d ?? "31"}`;
}

/** Whether a date names its year (`--MM-DD` and missing dates do not). */
export const isDated = (date: string | null | undefined): date is string => Boolean(date && /^\d{4}/.test(date));

/**
 * Whether a paper date passes the bounds; a date without a year (`--MM-DD`) or none at all passes only when
 * `keepUndated` says so.
 */
export function dateInRange(
  date: string | null | undefined,
  from: string | null,
  to: string | null,
  keepUndated = false,
): boolean {
  if (!from && !to) return true;
  if (!isDated(date)) return keepUndated;
  const full = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return (!from || full >= boundDate(from, "from")) && (!to || full <= boundDate(to, "to"));
}

export function hasDateBounds(filters: Filters): boolean {
  return Boolean(filters.from || filters.to);
}

/** The node-level test; `keep` (the view's focus) always passes. */
export function nodePasses(node: FilterableNode, filters: Filters, keep = false): boolean {
  if (keep) return true;
  if (filters.kinds && !filters.kinds.includes(node.kind)) return false;
  if (node.kind === "paper" && !node.isBundle && !dateInRange(node.date, filters.from, filters.to, filters.keepUndated))
    return false;
  if (!node.isBundle && node.degree < filters.minDegree) return false;
  if (!node.isBundle && filters.maxDegree !== null && node.degree > filters.maxDegree) return false;
  return true;
}

export interface GraphLike<N> {
  forEachNode(callback: (id: string, attrs: N) => void): void;
  forEachNeighbor(id: string, callback: (neighbour: string, attrs: N) => void): void;
}

/**
 * Hidden node ids. With date bounds, an entity whose papers are all filtered out goes too, so a date range
 * shows what those years' papers name rather than every entity of the corpus.
 */
export function hiddenNodes<N extends FilterableNode>(
  graph: GraphLike<N>,
  filters: Filters,
  keep: string | null,
): Set<string> {
  const hidden = new Set<string>();
  graph.forEachNode((id, attrs) => {
    if (!nodePasses(attrs, filters, id === keep)) hidden.add(id);
  });
  if (hasDateBounds(filters)) {
    graph.forEachNode((id, attrs) => {
      if (attrs.kind === "paper" || id === keep || hidden.has(id)) return;
      let papers = 0;
      let shown = 0;
      graph.forEachNeighbor(id, (n, a) => {
        if (a.kind !== "paper") return;
        papers++;
        if (!hidden.has(n)) shown++;
      });
      if (papers > 0 && shown === 0) hidden.add(id);
    });
  }
  return hidden;
}

/** Whether a link passes the weight filter (links without a weight always do). */
export function edgePasses(weight: number | undefined, filters: Filters): boolean {
  return weight === undefined || weight >= filters.minWeight;
}

export interface DateSummary {
  papers: number;
  /** Papers whose year is unknown. */
  undated: number;
  /** Earliest and latest year among dated papers (null when none is dated). */
  minYear: number | null;
  maxYear: number | null;
}

/** What the date filter needs to say about a graph's papers: how many are undated, which years the rest span. */
export function dateSummary<N extends FilterableNode>(graph: Pick<GraphLike<N>, "forEachNode">): DateSummary {
  const out: DateSummary = { papers: 0, undated: 0, minYear: null, maxYear: null };
  graph.forEachNode((_, a) => {
    if (a.kind !== "paper" || a.isBundle) return;
    out.papers++;
    if (!isDated(a.date)) {
      out.undated++;
      return;
    }
    const year = Number(a.date.slice(0, 4));
    out.minYear = out.minYear === null ? year : Math.min(out.minYear, year);
    out.maxYear = out.maxYear === null ? year : Math.max(out.maxYear, year);
  });
  return out;
}
