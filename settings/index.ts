// Every setting papergraph reads from the environment, in one place (sigma's settings.ts is the model): the
// shape grouped by theme, DEFAULT_SETTINGS, validateSettings (throws naming the bad value) and resolveSettings
// (defaults ← environment). Entry points (CLIs) call resolveSettings once and pass the parts down; no other
// module reads process.env for these.

import { randomBytes } from "node:crypto";
import { totalmem } from "node:os";
import { resolve } from "node:path";

export interface ServerSettings {
  /** Interface to bind; anything beyond loopback requires an access token. */
  host: string;
  port: number;
  /** Access token for the console and any write; required (generated when unset) when bound beyond loopback. */
  token?: string;
  /** Host names besides loopback and `host` that requests may address (DNS rebinding guard). */
  allowedHosts: string[];
  /** Requests per minute and client: the Cypher console and saved queries, and the other costly reads. */
  rateLimit: { consolePerMinute: number; expensivePerMinute: number };
}

export interface StoreSettings {
  kind: "kuzu" | "neo4j";
  /** Kùzu: the data directory (the database lives in `<dataDir>/graph.kuzu`). */
  dataDir: string;
  neo4j?: { uri: string; user?: string; password?: string; database?: string };
  /** Kùzu: megabytes a write must leave free on the store's disk; a write that would not is refused first. */
  minFreeMb: number;
  /**
   * Kùzu: megabytes of buffer pool a read-only store (the server's) may fill with the store's pages. Kùzu's own
   * default is 80 % of RAM, kept while the process lives: a server under load grew by hundreds of MB with it.
   */
  readBufferPoolMb: number;
}

export interface QuerySettings {
  timeoutMs: number;
  maxRows: number;
  memoryMb: number;
  workers: number;
  /** Encoded bytes a console reply may hold; rows past it are cut and the reply says `truncated`. */
  maxResultBytes: number;
}

/** Where the remote readers (`arxiv:`, `hf:` specs) fetch from; tests point them at local servers. */
export interface SourceSettings {
  arxivUrl: string;
  /** Wait between arXiv API requests (arXiv asks for 3 s). */
  arxivDelayMs: number;
  hfUrl: string;
}

export interface IngestSettings {
  /** Characters of abstract a record may hold; a longer record is skipped and reported. */
  maxAbstractChars: number;
  /** Characters of title a record may hold. */
  maxTitleChars: number;
  /**
   * Megabytes of Kùzu buffer pool the ingest process may use (Kùzu's own default is 80 % of RAM, which it fills).
   * A first ingest COPYs table by table, each COPY committed, so the pool need only hold one COPY's work: a million
   * papers' largest link piece needs more than 1 GB. Default: an eighth of the machine's memory, between 1 and 2 GB.
   */
  bufferPoolMb: number;
  sources: SourceSettings;
}

export interface Settings {
  server: ServerSettings;
  store: StoreSettings;
  query: QuerySettings;
  ingest: IngestSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  server: {
    host: "127.0.0.1",
    port: 5178,
    allowedHosts: [],
    rateLimit: { consolePerMinute: 120, expensivePerMinute: 600 },
  },
  store: { kind: "kuzu", dataDir: resolve("data"), minFreeMb: 128, readBufferPoolMb: 256 },
  query: { timeoutMs: 5000, maxRows: 5000, memoryMb: 1024, workers: 2, maxResultBytes: 32 * 1024 * 1024 },
  ingest: {
    maxAbstractChars: 100_000,
    maxTitleChars: 2_000,
    bufferPoolMb: Math.min(2048, Math.max(1024, Math.floor(totalmem() / 1024 ** 2 / 8))),
    sources: { arxivUrl: "https://export.arxiv.org", arxivDelayMs: 3000, hfUrl: "https://huggingface.co" },
  },
};

/** A setting with a value it cannot take; `name` is the environment variable (or setting path). */
export class SettingsError extends Error {
  override readonly name = "SettingsError";
  constructor(
    readonly setting: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`${setting}: ${JSON.stringify(value)} is not ${expected}`);
  }
}

/** Integer bounds per numeric setting, with the variable that sets it. */
const NUMBERS = {
  "server.port": { env: "PORT", min: 0, max: 65_535 },
  "server.rateLimit.consolePerMinute": { env: "PAPERGRAPH_RATE_CONSOLE", min: 1, max: 1_000_000 },
  "server.rateLimit.expensivePerMinute": { env: "PAPERGRAPH_RATE_EXPENSIVE", min: 1, max: 1_000_000 },
  "query.timeoutMs": { env: "PAPERGRAPH_QUERY_TIMEOUT_MS", min: 50, max: 600_000 },
  "query.maxRows": { env: "PAPERGRAPH_QUERY_MAX_ROWS", min: 1, max: 1_000_000 },
  "query.memoryMb": { env: "PAPERGRAPH_QUERY_MEMORY_MB", min: 64, max: 65_536 },
  "query.workers": { env: "PAPERGRAPH_QUERY_WORKERS", min: 1, max: 16 },
  "query.maxResultBytes": { env: "PAPERGRAPH_QUERY_MAX_BYTES", min: 1024, max: 1024 * 1024 * 1024 },
  "ingest.maxAbstractChars": { env: "PAPERGRAPH_MAX_ABSTRACT_CHARS", min: 100, max: 100_000_000 },
  "ingest.maxTitleChars": { env: "PAPERGRAPH_MAX_TITLE_CHARS", min: 10, max: 1_000_000 },
  "store.minFreeMb": { env: "PAPERGRAPH_MIN_FREE_MB", min: 0, max: 1_000_000_000 },
  "store.readBufferPoolMb": { env: "PAPERGRAPH_READ_BUFFER_MB", min: 64, max: 1_000_000 },
  "ingest.bufferPoolMb": { env: "PAPERGRAPH_INGEST_BUFFER_MB", min: 64, max: 1_000_000 },
  "ingest.sources.arxivDelayMs": { env: "PAPERGRAPH_ARXIV_DELAY_MS", min: 0, max: 600_000 },
} as const;
type NumberPath = keyof typeof NUMBERS;

