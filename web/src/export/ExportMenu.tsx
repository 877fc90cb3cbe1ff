// Export of what is drawn: PNG of the canvas at twice its resolution, GEXF and GraphML of the visible graph, CSV
// of its nodes and of its links (two files).
import type { RefObject } from "react";
import { edgesToCsv, nodesToCsv, toGexf, toGraphML, type ExportGraph } from "../core/export/index.js";
import type { GraphHandle } from "../graph/GraphView.js";

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu(props: {
  name: string;
  subgraph(): ExportGraph | null;
  handle: RefObject<GraphHandle | null>;
}) {
  const { name, subgraph, handle } = props;
  const text = (make: (g: ExportGraph) => string, type: string, ext: string) => () => {
    const g = subgraph();
    if (g) download(new Blob([make(g)], { type }), `${name}.${ext}`);
  };
  return (
    <section className="export" data-testid="export">
      <h3>Export this view</h3>
      <div className="row">
        <button
          className="small"
          data-testid="export-png"
          onClick={() => void handle.current?.toPng().then((b) => download(b, `${name}.png`))}
        >
          PNG
        </button>
        <button className="small" data-testid="export-gexf" onClick={text(toGexf, "application/gexf+xml", "gexf")}>
          GEXF
        </button>
        <button
          className="small"
          data-testid="export-graphml"
          onClick={text(toGraphML, "application/graphml+xml", "graphml")}
        >
          GraphML
        </button>
        <button
          className="small"
          data-testid="export-csv"
          title="Two files: the nodes, and the links between them"
          onClick={() => {
            text(nodesToCsv, "text/csv", "nodes.csv")();
            text(edgesToCsv, "text/csv", "edges.csv")();
          }}
        >
          CSV
        </button>
      </div>
    </section>
  );
}
