// The embedded store: Kùzu on disk. Batches reach it as CSV files behind `LOAD WITH HEADERS … FROM`, which is
// fast and avoids the Node binding's list-parameter bugs (STACK-FACTS); each batch is one transaction.

import kuzu from "kuzu";
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { isPageable, loadCypher, renderCypher, splitStatements } from "../cypher-files.js";
import { StoreError } from "../errors.js";
import { diskFullError, ensureRoom, GROWTH_PER_INPUT_BYTE, megabytes } from "./room.js";
import { rowFromKuzu } from "../values.js";
import { openError } from "./open-errors.js";
import {
  planBatch,
  planBulkEnd,
  planBulkPart,
  planDeletePapers,
  planLayout,
  planPruneOrphans,
  type WriteStep,
} from "../write-plan.js";
import type {
  BulkLoad,
  GraphBatch,
  GraphStore,
  LayoutRow,
  QueryOptions,
  QueryResult,
  Row,
  RunOptions,
} from "../types.js";
import { Lru } from "../lru.js";
import { clearScratch, scratchDir, scratchRoot } from "../scratch.js";
import { CSV_OPTIONS, csvLines, toCsv } from "./csv.js";

type KuzuConnection = InstanceType<typeof kuzu.Connection>;
type KuzuResult = InstanceType<typeof kuzu.QueryResult>;
type KuzuPrepared = InstanceType<typeof kuzu.PreparedStatement>;

export interface KuzuStoreOptions {
  /** Directory of the database (created when missing). */
  path: string;
  readOnly?: boolean;
  /** Connections for concurrent reads; one query runs at a time on each. */
  connections?: number;
  /** Bytes a write must leave free on the store's disk (settings: PAPERGRAPH_MIN_FREE_MB). */
  minFreeBytes?: number;
  /** Bytes of buffer pool; default Kùzu's (80 % of RAM), which it fills and keeps while the process lives. */
  bufferPoolBytes?: number;
  /** Rows of a node table a streamed bulk load COPYs as soon as they are in (openBulkLoad); tests make it small. */
  bulkRoundRows?: number;
  /** Links a streamed bulk load COPYs at once (BULK_LINK_PIECE_ROWS); tests make it small. */
  bulkLinkPieceRows?: number;
}

/** See KuzuStoreOptions.bulkRoundRows: 20k papers are a few seconds of COPY, a few dozen MB of file. */
const BULK_ROUND_ROWS = 20_000;
/**
 * Links a first load COPYs at once. Each COPY commits on its own so that Kùzu can evict what it wrote; one COPY
 * must still fit its buffer pool (6M links of a million papers fit 2 GB, not 1 GB), and each piece into the growing
 * table costs more than the last (1M-link pieces: 67 s for 6M, one COPY 13 s), so the pieces are large.
 */
const BULK_LINK_PIECE_ROWS = 3_000_000;

/**
 * Lies beside a store while its first load runs: the load commits table by table, so a store found with the
 * marker holds a load cut short (the process was killed), never anything older, and is emptied before use.
 */
export const loadingMarker = (path: string) => `${path}.loading`;
/** The files of one Kùzu database. */
const databaseFiles = (path: string) => [path, `${path}.wal`, `${path}.shadow`, loadingMarker(path)];

/**
 * Nodes per page of a paged read (runInBatches): a page's result is what Kùzu holds at once. A read of links costs
 * about what its page returns (20,000 papers' links: ~80k rows at a million papers, 0.3 s). A read of one node
 * table costs a scan of the whole table's columns whatever the page (Kùzu filters on the offset after reading
 * them: 0.9–1.6 s a page of papers at a million, with their abstracts, 20,000 or 100,000 papers alike), so it
 * takes larger pages (100,000 papers: ~70 MB).
 */
