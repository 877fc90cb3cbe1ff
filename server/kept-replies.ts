// Replies a server over a store that never changes (a frozen one) keeps as sent: the JSON and, once asked for, its
// compressed forms (compressed-json.ts). Hubs, a paper's shares-data and the methods map are asked for again and
// again; kept as text they cost far less than the objects they were made from (at a million papers the shares-data
// load grew the server's own memory by 90 MB, against 500 MB kept as objects), and a second ask no serialising.

import { Lru } from "../store/lru.js";
import type { JsonReply } from "./compressed-json.js";

/** `compute`'s value as a reply, shared by concurrent and later asks for `key` where the store is frozen. */
export type KeptReplies = (key: string, compute: () => Promise<unknown>) => Promise<JsonReply>;

/** Keeps up to `capacity` replies over a frozen store, none over one that may change (each ask computes). */
export function keptReplies(frozen: boolean | undefined, capacity: number): KeptReplies {
  const asJson = async (compute: () => Promise<unknown>): Promise<JsonReply> => ({
    json: JSON.stringify(await compute()),
  });
  if (!frozen) return (_key, compute) => asJson(compute);
  const kept = new Lru<string, Promise<JsonReply>>(capacity);
  return (key, compute) => {
    const known = kept.get(key);
    if (known) return known;
    const reply = asJson(compute);
    kept.set(key, reply);
    // Failures (an unknown id) are not kept; a later ask may have replaced this one already.
    reply.catch(() => kept.get(key) === reply && kept.delete(key));
    return reply;
  };
}
