// A Kùzu store's whole content as sorted lines, for tests that compare two ways of writing the same graph.

import type { KuzuStore } from "../../../store/kuzu/index.js";

/** Every node with every property, every link with its properties, as sorted lines. */
export async function dumpStore(store: KuzuStore): Promise<string[]> {
  const nodes = await store.read("MATCH (n) RETURN label(n) AS label, n AS node");
  const links = await store.read(
    "MATCH (a)-[r]->(b) RETURN a.id AS source, label(r) AS type, b.id AS target, r AS link",
  );
  // Internal ids differ between two stores; everything else must not.
  const strip = (v: unknown) =>
    Object.entries(v as Record<string, unknown>).filter(([k]) => !/^_(id|src|dst)$/.test(k));
  return [
    ...nodes.rows.map((r) => JSON.stringify([r.label, strip(r.node)])),
    ...links.rows.map((r) => JSON.stringify([r.source, r.type, r.target, strip(r.link)])),
  ].sort();
}