const PAGE_NODES = 20_000;
const NODE_TABLE_PAGE_NODES = 100_000;
/** A statement that reads one node table, no relationship. */
const readsNodesAlone = (cypher: string) => !/-\[/.test(cypher);

/** Read results a read-only store keeps, and the largest result it keeps (in rows). */
const RESULT_CACHE_ENTRIES = 5000;
const RESULT_CACHE_MAX_ROWS = 5000;

/** WAL size that triggers a checkpoint (Kùzu's default is 16 MB). */
const CHECKPOINT_THRESHOLD_BYTES = 1024 * 1024 * 1024;

export { StoreError };

function firstResult(r: KuzuResult | KuzuResult[]): KuzuResult {
  if (Array.isArray(r)) {
    for (const extra of r.slice(0, -1)) extra.close();
    return r[r.length - 1]!;
  }
  return r;
}

/** A fixed set of connections handed out one query at a time. */
class ConnectionPool {
  private idle: KuzuConnection[];
  private waiting: ((c: KuzuConnection) => void)[] = [];
  constructor(readonly all: KuzuConnection[]) {
    this.idle = [...all];
  }
  async use<T>(fn: (c: KuzuConnection) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await new Promise<KuzuConnection>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(conn);
    } finally {
      const next = this.waiting.shift();
      if (next) next(conn);
      else this.idle.push(conn);
    }
  }
}

// The paths are our own temp files, never user input; LOAD FROM and COPY take no parameter for them.

function loadStatement(step: WriteStep, file: string): string {
  const header = step.columns.map((c) => `${c.name} ${c.type}`).join(", ");
  return `LOAD WITH HEADERS (${header}) FROM '${file}' (${CSV_OPTIONS}) ${step.body}`;
}

function copyStatement(step: WriteStep, file: string): string {
  const target = step.bulk!;
  if ("node" in target) return `COPY ${target.node} FROM '${file}' (${CSV_OPTIONS})`;
  return `COPY ${target.rel} FROM '${file}' (from='${target.from}', to='${target.to}', ${CSV_OPTIONS})`;
}

/** Writes all of `text` at the end of the open file `fd`; returns the bytes written. */
function writeAll(fd: number, text: string): number {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  return bytes.length;
}

export class KuzuStore implements GraphStore {
  readonly kind = "kuzu" as const;
  private db: InstanceType<typeof kuzu.Database>;
  private pool: ConnectionPool;
  /** Writes are serialised: Kùzu allows one write transaction at a time. */
  private writer: KuzuConnection;
  /** Preparing costs 1–20 ms, often more than running the query: each connection keeps what it prepared. */
  private prepared = new Map<KuzuConnection, Map<string, KuzuPrepared>>();
  /**
   * A read-only store's data cannot change while it is open (a writer cannot open the database meanwhile), so its
   * results are cached: hubs and the overview are asked for again and again. Callers must not mutate results.
   */
  private results?: Lru<string, QueryResult>;
  readonly frozen: boolean;
  private scratchCleared = false;

  constructor(readonly options: KuzuStoreOptions) {
    if (!options.readOnly) mkdirSync(dirname(options.path), { recursive: true });
    [this.db, this.pool, this.writer] = this.connect();
    this.frozen = options.readOnly ?? false;
    if (this.frozen) this.results = new Lru(RESULT_CACHE_ENTRIES);
  }

  /** The database object (opened lazily, by init) with its connections. */
  private connect(): [InstanceType<typeof kuzu.Database>, ConnectionPool, KuzuConnection] {
    const { path, bufferPoolBytes, readOnly, connections } = this.options;
    const db = new kuzu.Database(path, bufferPoolBytes ?? 0, true, readOnly ?? false);
    // A read-only store serves many small queries at once: one thread each runs more of them side by side than
    // Kùzu's default of spreading each over every core (4 connections on 2 cores: 2.2 vs 3.5–5.4 ms a query).
    const threads = readOnly ? 1 : undefined;
    const conns = Array.from({ length: connections ?? 4 }, () => new kuzu.Connection(db, threads));
    return [db, new ConnectionPool(conns), conns[0]!];
  }

  private async prepare(conn: KuzuConnection, cypher: string): Promise<KuzuPrepared> {
    let statements = this.prepared.get(conn);
    if (!statements) this.prepared.set(conn, (statements = new Map()));
    const cached = statements.get(cypher);
    if (cached) return cached;
    const prepared = await conn.prepare(cypher);
    if (!prepared.isSuccess()) throw new StoreError(prepared.getErrorMessage());
    // Templates yield a bounded set of statements; analysts' queries go through the sandbox, not here.
    if (statements.size < 500) statements.set(cypher, prepared);
    return prepared;
  }

