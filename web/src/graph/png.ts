// PNG export: sigma draws on stacked canvases (WebGL and 2D); render once, then compose them on white.
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "./build-graph.js";

const LAYERS = ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"];

export function composePng(renderer: Sigma<NodeAttrs, EdgeAttrs>): Promise<Blob> {
  // WebGL canvases keep no drawing buffer: draw now and copy within the same task, before it is cleared.
  renderer.refresh();
  const canvases = renderer.getCanvases();
  const first = canvases.nodes ?? Object.values(canvases)[0]!;
  const out = document.createElement("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of LAYERS) {
    const canvas = canvases[layer];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png"),
  );
}
