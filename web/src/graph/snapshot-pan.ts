// Dragging a big graph moves its last drawn frame instead of redrawing it. Sigma redraws every node at each camera
// move; without a GPU (Chromium's SwiftShader) that cost 0.1–0.4 s a frame for the overview's few thousand
// overlapping nodes, so panning stuttered. While the button is held, the drawn layers slide with a CSS transform
// (a composite, no redraw) and the camera stays put; on release the camera takes the whole move and sigma draws
// once. What was outside the frame appears on release.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { MouseCoords } from "sigma/types";

/** Sigma's layers that slide with the pointer; the hover layers hide meanwhile (they follow the pointer). */
const SLIDING_LAYERS = ["edges", "edgeLabels", "nodes", "labels"];
const HOVER_LAYERS = ["hovers", "hoverNodes"];

interface Point {
  x: number;
  y: number;
}

/**
 * The framed-graph vector that a drawn frame shows as `offset` viewport pixels: the inverse of the frame's linear
 * part (scale, rotation, the y flip), read off three points of its graph-to-viewport map.
 */
export function framedDelta(toViewport: (framed: Point) => Point, offset: Point): Point {
  const origin = toViewport({ x: 0, y: 0 });
  const unitX = toViewport({ x: 1, y: 0 });
  const unitY = toViewport({ x: 0, y: 1 });
  const [a, c] = [unitX.x - origin.x, unitX.y - origin.y];
  const [b, d] = [unitY.x - origin.x, unitY.y - origin.y];
  const determinant = a * d - b * c;
  if (determinant === 0) return { x: 0, y: 0 };
  return {
    x: (d * offset.x - b * offset.y) / determinant,
    y: (a * offset.y - c * offset.x) / determinant,
  };
}

/** Starts sliding the stage on drags; returns the function that stops it. */
export function panBySnapshot<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): () => void {
  const mouse = renderer.getMouseCaptor();
  const camera = renderer.getCamera();
  const canvases = renderer.getCanvases();
  const layers = (names: string[]) => names.flatMap((name) => (canvases[name] ? [canvases[name]] : []));
  const sliding = layers(SLIDING_LAYERS);
  const hovering = layers(HOVER_LAYERS);
  const pointerLayer = canvases.mouse;

  let start: { x: number; y: number } | null = null;
  let offset = { x: 0, y: 0 };
  let moves = 0;

  const restore = () => {
    for (const canvas of sliding) canvas.style.transform = "";
    for (const canvas of hovering) canvas.style.visibility = "";
    if (pointerLayer) pointerLayer.style.pointerEvents = "";
  };

  const onDown = (e: MouseCoords) => {
    if (e.original instanceof MouseEvent && e.original.button !== 0) return;
    start = { x: e.x, y: e.y };
    offset = { x: 0, y: 0 };
    moves = 0;
  };
  const onMove = (e: MouseCoords) => {
    if (!start || !mouse.isMouseDown) return;
    // Sigma's own drag would move the camera and redraw; it also leaves `draggedEvents` at 0, so no full refresh
    // follows the release (sigma does one after drags when edges hide on moves).
    e.preventSigmaDefault();
    e.original.preventDefault();
    if (moves++ === 0) for (const canvas of hovering) canvas.style.visibility = "hidden";
    // Past sigma's click tolerance this is a drag: the pointer falls through the layer sigma listens on, so hover
    // picking (a pixel read back from the GPU at each move, against the stale frame) stops, and the release
    // makes no click.
    if (moves === renderer.getSetting("draggedEventsTolerance") && pointerLayer)
      pointerLayer.style.pointerEvents = "none";
    offset = { x: e.x - start.x, y: e.y - start.y };
    const transform = `translate(${offset.x}px, ${offset.y}px)`;
    for (const canvas of sliding) canvas.style.transform = transform;
  };
  const onUp = () => {
    if (!start) return;
    start = null;
    if (offset.x === 0 && offset.y === 0) return restore();
    // The graph point that was under the pointer at the press is under it now. The move is read off the frame
    // that was dragged (framedGraphToViewport keeps its matrix), not from viewportToFramedGraph: sigma 3.0.3
    // rebuilds that one from the graph's extent at each call, and a refresh waiting for the next frame (the hover
    // highlight dropped at release) has reset the extent to a unit square, which loses the correction for the
    // graph's aspect ratio: the drop overshot by that ratio (4% on the 1,000-node overview).
    const move = framedDelta((point) => renderer.framedGraphToViewport(point), offset);
    const state = camera.getState();
    // The transform goes in the frame that draws the moved graph, so the picture never jumps back.
    renderer.once("afterRender", restore);
    camera.setState({ x: state.x - move.x, y: state.y - move.y });
  };

  mouse.on("mousedown", onDown);
  mouse.on("mousemovebody", onMove);
  mouse.on("mouseup", onUp);
  return () => {
    mouse.off("mousedown", onDown);
    mouse.off("mousemovebody", onMove);
    mouse.off("mouseup", onUp);
    restore();
  };
}
