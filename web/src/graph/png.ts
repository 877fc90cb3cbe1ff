// PNG export at twice the screen's resolution: sigma's WebGL layers (edges, nodes) are scaled onto a white canvas,
// then the labels the canvas shows (label-layer.ts: apart from each other and inside the picture) are set again
// at the export's resolution, so they stay sharp.
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "./build-graph.js";
import type { PlacedLabel } from "./label-layout.js";
import { LABEL_PLATE } from "./label-layer.js";

const SHAPE_LAYERS = ["edges", "nodes", "hoverNodes"];
/** Export pixels per CSS pixel. */
export const PNG_SCALE = 2;

/** `labels` gives the labels of the frame just drawn. */
export function composePng(renderer: Sigma<NodeAttrs, EdgeAttrs>, labels: () => PlacedLabel[]): Promise<Blob> {
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
  const settings = renderer.getSettings();
  ctx.font = `${settings.labelWeight} ${settings.labelSize * PNG_SCALE}px ${settings.labelFont}`;
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  for (const label of labels()) {
    const x = label.left * PNG_SCALE;
    const y = (label.top + label.height / 2) * PNG_SCALE;
    if (label.plate) {
      // A hub's label over other dots (label-layer.ts): the same plate as on screen.
      ctx.fillStyle = LABEL_PLATE;
      ctx.beginPath();
      ctx.roundRect(
        x - 3 * PNG_SCALE,
        label.top * PNG_SCALE,
        (label.width + 6) * PNG_SCALE,
        label.height * PNG_SCALE,
        4 * PNG_SCALE,
      );
      ctx.fill();
    }
    // A white halo keeps the text readable over edges.
    ctx.lineWidth = 3 * PNG_SCALE;
    ctx.strokeStyle = "rgba(255,255,255,0.85)";
    ctx.strokeText(label.text, x, y);
    ctx.fillStyle = "#1d2330";
    ctx.fillText(label.text, x, y);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png"),
  );
}
