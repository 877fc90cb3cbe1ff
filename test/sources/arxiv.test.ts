import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  arxivPageUrl,
  createArxivSource,
  parseArxivFeed,
  parseArxivSpec,
  type ArxivSourceOptions,
} from "../../ingest/sources/arxiv.js";
import { SourceError } from "../../ingest/sources/errors.js";
import { fixture, send, startServer, type LocalServer } from "./helpers.js";

const page = (n: number) => readFile(fixture(`arxiv-page-${n}.xml`), "utf8");

describe("parseArxivSpec", () => {
  it.each([
    ["arxiv:cat:cs.CL AND ti:transformer", { search: "cat:cs.CL AND ti:transformer", max: 100 }],
    ["arxiv:cat:cs.CL?max=7", { search: "cat:cs.CL", max: 7 }],
    ["arxiv:2405.30001", { ids: ["2405.30001"], max: 1 }],
    ["arxiv:2405.30001v2, hep-th/9901001", { ids: ["2405.30001", "hep-th/9901001"], max: 2 }],
    ["data/file.txt", undefined],
  ])("%s", (spec, expected) => expect(parseArxivSpec(spec)).toEqual(expected));

  it.each([
    ["arxiv:", /empty arXiv query/],
    ["arxiv:cat:cs.CL?max=0", /\?max must be a positive integer/],
    ["arxiv:cat:cs.CL?sort=date", /unknown option "sort"/],
  ])("rejects %s", (spec, message) => {
    expect(() => parseArxivSpec(spec)).toThrow(SourceError);
    expect(() => parseArxivSpec(spec)).toThrow(message);
  });

  it("builds page URLs with the query encoded", () => {
    const url = arxivPageUrl("http://h/", { search: "cat:cs.CL AND ti:x", max: 9 }, 3, 3);
    expect(url).toBe("http://h/api/query?search_query=cat%3Acs.CL+AND+ti%3Ax&start=3&max_results=3");
  });
});

describe("parseArxivFeed", () => {
  it("reads entries: bare arXiv id, collapsed title and summary, authors, date, code links from the comment", async () => {
    const { records, problems, totalResults, entries } = parseArxivFeed(await page(1), "arxiv:q");
    expect([totalResults, entries, problems]).toEqual([7, 3, []]);
    expect(records[0]).toEqual({
      title: "Lantern Routing for Sparse Experts",
      abstract: "We route tokens by lantern brightness & measure on the invented GlowBench.",
      arxivId: "2405.30001",
      authors: ["Ada Quill", "Bram Otter"],
      date: "2024-05-02",
      links: ["https://github.com/example/lantern-routing"],
      origin: { source: "arxiv:q" },
    });
    expect(records[1]!.title).toBe("1984"); // a numeric title stays a string
    expect(records[1]).not.toHaveProperty("links"); // the abs/pdf links are the paper itself, not code
  });

  it("reports an entry without a summary and keeps the others", async () => {
    const { records, problems } = parseArxivFeed(await page(2), "arxiv:q");
    expect(records.map((r) => r.arxivId)).toEqual(["2405.30004", "2405.30006"]);
    expect(problems).toEqual([
      { source: "arxiv:q", message: 'entry 2 (http://arxiv.org/abs/2405.30005v1): missing "summary"; skipped' },
    ]);
  });

  it.each([
    ["arxiv-error.xml", /^arxiv:q: arXiv API error: incorrect id format for 1234$/],
    ["arxiv-malformed.xml", /^arxiv:q: malformed XML from arXiv at line \d+: /],
  ])("throws a SourceError for %s", async (name, message) => {
    const xml = await readFile(fixture(name), "utf8");
    expect(() => parseArxivFeed(xml, "arxiv:q")).toThrow(message);
  });

  it("throws for XML that is not a feed", () => {
    expect(() => parseArxivFeed("<html><body>down</body></html>", "arxiv:q")).toThrow(/not an Atom feed/);
  });
});

