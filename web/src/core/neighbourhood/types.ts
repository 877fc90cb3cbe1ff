// Shapes of the neighbourhood view: the fetched data it is derived from and what it derives.
import type { Neighbour, NeighboursPageResponse, NodeKind, RelationType } from "../../../../domain/types.js";
import type { BundleKey } from "../url-state/types.js";

/** One page of one bundle of one node, as fetched. */
export interface PageRequest {
  id: string;
  kind: NodeKind;
  relation: RelationType;
  page: number;
}

/** What has been fetched so far: each node's bundle sizes, and bundle pages. */
export interface NeighbourhoodData {
  summaries: ReadonlyMap<string, NeighboursPageResponse>;
  pages: ReadonlyMap<string, Neighbour[]>;
}

export interface PlacedNode {
  id: string;
  kind: NodeKind;
  label: string;
  degree: number;
  date: string | null;
  x: number;
  y: number;
  expanded: boolean;
  pinned: boolean;
  /** A bundle's remainder drawn as one node ("402 more papers use ImageNet"). */
  bundle?: { parent: string; key: BundleKey; remaining: number; total: number };
}

export interface NeighbourhoodEdge {
  source: string;
  target: string;
  relation: RelationType;
}

export interface DerivedNeighbourhood {
  nodes: PlacedNode[];
  edges: NeighbourhoodEdge[];
  /** Summaries and pages still to fetch before the view is complete. */
  missing: { summaries: string[]; pages: PageRequest[] };
}
