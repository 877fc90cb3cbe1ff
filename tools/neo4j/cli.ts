// `npm run neo4j`: starts Neo4j Community for a person and prints the three lines to paste before `npm start`.
// Data stays in `--data DIR` (default ./data/neo4j); Ctrl-C stops the server. `--deps` only resolves the jars.

import { Command } from "commander";
import { ensureNeo4jClasspath, startNeo4j } from "./launch.js";

const program = new Command()
  .name("neo4j")
  .description("Start Neo4j Community on a loopback port and print NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD")
  .option("--data <dir>", "database files (kept between runs)", "data/neo4j")
  .option("--port <n>", "Bolt port (0: any free port)", "0")
  .option("--password <pw>", "password for user neo4j, 8+ characters (default: NEO4J_PASSWORD or a random one)")
  .option("--heap <size>", "JVM heap", "2g")
  .option("--pagecache <size>", "Neo4j page cache", "1g")
  .option("--deps", "only resolve the Maven artifacts, then exit")
  .parse();

const opts = program.opts<{
  data: string;
  port: string;
  password?: string;
  heap: string;
  pagecache: string;
  deps?: boolean;
}>();

if (opts.deps) {
  ensureNeo4jClasspath();
  console.log("tools/neo4j: Neo4j jars resolved");
} else {
  const server = await startNeo4j({
    dataDir: opts.data,
    port: Number(opts.port),
    password: opts.password ?? process.env.NEO4J_PASSWORD,
    heap: opts.heap,
    pagecache: opts.pagecache,
  });
  console.log(`NEO4J_URI=${server.uri}`);
  console.log(`NEO4J_USER=${server.user}`);
  console.log(`NEO4J_PASSWORD=${server.password}`);
  console.error(`Neo4j is running with data in ${opts.data}; Ctrl-C stops it.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
