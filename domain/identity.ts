// Identity: the one place that decides what makes two papers or two entities the same node.
// Pure and dependency-free so that ingest, the server and the browser compute identical ids.

import type { EntityType, NodeKind, PaperRecord, RelationType, Role } from "./types.js";

/** Lowercase, accents dropped, every character that is not a letter or digit removed ("GPT-2" → "gpt2"). */
export function foldName(name: string): string {
  // ASCII text (nearly every name) needs no Unicode normalisation and only ASCII letters and digits kept.
  if (!NON_ASCII.test(name)) return name.toLowerCase().replace(TRAILING_PLUS, "p").replace(NOT_ASCII_ALNUM, "");
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(TRAILING_PLUS, "p")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const NON_ASCII = /[^\u0020-\u007e]/;
const NOT_ASCII_ALNUM = /[^a-z0-9]/g;

/**
 * Pluses that end a name, or a word of it, are part of it: "PointNet++" is not "PointNet", "C++" not "C", "ScanNet++
 * v2" not "ScanNet v2"; between letters a plus joins ("RGB+D" is "RGBD").
 */
export const TRAILING_PLUS = /\+(?=\+*(?:[\s_-]|$))/g;

/**
 * A title folded for matching: lowercase words of letters and digits, single spaces. A title of symbols only
 * ("∑", "?!") folds to nothing, and two such papers are not one: it keeps its own spelling instead.
 */
export function foldTitle(title: string): string {
  const folded = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded || title.normalize("NFC").replace(/\s+/g, " ").trim();
}

const utf8 = new TextEncoder();
/** Reused for the UTF-8 bytes of texts up to its size (every paper is hashed: an allocation each showed). */
const scratch = new Uint8Array(1 << 16);

/**
 * 64-bit FNV-1a, hex: stable across runs, platforms and Node/browser, unlike Map order or random ids.
 * Computed in two 32-bit halves with integer multiplies: BigInt arithmetic per byte made hashing 100k abstracts
 * take seconds, and 16-bit limbs in doubles were still the write stage's biggest hot spot.
 */
export function stableHash(text: string): string {
  // A UTF-16 unit never takes more than 3 bytes of UTF-8.
  const bytes = text.length * 3 <= scratch.length ? scratch : new Uint8Array(text.length * 3);
  const length = utf8.encodeInto(text, bytes).written;
  // The offset basis 0xcbf29ce484222325.
  let lo = 0x84222325 | 0;
  let hi = 0xcbf29ce4 | 0;
  for (let i = 0; i < length; i++) {
    lo ^= bytes[i]!;
    // h × 0x100000001b3 mod 2^64 = h × 0x1b3 + (h << 40): the high half takes hi × 0x1b3, the carry out of
    // lo × 0x1b3 (worked out in 16-bit pieces to stay exact) and lo << 8.
    const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) | 0;
    lo = Math.imul(lo, 0x1b3);
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

const ARXIV_NEW = /^(\d{4}\.\d{4,5})(v\d+)?$/;
const ARXIV_OLD = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

/** The bare arXiv id (no version, no URL) or undefined when the text is not one. */
export function normalizeArxivId(raw: string): string | undefined {
  const s = raw
    .trim()
    .replace(/^https?:\/\/(www\.)?arxiv\.org\/(abs|pdf)\//i, "")
    .replace(/^arxiv:/i, "")
    .replace(/\.pdf$/i, "");
  const m = ARXIV_NEW.exec(s) ?? ARXIV_OLD.exec(s);
  return m?.[1];
}

/**
 * A paper's node id: `arxiv:<id>` when the arXiv id is known, else `title:<hash of folded title>` (`titleKey`: the
 * folded title when the caller has it already).
 */
export function paperId(record: Pick<PaperRecord, "title" | "arxivId">, titleKey?: string): string {
  const arxiv = record.arxivId && normalizeArxivId(record.arxivId);
  return arxiv ? `arxiv:${arxiv}` : `title:${stableHash(titleKey ?? foldTitle(record.title))}`;
}

/** An entity's node id: its type and folded canonical name, so the same name gives the same id on every run. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type}:${type === "repo" || type === "hf" ? canonicalName.toLowerCase() : foldName(canonicalName)}`;
}

/**
 * The key under which two names of one type group are spellings of one entity: folded, a final plural "s" dropped
 * ("Vision Transformers" = "Vision Transformer"), datasets and benchmarks one group. Aliases are decided by this
 * key; node ids stay `entityId` of the canonical name.
 */
export function aliasKey(type: EntityType, name: string): string {
  return `${type === "benchmark" ? "dataset" : type}:${americanSpelling(shortYear(foldName(singular(name))))}`;
}

/**
 * A folded name with the year that ends it written in two digits ("wmt2022" = "wmt22", "davis2017" = "davis17"):
 * editions of data and challenges are written both ways.
 */
export const shortYear = (folded: string) =>
  // Most names end in no digit: one character test before the expression (keyOf runs this on every candidate).
  isDigitCode(folded.charCodeAt(folded.length - 1)) ? folded.replace(/(?<=\p{L})(?:19|20)(\d\d)$/u, "$1") : folded;
const isDigitCode = (code: number) => code >= 48 && code <= 57;

// The stems whose "-ll-" British spelling doubles ("modelling", "labelling"); "-isation" is "-ization", "colour" is
// "color".
const DOUBLED_L = "(model|label|travel|cancel)";
const BRITISH_LL = new RegExp(`${DOUBLED_L}ling`, "g");
const AMERICAN_L = new RegExp(`${DOUBLED_L}ing`, "g");

/** A folded name with British spellings written the American way ("objectlocalisation", "semanticrolelabelling"). */
export const americanSpelling = (folded: string) =>
  // Most names have none of them: substring tests before any regular expression (this runs on every key).
  !folded.includes("lling") && !folded.includes("isation") && !folded.includes("colour")
    ? folded
    : folded
        .replace(BRITISH_LL, "$1ing")
        .replace(/isation/g, "ization")
        .replace(/colour/g, "color");

/** A folded name spelt the British way ("objectlocalization" → "objectlocalisation"): americanSpelling undone. */
export const britishSpelling = (folded: string) =>
  folded
    .replace(AMERICAN_L, "$1ling")
    .replace(/ization/g, "isation")
    .replace(/color/g, "colour");

/**
 * The name without a plural "s": a lowercase "s" after a letter, not "ss" ("ViTs", "ResNets", "speed-ups"); a
 * capital "S" is a size ("DeiT-S") and short words stay ("GANs" aside, "Bus" is no plural).
 */
export function singular(name: string): string {
  return name.length > 3 && /[\p{L}]s$/u.test(name) && !/ss$/i.test(name) ? name.slice(0, -1) : name;
}

/** The kind of node an id names, from its prefix. */
export function kindOfId(id: string): NodeKind | undefined {
  const prefix = id.slice(0, id.indexOf(":"));
  if (prefix === "arxiv" || prefix === "title") return "paper";
  const kinds: readonly string[] = ["model", "dataset", "benchmark", "metric", "task", "repo", "hf"];
  return kinds.includes(prefix) ? (prefix as EntityType) : undefined;
}

/** Which relationship links a paper to an entity of this type in this role. */
export function relationFor(type: EntityType, role: Role): RelationType {
  if (type === "repo") return "HAS_CODE";
  if (type === "hf") return "HAS_RESOURCE";
  if (role === "proposed") return "PROPOSES";
  switch (type) {
    case "benchmark":
      return "EVALUATES_ON";
    case "metric":
      return "REPORTS";
    case "task":
      return "ADDRESSES";
    default:
      return "USES";
  }
}

/** The text extraction runs over and evidence offsets index: title, a newline, abstract. */
export function paperText(paper: Pick<PaperRecord, "title" | "abstract">): string {
  return `${paper.title}\n${paper.abstract}`;
}
