// Reader for the arXiv API: `arxiv:QUERY[?max=N]` runs a search (`arxiv:cat:cs.CL AND ti:transformer?max=50`)
// and `arxiv:ID[,ID…]` fetches papers by id. Results are paged with the API's politeness delay between requests.
// `parseArxivFeed` is the pure Atom parser; the base URL and the delay come from settings/ (export.arxiv.org and
// 3 s unless `PAPERGRAPH_ARXIV_URL` / `PAPERGRAPH_ARXIV_DELAY_MS` say otherwise).

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { normalizeArxivId } from "../../domain/identity.js";
import { resolveSettings } from "../../settings/index.js";
import type { PaperRecord } from "../../domain/types.js";
import { SourceError } from "./errors.js";
import { codeLinksIn, collapseWhitespace, normalizeDate } from "./fields.js";
import { httpGet, sleep, type HttpOptions } from "./http.js";
import type { PaperSource, ReadProblem, ReadResult } from "./types.js";

export const DEFAULT_ARXIV_MAX = 100;
export const DEFAULT_ARXIV_PAGE_SIZE = 100;

const LIST_PATHS = new Set(["feed.entry", "feed.entry.author", "feed.entry.link", "feed.entry.category"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false, // a title such as "1984" must stay a string
  isArray: (_name, jpath) => LIST_PATHS.has(String(jpath)),
});

export interface ArxivPage extends ReadResult {
  /** `opensearch:totalResults`: how many results the query has in all. */
  totalResults: number;
  /** Entries on this page, including any that became problems. */
  entries: number;
}

/** Text of an element that may carry attributes (then fast-xml-parser puts the text under `#text`). */
function textOf(node: unknown): string | undefined {
  if (typeof node === "string") return node;
  if (typeof node === "number") return String(node);
  if (node && typeof node === "object" && "#text" in node) return textOf((node as { "#text": unknown })["#text"]);
  return undefined;
}

type Entry = Record<string, unknown>;

function entryToRecord(entry: Entry, source: string): PaperRecord | string {
  const id = textOf(entry.id) ?? "";
  const title = collapseWhitespace(textOf(entry.title) ?? "");
  const abstract = collapseWhitespace(textOf(entry.summary) ?? "");
  const missing = [!title && '"title"', !abstract && '"summary"'].filter(Boolean);
  if (missing.length) return `missing ${missing.join(" and ")}`;
  const record: PaperRecord = { title, abstract, origin: { source } };
  const arxivId = normalizeArxivId(id);
  if (arxivId) record.arxivId = arxivId;
  const authors = ((entry.author as unknown[] | undefined) ?? [])
    .map((a) => collapseWhitespace(textOf((a as Entry | undefined)?.name) ?? ""))
    .filter(Boolean);
  if (authors.length) record.authors = [...new Set(authors)];
  const date = normalizeDate(textOf(entry.published) ?? textOf(entry.updated) ?? "");
  if (date) record.date = date;
  // The abs/pdf/doi links name the paper itself; code links live in the author's comment.
  const links = codeLinksIn(textOf(entry["arxiv:comment"]) ?? "");
  if (links.length) record.links = links;
  return record;
}

