// A Kùzu sandbox process: opens the store read-only (its memory capped by the parent's `ulimit -v`), runs one
// analyst query at a time with Kùzu's own timeout, streams at most `maxRows` rows back, never `getAll`.
// Plain JavaScript with no imports but kuzu: a TypeScript loader would reserve gigabytes of address space
// under the cap. Rows go back raw over structured-clone IPC (BigInt and all); the parent converts them.
// argv: STORE_PATH BUFFER_POOL_BYTES MAX_DB_BYTES. Messages: see protocol.ts.

import kuzu from "kuzu";
import { Buffer } from "node:buffer";
import process from "node:process";

const [path, bufferPool, maxDb] = process.argv.slice(2);

function send(message) {
  process.send?.(message);
}

function classify(message) {
  if (/interrupt/i.test(message)) return "timeout";
  if (/bad_alloc|unable to allocate|out of memory|mmap .* failed|buffer pool is full/i.test(message)) return "memory";
  return "failed";
}

/** How the parent will encode a value, near enough to count its bytes (store/values.ts); Dates encode themselves. */
function encodable(_key, value) {
  if (typeof value === "bigint") return value.toString();
  if (ArrayBuffer.isView(value))
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
  return value;
}

/** Bytes of a row once encoded as JSON (UTF-8, escapes and keys included): what the reply will weigh. */
function sizeOf(row) {
  return Buffer.byteLength(JSON.stringify(row, encodable) ?? "null", "utf8") + 1;
}

/**
 * A value the binding already damaged, at any depth: an invalid Date, an integer past 2^53 (rounded), or an object
 * whose `__proto__` key holding an object became its prototype instead of a key.
 */
function damaged(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime());
  if (typeof value === "number") return Number.isInteger(value) && !Number.isSafeInteger(value);
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return false;
  if (Array.isArray(value)) return value.some(damaged);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return true;
  return Object.values(value).some(damaged);
}

/**
 * Always printed by the database rather than the binding: decimals and intervals (it turns them into doubles or
 * milliseconds), a struct with a field named `__proto__`, and maps with text keys (any key may be `__proto__`,
 * which the binding drops without a trace when its value is not an object).
 */
const INEXACT_TYPE = /DECIMAL|INTERVAL|\b__proto__\b|MAP\(STRING/;

/** Positions of the columns the parent should ask again as text (see exact-columns.ts). */
function inexactColumns(columns, types, rows) {
  const out = [];
  columns.forEach((name, i) => {
    if (INEXACT_TYPE.test(types[i] ?? "") || rows.some((row) => damaged(row[name]))) out.push(i);
  });
  return out;
}

async function run(conn, req) {
  conn.setQueryTimeout(req.timeoutMs);
  const prepared = await conn.prepare(req.cypher);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  const raw = await conn.execute(prepared, req.params);
  // One statement only (the guard saw to it), so one result.
  const result = Array.isArray(raw) ? raw[0] : raw;
  try {
    const columns = result.getColumnNamesSync();
    const rows = [];
    let bytes = 0;
    let cutBySize = false;
    while (rows.length < req.maxRows && result.hasNext()) {
      const next = await result.getNext();
      if (!next) break;
      bytes += sizeOf(next);
      if (bytes > req.maxBytes) {
        cutBySize = true;
        break;
      }
      rows.push(next);
    }
    if (cutBySize && rows.length === 0) {
      throw new Error(`out of memory: one row is larger than the ${req.maxBytes} bytes a result may hold`);
    }
    const inexact = inexactColumns(columns, result.getColumnDataTypesSync(), rows);
    // A column named like a prototype property (`__proto__`) never becomes a key of the binding's row object.
    const hidden = columns.some((name) => !rows.every((row) => Object.hasOwn(row, name)));
    const truncated = cutBySize || result.hasNext();
    send({ type: "result", id: req.id, columns, rows, truncated, inexact, hidden });
  } finally {
    result.close();
  }
}

async function main() {
  if (!path) throw new Error("usage: child.mjs STORE_PATH BUFFER_POOL_BYTES MAX_DB_BYTES");
  const db = new kuzu.Database(path, Number(bufferPool), true, true, Number(maxDb));
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  let queue = Promise.resolve();
  process.on("message", (req) => {
    queue = queue.then(() =>
      run(conn, req).catch((error) => {
        const message = error instanceof Error ? error.message : String(error);
        send({ type: "error", id: req.id, kind: classify(message), message });
      }),
    );
  });
  send({ type: "ready" });
}

// The parent gone, nobody will read our answers.
process.on("disconnect", () => process.exit(0));
main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`query sandbox: ${message}\n`);
  send({ type: "fatal", message });
  process.exit(1);
});
