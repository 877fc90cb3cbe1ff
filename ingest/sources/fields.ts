// Field normalisers shared by every reader: whitespace, authors, dates, arXiv ids and links, each a pure function.

import { normalizeArxivId } from "../../domain/identity.js";

/** Collapses runs of whitespace (newlines, tabs, double spaces from XML or wrapped CSV cells) into one space. */
export function collapseWhitespace(text: string): string {
  // Most text has nothing to collapse: testing first spares rewriting every abstract (a third of reading 157k).
  // Characters no field may hold go too (API readers; file readers count them first with stripForbidden).
  const clean = HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, "") : text;
  return NEEDS_COLLAPSE.test(clean) ? clean.replace(/\s+/g, " ").trim() : clean.trim();
}
/** Whitespace other than a single space: two in a row, or a newline, tab or other space character. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/**
 * Markup that bibliographic databases leave in titles and abstracts: JATS/HTML formatting tags (`<sup>`, `<i>`,
 * `<inline-formula>`, `<br/>`…), kept text; IEEE's end-of-text marker `<ETX …>&gt;</ETX>`, removed whole. Angle
 * brackets that are not these tags stay: `<EOS>`, `<think>` or `<MASK>` are tokens an ML abstract talks about.
 */
const MARKUP_TAG =
  /<\/?(?:sup|sub|inf|b|i|u|em|strong|tt|span|small|big|italic|bold|sc|inline-formula|disp-formula|tex-math|alternatives|inline-graphic|graphic|mml:[\w-]+|jats:[\w-]+)(?:\s[^<>]*)?\/?>/gi;
/** Tags that break a line or paragraph: a space, so the words on either side stay apart. */
const BREAK_TAG = /<\/?(?:br|p|div)(?:\s[^<>]*)?\/?>/gi;
const ETX_ELEMENT = /<ETX\b[^<>]*>[^<]*<\/ETX>/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;
/** C0 control characters other than tab and newlines, and DEL: a leading NUL breaks Kùzu's CSV bulk load. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
  return NAMED_ENTITIES[name!.toLowerCase()] ?? match;
}

/** Latin typographic ligatures PDF extraction leaves in text ("uncertainty quantiﬁcation"): two letters each. */
const LIGATURE = /[\uFB00-\uFB06]/g;

/**
 * Text with markup tags removed, HTML entities decoded, ligatures spelled out and control characters blanked;
 * whitespace collapsed.
 */
export function cleanText(text: string): string {
  let out = text.replace(LIGATURE, (c) => c.normalize("NFKC"));
  if (out.includes("<")) out = out.replace(ETX_ELEMENT, " ").replace(BREAK_TAG, " ").replace(MARKUP_TAG, "");
  if (out.includes("&")) out = out.replace(ENTITY, decodeEntity);
  return collapseWhitespace(out.replace(CONTROL, " "));
}

