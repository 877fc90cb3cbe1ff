// The text half of the neighbourhood index (ids, labels, dates, aliases, paper properties, evidence sentences)
// in LMDB: memory-mapped B-trees, so the server opens it in constant time and a request reads only the few
// records it shows, without the corpus's text ever sitting in the JS heap.

import { open, type Database, type RootDatabase } from "lmdb";
import { closeSync, fsyncSync, openSync, rmSync } from "node:fs";
import {
  authorList,
  type AuthorRef,
  type AuthorRow,
  type NodeText,
  type TextSink,
} from "../server/neighbourhood/build.js";
import type { Value } from "../store/types.js";

/** Node record: what neighbour lists show of a node. Paper properties (abstracts) are kept apart. */
export type NodeRecord = [id: string, label: Value, date: string | null, aliases: Value];

export interface TextDatabases {
  root: RootDatabase;
  /** Node index → NodeRecord. */
  nodes: Database<NodeRecord, number>;
  /** Node id → node index. */
  ids: Database<number, string>;
  /** Paper node index → the values of the index's paperColumns. */
  papers: Database<Value[], number>;
  /** Evidence index → sentence. */
  evidence: Database<string, number>;
  /** Paper node index → its authors as [id, name] pairs (papers without authors have no record). */
  authors: Database<[string, string][], number>;
}

/**
 * `fresh`: a file being written from nothing, of no use until its manifest says so: commits skip the disk sync
 * (a tenth of the build's CPU on the real corpus), and `syncFile` makes it durable once, before the manifest is
 * written.
 */
export function openText(path: string, readOnly: boolean, fresh = false): TextDatabases {
  // The map size is an upper bound on the file, not memory: LMDB grows the file as it is written.
  const root = open({ path, readOnly, maxDbs: 5, mapSize: 64 * 1024 ** 3, compression: false, noSync: fresh });
  return {
    root,
    nodes: root.openDB<NodeRecord, number>({ name: "nodes", keyEncoding: "uint32" }),
    ids: root.openDB<number, string>({ name: "ids" }),
    papers: root.openDB<Value[], number>({ name: "papers", keyEncoding: "uint32" }),
    evidence: root.openDB<string, number>({ name: "evidence", keyEncoding: "uint32" }),
    authors: root.openDB<[string, string][], number>({ name: "authors", keyEncoding: "uint32" }),
  };
}

