// What every route gets: the store, the search index, the node reader and the settings the server started with.

import type { ServerSettings as Configured } from "../settings/index.js";
import type { GraphStore } from "../store/types.js";
import type { NodeReader } from "./neighbourhood/types.js";
import type { SearchIndex } from "./search-index.js";

/** What the server runs with: address and security settings (settings/), defaults where a test leaves them out. */
export interface ServerSettings extends Pick<Configured, "host" | "port">, Partial<Omit<Configured, "host" | "port">> {
  /** The built web app (`dist/web`); not served when absent. */
  webDir?: string;
  /** The data directory: users' corrections are written to `corrections.json` there; none accepted when absent. */
  dataDir?: string;
}

export interface AppContext {
  store: GraphStore;
  /** A promise while a saved index is still loading: search requests wait for it, no other route does. */
  search: SearchIndex | Promise<SearchIndex>;
  /** Node details and neighbour pages; absent: read through Cypher on `store`. */
  nodes?: NodeReader;
  settings: ServerSettings;
}
