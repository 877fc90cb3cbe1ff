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

/** A title folded for matching: lowercase words of letters and digits, single spaces. */
export function foldTitle(title: string): string {
  return title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** 64-bit FNV-1a, hex: stable across runs, platforms and Node/browser, unlike Map order or random ids. */
export function stableHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
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
