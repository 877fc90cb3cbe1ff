// The camera move of a snapshot drag (snapshot-pan.ts): the framed-graph vector a frame draws as a pixel offset.
import { describe, expect, it } from "vitest";
import { framedDelta } from "../../../web/src/graph/snapshot-pan.js";

/** A frame as sigma draws one: framed units scaled to pixels, rotated, y pointing up on screen. */
const frame =
  (scale: number, angle: number, at = { x: 300, y: 200 }) =>
  (p: { x: number; y: number }) => ({
    x: at.x + scale * (p.x * Math.cos(angle) - p.y * Math.sin(angle)),
    y: at.y - scale * (p.x * Math.sin(angle) + p.y * Math.cos(angle)),
  });

describe("framedDelta", () => {
  it("turns a drag into the framed vector the frame draws that long, whatever the frame's scale", () => {
    const toViewport = frame(702.6, 0);
    const move = framedDelta(toViewport, { x: 80, y: 40 });
    expect(move.x).toBeCloseTo(80 / 702.6, 10);
    expect(move.y).toBeCloseTo(-40 / 702.6, 10);
  });

  it("undoes rotation: the framed vector drawn back is the drag", () => {
    const toViewport = frame(350, 0.7);
    const move = framedDelta(toViewport, { x: -25, y: 60 });
    const origin = toViewport({ x: 0, y: 0 });
    const end = toViewport(move);
    expect(end.x - origin.x).toBeCloseTo(-25, 9);
    expect(end.y - origin.y).toBeCloseTo(60, 9);
  });

  it("moves nothing through a degenerate frame", () => {
    expect(framedDelta(() => ({ x: 1, y: 1 }), { x: 5, y: 5 })).toEqual({ x: 0, y: 0 });
  });
});
