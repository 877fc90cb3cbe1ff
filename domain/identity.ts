// Identity: the one place that decides what makes two papers or two entities the same node.
// Pure and dependency-free so that ingest, the server and the browser compute identical ids.

import type { EntityType, NodeKind, PaperRecord, RelationType, Role } from "./types.js";

/** Lowercase, accents dropped, every character that is not a letter or digit removed ("GPT-2" → "gpt2"). */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

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

/**
 * 64-bit FNV-1a, hex: stable across runs, platforms and Node/browser, unlike Map order or random ids.
 * Computed in four 16-bit limbs: BigInt arithmetic per byte made hashing 100k abstracts take seconds.
 */
export function stableHash(text: string): string {
  // The offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of utf8.encode(text)) {
    h0 ^= byte;
    // h × 0x100000001b3 mod 2^64 = h × 0x1b3 + (h << 40); of h << 40 only h0 and h1 stay below 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, "0")).join("");
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

/** A paper's node id: `arxiv:<id>` when the arXiv id is known, else `title:<hash of folded title>`. */
export function paperId(record: Pick<PaperRecord, "title" | "arxivId">): string {
  const arxiv = record.arxivId && normalizeArxivId(record.arxivId);
  return arxiv ? `arxiv:${arxiv}` : `title:${stableHash(foldTitle(record.title))}`;
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
  return `${type === "benchmark" ? "dataset" : type}:${foldName(singular(name))}`;
}

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
