// Where node labels go on the canvas, so that none overprints another and none is cut by the canvas edge: a greedy
// placement, most important label first (the view's focus, the selection, forced labels, then bigger nodes), each
// set right of its node, else left of it, else above or below it, else shortened (to fit the canvas, or to find a
// free place), else left out. Labels also keep off the discs of the nodes drawn (`obstacles`), so text never runs
// across a node. Pure: the canvas is measured through `measure`.

export interface LabelCandidate {
  id: string;
  text: string;
  /** The node's centre and rendered radius, in viewport pixels. */
  x: number;
  y: number;
  radius: number;
  /** Higher goes first; ties go to the bigger node. */
  priority: number;
  /** May cross other nodes' discs (drawn on a plate, label-layer.ts) rather than be left out: a hub of a crowd. */
  overDiscs?: boolean;
}

/** A label as drawn: its box in viewport pixels (text inside it, vertically centred) and the text shown. */
export interface PlacedLabel {
  id: string;
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  side: LabelSide;
  /** Crosses other nodes' discs, so it is drawn on an opaque plate that hides them. */
  plate?: boolean;
}

/** Where a label sits beside its node, in the order they are tried. */
export type LabelSide =
  "right" | "left" | "above" | "below" | "above-right" | "below-right" | "above-left" | "below-left";
// The four sides first, then the corners: in a crowd of hubs the corners are often what is left (the eight places of
// cartographic label placement).
const SIDES: readonly LabelSide[] = [
  "right",
  "left",
  "above",
  "below",
  "above-right",
  "below-right",
  "above-left",
  "below-left",
];
/** How far a corner label sits from the node's centre, as a share of its radius (a disc's edge at 45°). */
const CORNER = Math.SQRT1_2;

export interface LabelLayoutOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Space between a node's disc and its label. */
  gap?: number;
  /** Free space kept around each label box, so neighbours do not touch. */
  margin?: number;
  /** A label that must be shortened is left out when less than this many pixels of it would remain. */
  minWidth?: number;
  /** The widest a label may be, as a share of the canvas width (longer ones are shortened); default 0.45. */
  maxShare?: number;
  /** Labels of at least this priority (the focus, the selection) may cross node discs rather than be left out. */
  overObstaclesFrom?: number;
}

const ELLIPSIS = "…";

/** The longest prefix of `text` (plus an ellipsis) at most `width` wide, or null when not even a few letters fit. */
export function shorten(text: string, width: number, measure: (t: string) => number): string | null {
  if (measure(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo >= 3 ? text.slice(0, lo).trimEnd() + ELLIPSIS : null;
}

/** Boxes bucketed by a coarse grid, so a collision test looks at a few neighbours instead of every label. */
interface Box {
  id?: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

class BoxIndex {
  private cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}
  private keys(b: { left: number; top: number; width: number; height: number }): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(b.left / this.cell); cx <= Math.floor((b.left + b.width) / this.cell); cx++)
      for (let cy = Math.floor(b.top / this.cell); cy <= Math.floor((b.top + b.height) / this.cell); cy++)
        keys.push(`${cx},${cy}`);
    return keys;
  }
  /** Whether `b` comes within `margin` of a box, its own node's disc (same id) aside. */
  collides(b: Box, margin: number): boolean {
    for (const key of this.keys(b))
      for (const o of this.cells.get(key) ?? [])
        if (
          o.id !== b.id &&
          b.left < o.left + o.width + margin &&
          o.left < b.left + b.width + margin &&
          b.top < o.top + o.height + margin &&
          o.top < b.top + b.height + margin
        )
          return true;
    return false;
  }
  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }
}

