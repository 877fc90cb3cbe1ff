// Starts the HTTP server over an open store and prints where it listens.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SETTINGS, resolveSettings, secureServerSettings } from "../settings/index.js";
import type { GraphStore } from "../store/types.js";
import { buildApp } from "./app.js";
import type { ServerSettings } from "./context.js";
import { openServeIndex } from "../serve-index/index.js";
import { MemoryNodeReader, openNodeReader, type NodeReader } from "./neighbourhood/index.js";
import { SearchIndex } from "./search-index.js";

export const DEFAULT_WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "web");

/** The server part of the settings (settings/), with the built web app to serve. */
export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return { ...resolveSettings(env).server, webDir: DEFAULT_WEB_DIR };
}

export interface RunningServer {
  /** Where to open the explorer; carries a generated access token once (it becomes a cookie). */
  url: string;
  /** Stops listening and waits for requests in flight; `drop` cuts every open connection at once, as a crash would. */
  close(options?: { drop?: boolean }): Promise<void>;
}

/** Starts the server; beyond loopback it warns on stderr and makes sure an access token guards the console. */
export async function startServer(store: GraphStore, configured: ServerSettings): Promise<RunningServer> {
  const { server: secured, warning } = secureServerSettings({
    ...DEFAULT_SETTINGS.server,
    ...configured,
  });
  const settings: ServerSettings = { ...configured, ...secured };
  if (warning) console.warn(`warning: ${warning}`);
  const generated = settings.token !== undefined && settings.token !== configured.token;
  const { search, nodes, close: closeIndexes } = await serveIndexes(store, settings.dataDir);
  const app = await buildApp({ store, search, nodes, settings });
  app.addHook("onClose", closeIndexes);
  await app.listen({ host: settings.host, port: settings.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : settings.port;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  const query = generated ? `?token=${encodeURIComponent(settings.token!)}` : "";
  const close = (options: { drop?: boolean } = {}) => {
    const closing = app.close();
    if (options.drop) app.server.closeAllConnections();
    return closing;
  };
  return { url: `http://${host}:${port}/${query}`, close };
}

/**
 * The search index and node reader: from the serve index ingest wrote beside a frozen Kùzu store (opened in
 * constant time; the search index loads in the background), else built from the store (a full read of the graph).
 */
async function serveIndexes(
  store: GraphStore,
  dataDir: string | undefined,
): Promise<{ search: SearchIndex | Promise<SearchIndex>; nodes: NodeReader; close: () => Promise<void> }> {
  const saved = store.kind === "kuzu" && store.frozen && dataDir ? openServeIndex(dataDir) : undefined;
  if (saved) {
    // A failed load answers every search with its error (500) rather than crashing the process.
    saved.search.catch((error: Error) => console.error(`serve: search index: ${error.message}`));
    return { search: saved.search, nodes: new MemoryNodeReader(saved.nodes), close: saved.close };
  }
  if (store.kind === "kuzu" && store.frozen && dataDir) {
    console.warn(
      "serve: no serve index beside the store (an older or interrupted ingest): building it from the store (npm run serve-index writes one)",
    );
  }
  const [search, nodes] = await Promise.all([SearchIndex.fromStore(store), openNodeReader(store)]);
  return { search, nodes, close: async () => undefined };
}
