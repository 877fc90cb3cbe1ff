// Reader for the Hugging Face papers API: `hf:daily:YYYY-MM-DD` (GET /api/daily_papers?date=…),
// `hf:paper:ARXIV_ID` (GET /api/papers/{id}), and saved responses of either shape in `*.hf.json` files.
// `parseHfPapers` is the pure part; the base URL comes from settings/ (huggingface.co unless `PAPERGRAPH_HF_URL`).

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { normalizeArxivId } from "../../domain/identity.js";
import { resolveSettings } from "../../settings/index.js";
import type { PaperRecord } from "../../domain/types.js";
import { SourceError } from "./errors.js";
import { collapseWhitespace, githubUrl, isHttpUrl, normalizeDate } from "./fields.js";
import { httpGetJson, type HttpOptions } from "./http.js";
import type { PaperSource, ReadProblem, ReadResult } from "./types.js";

const organization = z.union([
  z.string(),
  z.object({ fullname: z.string().optional(), name: z.string().optional() }).transform((o) => o.fullname ?? o.name),
]);

/** The fields of an HF paper object this reader uses; everything else (ai_keywords, discussionId…) is ignored. */
const hfPaper = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  authors: z.array(z.object({ name: z.string() })).optional(),
  publishedAt: z.string().optional(),
  upvotes: z.number().int().nonnegative().optional(),
  githubRepo: z.string().nullish(),
  projectPage: z.string().nullish(),
  organization: organization.nullish(),
});
/** A daily-papers item wraps the paper; its own `publishedAt` is the day it was listed. */
const hfDailyItem = z.object({ paper: z.unknown(), publishedAt: z.string().optional() });

type HfPaper = z.output<typeof hfPaper>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join(".");
      return issue.code === "invalid_type" && /received undefined/.test(issue.message)
        ? `missing "${path}"`
        : `"${path}": ${issue.message}`;
    })
    .join(", ");
}

function toRecord(paper: HfPaper, source: string, listedAt?: string): PaperRecord {
  const record: PaperRecord = {
    title: collapseWhitespace(paper.title),
    abstract: collapseWhitespace(paper.summary),
    origin: { source },
  };
  const arxivId = normalizeArxivId(paper.id);
  if (arxivId) record.arxivId = arxivId;
  const authors = (paper.authors ?? []).map((a) => collapseWhitespace(a.name)).filter(Boolean);
  if (authors.length) record.authors = [...new Set(authors)];
  const date = normalizeDate(paper.publishedAt ?? listedAt ?? "");
  if (date) record.date = date;
  if (paper.upvotes !== undefined) record.upvotes = paper.upvotes;
  if (paper.organization) record.organization = collapseWhitespace(paper.organization);
  const links = [paper.githubRepo && githubUrl(paper.githubRepo), paper.projectPage?.trim()].filter(
    (link): link is string => !!link && isHttpUrl(link),
  );
  if (links.length) record.links = [...new Set(links)];
  return record;
}

/**
 * Parses an HF API response: an array of daily items, one paper object, or an array of paper objects.
 * A bad item is a problem naming its 1-based position; a body of any other shape throws a SourceError.
 */
export function parseHfPapers(body: unknown, source: string): ReadResult {
  const records: PaperRecord[] = [];
  const problems: ReadProblem[] = [];
  if (!Array.isArray(body)) {
    if (typeof body !== "object" || body === null) {
      throw new SourceError(source, "expected a paper object or an array of daily-papers items");
    }
    const paper = hfPaper.safeParse(body);
    if (!paper.success) throw new SourceError(source, `not a paper object: ${describeIssues(paper.error)}`);
    const record = toRecord(paper.data, source);
    if (!record.title) throw new SourceError(source, "the paper has a blank title");
    return { records: [record], problems };
  }
  body.forEach((item, i) => {
    const wrapped = hfDailyItem.safeParse(item);
    const raw = wrapped.success && wrapped.data.paper !== undefined ? wrapped.data.paper : item;
    const paper = hfPaper.safeParse(raw);
    if (!paper.success) {
      problems.push({ source, message: `item ${i + 1}: ${describeIssues(paper.error)}; skipped` });
      return;
    }
    const record = toRecord(paper.data, source, wrapped.success ? wrapped.data.publishedAt : undefined);
    if (!record.title) problems.push({ source, message: `item ${i + 1}: blank title; skipped` });
    else records.push(record);
  });
  return { records, problems };
}

const DAILY_URI = /^hf:daily:(\d{4}-\d{2}-\d{2})$/;
const PAPER_URI = /^hf:paper:(.+)$/;

/** The API path an `hf:` URI names, or undefined when the URI is not one this reader knows. */
export function hfApiPath(spec: string): string | undefined {
  const daily = DAILY_URI.exec(spec);
  if (daily && normalizeDate(daily[1]!)) return `/api/daily_papers?date=${daily[1]}`;
  const paper = PAPER_URI.exec(spec);
  const id = paper && normalizeArxivId(paper[1]!);
  return id ? `/api/papers/${encodeURIComponent(id)}` : undefined;
}

export interface HfSourceOptions extends HttpOptions {
  /** API base URL; defaults to the settings' `ingest.sources.hfUrl`. */
  baseUrl?: string;
}

/** The Hugging Face reader, with HTTP settings (tests shorten timeouts and back-off). */
export function createHfSource(options: HfSourceOptions = {}): PaperSource {
  return {
    name: "hf",
    remote: true,
    accepts: (spec) => hfApiPath(spec) !== undefined || spec.toLowerCase().endsWith(".hf.json"),
    async read(spec, { signal } = {}) {
      const path = hfApiPath(spec);
      if (!path) {
        const text = await readFile(spec, "utf8");
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw new SourceError(spec, `not valid JSON (${(error as Error).message})`, { cause: error });
        }
        return parseHfPapers(body, basename(spec));
      }
      const base = (options.baseUrl ?? resolveSettings().ingest.sources.hfUrl).replace(/\/+$/, "");
      const body = await httpGetJson(`${base}${path}`, { ...options, signal: signal ?? options.signal });
      return parseHfPapers(body, spec);
    },
  };
}

export const hfSource: PaperSource = createHfSource();
