// The search index as a few flat arrays, saved as one binary file and opened by reading it (no JSON to parse, no
// index to rebuild): terms sorted in one array of UTF-16 code units, each term's postings per field (document,
// frequency), and each document's id, label, names, kind, degree and field lengths. Sorted terms put every word a
// prefix starts in one contiguous run, and typed arrays cost a few bytes a posting where MiniSearch's maps of maps
// cost tens, so the index takes a fraction of the memory and a query walks arrays instead of maps.
// Words are cut and field lengths counted as MiniSearch's defaults do (SEARCH_OPTIONS in search-index.ts), so the
// ranking (search-rank.ts) gives MiniSearch's scores; test/server/search-rank.test.ts checks it against MiniSearch.

import { arrayFileBytes, arrayOffsets, writeArrayFile } from "../serve-index/array-file.js";

/** MiniSearch's default tokenizer: words are what lies between spaces and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** A query or document text cut into terms as MiniSearch cuts and lower-cases them (empty pieces dropped). */
export function searchTerms(text: string): string[] {
  return text
    .split(SPACE_OR_PUNCTUATION)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 0);
}

/** One document as it is indexed: its searched fields (in the index's field order) and what a hit shows. */
export interface PostingsInput {
  id: string;
  kind: string;
  label: string;
  names: string;
  degree: number;
  fields: string[];
}

const MAGIC = 0x49534750; // "PGSI", little-endian
const VERSION = 2;

/** The arrays, in the order they are saved; each starts on an 8-byte boundary of the file. */
const SECTIONS = {
  termUnits: Uint16Array,
  termStart: Uint32Array,
  postStart: Uint32Array,
  postDoc: Uint32Array,
  postFreq: Uint16Array,
  fieldLength: Uint16Array,
  degree: Float64Array,
  kind: Uint8Array,
  textBytes: Uint8Array,
  textStart: Uint32Array,
  idOrder: Uint32Array,
  labelKey: Uint32Array,
} as const;
type SectionName = keyof typeof SECTIONS;
type Arrays = { [K in SectionName]: InstanceType<(typeof SECTIONS)[K]> };

interface Head {
  version: number;
  fields: string[];
  kinds: string[];
  documentCount: number;
  termCount: number;
  /** Per field, MiniSearch's running average of field lengths (the same float it computes). */
  avgFieldLength: number[];
  /** What the owner keeps with the index (search-index.ts: the words left out, the highest degree). */
  extra: unknown;
  sections: { name: SectionName; offset: number; length: number }[];
}

export class SearchPostingsError extends Error {
  constructor(message: string) {
    super(`search index: ${message}`);
    this.name = "SearchPostingsError";
  }
}

/**
 * A 32-bit hash (FNV-1a over UTF-16 code units) of a lower-cased label: telling a label that equals the query
 * from one that does not without decoding it (the ranking asks for every document a broad prefix matches).
 */
