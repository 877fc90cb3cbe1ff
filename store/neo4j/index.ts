// The production store: Neo4j through the official driver. Thin on purpose: the statement bodies are the same
// files Kùzu runs; only the row transport differs (`UNWIND $rows`). Each batch is one transaction, so a paper, its
// links and its content hash commit together and a killed ingest leaves whole papers only. A first load into an
// empty database goes in bigger, shorter transactions with the content hashes written last (bulkLoad).

import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { loadCypher, renderCypher, splitStatements } from "../cypher-files.js";
import { StoreReadOnlyError } from "../errors.js";
import {
  planBatch,
  planDeletePapers,
  planLayout,
  planPaperHashes,
  planPruneOrphans,
  type WriteStep,
} from "../write-plan.js";
import type { GraphBatch, GraphStore, LayoutRow, QueryOptions, QueryResult, Row, RunOptions } from "../types.js";
import { acquireDriver, type Neo4jTarget } from "./driver.js";
import { toStoreError } from "./errors.js";
import { fromNeo4j, toNeo4jParams } from "./values.js";

export { fromNeo4j, toNeo4jParams } from "./values.js";

export interface Neo4jStoreOptions extends Neo4jTarget {
  /** No DDL on open and every session in READ access mode: what a read-only database user can do. */
  readOnly?: boolean;
}

/** Rows per `UNWIND` statement: large enough to amortise round trips, small enough for the heap. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Rows per transaction of a first load into an empty database (bulkLoad). On 10k synthetic papers (190k rows) the
 * write took 25–26 s at 250 or 500 rows, 36–64 s at 1,000–2,000, 105 s at 5,000, and 86–90 s in one transaction
 * on a warm server (bench/neo4j-load-variants.ts, docs/benchmarks.md): big transactions cost more than round trips.
 */
const BULK_ROWS_PER_TRANSACTION = 500;

/** A step's rows as `UNWIND` maps, INT64 cells as Neo4j Integers (the driver would send them as floats). */
function stepRows(step: WriteStep, from: number, to: number): Record<string, unknown>[] {
  return step.rows
    .slice(from, to)
    .map((cells) =>
      Object.fromEntries(
        step.columns.map((c, j) => [
          c.name,
          c.type === "INT64" && cells[j] !== null ? neo4j.int(cells[j] as number) : cells[j],
        ]),
      ),
    );
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  /** The process's shared driver for this server (the analyst console uses the same one). */
  readonly driver: Driver;
  private release: () => Promise<void>;

  constructor(readonly options: Neo4jStoreOptions) {
    ({ driver: this.driver, release: this.release } = acquireDriver(options));
  }

  get database(): string | undefined {
    return this.options.database;
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw toStoreError(error, "connect");
    }
    // A read-only open must work for a user who may not run DDL: the schema is the writer's job.
    if (this.options.readOnly) return;
    for (const statement of splitStatements(loadCypher("schema/neo4j", "neo4j"))) {
      try {
        await this.driver.executeQuery(statement, {}, { database: this.options.database });
      } catch (error) {
        throw toStoreError(error, "schema/neo4j");
      }
    }
  }

  private assertWritable(what: string): void {
    if (this.options.readOnly) throw new StoreReadOnlyError(`neo4j: ${what} on a store opened read-only`, what);
  }

  /** Runs write steps in one transaction: on any failure nothing of them remains. */
  private async runSteps(steps: WriteStep[]): Promise<void> {
    if (steps.length === 0) return;
    this.assertWritable(steps[0]!.name);
    const session = this.session("WRITE");
    let current: string | undefined;
    try {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        for (const step of steps) {
          current = step.name;
          const bind = step.columns.map((c) => `row.${c.name} AS ${c.name}`).join(", ");
          const cypher = `UNWIND $rows AS row WITH ${bind} ${step.body}`;
          for (let i = 0; i < step.rows.length; i += ROWS_PER_STATEMENT) {
            await tx.run(cypher, { rows: stepRows(step, i, i + ROWS_PER_STATEMENT) });
          }
        }
      });
    } catch (error) {
      throw toStoreError(error, current);
    } finally {
      await session.close();
    }
  }

  async writeBatch(batch: GraphBatch): Promise<void> {
    await this.runSteps(planBatch(batch, "neo4j"));
  }

  /**
   * A first load into an empty database: every step in transactions of BULK_ROWS_PER_TRANSACTION rows (writeBatch's
   * one transaction per 2,000 papers took four times as long). Not all or nothing: papers are written without
   * their content hash and the hashes go last, so a load killed midway leaves papers the next run sees as changed
   * and rewrites whole (GraphStore.bulkLoad). `onStep` hears each finished step.
   */
  async bulkLoad(batch: GraphBatch, onStep?: (done: number, steps: number) => void): Promise<void> {
    this.assertWritable("bulk-load");
    const newPaperIds = new Set(batch.papers.map((p) => p.id));
    // "" is stored as no value (write-plan's withoutEmptyStrings): the papers go in without a hash.
    const unhashed = batch.papers.map((p) => ({ ...p, contentHash: "" }));
    const steps = [
      ...planBatch({ ...batch, papers: unhashed, newPaperIds }, "neo4j"),
      planPaperHashes(batch.papers, "neo4j"),
    ];
    for (const [done, step] of steps.entries()) {
      for (let i = 0; i < step.rows.length; i += BULK_ROWS_PER_TRANSACTION) {
        await this.runSteps([{ ...step, rows: step.rows.slice(i, i + BULK_ROWS_PER_TRANSACTION) }]);
      }
      onStep?.(done + 1, steps.length);
    }
  }

  deletePapers(ids: string[]): Promise<void> {
    return this.runSteps(planDeletePapers(ids, "neo4j"));
  }

  /** Layout rows are idempotent rewrites of x/y/degree/community: one transaction per label is enough. */
  async writeLayout(rows: LayoutRow[]): Promise<void> {
    for (const step of planLayout(rows, "neo4j")) await this.runSteps([step]);
  }

  async pruneOrphans(): Promise<void> {
    this.assertWritable("prune-orphans");
    for (const statement of planPruneOrphans("neo4j")) {
      try {
        await this.driver.executeQuery(statement, {}, { database: this.options.database });
      } catch (error) {
        throw toStoreError(error, "write/prune-orphans");
      }
    }
  }

  run(name: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult> {
    return this.readText(renderCypher(name, "neo4j", options.slots), params, options, name);
  }

  read(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    return this.readText(cypher, params, options);
  }

  private async readText(
    cypher: string,
    params: Record<string, unknown>,
    options: QueryOptions,
    name?: string,
  ): Promise<QueryResult> {
    const maxRows = options.maxRows ?? Infinity;
    const session = this.session("READ");
    try {
      return await session.executeRead(async (tx) => {
        const result = tx.run(cypher, toNeo4jParams(params));
        const rows: Row[] = [];
        let columns: string[] | undefined;
        let truncated = false;
        for await (const record of result) {
          columns ??= record.keys as string[];
          if (rows.length >= maxRows) {
            truncated = true;
            break;
          }
          const row: Row = {};
          for (const key of columns) row[key] = fromNeo4j(record.get(key));
          rows.push(row);
        }
        columns ??= ((await result.keys()) ?? []) as string[];
        return { columns, rows, truncated };
      });
    } catch (error) {
      throw toStoreError(error, name);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.release();
  }
}
