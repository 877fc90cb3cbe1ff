// Validation of one flat paper row (a JSON Lines object or a CSV record) into a PaperRecord, with zod.
//
// A row without a usable title or abstract is skipped; a bad optional field (an unparsable date, a negative
// upvote count) is dropped with a message while the rest of the row is kept.

import { z } from "zod";
import { normalizeArxivId } from "../../domain/identity.js";
import type { PaperRecord, SourceRef } from "../../domain/types.js";
import {
  arxivIdFromUrl,
  cleanText,
  collapseWhitespace,
  githubUrl,
  isHttpUrl,
  cleaningProblems,
  stripForbidden,
  normalizeDate,
  oversizeReason,
  splitAuthors,
  splitLinks,
} from "./fields.js";

const text = z.string().transform(collapseWhitespace);
/** Titles and abstracts: also cleaned of markup and entities (see cleanText). */
const prose = z.string().transform(cleanText);
const count = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform((s) => Number(s)),
]);
const stringList = z.union([z.string(), z.array(z.string())]);
const authorList = z.union([z.string(), z.array(z.union([z.string(), z.object({ name: z.string() })]))]);

/** What each optional column may hold; the column name is the JSON key or CSV header. */
const OPTIONAL = {
  id: z.union([z.string(), z.number().transform(String)]),
  authors: authorList,
  authorCount: count,
  date: z.string(),
  url: z.string(),
  upvotes: count,
  githubRepo: z.string(),
  links: stringList,
  organization: text,
  venue: text,
} as const;
type Optional = { [K in keyof typeof OPTIONAL]?: z.output<(typeof OPTIONAL)[K]> };

/** The columns a flat source understands (header names are matched case-insensitively). */
export const FLAT_COLUMNS = ["title", "abstract", ...Object.keys(OPTIONAL)] as const;

export type FlatResult = { record: PaperRecord; warnings: string[] } | { record?: undefined; errors: string[] };

const isBlank = (value: unknown) => value === undefined || value === null || value === "";

function requiredText(
  row: Record<string, unknown>,
  raw: Record<string, unknown>,
  key: "title" | "abstract",
  errors: string[],
): string {
  const value = row[key];
  // An abstract that cleaning emptied (nothing but control characters) is a placeholder, kept empty like one.
  if (key === "abstract" && isBlank(value) && typeof raw[key] === "string" && (raw[key] as string).trim()) return "";
  if (isBlank(value)) {
    errors.push(`missing "${key}"`);
    return "";
  }
  const parsed = prose.safeParse(value);
  if (!parsed.success) errors.push(`"${key}" must be a string, got ${typeName(value)}`);
  // An abstract of nothing but markup or control characters is a placeholder (kept empty); whitespace is blank.
  else if (!parsed.data && (key === "title" || !(value as string).trim())) errors.push(`"${key}" is blank`);
  return parsed.data ?? "";
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
}

function shortValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Links and DOIs, which carry no words of an abstract. */
const NOT_WORDS = /https?:\/\/\S+|\b10\.\d{4,9}\/\S+/gi;
/** Fewer words than this is a placeholder where an abstract should be, not an abstract. */
const MIN_ABSTRACT_WORDS = 4;
/** Longer text always holds enough words (or is a list of links no one would call a placeholder). */
const PLACEHOLDER_MAX_LENGTH = 300;

/**
 * Whether `text` stands where an abstract should be without being one: "International audience", "n/a",
 * "Abstract Unavailable", a bare DOI (bibliographic databases fill the field so). Counted in words of two letters
 * or more once links and DOIs are removed.
 */
export function isPlaceholderAbstract(text: string): boolean {
  if (text.length > PLACEHOLDER_MAX_LENGTH) return false;
  const words = text.replace(NOT_WORDS, " ").match(/\p{L}{2,}/gu) ?? [];
  return words.length < MIN_ABSTRACT_WORDS;
}

/**
 * Phrases of a publisher's landing page (ACM Digital Library, IEEE Xplore, SpringerLink, MIT Press) that no
 * abstract holds: bibliographic databases sometimes store the page's text where the abstract should be (author boxes,
 * download counts, citation alerts). Matched inside words too: the page's text runs words together ("LatviaView
 * Profile").
 */
const PAGE_CHROME = [
  /View Profile/,
  /Authors Info & Claims/,
  /Publication History/,
  /Citation Alert/,
  /Total (?:Citations|Downloads)/,
  /Save to Binder/,
  /Export Citation/,
  /Date of Conference/,
  /INSPEC Accession Number/,
  /Access this (?:chapter|article)/,
  /Log in via an institution/,
  /Cite this (?:paper|article|chapter)/,
  // A journal platform's (MIT Press's) page: citation managers, search boxes, access notes.
  /Download citation file/,
  /Search for other works by this author/,
  /Author and Article Information/,
  /This content is only available as a PDF/,
  /Advanced Search/,
];
/** Phrases of PAGE_CHROME that make a text a page: one may be quoted by an abstract, three are not. */
const PAGE_MIN_PHRASES = 3;

