// Opens the configured store: Neo4j when `NEO4J_URI` is set (or `--store neo4j`), else embedded Kùzu
// under `PAPERGRAPH_DATA` (default `./data`).

import { join } from "node:path";
import { DEFAULT_SETTINGS, resolveSettings } from "../settings/index.js";
import { KuzuStore } from "./kuzu/index.js";
import { Neo4jStore } from "./neo4j/index.js";
import type { GraphStore, StoreKind } from "./types.js";

export interface StoreConfig {
  kind: StoreKind;
  /** Kùzu: the data directory (the database lives in `<dataDir>/graph.kuzu`). */
  dataDir: string;
  readOnly: boolean;
  neo4j?: { uri: string; user?: string; password?: string; database?: string };
  /** Kùzu: megabytes a write must leave free on the disk (settings/ has the default). */
  minFreeMb?: number;
  /**
   * Kùzu: megabytes of buffer pool; ingest bounds it (settings: ingest.bufferPoolMb), a read-only store too
   * (store.readBufferPoolMb); otherwise Kùzu's default, 80 % of RAM.
   */
  bufferPoolMb?: number;
}

/** The store part of the settings (settings/: NEO4J_*, PAPERGRAPH_DATA), with command-line overrides. */
export function storeConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<StoreConfig> = {},
): StoreConfig {
  const { kind, dataDir, neo4j, minFreeMb, readBufferPoolMb } = resolveSettings(env, {
    dataDir: overrides.dataDir,
    store: overrides.kind,
  }).store;
  return {
    kind,
    dataDir,
    readOnly: overrides.readOnly ?? false,
    minFreeMb,
    ...(overrides.readOnly ? { bufferPoolMb: readBufferPoolMb } : {}),
    ...(neo4j && kind === "neo4j" ? { neo4j } : {}),
  };
}

export function kuzuPath(dataDir: string): string {
  return join(dataDir, "graph.kuzu");
}

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const bufferPoolMb = config.bufferPoolMb ?? (config.readOnly ? DEFAULT_SETTINGS.store.readBufferPoolMb : undefined);
  const store =
    config.kind === "neo4j"
      ? new Neo4jStore({ ...config.neo4j!, readOnly: config.readOnly })
      : new KuzuStore({
          path: kuzuPath(config.dataDir),
          readOnly: config.readOnly,
          minFreeBytes: (config.minFreeMb ?? DEFAULT_SETTINGS.store.minFreeMb) * 1024 * 1024,
          ...(bufferPoolMb ? { bufferPoolBytes: bufferPoolMb * 1024 * 1024 } : {}),
        });
  await store.init();
  return store;
}

export type { GraphStore, StoreKind } from "./types.js";
