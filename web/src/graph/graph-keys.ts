// Keyboard navigation on the graph canvas, as a pure step from a key to what happens: the arrows walk a ring of
// nodes (the anchor, i.e. the selection or else the view's focus, then its drawn neighbours clockwise from
// 12 o'clock; without an anchor, the drawn nodes best connected first), Enter or Space selects the node under
// the keyboard cursor (its page opens, and its neighbours become the ring), Home goes back to the anchor and
// Escape clears the selection.
import type { PaperGraph } from "./build-graph.js";

export type KeyboardStep =
  { type: "move"; to: string; position: number; of: number } | { type: "select"; id: string } | { type: "clear" };

export interface KeyboardContext {
  graph: PaperGraph;
  /** The selection, else the view's focus, else null. */
  anchor: string | null;
  /** The node the keyboard cursor is on, if any. */
  cursor: string | null;
  isVisible(id: string): boolean;
}

/** Without an anchor the ring is the best-connected drawn nodes, at most this many. */
const RING_WITHOUT_ANCHOR = 50;

/** The nodes the arrows walk, in order. */
export function keyboardRing(ctx: KeyboardContext): string[] {
  const { graph, anchor, isVisible } = ctx;
  if (!anchor || !graph.hasNode(anchor)) {
    return graph
      .filterNodes((id) => isVisible(id))
      .sort((a, b) => graph.getNodeAttribute(b, "degree") - graph.getNodeAttribute(a, "degree") || (a < b ? -1 : 1))
      .slice(0, RING_WITHOUT_ANCHOR);
  }
  const at = graph.getNodeAttributes(anchor);
  // Clockwise on screen from 12 o'clock: sigma draws the graph's y axis pointing up.
  const angle = (id: string) => {
    const p = graph.getNodeAttributes(id);
    const a = Math.atan2(p.x - at.x, p.y - at.y);
    return a < 0 ? a + 2 * Math.PI : a;
  };
  const around = graph
    .neighbors(anchor)
    .filter(isVisible)
    .map((id) => ({ id, angle: angle(id) }))
    .sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : 1))
    .map((n) => n.id);
  return [anchor, ...around];
}

export function keyboardStep(key: string, ctx: KeyboardContext): KeyboardStep | null {
  if (key === "Escape") return { type: "clear" };
  if ((key === "Enter" || key === " ") && ctx.cursor && ctx.graph.hasNode(ctx.cursor))
    return { type: "select", id: ctx.cursor };
  const forward = key === "ArrowRight" || key === "ArrowDown";
  const backward = key === "ArrowLeft" || key === "ArrowUp";
  if (!forward && !backward && key !== "Home") return null;
  const ring = keyboardRing(ctx);
  if (!ring.length) return null;
  const here = ctx.cursor ? ring.indexOf(ctx.cursor) : -1;
  let next: number;
  if (key === "Home") next = 0;
  // The first step from nowhere: the anchor's first neighbour clockwise (or its last, going back).
  else if (here < 0) next = forward ? (ring[0] === ctx.anchor && ring.length > 1 ? 1 : 0) : ring.length - 1;
  else next = (here + (forward ? 1 : -1) + ring.length) % ring.length;
  return { type: "move", to: ring[next]!, position: next + 1, of: ring.length };
}