/** Whether `text` is a publisher page's text standing where the abstract should be (see PAGE_CHROME). */
export function isPublisherPage(text: string): boolean {
  let found = 0;
  for (const phrase of PAGE_CHROME) if (phrase.test(text) && ++found >= PAGE_MIN_PHRASES) return true;
  return false;
}

/**
 * Parses one row. A placeholder abstract (see isPlaceholderAbstract) or a publisher page's text (isPublisherPage) is
 * kept as an empty abstract: the title still names the paper, and a duplicate record with a real abstract wins when
 * they merge. `row` holds the raw values by column name; blank values count as absent.
 */
export function parseFlatRecord(raw: Record<string, unknown>, origin: SourceRef): FlatResult {
  const { row, problems: cleaning } = cleanRow(raw);
  const errors: string[] = [];
  const title = requiredText(row, raw, "title", errors);
  const abstract = requiredText(row, raw, "abstract", errors);
  if (errors.length) return { errors: [...errors, ...cleaning] };
  const oversize = oversizeReason(title, abstract);
  if (oversize) return { errors: [oversize] };

  const warnings: string[] = [...cleaning];
  const fields: Optional = {};
  for (const [key, schema] of Object.entries(OPTIONAL)) {
    const value = row[key];
    if (isBlank(value)) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) Object.assign(fields, { [key]: parsed.data });
    else warnings.push(`"${key}" has an unusable value ${shortValue(value)}; field dropped`);
  }

  // A page's text where the abstract should be is dropped, said once: its author boxes and download counts would
  // otherwise be read as the paper's words ("BinderSave" as a model) and shown as its abstract.
  const page = isPublisherPage(abstract);
  if (page)
    warnings.push(`"abstract" is a publisher page's text (author boxes, citation counts), not an abstract; dropped`);
  const record: PaperRecord = { title, abstract: page || isPlaceholderAbstract(abstract) ? "" : abstract, origin };
  const links: string[] = [];
  // An id that is not an arXiv id (a DOI, an OpenReview id) names the paper elsewhere: identity falls back to the title.
  const arxivId = fields.id === undefined ? undefined : (normalizeArxivId(fields.id) ?? arxivIdFromUrl(fields.id));
  if (arxivId) record.arxivId = arxivId;
  if (fields.url !== undefined) {
    const arxivId = arxivIdFromUrl(fields.url);
    // The paper's own arXiv/HF page names the paper; any other URL is a project page beside it.
    if (arxivId) record.arxivId ??= arxivId;
    else if (isHttpUrl(fields.url.trim())) links.push(fields.url.trim());
    else warnings.push(`"url" is not an http(s) URL ${shortValue(fields.url)}; field dropped`);
  }
  if (fields.authors !== undefined) {
    const names = typeof fields.authors === "string" ? fields.authors : fields.authors.map(authorName);
    const authors = splitAuthors(names);
    if (authors.length) record.authors = authors;
  }
  if (fields.authorCount !== undefined) record.authorCount = fields.authorCount;
  if (fields.date !== undefined) {
    const date = normalizeDate(fields.date);
    if (date) record.date = date;
    else warnings.push(`"date" is not a calendar date ${shortValue(fields.date)}; field dropped`);
  }
  if (fields.upvotes !== undefined) record.upvotes = fields.upvotes;
  if (fields.organization) record.organization = fields.organization;
  if (fields.venue) record.venue = fields.venue;
  if (fields.githubRepo !== undefined) {
    const repo = githubUrl(fields.githubRepo);
    if (repo) links.push(repo);
    else warnings.push(`"githubRepo" is neither a URL nor owner/repo ${shortValue(fields.githubRepo)}; field dropped`);
  }
  for (const link of fields.links === undefined ? [] : splitLinks(fields.links)) {
    if (isHttpUrl(link)) links.push(link);
    else warnings.push(`"links" entry is not an http(s) URL ${shortValue(link)}; entry dropped`);
  }
  if (links.length) record.links = [...new Set(links)];
  return { record, warnings };
}

/** Every text of the row cleaned at the reader (see cleanText), field by field, with what was removed where. */
function cleanRow(raw: Record<string, unknown>): { row: Record<string, unknown>; problems: string[] } {
  const row = Object.create(null) as Record<string, unknown>; // a `__proto__` column stays a key
  const problems: string[] = [];
  const clean = (field: string, value: unknown): unknown => {
    if (typeof value === "string") {
      const cleaned = stripForbidden(value);
      problems.push(...cleaningProblems(field, cleaned));
      return cleaned.text;
    }
    if (Array.isArray(value)) return value.map((v) => clean(field, v));
    if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") {
      return { ...value, name: clean(field, (value as { name: string }).name) };
    }
    return value;
  };
  for (const key of Object.keys(raw)) row[key] = clean(key, raw[key]);
  return { row, problems };
}

const authorName = (author: string | { name: string }) => (typeof author === "string" ? author : author.name);
