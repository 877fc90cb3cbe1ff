// Runs analyst Cypher, plain or saved, on whichever store is configured: guard first, then parameters checked,
// then the bounded backend (a Kùzu sandbox pool, or Neo4j in READ mode after an EXPLAIN probe).

import type { StoreConfig } from "../store/index.js";
import { kuzuPath } from "../store/index.js";
import { KuzuStore } from "../store/kuzu/index.js";
import { Neo4jStore } from "../store/neo4j/index.js";
import type { Dialect, GraphStore, QueryResult } from "../store/types.js";
import { QueryParamError } from "./errors.js";
import { guardQuery } from "./guard.js";
import { narrowLimits, type QueryLimits } from "./limits.js";
import { Neo4jAnalystRunner, type Neo4jTarget } from "./neo4j.js";
import { KuzuSandboxPool } from "./sandbox/pool.js";
import { bindParams, loadSavedQuery, type ParamValue } from "./saved.js";

export interface RunOptions {
  /** Lower than the runner's limits only. */
  timeoutMs?: number;
  maxRows?: number;
}

export interface AnalystResult extends QueryResult {
  elapsedMs: number;
  /** The limits this query ran under. */
  limits: { timeoutMs: number; maxRows: number };
}

type Backend = { dialect: "kuzu"; pool: KuzuSandboxPool } | { dialect: "neo4j"; neo4j: Neo4jAnalystRunner };

/** Parameters must be scalars: Kùzu's binding corrupts list and map parameters (STACK-FACTS). */
function checkParams(used: string[], given: Record<string, unknown>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(given)) {
    if (!used.includes(key)) throw new QueryParamError(`parameter ${key} is not used by the query`);
    const ok = value === null || ["string", "boolean"].includes(typeof value) || Number.isFinite(value);
    if (!ok) throw new QueryParamError(`parameter ${key}: only strings, numbers, booleans and null are allowed`);
    out[key] = value as ParamValue;
  }
  for (const name of used) if (!Object.hasOwn(out, name)) throw new QueryParamError(`missing parameter $${name}`);
  return out;
}

export class AnalystRunner {
  readonly dialect: Dialect;

  private constructor(
    private backend: Backend,
    readonly limits: QueryLimits,
  ) {
    this.dialect = backend.dialect;
  }

  static forKuzu(path: string, limits: QueryLimits): AnalystRunner {
    return new AnalystRunner({ dialect: "kuzu", pool: new KuzuSandboxPool(path, limits) }, limits);
  }

  static forNeo4j(target: Neo4jTarget, limits: QueryLimits): AnalystRunner {
    return new AnalystRunner({ dialect: "neo4j", neo4j: new Neo4jAnalystRunner(target) }, limits);
  }

  static fromConfig(config: StoreConfig, limits: QueryLimits): AnalystRunner {
    return config.kind === "neo4j"
      ? AnalystRunner.forNeo4j(config.neo4j!, limits)
      : AnalystRunner.forKuzu(kuzuPath(config.dataDir), limits);
  }

  /** The same database an open store reads (the server's), reached through the sandbox. */
  static forStore(store: GraphStore, limits: QueryLimits): AnalystRunner {
    if (store instanceof KuzuStore) return AnalystRunner.forKuzu(store.options.path, limits);
    if (store instanceof Neo4jStore) return AnalystRunner.forNeo4j(store.options, limits);
    throw new Error(`analyst queries: unsupported store ${store.kind}`);
  }

  /** Starts Kùzu sandboxes ahead of the first query. */
  async warm(): Promise<void> {
    if (this.backend.dialect === "kuzu") await this.backend.pool.warm();
  }

  async run(text: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<AnalystResult> {
    const guarded = guardQuery(text, this.dialect);
    const values = checkParams(guarded.params, params);
    const limits = narrowLimits(this.limits, options);
    const started = performance.now();
    const result =
      this.backend.dialect === "kuzu"
        ? await this.backend.pool.run(guarded.statement, values, limits)
        : await this.backend.neo4j.run(guarded.statement, values, limits, guarded.prefix?.query ?? guarded.statement);
    const elapsedMs = Math.round(performance.now() - started);
    return { ...result, elapsedMs, limits: { timeoutMs: limits.timeoutMs, maxRows: limits.maxRows } };
  }

  async runSaved(name: string, params: Record<string, unknown> = {}, options: RunOptions = {}) {
    const saved = loadSavedQuery(name, this.dialect);
    return this.run(saved.cypher, bindParams(saved, params), options);
  }

  async close(): Promise<void> {
    if (this.backend.dialect === "kuzu") await this.backend.pool.close();
    else await this.backend.neo4j.close();
  }
}
