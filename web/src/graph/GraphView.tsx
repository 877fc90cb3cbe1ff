// The graph canvas: with png.ts, programs.ts, snapshot-pan.ts and label-layer.ts beside it, the only code that
// talks to sigma.js (v3), so a move to another renderer is one step. What is shown (filters, colour mode,
// highlighting, pins) is derived in reducers from props; the graph data itself is never rewritten. The canvas is
// also a keyboard widget (graph-keys.ts): arrows walk the selection's neighbours, Enter selects, Escape clears.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import Sigma from "sigma";
import type { Camera } from "../core/url-state/types.js";
import { shortLabel, type EdgeAttrs, type NodeAttrs, type PaperGraph } from "./build-graph.js";
import { tint } from "./appearance.js";
import { keyboardStep, type KeyboardStep } from "./graph-keys.js";
import { attachLabelLayer, drawNodeHoverInside } from "./label-layer.js";
import { composePng } from "./png.js";
import { FlatEdgeRectangleProgram, FlatNodeCircleProgram } from "./programs.js";
import { panBySnapshot } from "./snapshot-pan.js";

export interface GraphHandle {
  toPng(): Promise<Blob>;
}

/** Label priorities (label-layer.ts): the view's focus first, then the selection, the keyboard cursor, forced. */
const PRIORITY = { focus: 5, selected: 4, cursor: 3, forced: 2, other: 1 } as const;
/** A node revealed by the camera keeps at least this many pixels from the canvas edges. */
const REVEAL_MARGIN = 48;

export interface GraphViewProps {
  graph: PaperGraph;
  selected: string | null;
  /** The view's focus node: drawn on top with its label. */
  focus: string | null;
  hidden: ReadonlySet<string>;
  edgeVisible(attrs: EdgeAttrs): boolean;
  colorOf(id: string, attrs: NodeAttrs): string;
  /** Camera to restore (from the URL) once the graph is complete; null frames the whole graph. */
  camera: Camera | null;
  /** False while the view still waits for data: the camera is restored on the first complete graph. */
  ready: boolean;
  /** When it changes, the camera flies to that node. */
  flyTo: string | null;
  onSelect(id: string | null): void;
  onDoubleClick?(id: string): void;
  onCameraChange?(camera: Camera): void;
  handle?: RefObject<GraphHandle | null>;
}

const FADED = "#eceef2";
/**
 * Above this many nodes and edges, one redraw takes longer than a frame without a GPU (0.1 s and more on
 * SwiftShader for the overview): drags slide the last frame (snapshot-pan.ts) and zooms hide the edges.
 */
const LIVE_REDRAW_LIMIT = 2000;

