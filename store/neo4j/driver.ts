// One Neo4j driver per process and server: the store and the analyst console share it (a driver owns a
// connection pool; two per process doubled connections and start-up). Counted references close it last.

import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jTarget {
  /** `bolt://host:port` for one server, `neo4j://host:port` (or `neo4j+s://`) for routing: clusters, Aura. */
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

interface Shared {
  driver: Driver;
  refs: number;
}

const shared = new Map<string, Shared>();

const keyOf = (t: Neo4jTarget) => JSON.stringify([t.uri, t.user ?? "neo4j", t.password ?? ""]);

/** The process's driver for `target`, created on first use; call `release` once when done with it. */
export function acquireDriver(target: Neo4jTarget): { driver: Driver; release: () => Promise<void> } {
  const key = keyOf(target);
  let entry = shared.get(key);
  if (!entry) {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user ?? "neo4j", target.password ?? ""), {
      // Results come back through fromNeo4j, which turns Integers into numbers (or strings past 2^53).
      disableLosslessIntegers: false,
    });
    entry = { driver, refs: 0 };
    shared.set(key, entry);
  }
  entry.refs++;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    const e = shared.get(key);
    if (!e || --e.refs > 0) return;
    shared.delete(key);
    await e.driver.close();
  };
  return { driver: entry.driver, release };
}

/** Drivers open in this process (tests check there is one per server). */
export function openDriverCount(): number {
  return shared.size;
}
