// Analyst queries on Neo4j: READ access mode does not stop LOAD CSV or procedures (STACK-FACTS), so every
// guarded statement is first EXPLAINed and must plan as read-only (`queryType === 'r'`); then it runs in a read
// transaction with a server-side timeout, streamed up to the row cap, with a client-side deadline on top.
// It borrows the process's one driver for the server (store/neo4j/driver.ts), the same the store uses.

import neo4j, { type Driver } from "neo4j-driver";
import { acquireDriver, type Neo4jTarget } from "../store/neo4j/driver.js";
import { fromNeo4j, toNeo4jParams } from "../store/neo4j/values.js";
import type { QueryResult, Row } from "../store/types.js";
import {
  QueryError,
  QueryFailedError,
  QueryRefusedError,
  QueryResourceError,
  QueryTimeoutError,
  QueryUnavailableError,
} from "./errors.js";
import { encodedBytes, MAX_RESULT_BYTES, type QueryLimits } from "./limits.js";

export type { Neo4jTarget };

function classify(error: unknown): Error {
  if (error instanceof QueryError) return error;
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (/TransactionTimedOut|Transaction.*Terminated/i.test(e.code ?? "")) {
    return new QueryTimeoutError(`the query ran past its time limit: ${message}`);
  }
  if (e.code === "Neo.ClientError.Statement.AccessMode") return new QueryRefusedError("write", message, 0);
  if (/OutOfMemory|MemoryPoolOutOfMemory/i.test(e.code ?? "")) return new QueryResourceError(message);
  if (e.code?.startsWith("Neo.ClientError.")) return new QueryFailedError(message);
  return new QueryUnavailableError(`neo4j: ${message}`);
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const REFUSED_OPERATORS = /^LoadCSV/i;

function refusedOperator(plan: PlanNode | false): string | undefined {
  if (!plan) return undefined;
  const name = plan.operatorType.split("@")[0]!;
  if (REFUSED_OPERATORS.test(name)) return "LOAD CSV";
  for (const child of plan.children) {
    const found = refusedOperator(child);
    if (found) return found;
  }
  return undefined;
}

export class Neo4jAnalystRunner {
  private driver: Driver;
  private release: () => Promise<void>;

  constructor(readonly target: Neo4jTarget) {
    ({ driver: this.driver, release: this.release } = acquireDriver(target));
  }

  private session() {
    return this.driver.session({ database: this.target.database, defaultAccessMode: neo4j.session.READ });
  }

  /** Plans the statement without running it; refuses anything that is not a pure read. */
  async probe(query: string, params: Record<string, unknown>): Promise<void> {
    const session = this.session();
    try {
      const summary = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, toNeo4jParams(params)).summary());
      if (summary.queryType !== "r") {
        throw new QueryRefusedError(`query type ${summary.queryType}`, "Neo4j plans it as more than a read", 0);
      }
      // READ mode still lets LOAD CSV read files and URLs: refuse it wherever it hides in the plan.
      const operator = refusedOperator(summary.plan as PlanNode | false);
      if (operator) throw new QueryRefusedError(operator, "it reads files or URLs", 0);
    } catch (error) {
      if (error instanceof QueryRefusedError) throw error;
      throw classify(error);
    } finally {
      await session.close();
    }
  }

  /** `probeText` is the statement without a leading EXPLAIN/PROFILE (which cannot be EXPLAINed again). */
  async run(
    statement: string,
    params: Record<string, unknown>,
    limits: Pick<QueryLimits, "timeoutMs" | "maxRows">,
    probeText = statement,
  ): Promise<QueryResult> {
    await this.probe(probeText, params);
    const session = this.session();
    // An explicit transaction, not executeRead: a transaction function retries what the driver deems transient
    // (a query the server stopped at its timeout among them) for up to 30 s, which no analyst asked for.
    const tx = session.beginTransaction({ timeout: limits.timeoutMs });
    let stopped = false;
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= tx
        .rollback()
        .catch(() => undefined)
        .then(() => session.close())
        .catch(() => undefined));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stopped = true;
        reject(new QueryTimeoutError(`the query ran past its time limit of ${limits.timeoutMs} ms and was stopped`));
        void close();
      }, limits.timeoutMs + 250);
    });
    const work = (async () => {
      const result = tx.run(statement, toNeo4jParams(params));
      const rows: Row[] = [];
      let truncated = false;
      let bytes = 0;
      for await (const record of result) {
        if (rows.length >= limits.maxRows) {
          truncated = true;
          break;
        }
        const row = Object.create(null) as Row; // a `__proto__` column stays a key
        for (const key of record.keys as string[]) row[key] = fromNeo4j(record.get(key));
        bytes += encodedBytes(row);
        if (bytes > MAX_RESULT_BYTES) {
          if (!rows.length) {
            throw new QueryResourceError(`one row is larger than the ${MAX_RESULT_BYTES} bytes a result may hold`);
          }
          truncated = true;
          break;
        }
        rows.push(row);
      }
      const columns = ((await result.keys()) ?? []) as string[];
      return { columns, rows, truncated };
    })();
    try {
      return await Promise.race([work.catch((error: unknown) => Promise.reject(classify(error))), deadline]);
    } finally {
      clearTimeout(timer);
      // A query stopped at its deadline is already being let go (the timer closes it in the background: ending it
      // may take the server a while, and the caller has its answer).
      if (!stopped) await close();
    }
  }

  async close(): Promise<void> {
    await this.release();
  }
}
