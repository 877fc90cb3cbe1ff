// Point 8: one settings module. Defaults, the environment, validation naming the bad value, and no other module
// reading these variables itself.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings, SettingsError } from "../../settings/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("settings", () => {
  it("default to loopback, port 5178, no token, 100k characters of abstract", () => {
    const s = resolveSettings({});
    expect(s.server).toMatchObject({ host: "127.0.0.1", port: 5178 });
    expect(s.server.token).toBeUndefined();
    expect(s.store.kind).toBe("kuzu");
    expect(s.store.readBufferPoolMb).toBe(256);
    expect(s.query).toEqual(DEFAULT_SETTINGS.query);
    expect(s.ingest.maxAbstractChars).toBe(100_000);
  });

  it("read the environment", () => {
    const s = resolveSettings({
      HOST: "0.0.0.0",
      PORT: "8080",
      PAPERGRAPH_TOKEN: "a-long-enough-token-123",
      PAPERGRAPH_ALLOWED_HOSTS: "graph.lan, Box.local",
      NEO4J_URI: "bolt://db:7687",
      PAPERGRAPH_QUERY_MAX_ROWS: "10",
      PAPERGRAPH_MAX_ABSTRACT_CHARS: "5000",
      PAPERGRAPH_ARXIV_URL: "http://127.0.0.1:9/arxiv",
      PAPERGRAPH_ARXIV_DELAY_MS: "0",
      PAPERGRAPH_HF_URL: "http://127.0.0.1:9/hf",
      PAPERGRAPH_READ_BUFFER_MB: "512",
    });
    expect(s.server).toMatchObject({ host: "0.0.0.0", port: 8080, allowedHosts: ["graph.lan", "box.local"] });
    expect(s.server.token).toBe("a-long-enough-token-123");
    expect(s.store).toMatchObject({ kind: "neo4j", neo4j: { uri: "bolt://db:7687" }, readBufferPoolMb: 512 });
    expect(s.query.maxRows).toBe(10);
    expect(s.ingest.maxAbstractChars).toBe(5000);
    expect(s.ingest.sources).toEqual({
      arxivUrl: "http://127.0.0.1:9/arxiv",
      arxivDelayMs: 0,
      hfUrl: "http://127.0.0.1:9/hf",
    });
  });

  it.each([
    [{ PORT: "http" }, 'PORT: "http" is not an integer in 0..65535'],
    [{ PORT: "70000" }, "PORT: 70000 is not an integer in 0..65535"],
    [{ PAPERGRAPH_TOKEN: "short" }, "PAPERGRAPH_TOKEN"],
    [{ NEO4J_URI: "http://db" }, 'NEO4J_URI: "http://db" is not a bolt:// or neo4j:// URI'],
    [{ PAPERGRAPH_MAX_ABSTRACT_CHARS: "-1" }, "PAPERGRAPH_MAX_ABSTRACT_CHARS: -1"],
    [{ PAPERGRAPH_ARXIV_URL: "file:///etc/passwd" }, 'PAPERGRAPH_ARXIV_URL: "file:///etc/passwd" is not an http'],
    [{ PAPERGRAPH_ARXIV_DELAY_MS: "soon" }, "PAPERGRAPH_ARXIV_DELAY_MS"],
    [{ PAPERGRAPH_READ_BUFFER_MB: "16" }, "PAPERGRAPH_READ_BUFFER_MB: 16 is not an integer in 64..1000000"],
  ])("refuse %j naming the variable and value", (env, message) => {
    expect(() => resolveSettings(env)).toThrow(SettingsError);
    expect(() => resolveSettings(env)).toThrow(message);
  });

  it("are read from the environment in settings/ only", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          // tools/ holds developer tooling (the Neo4j launcher), not the application.
          if (!["node_modules", "dist", "test", ".git", "settings", "tools"].includes(entry.name)) walk(path);
        } else if (/\.(ts|tsx|mjs)$/.test(entry.name)) {
          const text = readFileSync(join(ROOT, path), "utf8");
          if (/env\.(HOST|PORT|PAPERGRAPH_(DATA|TOKEN|QUERY_|MAX_|RATE_|ALLOWED|ARXIV_|HF_)|NEO4J_)/.test(text))
            offenders.push(path);
        }
      }
    };
    walk(".");
    expect(offenders).toEqual([]);
  });
});
