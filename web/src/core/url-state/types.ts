// The whole explorer view as plain data: what the URL encodes and a shared link reopens.
import type { NodeKind, RelationType } from "../../../../domain/types.js";

export const VIEW_KINDS = ["overview", "neighbourhood", "shares", "methods"] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

export const COLOR_MODES = ["kind", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface Filters {
  /** Kinds drawn; null draws every kind. */
  kinds: NodeKind[] | null;
  /** Paper date bounds, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive; papers without a year fail any bound. */
  from: string | null;
  to: string | null;
  /** With date bounds, keep papers whose year is unknown instead of hiding them. */
  keepUndated: boolean;
  /** Nodes with a smaller degree are hidden. */
  minDegree: number;
  /** Hubs: nodes with a larger degree are hidden (null hides none). */
  maxDegree: number | null;
  /** Weighted links (co-usage, shared data) lighter than this are hidden. */
  minWeight: number;
}

/** Sigma's camera in its normalised frame. */
export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

/** A neighbour bundle of an expanded node: the neighbours of one kind through one relation. */
export type BundleKey = `${NodeKind}.${RelationType}`;

/** An expanded node and how many pages of each of its bundles are open (small bundles open by themselves). */
export interface Expansion {
  id: string;
  open: Partial<Record<BundleKey, number>>;
}

export interface ViewState {
  view: ViewKind;
  /** What the view is about: the neighbourhood's root, the paper whose data is shared, the centred model. */
  focus: string | null;
  /** The node shown in the side panel. */
  selected: string | null;
  color: ColorMode;
  filters: Filters;
  camera: Camera | null;
  /** Neighbourhood view: expanded nodes in the order they were expanded, and pinned nodes. */
  expanded: Expansion[];
  pinned: string[];
}