/** Parses one Atom page of arXiv API results. Throws a SourceError for XML that is not an arXiv feed. */
export function parseArxivFeed(xml: string, source: string): ArxivPage {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new SourceError(source, `malformed XML from arXiv at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const feed = (parser.parse(xml) as { feed?: Entry }).feed;
  if (!feed || typeof feed !== "object") throw new SourceError(source, "response is XML but not an Atom feed");
  const entries = (feed.entry as Entry[] | undefined) ?? [];
  const first = entries[0];
  if (entries.length === 1 && first && /\/api\/errors/.test(textOf(first.id) ?? "")) {
    // The API reports a bad query as a feed holding one "Error" entry.
    throw new SourceError(source, `arXiv API error: ${collapseWhitespace(textOf(first.summary) ?? "unknown")}`);
  }
  const total = Number(textOf(feed["opensearch:totalResults"]));
  const records: PaperRecord[] = [];
  const problems: ReadProblem[] = [];
  entries.forEach((entry, i) => {
    const result = entryToRecord(entry, source);
    if (typeof result === "string") {
      const id = textOf(entry.id);
      problems.push({ source, message: `entry ${i + 1}${id ? ` (${id.trim()})` : ""}: ${result}; skipped` });
    } else records.push(result);
  });
  return { records, problems, totalResults: Number.isFinite(total) ? total : entries.length, entries: entries.length };
}

export interface ArxivQuery {
  /** `search_query` text, or ids for `id_list`. */
  search?: string;
  ids?: string[];
  max: number;
}

/** Splits `arxiv:QUERY[?max=N]`; undefined when the spec is not an arXiv URI, SourceError when it is a bad one. */
export function parseArxivSpec(spec: string): ArxivQuery | undefined {
  if (!spec.toLowerCase().startsWith("arxiv:")) return undefined;
  let body = spec.slice("arxiv:".length);
  let max = DEFAULT_ARXIV_MAX;
  const q = body.lastIndexOf("?");
  if (q >= 0) {
    const params = new URLSearchParams(body.slice(q + 1));
    for (const [key, value] of params) {
      if (key !== "max") throw new SourceError(spec, `unknown option "${key}" (only ?max=N is understood)`);
      if (!/^\d+$/.test(value) || Number(value) < 1) throw new SourceError(spec, `?max must be a positive integer`);
      max = Number(value);
    }
    body = body.slice(0, q);
  }
  body = body.trim();
  if (!body) throw new SourceError(spec, "empty arXiv query");
  const parts = body.split(/\s*,\s*/);
  const ids = parts.map((part) => normalizeArxivId(part));
  if (ids.every((id) => id !== undefined)) return { ids: ids as string[], max: Math.min(max, ids.length) };
  return { search: body, max };
}

/** The API URL of one page. */
export function arxivPageUrl(base: string, query: ArxivQuery, start: number, size: number): string {
  const params = new URLSearchParams();
  if (query.search !== undefined) params.set("search_query", query.search);
  if (query.ids) params.set("id_list", query.ids.join(","));
  params.set("start", String(start));
  params.set("max_results", String(size));
  return `${base.replace(/\/+$/, "")}/api/query?${params}`;
}

export interface ArxivSourceOptions extends HttpOptions {
  /** Defaults to the settings' `ingest.sources.arxivUrl`. */
  baseUrl?: string;
  /** Wait between requests; defaults to the settings' `ingest.sources.arxivDelayMs`. */
  delayMs?: number;
  pageSize?: number;
  /** How often to re-ask for a page the API returned empty although results remain (a known arXiv hiccup). */
  emptyPageRetries?: number;
}

/** The arXiv reader, with paging and HTTP settings (tests shorten the delay and the page size). */
export function createArxivSource(options: ArxivSourceOptions = {}): PaperSource {
  return {
    name: "arxiv",
    remote: true,
    accepts: (spec) => spec.toLowerCase().startsWith("arxiv:"),
    async read(spec, { signal } = {}) {
      const query = parseArxivSpec(spec)!;
      const configured = options.baseUrl === undefined || options.delayMs === undefined ? resolveSettings() : undefined;
      const base = options.baseUrl ?? configured!.ingest.sources.arxivUrl;
      const delayMs = options.delayMs ?? configured!.ingest.sources.arxivDelayMs;
      const pageSize = Math.max(1, options.pageSize ?? DEFAULT_ARXIV_PAGE_SIZE);
      const http = { ...options, signal: signal ?? options.signal };
      const records: PaperRecord[] = [];
      const problems: ReadProblem[] = [];
      let emptyRetries = options.emptyPageRetries ?? 2;
      for (let start = 0, requests = 0; start < query.max; requests++) {
        if (requests > 0) await sleep(delayMs, http.signal);
        const url = arxivPageUrl(base, query, start, Math.min(pageSize, query.max - start));
        const page = parseArxivFeed((await httpGet(url, http)).body, spec);
        records.push(...page.records);
        problems.push(...page.problems);
        const wanted = Math.min(query.max, page.totalResults);
        if (page.entries === 0 && start < wanted) {
          if (emptyRetries-- > 0) continue;
          const message = `arXiv returned an empty page at start=${start} of ${page.totalResults} results; stopped`;
          problems.push({ source: spec, message });
          break;
        }
        start += page.entries;
        if (page.entries === 0 || start >= wanted) break;
      }
      return { records: records.slice(0, query.max), problems };
    },
  };
}

export const arxivSource: PaperSource = createArxivSource();
