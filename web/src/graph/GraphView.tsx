// The graph canvas: with png.ts, programs.ts and snapshot-pan.ts beside it, the only code that talks to sigma.js
// (v3), so a move to another renderer is one step. What is shown (filters, colour mode, highlighting, pins) is
// derived in reducers from props; the graph data itself is never rewritten.
import { useEffect, useMemo, useRef, type RefObject } from "react";
import Sigma from "sigma";
import type { Camera } from "../core/url-state/types.js";
import { shortLabel, type EdgeAttrs, type NodeAttrs, type PaperGraph } from "./build-graph.js";
import { tint } from "./appearance.js";
import { composePng } from "./png.js";
import { FlatEdgeRectangleProgram, FlatNodeCircleProgram } from "./programs.js";
import { panBySnapshot } from "./snapshot-pan.js";

export interface GraphHandle {
  toPng(): Promise<Blob>;
}

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

  useEffect(() => {
    const isHidden = (node: string) => live.current.hidden.has(node) && node !== live.current.focus;
    const heavy = graph.order + graph.size > LIVE_REDRAW_LIMIT;
    const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container.current!, {
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelGridCellSize: 120,
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
        if (node === focusNode) return { ...base, highlighted: true, zIndex: 3, forceLabel: true };
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
    });
    resized.observe(container.current!);
    // For end-to-end tests and tooling: where a node is drawn, in pixels from the container's corner.
    Object.assign(container.current!, {
      viewportOf: (id: string) => {
        const d = graph.hasNode(id) ? renderer.getNodeDisplayData(id) : undefined;
        return d ? renderer.framedGraphToViewport(d) : null;
      },
    });
    if (handle) handle.current = { toPng: () => composePng(renderer) };
    return () => {
      clearTimeout(timer);
      resized.disconnect();
      stopSnapshotPan();
      renderer.kill();
      sigmaRef.current = null;
      if (handle) handle.current = null;
    };
  }, [graph, handle]);

  useEffect(() => {
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [selected, focus, hidden, edgeVisible, colorOf]);

  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer || !flyTo || !graph.hasNode(flyTo)) return;
    const position = renderer.getNodeDisplayData(flyTo);
    if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.25 }, { duration: 500 });
  }, [flyTo, graph]);

  // What is drawn, as attributes for tests and tooling.
  const [shown, shownEdges] = useMemo(() => {
    const isHidden = (id: string) => hidden.has(id) && id !== focus;
    const nodes = graph.order - [...hidden].filter((id) => graph.hasNode(id) && id !== focus).length;
    return [nodes, graph.filterEdges((_, a, s, t) => !isHidden(s) && !isHidden(t) && edgeVisible(a)).length];
  }, [graph, hidden, focus, edgeVisible]);
  return (
    <div
      ref={container}
      className="graph-view"
      data-testid="graph"
      data-nodes={graph.order}
      data-visible={shown}
      data-edges={graph.size}
      data-visible-edges={shownEdges}
    />
  );
}
