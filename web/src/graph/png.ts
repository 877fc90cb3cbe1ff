// PNG export at twice the screen's resolution: sigma's WebGL layers (edges, nodes) are scaled onto a white canvas,
// then the labels sigma showed are drawn again at the export's resolution, so they stay sharp, and kept inside
// the picture (a label that would run off the right edge is set to the left of its node).
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "./build-graph.js";

const SHAPE_LAYERS = ["edges", "nodes", "hoverNodes"];
/** Export pixels per CSS pixel. */
export const PNG_SCALE = 2;

/** Where a label goes: right of its node, or left of it when the right would leave the picture. */
export function labelX(nodeX: number, radius: number, textWidth: number, width: number, gap = 3): number {
  const right = nodeX + radius + gap;
  if (right + textWidth <= width) return right;
  return Math.max(0, nodeX - radius - gap - textWidth);
}

export function composePng(renderer: Sigma<NodeAttrs, EdgeAttrs>): Promise<Blob> {
  // WebGL canvases keep no drawing buffer: draw now and copy within the same task, before it is cleared.
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const out = document.createElement("canvas");
  out.width = Math.round(width * PNG_SCALE);
  out.height = Math.round(height * PNG_SCALE);
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  const canvases = renderer.getCanvases();
  for (const layer of SHAPE_LAYERS) {
    const canvas = canvases[layer];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  // The labels sigma's grid chose to show (private in sigma's types, public at run time).
  const shown = (renderer as unknown as { displayedNodeLabels?: Set<string> }).displayedNodeLabels ?? new Set();
  const settings = renderer.getSettings();
  const size = settings.labelSize * PNG_SCALE;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  ctx.textBaseline = "middle";
  for (const id of shown) {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden || !d.label) continue;
    const at = renderer.framedGraphToViewport(d);
    const radius = renderer.scaleSize(d.size) * PNG_SCALE;
    const text = d.label;
    const textWidth = ctx.measureText(text).width;
    const x = labelX(at.x * PNG_SCALE, radius, textWidth, out.width);
    const y = Math.min(out.height - size / 2, Math.max(size / 2, at.y * PNG_SCALE));
    // A white halo keeps the text readable over edges.
    ctx.lineWidth = 3 * PNG_SCALE;
    ctx.strokeStyle = "rgba(255,255,255,0.85)";
    ctx.strokeText(text, x, y);
    ctx.fillStyle = "#1d2330";
    ctx.fillText(text, x, y);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png"),
  );
}
