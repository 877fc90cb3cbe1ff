// Which store a bench child works on, passed as one command-line argument: a Kùzu data directory, or a Neo4j
// server (the bench started it; its URI and credentials). Parsed back into the config `openStore` takes.

import type { StoreConfig } from "../store/index.js";
import type { Neo4jTarget } from "../store/neo4j/driver.js";

export type BenchStore = { kind: "kuzu"; dataDir: string } | { kind: "neo4j"; target: Neo4jTarget };

export const encodeStore = (store: BenchStore): string => JSON.stringify(store);

export function decodeStore(arg: string | undefined): BenchStore {
  if (!arg) throw new Error("bench: no store argument");
  const store = JSON.parse(arg) as BenchStore;
  if (store.kind !== "kuzu" && store.kind !== "neo4j") throw new Error(`bench: unknown store ${arg}`);
  return store;
}

export function storeConfig(store: BenchStore, readOnly: boolean): StoreConfig {
  return store.kind === "kuzu"
    ? { kind: "kuzu", dataDir: store.dataDir, readOnly }
    : { kind: "neo4j", dataDir: "", readOnly, neo4j: store.target };
}
