// Types for graphology-gexf's writer module, imported alone: the package's entry points also load its parser,
// which needs a DOM (absent in Node tests) and is not needed to write.
declare module "graphology-gexf/common/writer.js" {
  import type Graph from "graphology";
  export default function write(graph: Graph, options?: { pretty?: boolean; version?: "1.2" | "1.3" }): string;
}
