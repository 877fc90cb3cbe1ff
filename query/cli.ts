// `npm run query -- NAME [--param k=v …] [--format table|json|csv]`, `--list`, `--file F`, or Cypher on stdin:
// analyst queries from the terminal, through the same guard and sandbox as the API.

import { Command, Option } from "commander";
import { readFileSync } from "node:fs";
import { storeConfigFromEnv } from "../store/index.js";
import { QueryError, QueryParamError, QueryRefusedError, QuerySyntaxError } from "./errors.js";
import { FORMATS, formatResult, type Format } from "./format.js";
import { decodeQuery } from "./lexer.js";
import { limitsFromEnv, narrowLimits } from "./limits.js";
import { AnalystRunner, type AnalystResult } from "./runner.js";
import { savedWithNames } from "./cli-names.js";
import { listSavedQueries } from "./saved.js";

interface Options {
  list?: boolean;
  file?: string;
  param: string[];
  format: Format;
  data?: string;
  store?: "kuzu" | "neo4j";
  timeout?: string;
  maxRows?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command()
  .name("papergraph query")
  .description("Run a saved query by name, or Cypher from --file or stdin, read-only and bounded")
  .argument("[name]", "saved query name (see --list); '-' or none with piped input reads Cypher from stdin")
  .option("--list", "list the saved queries with their parameters")
  .option("--file <path>", "run the Cypher in this file")
  .option("-p, --param <key=value>", "a parameter (repeatable); typed by the saved query's header", collect, [])
  .addOption(new Option("--format <format>", "output format").choices([...FORMATS]).default("table"))
  .option("--data <dir>", "data directory of the embedded store (default $PAPERGRAPH_DATA or ./data)")
  .option("--store <kind>", "kuzu or neo4j (default: neo4j when NEO4J_URI is set)")
  .option("--timeout <ms>", "time limit in milliseconds (default 5000 or $PAPERGRAPH_QUERY_TIMEOUT_MS)")
  .option("--max-rows <n>", "row cap (default 5000 or $PAPERGRAPH_QUERY_MAX_ROWS)")
  .parse();

function parseParams(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new QueryParamError(`--param ${pair}: expected key=value`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** Plain Cypher gets its values as JSON when they parse (`5` → 5, `true`), else as text. */
function guessTypes(params: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      try {
        const parsed: unknown = JSON.parse(v);
        return [k, parsed !== null && typeof parsed === "object" ? v : parsed];
      } catch {
        return [k, v];
      }
    }),
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeQuery(Buffer.concat(chunks));
}

function report(result: AnalystResult, format: Format): void {
  console.log(formatResult(result, format));
  if (format === "table") {
    const cut = result.truncated ? ` (cut at ${result.limits.maxRows}: more rows exist)` : "";
    console.error(`${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${cut} in ${result.elapsedMs} ms`);
  } else if (result.truncated) {
    console.error(`warning: cut at ${result.limits.maxRows} rows; more exist`);
  }
}

async function main(): Promise<number> {
  const opts = program.opts<Options>();
  const [name] = program.args;
  const config = storeConfigFromEnv(process.env, { dataDir: opts.data, kind: opts.store, readOnly: true });

  if (opts.list) {
    for (const q of listSavedQueries(config.kind)) {
      console.log(`${q.name}\n  ${q.description}`);
      for (const p of q.params) {
        const def = p.default === undefined ? "required" : `default ${JSON.stringify(p.default)}`;
        console.log(`    --param ${p.name}=<${p.type}>  ${def}${p.description ? `: ${p.description}` : ""}`);
      }
    }
    return 0;
  }

  const limits = narrowLimits(limitsFromEnv(), {
    timeoutMs: opts.timeout ? Number(opts.timeout) : undefined,
    maxRows: opts.maxRows ? Number(opts.maxRows) : undefined,
  });
  const params = parseParams(opts.param);
  // Node parameters given by name are resolved before the runner opens the store (one open store at a time).
  const saved = opts.file || !name || name === "-" ? undefined : await savedWithNames(config, name, params);
  const runner = AnalystRunner.fromConfig(config, { ...limits, workers: 1 });
  try {
    let result: AnalystResult;
    if (opts.file) result = await runner.run(decodeQuery(readFileSync(opts.file)), guessTypes(params));
    else if (saved) result = await runner.run(saved.saved.cypher, saved.params);
    else if (!process.stdin.isTTY) result = await runner.run(await readStdin(), guessTypes(params));
    else {
      program.help({ error: true });
      return 2;
    }
    report(result, opts.format);
    return 0;
  } finally {
    await runner.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const usage =
    error instanceof QueryRefusedError || error instanceof QuerySyntaxError || error instanceof QueryParamError;
  console.error(`query: ${error instanceof QueryError ? error.message : String((error as Error).message ?? error)}`);
  process.exitCode = usage ? 2 : 1;
}