export function labelKeyOf(lowerCased: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < lowerCased.length; i++) hash = Math.imul(hash ^ lowerCased.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class SearchPostings {
  readonly fields: string[];
  readonly documentCount: number;
  readonly termCount: number;
  readonly avgFieldLength: number[];
  readonly extra: unknown;
  private readonly kinds: string[];
  private readonly a: Arrays;
  /** The texts' bytes as a Buffer (a view, not a copy): its decoder is the quickest for short strings. */
  private readonly textBuffer: Buffer;

  private constructor(head: Omit<Head, "sections" | "version">, arrays: Arrays) {
    this.fields = head.fields;
    this.kinds = head.kinds;
    this.documentCount = head.documentCount;
    this.termCount = head.termCount;
    this.avgFieldLength = head.avgFieldLength;
    this.extra = head.extra;
    this.a = arrays;
    const { textBytes } = arrays;
    this.textBuffer = Buffer.from(textBytes.buffer, textBytes.byteOffset, textBytes.byteLength);
  }

  /**
   * Indexes `documents` (document numbers are their positions); `fieldNames` name their `fields`. Postings are
   * gathered in flat typed arrays as documents come, then placed by a counting sort on (term, field): a few
   * allocations for the whole corpus instead of arrays per term, which kept the garbage collector busy.
   */
  static build(documents: PostingsInput[], fieldNames: string[], extra: unknown = null): SearchPostings {
    const F = fieldNames.length;
    const N = documents.length;
    const fieldLength = new Uint16Array(N * F);
    const avgFieldLength = fieldNames.map(() => 0);
    const termIds = new Map<string, number>();
    const termList: string[] = [];
    const gathered = new PostingList();
    const kinds: string[] = [];
    const kindIndex = new Map<string, number>();
    const kind = new Uint8Array(N);
    const degree = new Float64Array(N);
    const freqs = new Map<string, number>();
    for (let d = 0; d < N; d++) {
      const doc = documents[d]!;
      let k = kindIndex.get(doc.kind);
      if (k === undefined) {
        k = kinds.push(doc.kind) - 1;
        if (k > 255) throw new SearchPostingsError(`more than 256 kinds of document (at "${doc.kind}")`);
        kindIndex.set(doc.kind, k);
      }
      kind[d] = k;
      degree[d] = doc.degree;
      for (let f = 0; f < F; f++) {
        const tokens = (doc.fields[f] ?? "").split(SPACE_OR_PUNCTUATION);
        // MiniSearch counts distinct pieces, the empty one included, and keeps a running average (its exact float).
        const length = tokens.length === 1 ? 1 : new Set(tokens).size;
        fieldLength[d * F + f] = Math.min(length, 0xffff);
        avgFieldLength[f] = (avgFieldLength[f]! * d + length) / (d + 1);
        freqs.clear();
        for (const token of tokens) {
          const term = token.toLowerCase();
          if (term) freqs.set(term, (freqs.get(term) ?? 0) + 1);
        }
        for (const [term, freq] of freqs) {
          let t = termIds.get(term);
          if (t === undefined) termIds.set(term, (t = termList.push(term) - 1));
          gathered.push(t, f, d, freq);
        }
      }
    }
    // Terms by UTF-16 code units (as Array.sort orders strings): a prefix's words are one run.
    const T = termList.length;
    const order = Uint32Array.from(termList.keys()).sort((x, y) =>
      termList[x]! < termList[y]! ? -1 : termList[x]! > termList[y]! ? 1 : 0,
    );
    const rank = new Uint32Array(T);
    let units = 0;
    for (let r = 0; r < T; r++) {
      rank[order[r]!] = r;
      units += termList[order[r]!]!.length;
    }
    const termUnits = new Uint16Array(units);
    const termStart = new Uint32Array(T + 1);
    let u = 0;
    for (let r = 0; r < T; r++) {
      const term = termList[order[r]!]!;
      termStart[r] = u;
      for (let i = 0; i < term.length; i++) termUnits[u++] = term.charCodeAt(i);
    }
    termStart[T] = u;
    // Counting sort by (term rank, field); documents stay in ascending order within each.
    const postStart = new Uint32Array(T * F + 1);
    const { term: pTerm, field: pField, doc: pDoc, freq: pFreq, count } = gathered;
    for (let i = 0; i < count; i++) {
      const next = rank[pTerm[i]!]! * F + pField[i]! + 1;
      postStart[next] = postStart[next]! + 1;
    }
    for (let i = 1; i <= T * F; i++) postStart[i] = postStart[i]! + postStart[i - 1]!;
    const cursor = postStart.slice(0, T * F);
    const postDoc = new Uint32Array(count);
    const postFreq = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const slot = rank[pTerm[i]!]! * F + pField[i]!;
      const at = cursor[slot]!;
      cursor[slot] = at + 1;
      postDoc[at] = pDoc[i]!;
      postFreq[at] = pFreq[i]!;
    }
    const texts = (d: PostingsInput) => [d.id, d.label, d.names];
    const textStart = new Uint32Array(3 * N + 1);
    let bytes = 0;
    for (let d = 0; d < N; d++) {
      const [id, label, names] = texts(documents[d]!);
      textStart[3 * d] = bytes;
      bytes += Buffer.byteLength(id!, "utf8");
      textStart[3 * d + 1] = bytes;
      bytes += Buffer.byteLength(label!, "utf8");
      textStart[3 * d + 2] = bytes;
      bytes += Buffer.byteLength(names!, "utf8");
    }
    textStart[3 * N] = bytes;
    const textBytes = Buffer.alloc(bytes);
    for (let d = 0; d < N; d++) {
      const [id, label, names] = texts(documents[d]!);
      textBytes.write(id!, textStart[3 * d]!, "utf8");
      textBytes.write(label!, textStart[3 * d + 1]!, "utf8");
      textBytes.write(names!, textStart[3 * d + 2]!, "utf8");
    }
    const ids = documents.map((d) => d.id);
    const idOrder = Uint32Array.from(ids.keys()).sort((x, y) =>
      ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : x - y,
    );
    const labelKey = Uint32Array.from(documents, (d) => labelKeyOf(d.label.toLowerCase()));
    return new SearchPostings(
      { fields: fieldNames, kinds, documentCount: N, termCount: T, avgFieldLength, extra },
      {
        ...{ termUnits, termStart, postStart, postDoc, postFreq, fieldLength },
        ...{ degree, kind, textBytes, textStart, idOrder, labelKey },
      },
    );
  }

  /**
   * The index `build` would give for `base`'s documents that `drop` does not mark (in their order) followed by
   * `added`'s (an index of the new documents alone, same fields), made from the arrays: no document's words are
   * cut again. An update of 10,000 papers into a million's index: 15 s rebuilt, a second or so merged.
   */
  static merge(base: SearchPostings, drop: Uint8Array, added: SearchPostings, extra: unknown): SearchPostings {
    const F = base.fields.length;
    if (added.fields.length !== F) throw new SearchPostingsError("merging indexes of different fields");
    const b = base.a;
    const x = added.a;
    const renumber = new Int32Array(base.documentCount);
    let M = 0;
    for (let d = 0; d < base.documentCount; d++) renumber[d] = drop[d] ? -1 : M++;
    const A = added.documentCount;
    const N = M + A;

    // Kinds: the base's numbers kept, the new documents' kinds found or added.
    const kinds = [...base.kinds];
    const kindOfAdded = added.kinds.map((k) => {
      const known = kinds.indexOf(k);
      if (known >= 0) return known;
      if (kinds.length > 255) throw new SearchPostingsError(`more than 256 kinds of document (at "${k}")`);
      return kinds.push(k) - 1;
    });

    // Documents: the kept ones' numbers, kinds, field lengths and texts copied in order, then the new ones'.
    const fieldLength = new Uint16Array(N * F);
    const degree = new Float64Array(N);
    const kind = new Uint8Array(N);
    const labelKey = new Uint32Array(N);
    const textStart = new Uint32Array(3 * N + 1);
    let bytes = x.textBytes.length;
    for (let d = 0; d < base.documentCount; d++) if (!drop[d]) bytes += b.textStart[3 * d + 3]! - b.textStart[3 * d]!;
    const textBytes = new Uint8Array(bytes);
    // A run of kept documents is copied whole: its numbers and texts move by one amount (an update drops few).
    let at = 0;
    for (let d = 0; d < base.documentCount;) {
      if (drop[d]) {
        d++;
        continue;
      }
      let end = d + 1;
      while (end < base.documentCount && !drop[end]) end++;
      const n = renumber[d]!;
      fieldLength.set(b.fieldLength.subarray(d * F, end * F), n * F);
      degree.set(b.degree.subarray(d, end), n);
      kind.set(b.kind.subarray(d, end), n);
      labelKey.set(b.labelKey.subarray(d, end), n);
      const from = b.textStart[3 * d]!;
      const to = b.textStart[3 * end]!;
      for (let j = 3 * d; j < 3 * end; j++) textStart[3 * (n - d) + j] = at + b.textStart[j]! - from;
      textBytes.set(b.textBytes.subarray(from, to), at);
      at += to - from;
      d = end;
    }
    fieldLength.set(x.fieldLength, M * F);
    degree.set(x.degree, M);
    labelKey.set(x.labelKey, M);
    for (let i = 0; i < A; i++) kind[M + i] = kindOfAdded[x.kind[i]!]!;
    for (let i = 0; i < 3 * A; i++) textStart[3 * M + i] = at + x.textStart[i]!;
    textBytes.set(x.textBytes, at);
    textStart[3 * N] = bytes;
    // MiniSearch's running average, over the lengths in the new order (the float `build` computes).
    const avgFieldLength = base.fields.map((_, f) => {
      let avg = 0;
      for (let d = 0; d < N; d++) avg = (avg * d + fieldLength[d * F + f]!) / (d + 1);
      return avg;
    });

    // Ids in order: the kept documents' order, each new document put in its place by binary search.
    const kept: number[] = [];
    for (const d of b.idOrder) if (!drop[d]) kept.push(d);
    const idOrder = new Uint32Array(N);
    let from = 0;
    let put = 0;
    for (const i of x.idOrder) {
      const id = added.id(i);
      let lo = from;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (base.id(kept[mid]!) < id) lo = mid + 1;
        else hi = mid;
      }
      for (; from < lo; from++) idOrder[put++] = renumber[kept[from]!]!;
      idOrder[put++] = M + i;
    }
    for (; from < kept.length; from++) idOrder[put++] = renumber[kept[from]!]!;

    // Terms: both sorted lists walked together; a term left with no posting (only dropped documents had it) goes.
    const units = new Uint16Array(b.termUnits.length + x.termUnits.length);
    const termStart = new Uint32Array(base.termCount + added.termCount + 1);
    const postStart = new Uint32Array((base.termCount + added.termCount) * F + 1);
    const postDoc = new Uint32Array(b.postDoc.length + x.postDoc.length);
    const postFreq = new Uint16Array(postDoc.length);
    let T = 0;
    let u = 0;
    let p = 0;
    let bt = 0;
    let xt = 0;
    while (bt < base.termCount || xt < added.termCount) {
      const order = bt === base.termCount ? 1 : xt === added.termCount ? -1 : compareUnits(b, bt, x, xt);
      const fromBase = order <= 0 ? bt++ : -1;
      const fromAdded = order >= 0 ? xt++ : -1;
      const first = p;
      for (let f = 0; f < F; f++) {
        postStart[T * F + f] = p;
        if (fromBase >= 0) {
          for (let i = b.postStart[fromBase * F + f]!, end = b.postStart[fromBase * F + f + 1]!; i < end; i++) {
            const n = renumber[b.postDoc[i]!]!;
            if (n < 0) continue;
            postDoc[p] = n;
            postFreq[p++] = b.postFreq[i]!;
          }
        }
        if (fromAdded >= 0) {
          for (let i = x.postStart[fromAdded * F + f]!, end = x.postStart[fromAdded * F + f + 1]!; i < end; i++) {
            postDoc[p] = M + x.postDoc[i]!;
            postFreq[p++] = x.postFreq[i]!;
          }
        }
      }
      if (p === first) continue; // no posting left: the slots written are the next term's
      const [source, t] = fromBase >= 0 ? [b, fromBase] : [x, fromAdded];
      termStart[T] = u;
      units.set(source.termUnits.subarray(source.termStart[t]!, source.termStart[t + 1]!), u);
      u += source.termStart[t + 1]! - source.termStart[t]!;
      T++;
    }
    termStart[T] = u;
    postStart[T * F] = p;
    return new SearchPostings(
      { fields: base.fields, kinds, documentCount: N, termCount: T, avgFieldLength, extra },
      {
        ...{
          termUnits: units.slice(0, u),
          termStart: termStart.slice(0, T + 1),
          postStart: postStart.slice(0, T * F + 1),
        },
        ...{ postDoc: postDoc.slice(0, p), postFreq: postFreq.slice(0, p), fieldLength },
        ...{ degree, kind, textBytes, textStart, idOrder, labelKey },
      },
    );
  }

  /** The index as bytes for `open`: a head (JSON) and the arrays, each 8-byte aligned (little-endian machines). */
  toBytes(): Uint8Array {
    const { prefix, arrays } = this.fileParts();
    return arrayFileBytes(prefix, arrays);
  }

  /** Writes what toBytes returns to `path`, the arrays straight from memory (no copy of the whole index first). */
  save(path: string): void {
    const { prefix, arrays } = this.fileParts();
    writeArrayFile(path, prefix, arrays);
  }

  /** The file: magic, head length and head, then every section's array (serve-index/array-file.ts). */
  private fileParts(): { prefix: Uint8Array; arrays: ArrayBufferView[] } {
    const names = Object.keys(SECTIONS) as SectionName[];
    const arrays = names.map((name) => this.a[name]);
    const offsets = arrayOffsets(arrays);
    const head: Head = {
      version: VERSION,
      fields: this.fields,
      kinds: this.kinds,
      documentCount: this.documentCount,
      termCount: this.termCount,
      avgFieldLength: this.avgFieldLength,
      extra: this.extra,
      sections: names.map((name, i) => ({ name, offset: offsets[i]!, length: arrays[i]!.length })),
    };
    const headBytes = encoder.encode(JSON.stringify(head));
    const prefix = new Uint8Array(8 + headBytes.length);
    const view = new DataView(prefix.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, headBytes.length, true);
    prefix.set(headBytes, 8);
    return { prefix, arrays };
  }

  /** An index from what `toBytes` wrote: views over `bytes`, nothing copied (unless `bytes` is misaligned). */
  static open(bytes: Uint8Array, source = "search index"): SearchPostings {
    if (bytes.byteOffset % 8) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) {
      throw new SearchPostingsError(`${source}: not a saved search index`);
    }
    const headLength = view.getUint32(4, true);
    const head = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headLength))) as Head;
    if (head.version !== VERSION) throw new SearchPostingsError(`${source}: version ${head.version}, not ${VERSION}`);
    const start = Math.ceil((8 + headLength) / 8) * 8;
    const arrays = {} as Record<SectionName, unknown>;
    for (const { name, offset, length } of head.sections) {
      const Type = SECTIONS[name];
      if (!Type) throw new SearchPostingsError(`${source}: unknown section "${name}"`);
      const at = bytes.byteOffset + start + offset;
      if (start + offset + length * Type.BYTES_PER_ELEMENT > bytes.length) {
        throw new SearchPostingsError(`${source}: section "${name}" runs past the end (truncated file?)`);
      }
      arrays[name] = new Type(bytes.buffer as ArrayBuffer, at, length);
    }
    for (const name of Object.keys(SECTIONS)) {
      if (!arrays[name as SectionName]) throw new SearchPostingsError(`${source}: section "${name}" missing`);
    }
    return new SearchPostings(head, arrays as Arrays);
  }

  /** Bytes the arrays take (what the index costs in memory). */
  get byteLength(): number {
    return Object.values(this.a).reduce((sum, array) => sum + array.byteLength, 0);
  }

  // Documents.

  id(doc: number): string {
    return this.text(doc * 3);
  }
  label(doc: number): string {
    return this.text(doc * 3 + 1);
  }
  names(doc: number): string {
    return this.text(doc * 3 + 2);
  }
  kind(doc: number): string {
    return this.kinds[this.a.kind[doc]!]!;
  }
  /** The kind's number, for filters that test many documents (see `kindNumber`). */
  kindCode(doc: number): number {
    return this.a.kind[doc]!;
  }
  /** The number `kindCode` gives documents of `kind`, or -1 when no document has it. */
  kindNumber(kind: string): number {
    return this.kinds.indexOf(kind);
  }
  degree(doc: number): number {
    return this.a.degree[doc]!;
  }
  /** labelKeyOf(label.toLowerCase()): equal for a label equal to a lower-cased query (and, rarely, others). */
  labelKey(doc: number): number {
    return this.a.labelKey[doc]!;
  }
  fieldLength(doc: number, field: number): number {
    return this.a.fieldLength[doc * this.fields.length + field]!;
  }

  private text(i: number): string {
    const { textStart } = this.a;
    return this.textBuffer.toString("utf8", textStart[i]!, textStart[i + 1]!);
  }

  /** The document with this id, or -1 (binary search over the ids in order). */
  findId(id: string): number {
    const { idOrder } = this.a;
    let lo = 0;
    let hi = idOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = this.id(idOrder[mid]!);
      if (other === id) return idOrder[mid]!;
      if (other < id) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  // Terms.

  termLength(t: number): number {
    return this.a.termStart[t + 1]! - this.a.termStart[t]!;
  }

  term(t: number): string {
    const { termStart, termUnits } = this.a;
    return String.fromCharCode(...termUnits.subarray(termStart[t]!, termStart[t + 1]!));
  }

  /** Postings of term `t` in field `f`: documents postDoc[from..to) with frequencies postFreq[from..to). */
  postingRange(t: number, f: number): [from: number, to: number] {
    const i = t * this.fields.length + f;
    return [this.a.postStart[i]!, this.a.postStart[i + 1]!];
  }
  get postDoc(): Uint32Array {
    return this.a.postDoc;
  }
  get postFreq(): Uint16Array {
    return this.a.postFreq;
  }
  /** Each document's length in each field: document d, field f at d * fields.length + f. */
  get fieldLengths(): Uint16Array {
    return this.a.fieldLength;
  }

  /** Compares term `t`, cut to `s.length` units when `prefix`, with `s` (code units, as `Array.sort` orders). */
  private compareTerm(t: number, s: string, prefix: boolean): number {
    const { termStart, termUnits } = this.a;
    const from = termStart[t]!;
    const length = termStart[t + 1]! - from;
    const n = Math.min(length, s.length);
    for (let i = 0; i < n; i++) {
      const diff = termUnits[from + i]! - s.charCodeAt(i);
      if (diff) return diff;
    }
    return prefix && length >= s.length ? 0 : length - s.length;
  }

  /** The first term not before `s` (or, with `prefix`, the first past every term `s` starts). */
  private bound(s: string, prefix: boolean, after: boolean, lo = 0): number {
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareTerm(mid, s, prefix);
      if (c < 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The term's number, or -1. */
  findTerm(term: string): number {
    const t = this.bound(term, false, false);
    return t < this.termCount && this.compareTerm(t, term, false) === 0 ? t : -1;
  }

  /** The terms `prefix` starts (itself included, if indexed): numbers from..to-1. */
  prefixRange(prefix: string): [from: number, to: number] {
    const from = this.bound(prefix, true, false);
    return [from, this.bound(prefix, true, true, from)];
  }

  /**
   * Terms within `maxDistance` edits of `query`, with their distance: MiniSearch's fuzzy search (a Levenshtein
   * matrix filled row by row as the walk goes down the terms, dropping every term under a prefix already too far
   * off), walking sorted terms instead of its radix tree: rows of a shared prefix are kept from the previous term.
   */
  fuzzy(query: string, maxDistance: number): [term: number, distance: number][] {
    const results: [number, number][] = [];
    const { termStart, termUnits } = this.a;
    const n = query.length + 1;
    const m = n + maxDistance;
    const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
    for (let j = 0; j < n; ++j) matrix[j] = j;
    for (let i = 1; i < m; ++i) matrix[i * n] = i;
    const q = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
    /** The code units the matrix's rows 1..valid were filled for. */
    const path = new Uint16Array(m);
    let valid = 0;
    let t = 0;
    while (t < this.termCount) {
      const from = termStart[t]!;
      const length = termStart[t + 1]! - from;
      let shared = 0;
      while (shared < valid && shared < length && termUnits[from + shared] === path[shared]) shared++;
      let cut = 0; // the prefix length past which the distance only grows beyond the maximum
      for (let i = shared + 1; i <= length; i++) {
        if (i >= m) {
          cut = i;
          break;
        }
        const char = termUnits[from + i - 1]!;
        path[i - 1] = char;
        const thisRow = n * i;
        const prevRow = thisRow - n;
        let minDistance = matrix[thisRow]!;
        const jmin = Math.max(0, i - maxDistance - 1);
        const jmax = Math.min(n - 1, i + maxDistance);
        for (let j = jmin; j < jmax; ++j) {
          const different = char !== q[j] ? 1 : 0;
          const rpl = matrix[prevRow + j]! + different;
          const del = matrix[prevRow + j + 1]! + 1;
          const ins = matrix[thisRow + j]! + 1;
          const dist = (matrix[thisRow + j + 1] = Math.min(rpl, del, ins));
          if (dist < minDistance) minDistance = dist;
        }
        if (minDistance > maxDistance) {
          cut = i;
          break;
        }
      }
      if (!cut) {
        valid = length;
        const distance = matrix[length * n + n - 1]!;
        if (distance <= maxDistance) results.push([t, distance]);
        t++;
        continue;
      }
      valid = cut - 1;
      // Every term that starts with this term's first `cut` units is as far off: skip past them.
      const prefix = String.fromCharCode(...termUnits.subarray(from, from + cut));
      t = this.bound(prefix, true, true, t + 1);
    }
    return results;
  }
}

/** Postings as they are gathered: (term, field, document, frequency) in growing typed arrays. */
class PostingList {
  term = new Uint32Array(1 << 16);
  field = new Uint8Array(1 << 16);
  doc = new Uint32Array(1 << 16);
  freq = new Uint16Array(1 << 16);
  count = 0;

  push(term: number, field: number, doc: number, freq: number): void {
    if (this.count === this.term.length) {
      const grow = <A extends Uint32Array | Uint16Array | Uint8Array>(a: A, make: (n: number) => A): A => {
        const bigger = make(a.length * 2);
        bigger.set(a);
        return bigger;
      };
      this.term = grow(this.term, (n) => new Uint32Array(n));
      this.field = grow(this.field, (n) => new Uint8Array(n));
      this.doc = grow(this.doc, (n) => new Uint32Array(n));
      this.freq = grow(this.freq, (n) => new Uint16Array(n));
    }
    this.term[this.count] = term;
    this.field[this.count] = field;
    this.doc[this.count] = doc;
    this.freq[this.count++] = Math.min(freq, 0xffff);
  }
}

/** Term `t` of `a` against term `u` of `b`, by UTF-16 code units (as `Array.sort` orders strings). */
function compareUnits(a: Arrays, t: number, b: Arrays, u: number): number {
  const aFrom = a.termStart[t]!;
  const aLength = a.termStart[t + 1]! - aFrom;
  const bFrom = b.termStart[u]!;
  const bLength = b.termStart[u + 1]! - bFrom;
  const n = Math.min(aLength, bLength);
  for (let i = 0; i < n; i++) {
    const diff = a.termUnits[aFrom + i]! - b.termUnits[bFrom + i]!;
    if (diff) return diff;
  }
  return aLength - bLength;
}
