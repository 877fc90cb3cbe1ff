// The production store: Neo4j through the official driver. Thin on purpose: the statement bodies are the
// same files Kùzu runs; only the row transport differs (`UNWIND $rows`, in bounded transactions).

import neo4j, { type Driver } from "neo4j-driver";
import { loadCypher, splitStatements } from "../cypher-files.js";
import { fromNeo4j } from "../values.js";

export { fromNeo4j };
import { planBatch, planDeletePapers, planLayout, planPruneOrphans, type WriteStep } from "../write-plan.js";
import type { GraphBatch, GraphStore, LayoutRow, QueryOptions, QueryResult, Row } from "../types.js";

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Rows per `UNWIND` transaction: large enough to amortise round trips, small enough for the heap. */
const ROWS_PER_TRANSACTION = 5000;

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  private driver: Driver;

  constructor(readonly options: Neo4jStoreOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user ?? "neo4j", options.password ?? ""));
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity();
    for (const statement of splitStatements(loadCypher("schema/neo4j", "neo4j"))) {
      await this.driver.executeQuery(statement, {}, { database: this.options.database });
    }
  }

  private async runSteps(steps: WriteStep[]): Promise<void> {
    const session = this.session("WRITE");
    try {
      for (const step of steps) {
        const bind = step.columns.map((c) => `row.${c.name} AS ${c.name}`).join(", ");
        const cypher = `UNWIND $rows AS row WITH ${bind} ${step.body}`;
        for (let i = 0; i < step.rows.length; i += ROWS_PER_TRANSACTION) {
          const rows = step.rows
            .slice(i, i + ROWS_PER_TRANSACTION)
            .map((cells) =>
              Object.fromEntries(
                step.columns.map((c, j) => [
                  c.name,
                  c.type === "INT64" && cells[j] !== null ? neo4j.int(cells[j] as number) : cells[j],
                ]),
              ),
            );
          await session.executeWrite((tx) => tx.run(cypher, { rows }));
        }
      }
    } finally {
      await session.close();
    }
  }

  async writeBatch(batch: GraphBatch): Promise<void> {
    await this.runSteps(planBatch(batch, "neo4j"));
  }

  deletePapers(ids: string[]): Promise<void> {
    return this.runSteps(planDeletePapers(ids, "neo4j"));
  }

  writeLayout(rows: LayoutRow[]): Promise<void> {
    return this.runSteps(planLayout(rows, "neo4j"));
  }

  async pruneOrphans(): Promise<void> {
    for (const statement of planPruneOrphans("neo4j")) {
      await this.driver.executeQuery(statement, {}, { database: this.options.database });
    }
  }

  async read(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const maxRows = options.maxRows ?? Infinity;
    const session = this.session("READ");
    try {
      return await session.executeRead(async (tx) => {
        const result = tx.run(cypher, params);
        const rows: Row[] = [];
        let columns: string[] = [];
        let truncated = false;
        for await (const record of result) {
          columns = record.keys as string[];
          if (rows.length >= maxRows) {
            truncated = true;
            break;
          }
          const row: Row = {};
          for (const key of columns) row[key] = fromNeo4j(record.get(key));
          rows.push(row);
        }
        if (!columns.length) columns = ((await result.keys()) ?? []) as string[];
        return { columns, rows, truncated };
      });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