/** A drawn node's disc, which labels keep off. */
export interface Obstacle {
  id: string;
  x: number;
  y: number;
  radius: number;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string) => number,
  options: LabelLayoutOptions,
  obstacles: readonly Obstacle[] = [],
): PlacedLabel[] {
  const { width, height, fontSize } = options;
  const gap = options.gap ?? 3;
  const margin = options.margin ?? 2;
  const minWidth = options.minWidth ?? 70;
  const boxHeight = Math.ceil(fontSize * 1.25);
  const maxWidth = Math.max(minWidth, width * (options.maxShare ?? 0.45));
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || b.radius - a.radius);
  const index = new BoxIndex(96);
  const discs = new BoxIndex(96);
  for (const o of obstacles)
    discs.add({ id: o.id, left: o.x - o.radius, top: o.y - o.radius, width: o.radius * 2, height: o.radius * 2 });
  const placed: PlacedLabel[] = [];
  for (const c of ordered) {
    const overDiscs = c.overDiscs === true || c.priority >= (options.overObstaclesFrom ?? Infinity);
    const free = (box: PlacedLabel) => !index.collides(box, margin) && (overDiscs || !discs.collides(box, 0));
    if (!c.text || c.x < 0 || c.x > width || c.y < 0 || c.y > height) continue;
    if (height < boxHeight) continue;
    const full = measure(c.text);
    let chosen: PlacedLabel | null = null;
    // Widths to try, longest first: the whole label when no wider than the cap, then shorter cuts, each on every
    // side of the node (a narrow canvas would otherwise give a long title to a single node).
    const widths = [Math.min(full, maxWidth), Math.min(full, maxWidth * 0.6), Math.min(full, maxWidth * 0.35)];
    for (const limit of [...new Set(widths)]) {
      for (const side of SIDES) {
        const room = Math.min(limit, roomOn(c, side, width, gap));
        const text = room >= full ? c.text : room >= minWidth ? shorten(c.text, room, measure) : null;
        if (!text) continue;
        const box = boxAt(c, side, text, text === c.text ? full : measure(text), { width, height, boxHeight, gap });
        if (!box) continue;
        if (free(box)) {
          chosen = box;
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen) continue;
    if (c.overDiscs && discs.collides(chosen, 0)) chosen = { ...chosen, plate: true };
    index.add(chosen);
    placed.push(chosen);
  }
  return placed;
}

/** The widest a label may be on `side` of the node without leaving the canvas. */
function roomOn(c: LabelCandidate, side: LabelSide, width: number, gap: number): number {
  if (side === "right") return width - (c.x + c.radius + gap);
  if (side === "left") return c.x - c.radius - gap;
  if (side.endsWith("-right")) return width - (c.x + c.radius * CORNER + gap);
  if (side.endsWith("-left")) return c.x - c.radius * CORNER - gap;
  return width;
}

/**
 * The label's box on `side` of the node, kept inside the canvas; null when it cannot be (a label above a node at
 * the top edge would cover the node itself).
 */
function boxAt(
  c: LabelCandidate,
  side: LabelSide,
  text: string,
  textWidth: number,
  canvas: { width: number; height: number; boxHeight: number; gap: number },
): PlacedLabel | null {
  const { width, height, boxHeight, gap } = canvas;
  const box = { id: c.id, text, width: textWidth, height: boxHeight, side };
  if (side === "right" || side === "left") {
    // A node at the top or bottom edge keeps its label inside the canvas, as close to the node as fits.
    const top = Math.min(Math.max(0, c.y - boxHeight / 2), height - boxHeight);
    return { ...box, top, left: side === "right" ? c.x + c.radius + gap : c.x - c.radius - gap - textWidth };
  }
  if (side !== "above" && side !== "below") {
    // A corner: the box's nearest corner at the disc's edge, 45° out, kept wholly inside the canvas.
    const reach = c.radius * CORNER + gap;
    const top = side.startsWith("above") ? c.y - reach - boxHeight : c.y + reach;
    const left = side.endsWith("right") ? c.x + reach : c.x - reach - textWidth;
    if (top < 0 || top + boxHeight > height || left < 0 || left + textWidth > width) return null;
    return { ...box, top, left };
  }
  const top = side === "above" ? c.y - c.radius - gap - boxHeight : c.y + c.radius + gap;
  if (top < 0 || top + boxHeight > height) return null;
  // Centred over the node, shifted inwards at the canvas edges.
  const left = Math.min(Math.max(0, c.x - textWidth / 2), width - textWidth);
  return { ...box, top, left };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
