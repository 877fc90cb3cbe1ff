// Draws node labels after each sigma render, placed by label-layout.ts instead of sigma's label grid: the grid
// keeps one label per cell but lets labels of neighbouring cells and forced labels overprint each other, and sets
// every label right of its node even where the canvas ends. Also draws the rings that mark the selected and the
// keyboard-focused node, and the hover box, on the side of the node where it fits.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { CROWDED_GRAPH } from "./appearance.js";
import { placeLabels, type LabelCandidate, type Obstacle, type PlacedLabel } from "./label-layout.js";

export interface LabelLayerOptions {
  /** Labels of at least this priority are never left out for crossing a node. */
  overObstaclesFrom: number;
  /** How early a node's label is placed (higher first), or null when it is not labelled at all. */
  priorityOf(id: string, data: NodeDisplayData): number | null;
  /** Nodes drawn with a ring: the selection (solid) and the keyboard focus (dashed). */
  rings(): { id: string; style: "selected" | "keyboard" }[];
  /** Whether a drawn node's dot keeps labels off (a node faded into the background does not). */
  isObstacle(id: string, data: NodeDisplayData): boolean;
}

export interface LabelLayer {
  /** The labels drawn in the last frame, in viewport pixels. */
  boxes(): PlacedLabel[];
  /** The node discs drawn in the last frame (what labels keep off), in viewport pixels. */
  discs(): Obstacle[];
  stop(): void;
}

const TEXT = "#1d2330";
const HALO = "rgba(255,255,255,0.9)";

/**
 * In graphs of more than CROWDED_GRAPH nodes, only the labels of nodes drawn at least this many pixels wide, or of
 * the CROWDED_CANDIDATES biggest nodes on screen, are offered (sigma's own threshold is 6): the overview's
 * thousands of small nodes would fill every gap with text. Where the biggest sit in the crowd, the next ones get
 * the labels that fit. A small graph (a neighbourhood, an ego view) offers every label; placement keeps them apart.
 */
export const LABEL_SIZE_THRESHOLD = 7;
const CROWDED_CANDIDATES = 200;
/**
 * In a crowded graph, the labels of this many of the biggest nodes on screen may cross smaller dots, on a plate that
 * hides them: the overview's hubs sit in its densest part, where no free gap is left, and went unlabelled.
 */
export const CROWDED_HUB_LABELS = 14;
/** The plate under a label that crosses dots. */
export const LABEL_PLATE = "rgba(255,255,255,0.92)";

