// Starts a real Neo4j Community server (tools/neo4j/Neo4jLauncher.java) on a free loopback port and hands back
// its Bolt URI and credentials. Maven resolves the jars once (`ensureNeo4jClasspath`, also run by .ci/run); the
// server runs in its own JVM and stops when `stop()` is called or when this process goes away (it watches its
// standard input).

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const NEO4J_TOOL_DIR = dirname(fileURLToPath(import.meta.url));
const POM = join(NEO4J_TOOL_DIR, "pom.xml");
const CLASSPATH_FILE = join(NEO4J_TOOL_DIR, "target", "classpath.txt");
const LAUNCHER_SOURCE = join(NEO4J_TOOL_DIR, "Neo4jLauncher.java");
const CLASSES = join(NEO4J_TOOL_DIR, "target", "classes");
const LAUNCHER_CLASS = join(CLASSES, "Neo4jLauncher.class");

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  /** The JVM's process id (benchmarks read its memory). */
  pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Database files; absent: a temp dir removed on stop. */
  dataDir?: string;
  password?: string;
  /** 0 (default): any free port. */
  port?: number;
  heap?: string;
  pagecache?: string;
  /** How long start-up may take (default 10 min: on a 2-core machine loaded ninefold it took 3 to 4 minutes). */
  timeoutMs?: number;
  /** Where the server's own output goes (default: dropped; its logs are in DATA/logs). */
  log?: (line: string) => void;
}

/** Resolves the Neo4j jars with Maven (downloads on the first run) and returns the classpath. */
export function ensureNeo4jClasspath(): string {
  const stale = !existsSync(CLASSPATH_FILE) || statSync(CLASSPATH_FILE).mtimeMs < statSync(POM).mtimeMs;
  if (stale) {
    const mvn = spawnSync(
      "mvn",
      ["-B", "-q", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { stdio: ["ignore", process.stderr, "inherit"] }, // stdout carries only the NEO4J_ lines
    );
    if (mvn.error)
      throw new Error(`tools/neo4j: cannot run mvn (${mvn.error.message}); install Maven 3.8+ and Java 17+`);
    if (mvn.status !== 0) throw new Error(`tools/neo4j: mvn dependency:build-classpath exited ${mvn.status} (${POM})`);
  }
  const classpath = readFileSync(CLASSPATH_FILE, "utf8").trim();
  const missing = classpath.split(":").find((jar) => !existsSync(jar));
  if (missing) {
    rmSync(CLASSPATH_FILE, { force: true });
    return ensureNeo4jClasspath();
  }
  // Compiled once, not on every start: on a busy machine compiling the source file took most of a minute.
  if (!existsSync(LAUNCHER_CLASS) || statSync(LAUNCHER_CLASS).mtimeMs < statSync(LAUNCHER_SOURCE).mtimeMs) {
    mkdirSync(CLASSES, { recursive: true });
    const javac = spawnSync("javac", ["-d", CLASSES, "-cp", classpath, LAUNCHER_SOURCE], { stdio: "inherit" });
    if (javac.error) throw new Error(`tools/neo4j: cannot run javac (${javac.error.message}); install a JDK 17+`);
    if (javac.status !== 0) throw new Error(`tools/neo4j: javac ${LAUNCHER_SOURCE} exited ${javac.status}`);
  }
  return `${CLASSES}:${classpath}`;
}

export async function startNeo4j(options: StartOptions = {}): Promise<Neo4jServer> {
  const classpath = ensureNeo4jClasspath();
  const tempData = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), "papergraph-neo4j-"));
  const dataDir = resolve(options.dataDir ?? tempData!);
  mkdirSync(dataDir, { recursive: true });
  const password = options.password ?? randomBytes(12).toString("base64url");
  const args = [
    `-Xmx${options.heap ?? "2g"}`,
    "-XX:+UseG1GC",
    "-cp",
    classpath,
    "Neo4jLauncher",
    "--data",
    dataDir,
    "--password",
    password,
    "--port",
    String(options.port ?? 0),
    "--pagecache",
    options.pagecache ?? "512m",
    "--exit-on-stdin-eof",
  ];
  const child = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
  const log = options.log ?? (() => undefined);
  createInterface({ input: child.stderr! }).on("line", log);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((done) => child.once("exit", () => done()));
      child.stdin!.end(); // the launcher shuts Neo4j down when its input closes
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    }
    if (tempData) rmSync(tempData, { recursive: true, force: true });
  };

  const env: Record<string, string> = {};
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`tools/neo4j: Neo4j did not start within ${options.timeoutMs ?? 600_000} ms`)),
        options.timeoutMs ?? 600_000,
      );
      child.once("error", (e) => fail(new Error(`tools/neo4j: cannot run java (${e.message})`)));
      child.once("exit", (code) =>
        fail(new Error(`tools/neo4j: the launcher exited with ${code} before it was ready`)),
      );
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const m = /^(NEO4J_\w+)=(.*)$/.exec(line);
        if (m) env[m[1]!] = m[2]!;
        else if (line === "NEO4J_READY") {
          clearTimeout(timer);
          ready();
        } else log(line);
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri: env.NEO4J_URI!, user: env.NEO4J_USER!, password: env.NEO4J_PASSWORD!, pid: child.pid!, stop };
}

export type { ChildProcess };
