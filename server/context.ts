// What every route gets: the store, the search index, the node reader and the settings the server started with.

import type { GraphStore } from "../store/types.js";
import type { NodeReader } from "./neighbourhood/types.js";
import type { SearchIndex } from "./search-index.js";

export interface ServerSettings {
  host: string;
  port: number;
  /** The built web app (`dist/web`); not served when absent. */
  webDir?: string;
  /** The data directory: users' corrections are written to `corrections.json` there; none accepted when absent. */
  dataDir?: string;
}

export interface AppContext {
  store: GraphStore;
  search: SearchIndex;
  /** Node details and neighbour pages; absent: read through Cypher on `store`. */
  nodes?: NodeReader;
  settings: ServerSettings;
}
