// The production store: Neo4j through the official driver. Thin on purpose: the statement bodies are the
// same files Kùzu runs; only the row transport differs (`UNWIND $rows`, in bounded transactions).

import neo4j, { type Driver } from "neo4j-driver";
import { loadCypher, splitStatements } from "../cypher-files.js";
import { toSafeNumber } from "../values.js";
import { planBatch, planDeletePapers, planLayout, planPruneOrphans, type WriteStep } from "../write-plan.js";
import type { GraphBatch, GraphStore, LayoutRow, QueryOptions, QueryResult, Row, Value } from "../types.js";

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Rows per `UNWIND` transaction: large enough to amortise round trips, small enough for the heap. */
const ROWS_PER_TRANSACTION = 5000;

export function fromNeo4j(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return toSafeNumber(BigInt(value.toString()));
  if (typeof value === "bigint") return toSafeNumber(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { _kind: "node", _label: node.labels[0] ?? null, _id: node.elementId, ...fromProps(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as {
      type: string;
      properties: Record<string, unknown>;
      elementId: string;
      startNodeElementId: string;
      endNodeElementId: string;
    };
    return {
      _kind: "relationship",
      _label: rel.type,
      _id: rel.elementId,
      _src: rel.startNodeElementId,
      _dst: rel.endNodeElementId,
      ...fromProps(rel.properties),
    };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as {
      segments: { start: unknown; relationship: unknown; end: unknown }[];
      start: unknown;
    };
    const nodes = [path.start, ...path.segments.map((s) => s.end)].map(fromNeo4j);
    return { _kind: "path", nodes, relationships: path.segments.map((s) => fromNeo4j(s.relationship)) };
  }
  if (typeof value === "object") {
    if ("toString" in value && (neo4j.isDate(value as never) || neo4j.isDateTime(value as never))) return String(value);
    return fromProps(value as Record<string, unknown>);
  }
  return String(value);
}

function fromProps(props: Record<string, unknown>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(props)) out[k] = fromNeo4j(v);
  return out;
}

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
