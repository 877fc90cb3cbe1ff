// The graph canvas: the one module that talks to sigma.js (v3), so a move to another renderer is one step.
// Highlighting is derived in reducers from React state; the graph data itself is never rewritten.
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "./build-graph.js";
import type { PaperGraph } from "./build-graph.js";

export interface GraphViewProps {
  graph: PaperGraph;
  selected: string | null;
  onSelect(id: string | null): void;
  /** Camera target: when it changes, the camera moves there. */
  focus: string | null;
}

const FADED = "#eceef2";

export function GraphView({ graph, selected, onSelect, focus }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const hovered = useRef<string | null>(null);
  const selectedRef = useRef<string | null>(selected);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const renderer = new Sigma(graph, container.current!, {
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelGridCellSize: 120,
      defaultEdgeColor: "#d5d9e0",
      zIndex: true,
      nodeReducer: (node, attrs) => {
        const focusNode = hovered.current ?? selectedRef.current;
        if (!focusNode || !graph.hasNode(focusNode)) return attrs;
        if (node === focusNode) return { ...attrs, highlighted: true, zIndex: 2, forceLabel: true };
        if (graph.areNeighbors(node, focusNode))
          return { ...attrs, zIndex: 1, forceLabel: graph.degree(focusNode) < 40 };
        return { ...attrs, color: FADED, label: "", zIndex: 0 };
      },
      edgeReducer: (edge, attrs) => {
        const focusNode = hovered.current ?? selectedRef.current;
        if (!focusNode || !graph.hasNode(focusNode)) return attrs;
        return graph.hasExtremity(edge, focusNode)
          ? { ...attrs, color: "#8a93a6", size: 1.2 }
          : { ...attrs, hidden: true };
      },
    });
    renderer.on("enterNode", ({ node }) => {
      hovered.current = node;
      container.current?.setAttribute("data-hovered", node);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", () => {
      hovered.current = null;
      container.current?.removeAttribute("data-hovered");
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("clickNode", ({ node }) => onSelectRef.current(node));
    renderer.on("clickStage", () => onSelectRef.current(null));
    renderer.on("afterRender", () => container.current?.setAttribute("data-rendered", "true"));
    sigmaRef.current = renderer;
    return () => {
      renderer.kill();
      sigmaRef.current = null;
    };
  }, [graph]);

  useEffect(() => {
    selectedRef.current = selected;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [selected]);

  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer || !focus || !graph.hasNode(focus)) return;
    const position = renderer.getNodeDisplayData(focus);
    if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.25 }, { duration: 500 });
  }, [focus, graph]);

  return <div ref={container} className="graph-view" data-testid="graph" data-nodes={graph.order} />;
}