export function GraphView(props: GraphViewProps) {
  const { graph, selected, focus, hidden, edgeVisible, colorOf, flyTo, handle } = props;
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const hovered = useRef<string | null>(null);
  const live = useRef(props);
  live.current = props;
  const cameraRestored = useRef(false);
  // The keyboard cursor (graph-keys.ts): a ref for sigma's callbacks, state for what React shows.
  const [cursor, setCursor] = useState<{ id: string; position: number; of: number } | null>(null);
  const cursorRef = useRef<string | null>(null);
  cursorRef.current = cursor?.id ?? null;
  /** A node the camera should bring into view once the canvas has its new size (the panel just opened). */
  const reveal = useRef<{ id: string; until: number } | null>(null);

  useEffect(() => {
    const isHidden = (node: string) => live.current.hidden.has(node) && node !== live.current.focus;
    const heavy = graph.order + graph.size > LIVE_REDRAW_LIMIT;
    let width = 0;
    const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container.current!, {
      // Labels are placed by label-layer.ts, which keeps them apart and inside the canvas.
      renderLabels: false,
      defaultDrawNodeHover: drawNodeHoverInside(() => width),
      defaultEdgeColor: "#d5d9e0",
      zIndex: true,
      // Sigma's own look, drawn without instancing: software WebGL pays per instance (programs.ts).
      nodeProgramClasses: { circle: FlatNodeCircleProgram },
      edgeProgramClasses: { line: FlatEdgeRectangleProgram },
      // Edges are redrawn only at rest: while zooming, nodes carry the shape.
      hideEdgesOnMove: heavy,
      nodeReducer: (node, attrs) => {
        const p = live.current;
        if (isHidden(node)) return { ...attrs, hidden: true };
        const color = attrs.isBundle ? tint(p.colorOf(node, attrs), 0.45) : p.colorOf(node, attrs);
        const base = {
          ...attrs,
          color,
          zIndex: attrs.degree > 20 ? 1 : 0,
          label: attrs.pinned ? `★ ${shortLabel(attrs.kind, attrs.label)}` : shortLabel(attrs.kind, attrs.label),
          forceLabel: attrs.forceLabel || attrs.isBundle || attrs.pinned || attrs.expanded || node === p.focus,
        };
        const focusNode = hovered.current ?? p.selected;
        if (!focusNode || !graph.hasNode(focusNode)) return node === p.focus ? { ...base, zIndex: 2 } : base;
        if (node === focusNode) return { ...base, zIndex: 3, forceLabel: true };
        if (graph.areNeighbors(node, focusNode))
          return { ...base, zIndex: 2, forceLabel: base.forceLabel || graph.degree(focusNode) < 40 };
        return { ...base, color: FADED, label: "", forceLabel: false, zIndex: 0 };
      },
      edgeReducer: (edge, attrs) => {
        const p = live.current;
        const [source, target] = graph.extremities(edge);
        if (isHidden(source) || isHidden(target) || !p.edgeVisible(attrs)) return { ...attrs, hidden: true };
        const focusNode = hovered.current ?? p.selected;
        if (!focusNode || !graph.hasNode(focusNode)) return attrs;
        return source === focusNode || target === focusNode
          ? { ...attrs, color: "#8a93a6", size: Math.max(attrs.size, 1.2) }
          : { ...attrs, hidden: true };
      },
    });
    width = renderer.getDimensions().width;
    renderer.on("beforeRender", () => (width = renderer.getDimensions().width));
    const labels = attachLabelLayer(renderer, {
      overObstaclesFrom: PRIORITY.cursor,
      priorityOf: (id, data) => {
        const p = live.current;
        if (id === p.focus) return PRIORITY.focus;
        if (id === p.selected || id === hovered.current) return PRIORITY.selected;
        if (id === cursorRef.current) return PRIORITY.cursor;
        return data.forceLabel ? PRIORITY.forced : PRIORITY.other;
      },
      // A faded node is drawn in the background's tone: labels of the highlighted neighbours may cross it.
      isObstacle: (_id, data) => data.color !== FADED,
      rings: () => {
        const rings: { id: string; style: "selected" | "keyboard" }[] = [];
        const p = live.current;
        if (p.selected && graph.hasNode(p.selected)) rings.push({ id: p.selected, style: "selected" });
        if (cursorRef.current && graph.hasNode(cursorRef.current))
          rings.push({ id: cursorRef.current, style: "keyboard" });
        return rings;
      },
    });
    const reportCamera = () => {
      const c = renderer.getCamera().getState();
      container.current?.setAttribute("data-camera", `${c.x},${c.y},${c.ratio}`);
    };
    if (!cameraRestored.current && live.current.ready) {
      cameraRestored.current = true;
      if (live.current.camera) renderer.getCamera().setState(live.current.camera);
      reportCamera();
    } else if (cameraRestored.current) {
      // A redrawn graph is framed afresh: say so, so the URL keeps describing what is seen.
      const state = renderer.getCamera().getState();
      live.current.onCameraChange?.({ x: state.x, y: state.y, ratio: state.ratio });
    }
    // Hover highlighting re-derives every node and edge (the rest fade), so it waits while the button is held: a
    // drag crosses a node every few pixels, and each refresh cost a frame on software WebGL. A highlight left
    // mid-drag goes with the redraw at release.
    const mouse = renderer.getMouseCaptor();
    let highlightStale = false;
    renderer.on("enterNode", ({ node }) => {
      if (mouse.isMouseDown) return;
      hovered.current = node;
      container.current?.setAttribute("data-hovered", node);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", () => {
      if (hovered.current === null) return;
      hovered.current = null;
      container.current?.removeAttribute("data-hovered");
      if (mouse.isMouseDown) highlightStale = true;
      else renderer.refresh({ skipIndexation: true });
    });
    mouse.on("mouseup", () => {
      if (!highlightStale) return;
      highlightStale = false;
      renderer.refresh({ schedule: true, skipIndexation: true });
    });
    const stopSnapshotPan = heavy ? panBySnapshot(renderer) : () => undefined;
    renderer.on("clickNode", ({ node }) => live.current.onSelect(node));
    renderer.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      live.current.onDoubleClick?.(node);
    });
    renderer.on("clickStage", () => live.current.onSelect(null));
    renderer.on("afterRender", () => container.current?.setAttribute("data-rendered", "true"));
    let timer: ReturnType<typeof setTimeout> | undefined;
    renderer.getCamera().on("updated", (state) => {
      container.current?.setAttribute("data-camera", `${state.x},${state.y},${state.ratio}`);
      clearTimeout(timer);
      if (!cameraRestored.current) return;
      timer = setTimeout(() => live.current.onCameraChange?.({ x: state.x, y: state.y, ratio: state.ratio }), 250);
    });
    sigmaRef.current = renderer;
    // The panel pushes the graph aside and the phone layout resizes it: sigma only listens to the window.
    const resized = new ResizeObserver(() => {
      renderer.resize();
      renderer.refresh({ skipIndexation: true });
      if (reveal.current && reveal.current.until > performance.now()) revealNode(renderer, reveal.current.id);
    });
    resized.observe(container.current!);
    // For end-to-end tests and tooling: where a node is drawn, in pixels from the container's corner.
    Object.assign(container.current!, {
      viewportOf: (id: string) => {
        const d = graph.hasNode(id) ? renderer.getNodeDisplayData(id) : undefined;
        return d ? renderer.framedGraphToViewport(d) : null;
      },
      labelBoxes: () => labels.boxes().map((b) => ({ ...b })),
      nodeDiscs: () => labels.discs().map((d) => ({ ...d })),
      adjacent: (a: string, b: string) => graph.hasNode(a) && graph.hasNode(b) && graph.areNeighbors(a, b),
    });
    if (handle) handle.current = { toPng: () => composePng(renderer, labels.boxes) };
    return () => {
      clearTimeout(timer);
      labels.stop();
      resized.disconnect();
      stopSnapshotPan();
      renderer.kill();
      sigmaRef.current = null;
      if (handle) handle.current = null;
    };
  }, [graph, handle]);

  useEffect(() => {
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [selected, focus, hidden, edgeVisible, colorOf, cursor]);

  // A new selection is brought into view: the panel opening beside (or below) the canvas shrinks it, and the node
  // may have been near that edge. The check runs now and again when the canvas has its new size.
  const previousSelection = useRef(selected);
  useEffect(() => {
    if (selected === previousSelection.current) return;
    previousSelection.current = selected;
    const renderer = sigmaRef.current;
    if (!renderer || !selected || !graph.hasNode(selected)) return;
    reveal.current = { id: selected, until: performance.now() + 1000 };
    renderer.resize();
    revealNode(renderer, selected);
  }, [selected, graph]);

  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer || !flyTo || !graph.hasNode(flyTo)) return;
    const position = renderer.getNodeDisplayData(flyTo);
    if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.25 }, { duration: 500 });
  }, [flyTo, graph]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const renderer = sigmaRef.current;
    if (!renderer || event.altKey || event.ctrlKey || event.metaKey) return;
    const p = live.current;
    const anchor = [p.selected, p.focus].find((id) => id && graph.hasNode(id)) ?? null;
    const isHidden = (id: string) => p.hidden.has(id) && id !== p.focus;
    const step: KeyboardStep | null = keyboardStep(event.key, {
      graph,
      anchor,
      cursor: cursorRef.current,
      isVisible: (id) => !isHidden(id) && !id.startsWith("bundle:"),
    });
    if (!step) return;
    event.preventDefault();
    if (step.type === "clear") {
      setCursor(null);
      p.onSelect(null);
    } else if (step.type === "select") {
      p.onSelect(step.id);
    } else {
      setCursor({ id: step.to, position: step.position, of: step.of });
      revealNode(renderer, step.to);
    }
  };

  // What is drawn, as attributes for tests and tooling.
  const [shown, shownEdges] = useMemo(() => {
    const isHidden = (id: string) => hidden.has(id) && id !== focus;
    const nodes = graph.order - [...hidden].filter((id) => graph.hasNode(id) && id !== focus).length;
    return [nodes, graph.filterEdges((_, a, s, t) => !isHidden(s) && !isHidden(t) && edgeVisible(a)).length];
  }, [graph, hidden, focus, edgeVisible]);
  const cursorLabel = cursor && graph.hasNode(cursor.id) ? graph.getNodeAttribute(cursor.id, "label") : null;
  return (
    <>
      <div
        ref={container}
        className="graph-view"
        data-testid="graph"
        data-nodes={graph.order}
        data-visible={shown}
        data-edges={graph.size}
        data-visible-edges={shownEdges}
        data-cursor={cursor?.id}
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label="Graph. Arrow keys move between the selected node and its neighbours, Enter opens a node's page, Escape closes it."
        aria-describedby={cursorLabel ? "graph-cursor" : undefined}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      />
      {cursorLabel && (
        <p id="graph-cursor" className="graph-cursor" role="status" data-testid="graph-cursor">
          {cursorLabel}{" "}
          <span className="muted">
            ({cursor!.position} of {cursor!.of}; Enter opens it)
          </span>
        </p>
      )}
    </>
  );
}

/** Moves the camera, keeping its zoom, so that the node sits inside the canvas with a margin; no-op if it does. */
function revealNode(renderer: Sigma<NodeAttrs, EdgeAttrs>, id: string): void {
  const data = renderer.getNodeDisplayData(id);
  if (!data || data.hidden) return;
  const at = renderer.framedGraphToViewport(data);
  const { width, height } = renderer.getDimensions();
  const margin = Math.min(REVEAL_MARGIN, width / 4, height / 4);
  if (at.x >= margin && at.x <= width - margin && at.y >= margin && at.y <= height - margin) return;
  const camera = renderer.getCamera();
  void camera.animate({ x: data.x, y: data.y, ratio: camera.getState().ratio }, { duration: 300 });
}
