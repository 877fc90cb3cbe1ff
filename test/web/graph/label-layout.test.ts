// Label placement: most important first, right of the node else left (then above, below and the corners), shortened
// only when no side holds the whole label, never overlapping another and never past the canvas edge.
import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, shorten, type LabelCandidate } from "../../../web/src/graph/label-layout.js";

/** Every character 7 px wide. */
const measure = (t: string) => t.length * 7;
const OPTIONS = { width: 400, height: 200, fontSize: 12 };
const node = (id: string, x: number, y: number, text: string, priority = 1, radius = 5): LabelCandidate => ({
  id,
  text,
  x,
  y,
  radius,
  priority,
});

describe("placeLabels", () => {
  it("sets a label right of its node, and left of it when the right would leave the canvas", () => {
    const [a, b] = placeLabels([node("a", 100, 50, "Alpha"), node("b", 380, 120, "Bravo")], measure, OPTIONS);
    expect(a).toMatchObject({ id: "a", side: "right", left: 108, text: "Alpha" });
    expect(b).toMatchObject({ id: "b", side: "left", text: "Bravo" });
    expect(b!.left + b!.width).toBeLessThanOrEqual(380 - 5);
  });

  it("gives the place to the higher priority and moves or drops the other", () => {
    // Two nodes side by side: the focus (priority 5) keeps the right; the other goes left of its own node.
    const placed = placeLabels(
      [node("other", 110, 50, "Other label", 1), node("focus", 100, 52, "The focus paper", 5)],
      measure,
      OPTIONS,
    );
    expect(placed[0]).toMatchObject({ id: "focus", side: "right", text: "The focus paper" });
    for (const p of placed.slice(1)) expect(overlaps(p, placed[0]!)).toBe(false);
  });

  it("takes a corner of its node when dots block all four sides", () => {
    const dots = [
      { id: "r", x: 222, y: 104, radius: 6 },
      { id: "l", x: 180, y: 100, radius: 5 },
      { id: "a", x: 200, y: 85, radius: 6 },
      { id: "b", x: 200, y: 115, radius: 6 },
    ];
    const [hub] = placeLabels([node("hub", 200, 100, "Hub")], measure, OPTIONS, dots);
    expect(hub).toMatchObject({ id: "hub", side: "above-right", text: "Hub" });
    expect(hub!.left).toBeGreaterThan(200);
    expect(hub!.top + hub!.height).toBeLessThan(100);
    // With one more dot on that corner, the next corner free is taken.
    const [moved] = placeLabels([node("hub", 200, 100, "Hub")], measure, OPTIONS, [
      ...dots,
      { id: "c", x: 214, y: 86, radius: 4 },
    ]);
    expect(moved?.side).toBe("above-left");
  });

  it("never overlaps and never leaves the canvas, whatever the crowd", () => {
    const crowd: LabelCandidate[] = [];
    for (let i = 0; i < 300; i++)
      crowd.push(node(`n${i}`, (i * 37) % 420, (i * 53) % 220, `label number ${i}`, i % 3, 3 + (i % 7)));
    const placed = placeLabels(crowd, measure, OPTIONS);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(OPTIONS.width);
      expect(a.top + a.height).toBeLessThanOrEqual(OPTIONS.height);
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it("keeps labels off other nodes' discs, unless the label is the focus's", () => {
    // A node just right of "a": a's label goes left; the focus's label may cross it.
    const discs = [
      { id: "a", x: 100, y: 50, radius: 5 },
      { id: "b", x: 130, y: 50, radius: 8 },
    ];
    const [a] = placeLabels([node("a", 100, 50, "Alpha")], measure, OPTIONS, discs);
    expect(a).toMatchObject({ side: "left" });
    const [f] = placeLabels([node("a", 100, 50, "Alpha", 5)], measure, { ...OPTIONS, overObstaclesFrom: 5 }, discs);
    expect(f).toMatchObject({ side: "right" });
  });

  it("lets a hub's label cross smaller dots, marked for a plate, where others would be left out", () => {
    // A node boxed in by dots on every side: no label of priority 1 fits, a hub's does, on a plate.
    const discs = [
      { id: "h", x: 200, y: 100, radius: 10 },
      ...[-1, 1].flatMap((dx) =>
        [-1, 0, 1].map((dy) => ({ id: `d${dx}${dy}`, x: 200 + dx * 40, y: 100 + dy * 20, radius: 4 })),
      ),
      { id: "up", x: 200, y: 70, radius: 4 },
      { id: "down", x: 200, y: 130, radius: 4 },
    ];
    expect(placeLabels([node("h", 200, 100, "Hub label", 1, 10)], measure, OPTIONS, discs)).toEqual([]);
    const [hub] = placeLabels(
      [{ ...node("h", 200, 100, "Hub label", 1, 10), overDiscs: true }],
      measure,
      OPTIONS,
      discs,
    );
    expect(hub).toMatchObject({ id: "h", side: "right", text: "Hub label", plate: true });
    // A hub's label that finds a free place needs no plate.
    const [free] = placeLabels([{ ...node("h", 200, 100, "Hub label", 1, 10), overDiscs: true }], measure, OPTIONS);
    expect(free!.plate).toBeUndefined();
  });

  it("shortens a label no side can hold, on the roomier side", () => {
    const long = "A very long paper title that cannot fit anywhere in this narrow canvas";
    const [p] = placeLabels([node("p", 200, 100, long, 5)], measure, OPTIONS);
    expect(p!.text.endsWith("…")).toBe(true);
    expect(long.startsWith(p!.text.slice(0, -1))).toBe(true);
    expect(p!.left + p!.width).toBeLessThanOrEqual(OPTIONS.width);
  });
});

describe("shorten", () => {
  it.each([
    ["short", 100, "short"],
    ["abcdefghij", 42, "abcde…"],
    ["abcdefghij", 14, null],
  ])("%s in %d px → %s", (text, width, expected) => {
    expect(shorten(text, width, measure)).toBe(expected);
  });
});

describe("placeLabels among dots", () => {
  it("sets a label above or below its node when both sides run across other nodes' dots", () => {
    // Dots right and left of the node, on its label's line: only above (or below) is free.
    const dots = [
      { id: "a", x: 100, y: 100, radius: 4 },
      { id: "r", x: 130, y: 100, radius: 4 },
      { id: "l", x: 60, y: 100, radius: 4 },
    ];
    const [above] = placeLabels([node("a", 100, 100, "Alpha", 1, 4)], measure, OPTIONS, dots);
    expect(above).toMatchObject({ side: "above", text: "Alpha" });
    expect(above!.top + above!.height).toBeLessThanOrEqual(100 - 4);
    const [below] = placeLabels([node("a", 100, 100, "Alpha", 1, 4)], measure, OPTIONS, [
      ...dots,
      { id: "u", x: 100, y: 80, radius: 4 },
    ]);
    expect(below).toMatchObject({ side: "below", text: "Alpha" });
    expect(below!.top).toBeGreaterThanOrEqual(100 + 4);
  });
});
