// `npm run query NAME --param model=ViT`: a saved query's node parameters given by name on the command line, as
// the HTTP API takes them. The names are looked up in the serve index's search index when the store has one (it
// loads without the store), else in one built from the store, opened read-only and closed before the query runs.

import { kindOfId } from "../domain/identity.js";
import type { StoreConfig } from "../store/index.js";
import { openStore } from "../store/index.js";
import { SearchIndex } from "../server/search-index.js";
import { openServeIndex } from "../serve-index/index.js";
import { resolveNodeParams, type NodeLookup } from "./names.js";
import { bindParams, loadSavedQuery, type ParamValue, type SavedQuery } from "./saved.js";

async function withLookup<T>(config: StoreConfig, use: (lookup: NodeLookup) => T): Promise<T> {
  const served = config.kind === "kuzu" ? openServeIndex(config.dataDir) : undefined;
  if (served) {
    try {
      return use(await served.search);
    } finally {
      await served.close();
    }
  }
  const store = await openStore(config);
  try {
    return use(await SearchIndex.fromStore(store));
  } finally {
    await store.close();
  }
}

/** The saved query `name` and its parameters, bound to their types, node parameters resolved to ids. */
export async function savedWithNames(
  config: StoreConfig,
  name: string,
  given: Record<string, unknown>,
): Promise<{ saved: SavedQuery; params: Record<string, ParamValue> }> {
  const saved = loadSavedQuery(name, config.kind);
  const bound = bindParams(saved, given);
  // A value written as an id of the parameter's kinds runs as given (no lookup to load), as it always did.
  const named = saved.params.some((p) => {
    const value = bound[p.name];
    if (p.type !== "node" || typeof value !== "string") return false;
    const kind = kindOfId(value);
    return !kind || (p.kinds !== undefined && !p.kinds.includes(kind));
  });
  if (!named) return { saved, params: bound };
  return { saved, params: await withLookup(config, (lookup) => resolveNodeParams(saved, bound, lookup)) };
}