/** Authors from an array or a "A, B and C" / "A; B" string, whitespace collapsed, empties and repeats dropped. */
export function splitAuthors(raw: string | readonly string[]): string[] {
  const parts = typeof raw === "string" ? raw.split(/\s*[,;]\s*|\s+and\s+/) : raw;
  return [...new Set(parts.map(collapseWhitespace).filter((name) => name.length > 0))];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const MONTH_DAY = /^--(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * A date at the precision the source gives it: `YYYY-MM-DD` from a date or ISO timestamp, `YYYY-MM` or `YYYY`
 * (many bibliographies know only the year), or `--MM-DD` (a listing page without a year). The string's length
 * is its precision. Undefined when it is not a real calendar day, month or year.
 */
export function normalizeDate(raw: string): string | undefined {
  const text = raw.trim();
  const coarse = YEAR_MONTH.exec(text);
  if (coarse) {
    const [, year, month] = coarse;
    if (Number(year) < 1000) return undefined;
    return month === undefined || (Number(month) >= 1 && Number(month) <= 12) ? text : undefined;
  }
  const full = ISO_DAY.exec(text);
  if (full) {
    const [, y, m, d] = full;
    const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : undefined;
  }
  const partial = MONTH_DAY.exec(text);
  // 2000 is a leap year, so --02-29 is accepted.
  return partial && normalizeDate(`2000-${partial[1]}-${partial[2]}`) ? text : undefined;
}

/** The arXiv id a paper page URL names (arxiv.org/abs|pdf, huggingface.co/papers), else undefined. */
export function arxivIdFromUrl(url: string): string | undefined {
  const hf = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/([^/?#]+)/i.exec(url.trim());
  return normalizeArxivId(hf ? hf[1]! : url);
}

/** A GitHub repository as a URL: full URLs are kept, `owner/repo` shorthand is expanded. */
export function githubUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (/^[\w.-]+\/[\w.-]+$/.test(text)) return `https://github.com/${text}`;
  return isHttpUrl(text) ? text : undefined;
}

export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** Links from a list or a whitespace/`;`/`|`-separated string. */
export function splitLinks(raw: string | readonly string[]): string[] {
  const parts = typeof raw === "string" ? raw.split(/[\s;|]+/) : raw;
  return parts.map((link) => link.trim()).filter((link) => link.length > 0);
}

/** GitHub and Hugging Face URLs in free text (an arXiv comment such as "Code: https://github.com/a/b."). */
export function codeLinksIn(text: string): string[] {
  const found = text.match(/https?:\/\/(?:www\.)?(?:github\.com|huggingface\.co)\/[^\s,;)>\]}"']+/gi) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.]+$/, "")))];
}

/**
 * Characters a record's text must not carry: C0 controls but tab, newline and carriage return (U+0000 at the start of
 * a field broke Kùzu's bulk CSV format for a whole batch), DEL, C1 controls, unpaired surrogates and the
 * non-characters U+FFFE/U+FFFF (which XML exports cannot hold). U+FFFD is what the UTF-8 decoder put where the
 * input was not valid UTF-8: counted apart, and removed too.
 */
const FORBIDDEN = new RegExp(
  "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufffe\\uffff]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g",
);
// A cheaper first test (no lookaround): any control character, non-character or surrogate at all. Most text has
// none, and then neither FORBIDDEN nor REPLACEMENT need run.
const HAS_FORBIDDEN = new RegExp(
  "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f" + "\\ufffe\\uffff\\ud800-\\udfff]",
);
const REPLACEMENT = /\ufffd/g;

export interface CleanedText {
  text: string;
  /** Control characters, unpaired surrogates and non-characters removed. */
  controls: number;
  /** Places where the file was not valid UTF-8 (the decoder's U+FFFD), removed. */
  invalidUtf8: number;
}

/** `text` without the characters no field may hold, and how many of each kind were removed. Pure, linear. */
export function stripForbidden(text: string): CleanedText {
  if (!HAS_FORBIDDEN.test(text) && !text.includes("\ufffd")) return { text, controls: 0, invalidUtf8: 0 };
  let controls = 0;
  let invalidUtf8 = 0;
  const out = text
    .replace(FORBIDDEN, () => {
      controls++;
      return "";
    })
    .replace(REPLACEMENT, () => {
      invalidUtf8++;
      return "";
    });
  return { text: out, controls, invalidUtf8 };
}

/** The problems a cleaning found, worded for the report (`3 control characters removed from "title"`). */
export function cleaningProblems(field: string, cleaned: CleanedText): string[] {
  const out: string[] = [];
  if (cleaned.controls) out.push(`${cleaned.controls} control characters removed from "${field}"`);
  if (cleaned.invalidUtf8) out.push(`invalid UTF-8 in "${field}": ${cleaned.invalidUtf8} characters removed`);
  return out;
}

/** Per-record size limits; the ingest command sets them from the settings (PAPERGRAPH_MAX_ABSTRACT_CHARS …). */
export const RECORD_LIMITS = { maxAbstractChars: 100_000, maxTitleChars: 2_000 };

export function setRecordLimits(limits: { maxAbstractChars: number; maxTitleChars: number }): void {
  Object.assign(RECORD_LIMITS, limits);
}

/** Why a record is too large to ingest, or undefined. Extraction time and memory grow with the abstract. */
export function oversizeReason(title: string, abstract: string): string | undefined {
  if (abstract.length > RECORD_LIMITS.maxAbstractChars) {
    return `abstract of ${abstract.length} characters is over the limit of ${RECORD_LIMITS.maxAbstractChars} (PAPERGRAPH_MAX_ABSTRACT_CHARS); skipped`;
  }
  if (title.length > RECORD_LIMITS.maxTitleChars) {
    return `title of ${title.length} characters is over the limit of ${RECORD_LIMITS.maxTitleChars} (PAPERGRAPH_MAX_TITLE_CHARS); skipped`;
  }
  return undefined;
}