  async init(): Promise<void> {
    const { path, readOnly } = this.options;
    if (existsSync(loadingMarker(path))) {
      if (readOnly) {
        throw new StoreError(
          `the store at ${path} holds a first load that was cut short: run npm run ingest again (it starts it over)`,
        );
      }
      console.warn(`kuzu: ${path} holds a first load that was cut short (nothing else): emptied`);
      for (const file of databaseFiles(path)) rmSync(file, { force: true });
    }
    try {
      await this.db.init();
    } catch (error) {
      throw openError(this.options.path, this.options.readOnly ?? false, error);
    }
    if (this.options.readOnly) return;
    // What a killed run spilled, once per opening (a load starting over calls init again while its files live).
    if (!this.scratchCleared) clearScratch(this.options.path);
    this.scratchCleared = true;
    for (const statement of splitStatements(loadCypher("schema/kuzu", "kuzu"))) await this.exec(statement);
    // Kùzu checkpoints whenever the WAL passes 16 MB, and a checkpoint's cost grows with the database: commits of
    // a 10k-paper ingest took 1.7 → 4.6 s each. Checkpointing rarely (and on close) keeps commits near 0.2 s;
    // committed data is durable in the WAL either way.
    await this.exec(`CALL checkpoint_threshold=${CHECKPOINT_THRESHOLD_BYTES}`);
  }

  private async exec(statement: string): Promise<void> {
    const result = firstResult(await this.writer.query(statement));
    result.close();
  }