describe("arXiv reader over HTTP", () => {
  let server: LocalServer;
  /** Per `start`: replies to give before the real page (status and body). */
  let hiccups: Map<string, [number, string][]>;
  const times: number[] = [];
  beforeAll(async () => {
    server = await startServer((req, res) => {
      times.push(Date.now());
      const url = new URL(req.url ?? "/", "http://x");
      const query = url.searchParams.get("search_query") ?? url.searchParams.get("id_list");
      if (url.pathname !== "/api/query") return send(res, 404, "no");
      if (query === "broken") return send(res, 200, "<feed><entry><title>cut");
      if (query === "error") return readFile(fixture("arxiv-error.xml"), "utf8").then((b) => send(res, 200, b));
      const start = url.searchParams.get("start") ?? "0";
      const hiccup = hiccups.get(start)?.shift();
      if (hiccup) return send(res, hiccup[0], hiccup[1]);
      const n = { "0": 1, "3": 2, "6": 3 }[start];
      if (!n) return send(res, 400, "unexpected start");
      return page(n).then((body) => send(res, 200, body, { "content-type": "application/atom+xml" }));
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    times.length = 0;
    hiccups = new Map();
  });

  const source = (options: ArxivSourceOptions = {}) =>
    createArxivSource({ baseUrl: server.url, delayMs: 0, pageSize: 3, backoffMs: 1, retries: 2, ...options });

  it("pages through three pages until totalResults", async () => {
    const { records, problems } = await source().read("arxiv:cat:cs.CL");
    expect(records.map((r) => r.arxivId)).toEqual([
      "2405.30001",
      "2405.30002",
      "2405.30003",
      "2405.30004",
      "2405.30006",
      "2405.30007",
    ]);
    expect(problems).toHaveLength(1);
    expect(server.requests).toEqual([
      "/api/query?search_query=cat%3Acs.CL&start=0&max_results=3",
      "/api/query?search_query=cat%3Acs.CL&start=3&max_results=3",
      "/api/query?search_query=cat%3Acs.CL&start=6&max_results=3",
    ]);
  });

  it("waits the politeness delay between requests", async () => {
    await source({ delayMs: 120 }).read("arxiv:cat:cs.CL");
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(110);
  });

  it("stops at ?max and asks only for what is left", async () => {
    const { records } = await source().read("arxiv:cat:cs.CL?max=4");
    expect(records).toHaveLength(4);
    expect(server.requests.map((r) => new URL(r, "http://x").searchParams.get("max_results"))).toEqual(["3", "1"]);
  });

  it("retries a 503 page and an empty page, then goes on", async () => {
    const empty = (await page(2)).replace(/<entry>[\s\S]*<\/entry>\s*/g, "");
    hiccups.set("3", [
      [503, "busy"],
      [200, empty],
    ]);
    const { records } = await source().read("arxiv:cat:cs.CL");
    expect(records).toHaveLength(6);
    expect(server.requests.filter((r) => r.includes("start=3"))).toHaveLength(3);
  });

  it("stops with a problem when a page stays empty", async () => {
    const empty = (await page(2)).replace(/<entry>[\s\S]*<\/entry>\s*/g, "");
    hiccups.set("3", [
      [200, empty],
      [200, empty],
      [200, empty],
    ]);
    const { records, problems } = await source().read("arxiv:cat:cs.CL");
    expect(records).toHaveLength(3);
    expect(problems.at(-1)!.message).toBe("arXiv returned an empty page at start=3 of 7 results; stopped");
  });

  it("uses PAPERGRAPH_ARXIV_URL and PAPERGRAPH_ARXIV_DELAY_MS when no options are given", async () => {
    process.env.PAPERGRAPH_ARXIV_URL = server.url;
    process.env.PAPERGRAPH_ARXIV_DELAY_MS = "0";
    try {
      const { records } = await createArxivSource().read("arxiv:cat:cs.CL?max=3");
      expect(records).toHaveLength(3);
    } finally {
      delete process.env.PAPERGRAPH_ARXIV_URL;
      delete process.env.PAPERGRAPH_ARXIV_DELAY_MS;
    }
  });

  it.each([
    ["a malformed response", "arxiv:broken", /^arxiv:broken: malformed XML from arXiv/],
    ["an API error feed", "arxiv:error", /arXiv API error: incorrect id format/],
    ["a server that keeps failing", "arxiv:cat:cs.CL", /HTTP 500 Internal Server Error after 3 attempts/],
  ])("fails clearly on %s", async (name, spec, message) => {
    if (name.includes("failing"))
      hiccups.set(
        "0",
        Array.from({ length: 3 }, () => [500, "down"] as [number, string]),
      );
    await expect(source().read(spec)).rejects.toThrow(message);
  });
});