export function attachLabelLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  options: LabelLayerOptions,
): LabelLayer {
  const widths = new Map<string, number>();
  let placed: PlacedLabel[] = [];
  let discs: Obstacle[] = [];

  const draw = () => {
    const canvas = renderer.getCanvases().labels;
    const context = canvas?.getContext("2d");
    if (!context) return;
    const { labelSize, labelFont, labelWeight } = renderer.getSettings();
    context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    const measure = (text: string) => {
      let w = widths.get(text);
      if (w === undefined) {
        w = context.measureText(text).width;
        if (widths.size > 20_000) widths.clear();
        widths.set(text, w);
      }
      return w;
    };
    const { width, height } = renderer.getDimensions();
    let candidates: (LabelCandidate & { forced?: boolean })[] = [];
    const small = renderer.getGraph().order <= CROWDED_GRAPH;
    const threshold = small ? 0 : LABEL_SIZE_THRESHOLD;
    // Labels keep off every drawn node, in the overview's crowd too: text across a dot hides the dot and reads
    // as if it named it. Fewer labels fit there; the biggest nodes go first.
    const obstacles: Obstacle[] = [];
    renderer.getGraph().forEachNode((id) => {
      const data = renderer.getNodeDisplayData(id);
      if (!data || data.hidden) return;
      const radius = renderer.scaleSize(data.size);
      const at = renderer.framedGraphToViewport(data);
      if (at.x < -radius || at.x > width + radius || at.y < -radius || at.y > height + radius) return;
      if (options.isObstacle(id, data)) obstacles.push({ id, x: at.x, y: at.y, radius });
      if (!data.label) return;
      const priority = options.priorityOf(id, data);
      if (priority === null) return;
      candidates.push({ id, text: data.label, x: at.x, y: at.y, radius, priority, forced: data.forceLabel });
    });
    if (!small) {
      // Radii of the biggest nodes on screen: the smallest of them is the bar a crowded graph's label must clear.
      const radii = candidates.map((c) => c.radius).sort((a, b) => b - a);
      const bar = Math.min(threshold, radii[Math.min(CROWDED_CANDIDATES, radii.length) - 1] ?? 0);
      candidates = candidates.filter((c) => c.forced || c.radius >= bar || c.priority >= options.overObstaclesFrom);
      const hubs = new Set(
        [...candidates]
          .filter((c) => c.x >= 0 && c.x <= width && c.y >= 0 && c.y <= height)
          .sort((a, b) => b.radius - a.radius)
          .slice(0, CROWDED_HUB_LABELS)
          .map((c) => c.id),
      );
      for (const c of candidates) if (hubs.has(c.id)) c.overDiscs = true;
    }
    placed = placeLabels(
      candidates,
      measure,
      {
        width,
        height,
        fontSize: labelSize,
        overObstaclesFrom: options.overObstaclesFrom,
        // The overview's labels keep some air between them, as sigma's label grid did, so the picture stays legible.
        margin: small ? 2 : 6,
      },
      obstacles,
    );
    discs = obstacles;

    for (const ring of options.rings()) {
      const data = renderer.getNodeDisplayData(ring.id);
      if (!data || data.hidden) continue;
      const at = renderer.framedGraphToViewport(data);
      context.beginPath();
      context.arc(at.x, at.y, renderer.scaleSize(data.size) + 3, 0, Math.PI * 2);
      context.lineWidth = ring.style === "keyboard" ? 3 : 2;
      context.strokeStyle = ring.style === "keyboard" ? "#2456c9" : TEXT;
      context.setLineDash(ring.style === "keyboard" ? [4, 3] : []);
      context.stroke();
      context.setLineDash([]);
    }
    context.textBaseline = "middle";
    context.lineJoin = "round";
    for (const label of placed) {
      const y = label.top + label.height / 2;
      if (label.plate) {
        context.fillStyle = LABEL_PLATE;
        context.beginPath();
        context.roundRect(label.left - 3, label.top, label.width + 6, label.height, 4);
        context.fill();
      }
      context.lineWidth = 3;
      context.strokeStyle = HALO;
      context.strokeText(label.text, label.left, y);
      context.fillStyle = TEXT;
      context.fillText(label.text, label.left, y);
    }
  };

  renderer.on("afterRender", draw);
  return {
    boxes: () => placed,
    discs: () => discs,
    stop: () => renderer.off("afterRender", draw),
  };
}

/**
 * Sigma's hover drawer (`defaultDrawNodeHover`), with the label box set left of the node when the right side would
 * leave the canvas: a white box joining the node and its full label.
 */
export function drawNodeHoverInside(width: () => number) {
  return (
    context: CanvasRenderingContext2D,
    data: { x: number; y: number; size: number; label?: string | null },
    settings: { labelSize: number; labelFont: string; labelWeight: string },
  ): void => {
    const { labelSize: size, labelFont, labelWeight } = settings;
    context.font = `${labelWeight} ${size}px ${labelFont}`;
    const pad = 3;
    const radius = Math.max(data.size, size / 2) + pad;
    const text = data.label ?? "";
    const textWidth = text ? context.measureText(text).width : 0;
    const right = data.x + radius + textWidth + pad <= width();
    const boxLeft = right ? data.x - radius : data.x - radius - textWidth - pad * 2;
    const boxWidth = radius * 2 + (text ? textWidth + pad * 2 : 0);
    context.save();
    context.fillStyle = "#fff";
    context.shadowBlur = 8;
    context.shadowColor = "rgba(0,0,0,0.35)";
    context.beginPath();
    context.roundRect(boxLeft, data.y - radius, boxWidth, radius * 2, radius);
    context.fill();
    context.restore();
    if (!text) return;
    context.fillStyle = TEXT;
    context.textBaseline = "middle";
    context.fillText(text, right ? data.x + radius + pad : data.x - radius - pad - textWidth, data.y);
  };
}
