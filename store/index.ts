// Opens the configured store: Neo4j when `NEO4J_URI` is set (or `--store neo4j`), else embedded Kùzu
// under `PAPERGRAPH_DATA` (default `./data`).

import { join, resolve } from "node:path";
import { KuzuStore } from "./kuzu/index.js";
import { Neo4jStore } from "./neo4j/index.js";
import type { GraphStore, StoreKind } from "./types.js";

export interface StoreConfig {
  kind: StoreKind;
  /** Kùzu: the data directory (the database lives in `<dataDir>/graph.kuzu`). */
  dataDir: string;
  readOnly: boolean;
  neo4j?: { uri: string; user?: string; password?: string; database?: string };
}

export function storeConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<StoreConfig> = {},
): StoreConfig {
  const kind = overrides.kind ?? (env.NEO4J_URI ? "neo4j" : "kuzu");
  const config: StoreConfig = {
    kind,
    dataDir: resolve(overrides.dataDir ?? env.PAPERGRAPH_DATA ?? "data"),
    readOnly: overrides.readOnly ?? false,
  };
  if (kind === "neo4j") {
    if (!env.NEO4J_URI) throw new Error("store neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)");
    config.neo4j = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    };
  }
  return config;
}

export function kuzuPath(dataDir: string): string {
  return join(dataDir, "graph.kuzu");
}

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store =
    config.kind === "neo4j"
      ? new Neo4jStore({ ...config.neo4j!, readOnly: config.readOnly })
      : new KuzuStore({ path: kuzuPath(config.dataDir), readOnly: config.readOnly });
  await store.init();
  return store;
}

export type { GraphStore, StoreKind } from "./types.js";
