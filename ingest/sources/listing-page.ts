// Reader for saved Hugging Face "Daily Papers" listing pages (the seed corpus format).
//
// A page is a sequence of lines: page chrome, then per paper a title line and an abstract line, optionally
// followed by metadata (`• N authors` or an organisation line, `·`, a date with optional upvote count).
// Blank lines may or may not separate them. Parsing is a pure function of the text; `listingPageSource`
// is the file-reading edge.

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { PaperRecord } from "../../domain/types.js";
import { cleaningProblems, oversizeReason, stripForbidden } from "./fields.js";
import type { PaperSource, ReadProblem, ReadResult } from "./types.js";

const CHROME = [
  "Get trending papers in your email inbox once a day!",
  "Get trending papers in your email inbox!",
  "byAK and the research community",
  "Daily Papers",
  "Subscribe",
  "new",
];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_LINE =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/i;
const AUTHORS_LINE = /^•\s*(\d+)\s+authors?$/i;
const SEPARATOR_LINE = /^[·•]$/;
/** Titles run to about 160 characters, abstracts from about 450: these bounds sit well inside the gap. */
const MAX_TITLE_CHARS = 250;
const MIN_ABSTRACT_CHARS = 120;
const MAX_ORGANIZATION_CHARS = 80;

type Line =
  | { kind: "text"; text: string; line: number }
  | { kind: "authors"; count: number; line: number }
  | { kind: "separator"; line: number }
  | { kind: "date"; date: string; upvotes?: number; line: number };

/** Removes page chrome glued to the front of a line ("SubscribeWide Attention…"); null when only chrome. */
function stripChrome(text: string): string | null {
  let rest = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const chrome of CHROME) {
      if (rest === chrome) return null;
      // Glued chrome is followed directly by a capitalised word; "new" only counts alone (it starts real titles).
      if (chrome !== "new" && rest.startsWith(chrome) && /^\s*[A-Z0-9"'(]/.test(rest.slice(chrome.length))) {
        rest = rest.slice(chrome.length).trimStart();
        changed = true;
      }
    }
  }
  return rest;
}

function parseDate(m: RegExpExecArray): { date: string; upvotes?: number } {
  const month = String(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
  const day = m[2]!.padStart(2, "0");
  const date = m[3] ? `${m[3]}-${month}-${day}` : `--${month}-${day}`;
  return m[4] ? { date, upvotes: Number(m[4]) } : { date };
}

function classify(raw: string, line: number): Line | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const authors = AUTHORS_LINE.exec(trimmed);
  if (authors) return { kind: "authors", count: Number(authors[1]), line };
  if (SEPARATOR_LINE.test(trimmed)) return { kind: "separator", line };
  const date = DATE_LINE.exec(trimmed);
  if (date) return { kind: "date", ...parseDate(date), line };
  const text = stripChrome(trimmed);
  return text ? { kind: "text", text, line } : null;
}

/** Too long for a title, or more than one sentence: a title is one phrase. */
const looksLikeAbstract = (text: string) =>
  text.length > MAX_TITLE_CHARS || (text.length >= MIN_ABSTRACT_CHARS && /[.!?]\s+[A-Z]/.test(text));
const looksLikeTitle = (text: string) => text.length < MIN_ABSTRACT_CHARS;

/** Parses one listing page. `source` names the file in records and problems. */
export function parseListingPage(content: string, source: string): ReadResult {
  const records: PaperRecord[] = [];
  const problems: ReadProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ source, line, message });
  const lines = content
    .split(/\r?\n/)
    .map((raw, i) => {
      const cleaned = stripForbidden(raw);
      for (const message of cleaningProblems("line", cleaned)) problem(i + 1, message);
      return classify(cleaned.text, i + 1);
    })
    .filter((l): l is Line => l !== null);

  let title: { text: string; line: number } | null = null;
  let current: PaperRecord | null = null; // the last complete paper: metadata lines attach to it

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (l.kind === "text") {
      // An organisation line ("apple Apple") sits where a title would, but is followed by the `·` separator.
      if (next?.kind === "separator" && !title && current) {
        if (l.text.length <= MAX_ORGANIZATION_CHARS) current.organization = l.text;
        else problem(l.line, "text before a metadata separator is too long for an organisation; skipped");
        continue;
      }
      if (!title) {
        if (looksLikeAbstract(l.text)) {
          problem(l.line, `abstract without a title (${l.text.length} characters); skipped`);
          continue;
        }
        title = { text: l.text, line: l.line };
        continue;
      }
      if (looksLikeTitle(l.text) && next?.kind === "text" && !looksLikeTitle(next.text)) {
        // Two title-like lines in a row: the first lost its abstract. Never glue the wrong abstract to it.
        problem(title.line, `title without an abstract: "${title.text}"; skipped`);
        title = { text: l.text, line: l.line };
        continue;
      }
      const oversize = oversizeReason(title.text, l.text);
      if (oversize) {
        problem(title.line, oversize);
        current = null;
      } else {
        current = { title: title.text, abstract: l.text, origin: { source, line: title.line } };
        records.push(current);
      }
      title = null;
      continue;
    }
    if (title) {
      problem(title.line, `title without an abstract: "${title.text}"; skipped`);
      title = null;
    }
    if (!current) continue; // metadata before the first paper is page chrome (the page's own date)
    if (l.kind === "authors") current.authorCount = l.count;
    else if (l.kind === "date") {
      current.date = l.date;
      if (l.upvotes !== undefined) current.upvotes = l.upvotes;
    }
  }
  if (title) problem(title.line, `title without an abstract at end of file: "${title.text}"; skipped`);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, problems };
}

/** Reads listing pages from `.txt` files. */
export const listingPageSource: PaperSource = {
  name: "listing",
  accepts: (spec) => spec.endsWith(".txt"),
  async read(spec) {
    return parseListingPage(await readFile(spec, "utf8"), basename(spec));
  },
};