  /** Runs write steps inside one transaction; on any failure nothing of the batch remains. */
  private async runSteps(
    steps: WriteStep[],
    statementFor: (step: WriteStep, file: string) => string = loadStatement,
  ): Promise<void> {
    if (steps.length === 0) return;
    const dir = scratchDir(scratchRoot(this.options.path), "batch");
    let step: WriteStep | undefined;
    try {
      // Batch files first: their size tells how much the transaction will add, and checking before it begins
      // keeps a full disk from aborting the process halfway through it (room.ts).
      const entries: { step: WriteStep; file: string }[] = [];
      let bytes = 0;
      for (const [i, s] of steps.entries()) {
        step = s;
        const text = toCsv(
          s.columns.map((c) => c.name),
          s.rows,
        );
        entries.push({ step: s, file: join(dir, `${i}.csv`) });
        writeFileSync(entries[i]!.file, text);
        bytes += Buffer.byteLength(text);
      }
      await this.commitFiles(entries, bytes, statementFor, "a write");
    } catch (error) {
      throw this.writeError(error, false, step, "batch");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * One statement per prepared file, in one transaction, once the disk has room for what they add; on any
   * failure nothing of them remains and the error names the step that failed.
   */
  private async commitFiles(
    entries: { step: WriteStep; file: string }[],
    bytes: number,
    statementFor: (step: WriteStep, file: string) => string,
    what: string,
  ): Promise<void> {
    this.ensureRoomFor(bytes, what);
    let step: WriteStep | undefined;
    try {
      await this.exec("BEGIN TRANSACTION");
      try {
        for (const entry of entries) {
          step = entry.step;
          await this.exec(statementFor(entry.step, entry.file));
        }
        await this.exec("COMMIT");
      } catch (error) {
        await this.exec("ROLLBACK").catch(() => undefined);
        throw error;
      }
    } catch (error) {
      throw this.writeError(error, true, step, what);
    }
  }

  /** Checked before a transaction adds `bytes` of batch files: the disk must keep room for what they add. */
  private ensureRoomFor(bytes: number, what: string): void {
    const home = dirname(this.options.path);
    ensureRoom(home, bytes * GROWTH_PER_INPUT_BYTE, this.options.minFreeBytes ?? 0, `${what} of ${megabytes(bytes)}`);
  }

  /** A write's failure as our typed error: a full disk said as such (the store's or its scratch folder's), else the step. */
  private writeError(error: unknown, writing: boolean, step: WriteStep | undefined, what: string): Error {
    if (error instanceof StoreError) return error;
    return (
      diskFullError(error, writing ? dirname(this.options.path) : scratchRoot(this.options.path)) ??
      new StoreError(`kuzu: ${step?.name ?? what} failed: ${(error as Error).message}`, step?.name)
    );
  }

  /**
   * Makes the store the empty one it was before a first load that failed: that load committed table by table, and
   * deleting what it wrote would cost more than the load (and fail the same way on a full disk).
   */
  private async startOver(): Promise<void> {
    for (const conn of this.pool.all) await conn.close();
    await this.db.close();
    for (const file of databaseFiles(this.options.path)) rmSync(file, { force: true });
    this.prepared.clear();
    [this.db, this.pool, this.writer] = this.connect();
    await this.init();
  }

  async writeBatch(batch: GraphBatch): Promise<void> {
    await this.runSteps(planBatch(batch, "kuzu"));
  }

  /**
   * COPY is only ever run into an empty store: rolling back a COPY into a relationship table that already holds
   * links deletes those links too, for good (kuzu 0.11.3, measured: a failed increment would lose stored data).
   */
  private async assertEmpty(): Promise<void> {
    const { rows } = await this.run("read/node-count");
    const count = Number(rows[0]?.count ?? 0);
    if (count > 0) throw new StoreError(`kuzu: bulk load into a store that holds ${count} nodes refused`, "bulk");
  }

  async bulkLoad(batch: GraphBatch): Promise<void> {
    await this.assertEmpty();
    const steps = planBatch({ ...batch, newPaperIds: new Set(batch.papers.map((p) => p.id)) }, "kuzu");
    const bulk: WriteStep[] = [];
    for (const step of steps) {
      if (!step.bulk) throw new StoreError(`kuzu: bulk load has no COPY for ${step.name}`, step.name);
      // COPY fills a node table's columns by position: the step's columns are put in the table's order.
      bulk.push("node" in step.bulk ? await this.inTableOrder(step, step.bulk.node, step.bulk.properties) : step);
    }
    await this.runSteps(bulk, copyStatement);
  }

  /** Column names per node table, in the table's order (the schema does not change while the store is open). */
  private tableOrders = new Map<string, string[]>();

  private async inTableOrder(step: WriteStep, table: string, properties: string[]): Promise<WriteStep> {
    let order = this.tableOrders.get(table);
    if (!order) {
      const result = firstResult(await this.writer.query(`CALL table_info('${table}') RETURN name`));
      order = (await result.getAll()).map((r) => String(r.name));
      result.close();
      this.tableOrders.set(table, order);
    }
    const from = order.map((name) => properties.indexOf(name));
    return {
      ...step,
      columns: order.map((name, i) => step.columns[from[i]!] ?? { name, type: "STRING" }),
      rows: step.rows.map((row) => from.map((k) => (k < 0 ? null : row[k]!))),
    };
  }

  /**
   * Each step's rows are appended to its own file as parts come (a node table's columns in the table's order), so
   * the heap holds one part at a time; `commit` COPYs the files, node tables first. Node rows a part brings (papers,
   * results) are final: once a table's file holds `bulkRoundRows` rows it is COPYed at once, so that Kùzu copies on
   * its own threads while this thread prepares the next parts. Relationships wait for `commit` (their entities are
   * only known at the end), in files of at most BULK_LINK_PIECE_ROWS links.
   *
   * Every COPY commits on its own: in one transaction Kùzu keeps all the load wrote in its buffer pool (a million
   * papers: over 4 GB). All or nothing still holds, for the store was empty: a load that fails, or is aborted,
   * leaves it empty again (startOver), and one cut short by a kill leaves the marker that has the next open empty it.
   */
  openBulkLoad(): BulkLoad {
    const dir = scratchDir(scratchRoot(this.options.path), "bulk");
    type Entry = { step: WriteStep; file: string; fd: number; bytes: number; rows: number };
    const files = new Map<string, Entry>();
    /** Files of links complete at BULK_LINK_PIECE_ROWS, to COPY at commit. */
    const linkPieces: Entry[] = [];
    let fileCount = 0;
    const roundRows = this.options.bulkRoundRows ?? BULK_ROUND_ROWS;
    const pieceRows = this.options.bulkLinkPieceRows ?? BULK_LINK_PIECE_ROWS;
    const marker = loadingMarker(this.options.path);
    let started = false;
    let copying: Promise<void> = Promise.resolve();
    let failure: Error | undefined;
    const append = async (steps: WriteStep[], early: boolean) => {
      for (const s of steps) {
        let entry = files.get(s.name);
        const node = s.bulk && "node" in s.bulk ? s.bulk : undefined;
        // The table's column order is read on the writer connection: not while a COPY runs on it.
        if (node && !this.tableOrders.has(node.node)) await copying;
        const step = node ? await this.inTableOrder(s, node.node, node.properties) : s;
        if (!step.bulk) throw new StoreError(`kuzu: bulk load has no COPY for ${step.name}`, step.name);
        if (!entry) {
          const file = join(dir, `${fileCount++}.csv`);
          const header = step.columns.map((c) => c.name).join("\t") + "\n";
          const fd = openSync(file, "w");
          writeAll(fd, header);
          entry = { step: { ...step, rows: [] }, file, fd, bytes: Buffer.byteLength(header), rows: 0 };
          files.set(s.name, entry);
        }
        entry.bytes += writeAll(entry.fd, csvLines(step.rows));
        entry.rows += step.rows.length;
        if (early && node && entry.rows >= roundRows) copyNow(entry);
        else if (!node && entry.rows >= pieceRows) {
          files.delete(s.name);
          closeSync(entry.fd);
          linkPieces.push(entry);
        }
      }
    };
    /** COPYs one finished file, the first after checking the store is empty and leaving the marker. */
    const copy = async (entry: Entry) => {
      if (!started) {
        await this.assertEmpty();
        writeFileSync(marker, "a first load is under way (or was cut short): this store holds part of it\n");
        started = true;
      }
      this.ensureRoomFor(entry.bytes, "a load");
      await this.exec(copyStatement(entry.step, entry.file));
      rmSync(entry.file, { force: true });
    };
    /** COPYs a node table's file now (after any COPY under way). */
    const copyNow = (entry: Entry) => {
      files.delete(entry.step.name);
      closeSync(entry.fd);
      copying = copying.then(async () => {
        if (failure) return;
        try {
          await copy(entry);
        } catch (error) {
          failure = this.writeError(error, true, entry.step, "a load");
        }
      });
    };
    /** Waits for any COPY under way, then empties the store again if the load had begun writing it. */
    const startOver = async () => {
      await copying;
      if (started) await this.startOver();
      started = false;
    };
    const cleanUp = () => {
      for (const { fd } of files.values()) closeSync(fd);
      files.clear();
      rmSync(dir, { recursive: true, force: true });
    };
    return {
      add: async (part) => {
        try {
          if (failure) throw failure;
          await append(planBulkPart(part, "kuzu"), true);
        } catch (error) {
          await startOver();
          cleanUp();
          throw diskFullError(error, scratchRoot(this.options.path)) ?? error;
        }
      },
      commit: async (end, onStep) => {
        let step: WriteStep | undefined;
        try {
          await copying;
          if (failure) throw failure;
          if (!started) await this.assertEmpty();
          await append(planBulkEnd(end, "kuzu"), false);
          for (const { fd } of files.values()) closeSync(fd);
          // Node tables before the relationship tables that point into them.
          const entries = [...files.values()].filter((e) => "node" in e.step.bulk!);
          entries.push(...linkPieces, ...[...files.values()].filter((e) => "rel" in e.step.bulk!));
          files.clear();
          for (const [i, entry] of entries.entries()) {
            step = entry.step;
            await copy(entry);
            onStep?.(i + 1, entries.length);
          }
          rmSync(marker, { force: true });
        } catch (error) {
          await startOver();
          // Before the first COPY of the commit, a failure was in writing its files (the scratch folder's disk).
          throw this.writeError(error, step !== undefined, step, step ? "a load" : "bulk load");
        } finally {
          cleanUp();
        }
      },
      abort: async () => {
        await startOver();
        cleanUp();
      },
    };
  }

  deletePapers(ids: string[]): Promise<void> {
    return this.runSteps(planDeletePapers(ids, "kuzu"));
  }

  writeLayout(rows: LayoutRow[]): Promise<void> {
    return this.runSteps(planLayout(rows, "kuzu"));
  }

  async pruneOrphans(): Promise<void> {
    for (const statement of planPruneOrphans("kuzu")) await this.exec(statement);
  }

  run(name: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult> {
    return this.read(renderCypher(name, "kuzu", options.slots), params, options);
  }

  async read(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const key = this.results && `${cypher}\u0000${JSON.stringify(params)}\u0000${options.maxRows ?? ""}`;
    const hit = key && this.results!.get(key);
    if (hit) return hit;
    const result = await this.readUncached(cypher, params, options);
    if (key && result.rows.length <= RESULT_CACHE_MAX_ROWS) this.results!.set(key, result);
    return result;
  }

  async runInBatches(
    name: string,
    onRows: (rows: Row[]) => void,
    options: RunOptions & { batchRows?: number; pageNodes?: number } = {},
  ): Promise<void> {
    const batchRows = options.batchRows ?? 10_000;
    let rows: Row[] = [];
    const take = (result: KuzuResult) => {
      for (const row of resultRows(result)) {
        rows.push(row);
        if (rows.length >= batchRows) {
          onRows(rows);
          rows = [];
        }
      }
    };
    if (!isPageable(name, "kuzu"))
      await this.pool.use((conn) => this.readWhole(conn, renderCypher(name, "kuzu", options.slots), take));
    else {
      const cypher = renderCypher(name, "kuzu", { ...options.slots, PAGED: true });
      const pageNodes = options.pageNodes ?? (readsNodesAlone(cypher) ? NODE_TABLE_PAGE_NODES : PAGE_NODES);
      const end = (await this.pageBound(cypher)) + 1;
      // Kùzu holds a result whole until it is closed: two pages at most, the next computed on another connection
      // while this thread hands over the rows of the last.
      interface Page {
        next?: Promise<Page>;
      }
      let failed = false; // pages started before a failure hand over no rows and start no more
      const page = async (from: number): Promise<Page> => {
        let next: Promise<Page> | undefined;
        await this.pool.use(async (conn) => {
          const result = await this.execute(conn, cypher, { pageFrom: from, pageTo: from + pageNodes });
          if (failed) return result.close();
          if (from + pageNodes < end) {
            next = page(from + pageNodes);
            next.catch(() => undefined); // awaited below, unless this page fails first
          }
          try {
            take(result);
          } finally {
            result.close();
          }
        });
        return { next };
      };
      try {
        for (let at = end > 0 ? page(0) : undefined; at;) at = (await at).next;
      } catch (error) {
        failed = true;
        throw error;
      }
    }
    if (rows.length) onRows(rows);
  }

  private async readWhole(
    conn: KuzuConnection,
    cypher: string,
    take: (result: KuzuResult) => void,
    params: Record<string, unknown> = {},
  ): Promise<void> {
    const result = await this.execute(conn, cypher, params);
    try {
      take(result);
    } finally {
      result.close();
    }
  }

  /** The highest node offset a paged statement's pages must reach: in its paged variable's table, or in any. */
  private async pageBound(cypher: string): Promise<number> {
    const variable = /offset\(id\((\w+)\)\) >= \$pageFrom/.exec(cypher)![1]!;
    const label = new RegExp(`\\(\\s*${variable}\\s*:\\s*(\\w+)`).exec(cypher)?.[1];
    const { rows } = await this.readUncached(
      `MATCH (n${label ? `:${label}` : ""}) RETURN max(offset(id(n))) AS m`,
      {},
      {},
    );
    return rows[0]?.m === null || rows[0]?.m === undefined ? -1 : Number(rows[0].m);
  }

  private async execute(conn: KuzuConnection, cypher: string, params: Record<string, unknown>): Promise<KuzuResult> {
    if (!Object.keys(params).length) return firstResult(await conn.query(cypher));
    const prepared = await this.prepare(conn, cypher);
    return firstResult(await conn.execute(prepared, params as Record<string, never>));
  }

  private readUncached(cypher: string, params: Record<string, unknown>, options: QueryOptions): Promise<QueryResult> {
    const maxRows = options.maxRows ?? Infinity;
    return this.pool.use(async (conn) => {
      const result = await this.execute(conn, cypher, params);
      try {
        const rows: Row[] = [];
        // Stream: never materialise more than the cap (STACK-FACTS: never getAll an analyst's query).
        if (maxRows > 0) {
          for (const row of resultRows(result)) {
            rows.push(row);
            if (rows.length >= maxRows) break;
          }
        }
        return { columns: result.getColumnNamesSync(), rows, truncated: result.hasNext() };
      } finally {
        result.close();
      }
    });
  }

  async close(): Promise<void> {
    // Kùzu checkpoints its WAL on close inside a synchronous call that holds this thread (a 10k-paper increment to
    // 160k papers: ~5 s); as a statement it runs on Kùzu's threads, so a caller can do other work meanwhile (the
    // serve index update, ingest/run.ts). On failure close checkpoints as before.
    if (!this.options.readOnly) await this.exec("CHECKPOINT").catch(() => undefined);
    for (const conn of this.pool.all) await conn.close();
    await this.db.close();
  }
}

/**
 * A computed result's rows in order, read one at a time. getNextSync: the result is already computed, and the
 * async getNext costs ~50 µs a row in the binding (80k rows: 6.8 s async, 0.12 s sync).
 */
function* resultRows(result: KuzuResult): Generator<Row> {
  const columns = result.getColumnNamesSync();
  while (result.hasNext()) {
    const raw = result.getNextSync();
    if (!raw) return;
    yield rowFromKuzu(columns, raw);
  }
}
