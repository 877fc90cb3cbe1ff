import { readFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "../../ingest/sources/errors.js";
import { createHfSource, hfApiPath, parseHfPapers } from "../../ingest/sources/hf-daily.js";
import { fixture, send, startServer, type LocalServer } from "./helpers.js";

/** Quick retries; a timeout generous enough for a loaded CI machine except where a test wants one. */
const fast = { backoffMs: 1, timeoutMs: 5000, retries: 1 };

describe("hfApiPath", () => {
  it.each([
    ["hf:daily:2024-05-01", "/api/daily_papers?date=2024-05-01"],
    ["hf:paper:2405.20006", "/api/papers/2405.20006"],
    ["hf:paper:2405.20006v2", "/api/papers/2405.20006"],
    ["hf:daily:2024-13-01", undefined],
    ["hf:daily:yesterday", undefined],
    ["hf:paper:not-an-id", undefined],
    ["hf:model:foo", undefined],
  ])("%s → %s", (spec, path) => expect(hfApiPath(spec)).toBe(path));
});

describe("parseHfPapers", () => {
  it("maps daily items to records: arXiv id, authors, date, upvotes, organisation, githubRepo as a link", async () => {
    const body: unknown = JSON.parse(await readFile(fixture("daily-2024-05-01.hf.json"), "utf8"));
    const { records, problems } = parseHfPapers(body, "hf:daily:2024-05-01");
    expect(records).toEqual([
      {
        title: "Sparse Lanterns: Routing Tokens by Brightness",
        abstract: expect.stringContaining("a longer abstract wins the merge"),
        arxivId: "2405.20001",
        authors: ["Ada Quill", "Iris Jay"],
        date: "2024-04-29",
        upvotes: 31,
        links: ["https://github.com/Example/sparse-lanterns/"],
        origin: { source: "hf:daily:2024-05-01" },
      },
      {
        title: "Marble Diffusion",
        abstract: "Marble Diffusion rolls noise downhill until it settles into images of the fictional PebbleSet.",
        arxivId: "2405.20004",
        authors: ["Jun Kite"],
        date: "2024-04-30",
        upvotes: 5,
        organization: "Pebble Lab",
        origin: { source: "hf:daily:2024-05-01" },
      },
    ]);
    expect(problems).toEqual([
      { source: "hf:daily:2024-05-01", message: 'item 3: missing "title", missing "summary"; skipped' },
    ]);
  });

  it.each([
    ["a string", "just text"],
    ["null", null],
    ["an object that is not a paper", { error: "Not found" }],
  ])("throws a SourceError for %s", (_name, body) => {
    expect(() => parseHfPapers(body, "hf:paper:2405.99999")).toThrow(SourceError);
  });
});

describe("Hugging Face reader over HTTP", () => {
  let server: LocalServer;
  let dailyCalls = 0;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/api/daily_papers" && url.searchParams.get("date") === "2024-05-01") {
        // The first call fails, as a busy Hub does: the reader must retry.
        if (dailyCalls++ === 0) return send(res, 503, "try again");
        return readFile(fixture("daily-2024-05-01.hf.json"), "utf8").then((body) => send(res, 200, body));
      }
      if (url.pathname === "/api/papers/2405.20006") {
        return readFile(fixture("paper-2405.20006.hf.json"), "utf8").then((body) => send(res, 200, body));
      }
      if (url.pathname === "/api/papers/2405.20009") return send(res, 200, "<html>maintenance</html>");
      if (url.pathname === "/api/papers/2405.20010") return; // never answers
      send(res, 404, '{"error":"Not found"}');
    });
  });
  afterAll(() => server.close());

  const source = (timeoutMs = fast.timeoutMs) => createHfSource({ ...fast, timeoutMs, baseUrl: server.url });

  it("reads a day's listing, retrying a 503", async () => {
    const { records } = await source().read("hf:daily:2024-05-01");
    expect(records.map((r) => r.arxivId)).toEqual(["2405.20001", "2405.20004"]);
    expect(server.requests.filter((r) => r.startsWith("/api/daily_papers"))).toHaveLength(2);
  });

  it("reads one paper, its project page as a link", async () => {
    const { records, problems } = await source().read("hf:paper:2405.20006");
    expect(problems).toEqual([]);
    expect(records).toMatchObject([
      { title: "Origami Attention", arxivId: "2405.20006", authors: ["Lea Moss", "Max Nye"], date: "2024-05-02" },
    ]);
    expect(records[0]!.links).toEqual(["https://origami.example.org"]);
  });

  it("uses PAPERGRAPH_HF_URL when no base URL is given", async () => {
    process.env.PAPERGRAPH_HF_URL = server.url;
    try {
      const { records } = await createHfSource(fast).read("hf:paper:2405.20006");
      expect(records).toHaveLength(1);
    } finally {
      delete process.env.PAPERGRAPH_HF_URL;
    }
  });

  it.each([
    ["a 404", "hf:paper:2405.20011", /HTTP 404 Not Found after 1 attempt/, undefined],
    [
      "a malformed body",
      "hf:paper:2405.20009",
      /returned a body that is not JSON: "<html>maintenance<\/html>"/,
      undefined,
    ],
    ["a timeout", "hf:paper:2405.20010", /timed out after 300 ms after 2 attempts/, 300],
  ])("fails clearly on %s", async (_name, spec, message, timeoutMs) => {
    await expect(source(timeoutMs).read(spec)).rejects.toThrow(message);
  });
});

describe("saved Hugging Face responses (*.hf.json)", () => {
  const source = createHfSource();

  it.each([
    ["daily-2024-05-01.hf.json", 2, 1],
    ["paper-2405.20006.hf.json", 1, 0],
  ])("reads %s", async (name, records, problems) => {
    const result = await source.read(fixture(name));
    expect([result.records.length, result.problems.length]).toEqual([records, problems]);
    expect(result.records[0]!.origin).toEqual({ source: name });
  });

  it("accepts only *.hf.json files and hf: URIs", () => {
    expect(["a.hf.json", "A.HF.JSON", "hf:daily:2024-05-01"].every(source.accepts)).toBe(true);
    expect(["a.json", "a.jsonl", "hf:daily:"].some(source.accepts)).toBe(false);
  });

  it("throws a SourceError naming a file that is not JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "papergraph-hf-"));
    try {
      const path = join(dir, "broken.hf.json");
      await writeFile(path, '{"papers": ');
      await expect(source.read(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.]/g, "\\.")}: not valid JSON`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
