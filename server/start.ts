// Starts the HTTP server over an open store and prints where it listens.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphStore } from "../store/types.js";
import { buildApp } from "./app.js";
import type { ServerSettings } from "./context.js";
import { openNodeReader } from "./neighbourhood/index.js";
import { SearchIndex } from "./search-index.js";

export const DEFAULT_WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "web");

export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const port = Number(env.PORT ?? 5178);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${env.PORT}"`);
  return { host: env.HOST ?? "127.0.0.1", port, webDir: DEFAULT_WEB_DIR };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(store: GraphStore, settings: ServerSettings): Promise<RunningServer> {
  const [search, nodes] = await Promise.all([SearchIndex.fromStore(store), openNodeReader(store)]);
  const app = await buildApp({ store, search, nodes, settings });
  await app.listen({ host: settings.host, port: settings.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : settings.port;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}