function getPath(settings: Settings, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], settings);
}

function setPath(settings: Settings, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, settings as never);
  parent[last] = value;
}

/** Host names that only reach this machine. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"];

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Throws a SettingsError naming the first bad value; returns the settings otherwise. */
export function validateSettings(settings: Settings): Settings {
  for (const [path, { env, min, max }] of Object.entries(NUMBERS)) {
    const v = getPath(settings, path);
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      throw new SettingsError(env, v, `an integer in ${min}..${max}`);
    }
  }
  const { server, store } = settings;
  if (!server.host.trim()) throw new SettingsError("HOST", server.host, "an interface name or address");
  if (server.token !== undefined && !/^[\x21-\x7e]{16,}$/.test(server.token)) {
    throw new SettingsError("PAPERGRAPH_TOKEN", "(hidden)", "at least 16 printable ASCII characters without spaces");
  }
  for (const [env, url] of [
    ["PAPERGRAPH_ARXIV_URL", settings.ingest.sources.arxivUrl],
    ["PAPERGRAPH_HF_URL", settings.ingest.sources.hfUrl],
  ] as const) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) throw new SettingsError(env, url, "an http:// or https:// URL");
  }
  if (store.kind !== "kuzu" && store.kind !== "neo4j") throw new SettingsError("--store", store.kind, "kuzu or neo4j");
  if (store.kind === "neo4j" && !store.neo4j?.uri) {
    throw new SettingsError("NEO4J_URI", store.neo4j?.uri, "a bolt:// or neo4j:// URI (store neo4j needs one)");
  }
  if (store.neo4j && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(store.neo4j.uri)) {
    throw new SettingsError("NEO4J_URI", store.neo4j.uri, "a bolt:// or neo4j:// URI");
  }
  return settings;
}

const blank = (v: string | undefined): v is undefined => v === undefined || v.trim() === "";

/** Defaults, then the environment, then explicit overrides (command-line flags), validated. */
export function resolveSettings(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { dataDir?: string; store?: "kuzu" | "neo4j" } = {},
): Settings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const [path, { env: name }] of Object.entries(NUMBERS) as [NumberPath, (typeof NUMBERS)[NumberPath]][]) {
    const raw = env[name];
    if (!blank(raw)) setPath(settings, path, /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw);
  }
  if (!blank(env.HOST)) settings.server.host = env.HOST.trim();
  if (!blank(env.PAPERGRAPH_TOKEN)) settings.server.token = env.PAPERGRAPH_TOKEN.trim();
  if (!blank(env.PAPERGRAPH_ALLOWED_HOSTS)) {
    settings.server.allowedHosts = env.PAPERGRAPH_ALLOWED_HOSTS.split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
  }
  if (!blank(env.PAPERGRAPH_ARXIV_URL)) settings.ingest.sources.arxivUrl = env.PAPERGRAPH_ARXIV_URL.trim();
  if (!blank(env.PAPERGRAPH_HF_URL)) settings.ingest.sources.hfUrl = env.PAPERGRAPH_HF_URL.trim();
  settings.store.dataDir = resolve(overrides.dataDir ?? (blank(env.PAPERGRAPH_DATA) ? "data" : env.PAPERGRAPH_DATA));
  settings.store.kind = overrides.store ?? (blank(env.NEO4J_URI) ? "kuzu" : "neo4j");
  if (!blank(env.NEO4J_URI)) {
    settings.store.neo4j = {
      uri: env.NEO4J_URI.trim(),
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: blank(env.NEO4J_DATABASE) ? undefined : env.NEO4J_DATABASE,
    };
  }
  return validateSettings(settings);
}

/**
 * Bound beyond loopback without a token: one is generated for this run (and the caller prints it), so the
 * console and writes are never open to the network. Returns the settings to serve with and a warning to print.
 */
export function secureServerSettings(server: ServerSettings): { server: ServerSettings; warning?: string } {
  if (isLoopbackHost(server.host)) return { server };
  if (server.token) {
    return { server, warning: `serving on ${server.host} beyond loopback: the console and writes need the token` };
  }
  const token = randomBytes(24).toString("base64url");
  return {
    server: { ...server, token },
    warning:
      `serving on ${server.host} beyond loopback with no PAPERGRAPH_TOKEN: generated one for this run; ` +
      `open the printed URL (it carries the token once) or send "Authorization: Bearer ${token}"`,
  };
}
