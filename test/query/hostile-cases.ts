// Hostile and broken analyst queries with what each must get: refused by the guard (naming what), a syntax
// error from the lexer, a failure from the database, or bounded (cut, timed out or out of memory) — and never
// a change to the store. `OUT` stands for a scratch directory no query may write to.

export type Expect = "refused" | "syntax" | "failed" | "bounded" | "ok";

export interface HostileCase {
  name: string;
  /** Text, or raw bytes for encodings the lexer must refuse. */
  query: string | Uint8Array;
  expect: Expect;
  /** For `refused`: a word of what the refusal names. */
  refused?: string;
  /** Where Neo4j's answer differs from Kùzu's (a function one has and the other lacks), what Neo4j must give. */
  neo4j?: Expect;
}

const bytes = (...b: number[]) => Uint8Array.from(b);

export const HOSTILE_CASES: HostileCase[] = [
  // Writes, plain and hidden behind comments, odd spacing and case.
  {
    name: "create after a block comment",
    query: "MATCH (n) /*x*/CREATE (m:Paper {id: 'x'})",
    expect: "refused",
    refused: "CREATE",
  },
  {
    name: "create after a line comment",
    query: "MATCH (n)\nCREATE// hidden\n(:Paper {id: 'y'})",
    expect: "refused",
    refused: "CREATE",
  },
  {
    name: "create after a no-break space",
    query: "MATCH (n)\u00a0CREATE (:Paper {id: 'z'})",
    expect: "refused",
    refused: "CREATE",
  },
  { name: "lower-case merge", query: "merge (m:Model {id: 'model:x'})", expect: "refused", refused: "MERGE" },
  { name: "set a property", query: "MATCH (p:Paper) SET p.title = 'pwned'", expect: "refused", refused: "SET" },
  { name: "detach delete", query: "MATCH (p:Paper) DETACH DELETE p", expect: "refused", refused: "DETACH" },
  { name: "delete a relationship", query: "MATCH ()-[r:USES]->() DELETE r", expect: "refused", refused: "DELETE" },
  { name: "remove a property", query: "MATCH (p:Paper) REMOVE p.title", expect: "refused", refused: "REMOVE" },
  { name: "GQL insert", query: "INSERT (n:Paper {id: 'q'})", expect: "refused", refused: "INSERT" },
  {
    name: "foreach write",
    query: "FOREACH (x IN [1] | CREATE (:Paper {id: 'f'}))",
    expect: "refused",
    refused: "FOREACH",
  },
  { name: "create macro", query: "CREATE MACRO addone(x) AS x + 1", expect: "refused", refused: "CREATE" },
  // Schema.
  { name: "drop table", query: "DROP TABLE Paper", expect: "refused", refused: "DROP" },
  { name: "alter table", query: "ALTER TABLE Paper ADD pwned STRING", expect: "refused", refused: "ALTER" },
  { name: "comment on table", query: "COMMENT ON TABLE Paper IS 'x'", expect: "refused", refused: "COMMENT ON" },
  // Files, network, extensions, other databases.
  { name: "load from /etc/passwd", query: "LOAD FROM '/etc/passwd' RETURN *", expect: "refused", refused: "LOAD" },
  {
    name: "load with headers",
    query: "LOAD WITH HEADERS (a STRING) FROM '/etc/passwd' RETURN a",
    expect: "refused",
    refused: "LOAD",
  },
  {
    name: "load csv (Neo4j)",
    query: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    expect: "refused",
    refused: "LOAD",
  },
  { name: "copy to a file", query: "COPY Paper TO 'OUT/papers.csv'", expect: "refused", refused: "COPY" },
  { name: "copy from a file", query: "COPY Paper FROM '/etc/passwd'", expect: "refused", refused: "COPY" },
  {
    name: "copy of a subquery",
    query: "COPY (MATCH (p:Paper) RETURN p.id) TO 'OUT/ids.csv'",
    expect: "refused",
    refused: "COPY",
  },
  { name: "export database", query: "EXPORT DATABASE 'OUT/dump'", expect: "refused", refused: "EXPORT" },
  { name: "explain export", query: "EXPLAIN EXPORT DATABASE 'OUT/dump2'", expect: "refused", refused: "EXPORT" },
  { name: "import database", query: "IMPORT DATABASE 'OUT/dump'", expect: "refused", refused: "IMPORT" },
  { name: "install extension", query: "INSTALL httpfs", expect: "refused", refused: "INSTALL" },
  { name: "load extension", query: "LOAD EXTENSION fts", expect: "refused", refused: "LOAD" },
  {
    name: "attach database",
    query: "ATTACH 'OUT/other.kuzu' AS other (dbtype kuzu)",
    expect: "refused",
    refused: "ATTACH",
  },
  { name: "detach database", query: "DETACH other", expect: "refused", refused: "DETACH" },
  { name: "use database", query: "USE other MATCH (n) RETURN n", expect: "refused", refused: "USE" },
  // CALL tricks.
  { name: "call setting (timeout)", query: "CALL timeout=600000", expect: "refused", refused: "CALL timeout" },
  {
    name: "call setting behind a comment",
    query: "CALL /* x */ threads = 1",
    expect: "refused",
    refused: "CALL threads",
  },
  {
    name: "call not allow-listed",
    query: "CALL project_graph('g', ['Paper'], ['USES'])",
    expect: "refused",
    refused: "project_graph",
  },
  {
    name: "call create_fts_index",
    query: "CALL CREATE_FTS_INDEX('Paper', 'i', ['title'])",
    expect: "refused",
    refused: "create_fts_index",
  },
  {
    name: "call dbms procedure",
    query: "CALL dbms.security.createUser('x', 'y', false)",
    expect: "refused",
    refused: "dbms.security.createuser",
  },
  {
    name: "call apoc write",
    query: "CALL apoc.cypher.runWrite('CREATE (n)', {})",
    expect: "refused",
    refused: "apoc.cypher.runwrite",
  },
  {
    name: "call apoc with backticks",
    query: "CALL `apoc`.`cypher`.`doIt`('CREATE (n)', {})",
    expect: "refused",
    refused: "apoc.cypher.doit",
  },
  {
    name: "apoc function",
    query: "RETURN apoc.do.when(true, 'CREATE (n)', '', {}) AS x",
    expect: "refused",
    refused: "apoc.do.when",
  },
  {
    name: "call in transactions",
    query: "CALL { MATCH (p:Paper) RETURN p } IN TRANSACTIONS OF 10 ROWS RETURN 1",
    expect: "refused",
    refused: "IN TRANSACTIONS",
  },
  {
    name: "periodic commit",
    query: "USING PERIODIC COMMIT 10 LOAD CSV FROM 'x' AS l RETURN l",
    expect: "refused",
    refused: "PERIODIC",
  },
  { name: "sequence nextval", query: "RETURN nextval('s')", expect: "refused", refused: "nextval" },
  // Transactions, administration, several statements.
  { name: "begin transaction", query: "BEGIN TRANSACTION", expect: "refused", refused: "BEGIN" },
  { name: "checkpoint", query: "CHECKPOINT", expect: "refused", refused: "CHECKPOINT" },
  { name: "show users", query: "SHOW USERS", expect: "refused", refused: "SHOW" },
  { name: "grant", query: "GRANT ALL ON DATABASE * TO analyst", expect: "refused", refused: "GRANT" },
  { name: "stop database", query: "STOP DATABASE neo4j", expect: "refused", refused: "STOP DATABASE" },
  {
    name: "second statement",
    query: "MATCH (n) RETURN n; MATCH (m) RETURN m",
    expect: "refused",
    refused: "multiple statements",
  },
  { name: "empty second statement", query: "RETURN 1;;", expect: "refused", refused: "multiple statements" },
  // Lexically broken or not text.
  { name: "unterminated string", query: "RETURN 'open", expect: "syntax" },
  { name: "unterminated comment hiding a write", query: "MATCH (n) RETURN n /* CREATE (m)", expect: "syntax" },
  { name: "invalid escape", query: "RETURN 'a\\x41'", expect: "syntax" },
  { name: "NUL inside a string", query: "RETURN 'a\u0000'; CREATE (n)", expect: "syntax" },
  {
    name: "invalid UTF-8 bytes",
    query: bytes(0x52, 0x45, 0x54, 0x55, 0x52, 0x4e, 0x20, 0x27, 0xff, 0xfe, 0x27),
    expect: "syntax",
  },
  {
    name: "overlong UTF-8 encoding",
    query: bytes(0x52, 0x45, 0x54, 0x55, 0x52, 0x4e, 0x20, 0x27, 0xc0, 0xaf, 0x27),
    expect: "syntax",
  },
  { name: "lone surrogate", query: "RETURN '\ud800'", expect: "syntax" },
  { name: "bidi override", query: "RETURN 1 \u202e CREATE", expect: "syntax" },
  { name: "only a comment", query: "// nothing here", expect: "syntax" },
  // Not fooled: write words inside strings, names and comments are harmless.
  { name: "create inside a string", query: "RETURN 'CREATE (n)' AS s", expect: "ok" },
  { name: "escaped quote then create in string", query: "RETURN 'a\\' CREATE (n) //' AS s", expect: "ok" },
  { name: "delete as a quoted name", query: "RETURN 1 AS `DELETE`", expect: "ok" },
  { name: "detach delete in a line comment", query: "MATCH (p:Paper) RETURN p.id // DETACH DELETE p", expect: "ok" },
  { name: "set as a property key", query: "MATCH (p:Paper) RETURN p.id, p.title AS set_title LIMIT 1", expect: "ok" },
  // Kùzu's catalogue procedure; Neo4j has no such procedure and its allow-list does not name it.
  { name: "allow-listed call", query: "CALL show_tables() RETURN *", expect: "ok", neo4j: "refused" },
  // Broken Cypher the database rejects.
  { name: "parse error", query: "MATCH (n RETURN n", expect: "failed" },
  { name: "unknown function", query: "RETURN no_such_function(1)", expect: "failed" },
  // Kùzu binds labels against its tables; Neo4j plans any label and finds nothing.
  { name: "unknown label", query: "MATCH (n:NoSuchLabel) RETURN n", expect: "failed", neo4j: "ok" },
  // Runaway queries: bounded by the row cap, the deadline or the memory cap.
  { name: "range() memory bomb", query: "RETURN size(range(1, 500000000)) AS n", expect: "bounded" },
  {
    name: "range() list concat bomb",
    query: "RETURN size(list_concat(range(1, 100000000), range(1, 100000000))) AS n",
    expect: "bounded",
  },
  { name: "unwind two billion", query: "UNWIND range(1, 2000000000) AS x RETURN x", expect: "bounded" },
  {
    name: "cartesian product of four",
    query: "MATCH (a), (b), (c), (d) RETURN a.id, b.id, c.id, d.id",
    expect: "bounded",
  },
  { name: "cartesian count of six", query: "MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)", expect: "bounded" },
  { name: "endless variable-length paths", query: "MATCH p = (a)-[*1..30]-(b) RETURN p", expect: "bounded" },
  { name: "variable-length count", query: "MATCH (a)-[*1..30]-(b) RETURN count(*)", expect: "bounded" },
  {
    name: "nested unwind",
    query: "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN x, y",
    expect: "bounded",
  },
  {
    name: "rows of huge strings",
    query: "UNWIND range(1, 1000) AS i RETURN repeat('x', 50000) AS s",
    expect: "bounded",
  },
  {
    name: "sort of a huge product",
    query: "MATCH (a:Model), (b:Model), (c:Model) RETURN a.id, b.id, c.id ORDER BY a.name, b.name, c.name",
    expect: "bounded",
  },
];