/** Flushes a closed file written with `fresh` to disk. */
function syncFile(path: string): void {
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Everything writeText needs of a text, node by node. */
export interface TextSource {
  nodeCount: number;
  evidenceCount: number;
  text: NodeText;
}

/** Writes `source` into a new LMDB file at `path`, in one transaction. */
export async function writeText(path: string, source: TextSource): Promise<void> {
  const dbs = openText(path, false, true);
  try {
    const { text } = source;
    await dbs.root.transaction(() => {
      for (let n = 0; n < source.nodeCount; n++) {
        const id = text.id(n);
        void dbs.nodes.put(n, [id, text.label(n), text.date(n), text.aliases(n)]);
        void dbs.ids.put(id, n);
        const values = text.paperValues(n);
        if (values) void dbs.papers.put(n, values);
        const authors = text.authors(n);
        if (authors.length)
          void dbs.authors.put(
            n,
            authors.map((a) => [a.id, a.name]),
          );
      }
      for (let e = 0; e < source.evidenceCount; e++) void dbs.evidence.put(e, text.evidence(e));
    });
  } finally {
    await dbs.root.close();
  }
  syncFile(path);
}

/**
 * A TextSink (neighbourhood/build.ts) writing into a new LMDB file at `path`: records are held only until the
 * read step that sent them ends, then written in one transaction. Author rows come in no order, so they go to a
 * scratch file keyed by paper first and become per-paper lists in `finish`, on disk rather than in the heap.
 * `finish` once everything is read, `close` in any case.
 */
export function lmdbTextSink(path: string): TextSink & { finish(): void; close(): Promise<void> } {
  const dbs = openText(path, false, true);
  const scratchPath = `${path}.authors`;
  // Key [paper, arrival]: a paper's rows are adjacent and the key is unique; the value is what orders them.
  const scratch = open<[number | null, string, string], [number, number]>({
    path: scratchPath,
    compression: false,
    mapSize: 64 * 1024 ** 3,
    noSync: true, // deleted once read
  });
  let pending: (() => void)[] = [];
  let pendingAuthors: [n: number, row: AuthorRow][] = [];
  let arrivals = 0;
  const removeScratch = async () => {
    await scratch.close();
    rmSync(scratchPath, { force: true });
    rmSync(`${scratchPath}-lock`, { force: true });
  };
  return {
    node: (n, id, label, date, aliases) =>
      pending.push(() => {
        void dbs.nodes.put(n, [id, label, date, aliases]);
        void dbs.ids.put(id, n);
      }),
    paper: (n, values) => pending.push(() => void dbs.papers.put(n, values)),
    evidence: (e, sentence) => pending.push(() => void dbs.evidence.put(e, sentence)),
    author: (n, row) => pendingAuthors.push([n, row]),
    flush() {
      const writes = pending;
      pending = [];
      dbs.root.transactionSync(() => {
        for (const write of writes) write();
      });
      const authors = pendingAuthors;
      pendingAuthors = [];
      if (authors.length)
        scratch.transactionSync(() => {
          for (const [n, { position, id, name }] of authors) void scratch.put([n, arrivals++], [position, id, name]);
        });
    },
    finish() {
      this.flush();
      let paper = -1;
      let rows: AuthorRow[] = [];
      const put = () => {
        if (rows.length)
          void dbs.authors.put(
            paper,
            authorList(rows).map((a) => [a.id, a.name]),
          );
      };
      dbs.root.transactionSync(() => {
        for (const { key, value } of scratch.getRange()) {
          if (key[0] !== paper) {
            put();
            [paper, rows] = [key[0], []];
          }
          rows.push({ position: value[0], id: value[1], name: value[2] });
        }
        put();
      });
    },
    async close() {
      this.flush();
      await Promise.all([dbs.root.close(), removeScratch()]);
      syncFile(path);
    },
  };
}

/** A NodeText read from LMDB; `close` when the server stops. */
export class LmdbText implements NodeText {
  private readonly dbs: TextDatabases;
  /** The last node record read: a neighbour list asks for a node's id, label and date one after another. */
  private lastNode = -1;
  private lastRecord: NodeRecord | undefined;

  /**
   * `bounds`: what the manifest says this index holds. An update appends to the same file before it writes its
   * manifest, so records past the bounds may belong to a newer index: they are not this one's.
   */
  constructor(
    path: string,
    private readonly bounds: { nodeCount: number; evidenceCount: number },
  ) {
    this.dbs = openText(path, true);
  }

  private node(n: number): NodeRecord {
    if (n !== this.lastNode) {
      const record = this.dbs.nodes.get(n);
      if (!record) throw new RangeError(`serve index text: no node ${n}`);
      this.lastNode = n;
      this.lastRecord = record;
    }
    return this.lastRecord!;
  }

  find = (id: string) => {
    const n = this.dbs.ids.get(id);
    return n !== undefined && n < this.bounds.nodeCount ? n : undefined;
  };
  id = (n: number) => this.node(n)[0];
  label = (n: number) => this.node(n)[1];
  date = (n: number) => this.node(n)[2];
  aliases = (n: number) => this.node(n)[3];
  paperValues = (n: number) => this.dbs.papers.get(n);
  evidence = (e: number) => (e < this.bounds.evidenceCount ? (this.dbs.evidence.get(e) ?? "") : "");
  authors = (n: number): AuthorRef[] =>
    n < this.bounds.nodeCount ? (this.dbs.authors.get(n) ?? []).map(([id, name]) => ({ id, name })) : [];

  close(): Promise<void> {
    return this.dbs.root.close();
  }
}
