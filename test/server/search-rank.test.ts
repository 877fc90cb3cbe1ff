// The search ranking (server/search-rank.ts over the compact index of server/search-postings.ts) against
// MiniSearch's own `search` with the same options: over an index of generated titles and names (shared words,
// prefixes of each other, one-letter typos, equal scores), every query's best documents and scores are those
// MiniSearch's sorted results give, with and without a filter, and after documents were replaced; the index's
// prefix runs and fuzzy matches are MiniSearch's; and a saved index opens to the same answers.
// Deliberate difference: MiniSearch sums a document's matches in its radix tree's order, we in sorted term order,
// so scores may differ in the last bit and documents whose scores agree to 10 digits may swap places.

import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { seededRng } from "../../bench/synthetic/random.js";
import { rankDocuments, type RankRequest } from "../../server/search-rank.js";
import { RANK_OPTIONS, SEARCH_OPTIONS, SearchIndex, type SearchDocument } from "../../server/search-index.js";
import { SearchPostings, SearchPostingsError } from "../../server/search-postings.js";

type Doc = { id: string; kind: string; label: string; words: string; aliases: string; names: string; degree: number };

// Words chosen to collide: prefixes of one another, one edit apart, long enough for fuzzy matching.
const WORDS = [
  "contrast",
  "contrastive",
  "contrasting",
  "control",
  "controlled",
  "convolution",
  "convolutional",
  "conversion",
  "transform",
  "transformer",
  "transformers",
  "transfer",
  "tracking",
  "trajectory",
  "graph",
  "graphs",
  "grapheme",
  "segment",
  "segmentation",
  "segmenter",
  "recognition",
  "recognitions",
  "recognizer",
  "adaptive",
  "adaptative",
  "label",
  "labels",
  "labeling",
  "depth",
  "dense",
  "denser",
  "estimation",
  "estimator",
  "imagenet",
  "imagine",
];

function documents(count: number, seed: number): Doc[] {
  const rng = seededRng(seed);
  const pick = () => WORDS[Math.floor(rng() * WORDS.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const label = Array.from({ length: 1 + Math.floor(rng() * 5) }, pick).join(i % 3 ? " " : "-");
    const aliases = rng() < 0.3 ? Array.from({ length: 1 + Math.floor(rng() * 2) }, pick).join(" ") : "";
    // Few distinct degrees: many documents tie on the final score.
    const degree = Math.floor(rng() * 4);
    return { id: `d${i}`, kind: i % 2 ? "paper" : "model", label, words: label, aliases, names: aliases, degree };
  });
}

/** Our index of the same documents (document numbers are their positions). */
function postingsOf(docs: Doc[]): SearchPostings {
  return SearchPostings.build(
    docs.map((d) => ({ ...d, fields: [d.words, d.aliases] })),
    SEARCH_OPTIONS.fields,
  );
}

function miniSearchOf(docs: Doc[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>(SEARCH_OPTIONS as never);
  index.addAll(docs);
  return index;
}

type Ranked = { id: string; score: number; adjusted: number };

/** MiniSearch's sorted results ranked by `adjust`, ties to the higher score, then to the document indexed first. */
function reference(index: MiniSearch, docNumber: Map<string, number>, query: string, request: RankRequest): Ranked[] {
  const hits = index.search(query, request.accept ? { filter: (r) => request.accept!(docNumber.get(r.id)!) } : {});
  return hits
    .map((h) => ({ id: String(h.id), score: h.score, adjusted: request.adjust(h.score, docNumber.get(h.id)!) }))
    .sort((a, b) => b.adjusted - a.adjusted || b.score - a.score || docNumber.get(a.id)! - docNumber.get(b.id)!);
}

const key = (d: Ranked) => `${d.adjusted.toPrecision(10)}/${d.score.toPrecision(10)}`;

/**
 * The same best documents as `all` (MiniSearch's whole ranking): the same scores place by place (to 10 digits),
 * and in each run of equal scores the same documents (any of the run's, where the limit cuts it).
 */
function expectSameRanking(ours: Ranked[], all: Ranked[], limit: number, label: string): void {
  const expected = all.slice(0, limit);
  expect(ours.map(key), label).toStrictEqual(expected.map(key));
  const runs = new Map<string, Set<string>>();
  for (const d of all) runs.set(key(d), (runs.get(key(d)) ?? new Set()).add(d.id));
  for (const d of ours) expect(runs.get(key(d))?.has(d.id), `${label}: ${d.id}`).toBe(true);
  expect(new Set(ours.map((d) => d.id)).size, label).toBe(ours.length);
}

const adjustBy = (docs: Doc[]) => (score: number, doc: number) => score * (1 + Math.log1p(docs[doc]!.degree) / 10);

/** The most `adjust` multiplies by (degrees are 0 to 3). */
const MAX_FACTOR = 1 + Math.log1p(3) / 10;

/** A final score that ties documents MiniSearch scored apart: the score, then the document, must then decide. */
const coarse = (score: number) => Math.round(score / 4);

function queries(seed: number): string[] {
  const rng = seededRng(seed);
  const pick = () => WORDS[Math.floor(rng() * WORDS.length)]!;
  const typo = (w: string) => {
    const at = 1 + Math.floor(rng() * (w.length - 1));
    return w.slice(0, at) + "x" + w.slice(at + 1);
  };
  return [
    ...WORDS,
    ...WORDS.map((w) => w.slice(0, 3)),
    ...WORDS.map((w) => w.slice(0, 5)),
    ...WORDS.map(typo),
    ...Array.from({ length: 60 }, () => `${pick()} ${pick().slice(0, 4)}`),
    ...Array.from({ length: 30 }, () => `${pick()} ${typo(pick())} ${pick().slice(0, 3)}`),
    "graph graph",
    "nothing-like-it",
    "",
  ];
}

const ids = (docs: Doc[], ranked: { doc: number; score: number; adjusted: number }[]): Ranked[] =>
  ranked.map(({ doc, score, adjusted }) => ({ id: docs[doc]!.id, score, adjusted }));

describe("search ranking over the compact index", () => {
  const docs = documents(3000, 5);
  const index = miniSearchOf(docs);
  const ours = postingsOf(docs);
  const docNumber = new Map(docs.map((d, i) => [d.id, i]));
  const adjust = adjustBy(docs);
  const textOf = (id: string) => `${docs[docNumber.get(id)!]!.label} ${docs[docNumber.get(id)!]!.aliases}`;

  it("gives MiniSearch's best documents and scores for every query", () => {
    let nonEmpty = 0;
    let sameOrder = 0;
    let compared = 0;
    for (const q of queries(11)) {
      for (const [limit, rule, maxFactor] of [
        [1, adjust, undefined],
        [10, adjust, undefined],
        [10, adjust, MAX_FACTOR],
        [50, adjust, MAX_FACTOR],
        [10, coarse, undefined],
      ] as const) {
        const request = { limit, adjust: rule, maxFactor };
        const all = reference(index, docNumber, q, request);
        if (all.length) nonEmpty++;
        const ranked = ids(docs, rankDocuments(ours, q, RANK_OPTIONS, request));
        expectSameRanking(ranked, all, limit, `${q} (${limit})`);
        compared++;
        if (
          ranked.map((d) => d.id).join() ===
          all
            .slice(0, limit)
            .map((d) => d.id)
            .join()
        )
          sameOrder++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(400); // the queries do find documents
    // Swaps within a run of equal scores are the exception, not the rule.
    expect(sameOrder / compared).toBeGreaterThan(0.9);
  });

  it("finds the words a prefix starts and the words within an edit distance as MiniSearch does", () => {
    type Internals = {
      _index: {
        atPrefix(p: string): Iterable<[string, unknown]>;
        fuzzyGet(t: string, d: number): Map<string, [unknown, number]>;
      };
    };
    const tree = (index as unknown as Internals)._index;
    const probes = [...WORDS, ...WORDS.map((w) => w.slice(0, 3)), "x", "conv", "recogxition", "transfxrmer", "zzz"];
    let found = 0;
    for (const probe of probes) {
      const [from, to] = ours.prefixRange(probe);
      const prefixed = Array.from({ length: to - from }, (_, i) => ours.term(from + i)).sort();
      expect(prefixed, probe).toStrictEqual([...tree.atPrefix(probe)].map(([t]) => t).sort());
      for (const distance of [1, 2, 3]) {
        const fuzzy = ours.fuzzy(probe, distance).map(([t, d]) => `${ours.term(t)}:${d}`);
        const expected = [...tree.fuzzyGet(probe, distance)].map(([t, [, d]]) => `${t}:${d}`);
        expect(fuzzy.sort(), `${probe} ~${distance}`).toStrictEqual(expected.sort());
        found += fuzzy.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it("applies the filter as MiniSearch's does", () => {
    const request = { limit: 20, adjust, accept: (doc: number) => docs[doc]!.kind === "model" };
    for (const q of ["transformer", "seg", "recogxition", "label dense"]) {
      const ranked = ids(docs, rankDocuments(ours, q, RANK_OPTIONS, request));
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked.every((d) => docs[docNumber.get(d.id)!]!.kind === "model")).toBe(true);
      expectSameRanking(ranked, reference(index, docNumber, q, request), 20, q);
    }
  });

  it("still agrees after documents were replaced and added (replaced ones move to the end, as in MiniSearch)", () => {
    const before = documents(800, 9);
    const changed = miniSearchOf(before);
    const replaced = before.slice(0, 200).map((d) => ({
      ...d,
      label: `${d.label} imagenet`,
      words: `${d.label} imagenet`,
      degree: d.degree + 1,
    }));
    for (const [i, d] of replaced.entries()) {
      changed.remove(before[i]!);
      changed.add(d);
    }
    const added = documents(300, 13).map((d) => ({ ...d, id: `n${d.id}` }));
    changed.addAll(added);
    const now = [...before.slice(200), ...replaced, ...added];
    const ourChanged = postingsOf(now);
    const numbers = new Map(now.map((d, i) => [d.id, i]));
    for (const q of queries(17)) {
      const request = { limit: 10, adjust: adjustBy(now) };
      const ranked = ids(now, rankDocuments(ourChanged, q, RANK_OPTIONS, request));
      expectSameRanking(ranked, reference(changed, numbers, q, request), 10, q);
    }
  });

  it("with fuzzy matching for unmatched words only: a typo is forgiven, a known word keeps to itself", () => {
    const request = { limit: 50, adjust, fuzzy: "unmatched" as const };
    // "adaptative" is in the index and one edit from "adaptive": matched as itself only.
    const own = ids(docs, rankDocuments(ours, "adaptative", RANK_OPTIONS, { ...request, limit: 3000 }));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => textOf(d.id).includes("adaptative"))).toBe(true);
    expect(reference(index, docNumber, "adaptative", request).some((d) => !/adaptative/.test(textOf(d.id)))).toBe(true);
    // A word the index does not hold (nor begins) is matched within its edit distance, as MiniSearch matches it.
    for (const typo of ["recogxition", "segmentatiox", "transfxrmer"]) {
      const ranked = ids(docs, rankDocuments(ours, typo, RANK_OPTIONS, request));
      expect(ranked.length, typo).toBeGreaterThan(0);
      expectSameRanking(ranked, reference(index, docNumber, typo, request), 50, typo);
    }
  });

  it("opens what it saved, at any offset, to the same answers; refuses what it did not write", () => {
    const bytes = ours.toBytes();
    const shifted = new Uint8Array(bytes.length + 5);
    shifted.set(bytes, 5);
    const opened = SearchPostings.open(shifted.subarray(5));
    expect(opened.documentCount).toBe(docs.length);
    for (const q of ["con", "transformer seg", "recogxition", "label"]) {
      const request = { limit: 10, adjust };
      expect(rankDocuments(opened, q, RANK_OPTIONS, request), q).toStrictEqual(
        rankDocuments(ours, q, RANK_OPTIONS, request),
      );
    }
    expect(opened.findId("d17")).toBe(17);
    expect(opened.findId("d17x")).toBe(-1);
    expect(opened.label(17)).toBe(docs[17]!.label);
    expect(() => SearchPostings.open(new TextEncoder().encode('{"index": []}'))).toThrow(SearchPostingsError);
    expect(() => SearchPostings.open(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
  });
});

describe("a search index updated in place", () => {
  const kinds = ["paper", "model", "dataset"] as const;
  const base = documents(1200, 21).map((d, i) => ({ ...d, kind: kinds[i % 3]!, aliases: d.names }));
  // Words no other document has: renamed below, they must leave the index.
  base[300] = { ...base[300]!, label: "Quuxbaz Frobnicator", aliases: "QFB", names: "QFB" };
  const changes = [
    ...base.slice(100, 160).map((d) => ({ ...d, label: `${d.label} imagenet`, degree: d.degree + 7 })),
    ...documents(80, 23).map((d) => ({ ...d, id: `new${d.id}`, kind: "model" as const, aliases: d.names })),
    // Renamed outright: words only they had leave the index; a kind the index had not seen; an id first in order.
    ...base.slice(300, 303).map((d, i) => ({ ...d, label: `Zyxwv${i} Qrst`, aliases: "", names: "" })),
    { id: "a0", kind: "task" as const, label: "Panoptic Segmentation", aliases: "PS", degree: 3, words: "", names: "" },
  ];
  const strip = ({ id, kind, label, aliases, degree }: SearchDocument): SearchDocument => ({
    id,
    kind,
    label,
    aliases,
    degree,
  });

  it("answers as an index built from the documents it then holds", () => {
    const changed = new Set(changes.map((d) => d.id));
    const now = [...base.filter((d) => !changed.has(d.id)), ...changes].map(strip);
    const built = new SearchIndex();
    built.add(now);
    const upserted = new SearchIndex();
    upserted.add(base.map(strip));
    upserted.upsert(changes.map(strip));
    expect(upserted.documents()).toStrictEqual(built.documents());
    // Merged from the arrays, the index is the one a rebuild gives, byte for byte.
    expect(Buffer.from(upserted.toBytes()).equals(Buffer.from(built.toBytes()))).toBe(true);
    let hits = 0;
    for (const q of queries(29)) {
      for (const kinds of [undefined, ["model" as const]]) {
        const expected = built.search(q, { limit: 10, kinds });
        hits += expected.length;
        expect(upserted.search(q, { limit: 10, kinds }), q).toStrictEqual(expected);
      }
    }
    expect(hits).toBeGreaterThan(300);
    expect(upserted.byId("newd3")?.kind).toBe("model");
    expect(upserted.search("imagenet", { limit: 100 }).length).toBeGreaterThanOrEqual(60);
  });
});

describe("a node another of whose names is the query", () => {
  it("comes first, as a node named exactly, before labels that merely contain the query", () => {
    const rows = [
      ...["QMR-DT", "DT-Net", "Prompt-DT", "DT-MRI"].map((label, i) => ({
        id: `model:w${i}`,
        label,
        aliases: "",
        degree: 2,
      })),
      // Many other nodes hold the word among their aliases, as in a real corpus.
      ...Array.from({ length: 150 }, (_, i) => ({
        id: `model:f${i}`,
        label: `Filler Widget ${i}`,
        aliases: i < 40 ? `Widget DT ${i}; filler variant ${i}` : `filler ${i}`,
        degree: 2,
      })),
      {
        id: "model:decisionwidget",
        label: "Decision Widget",
        aliases: "DT; Decision Widgets; decision widget; DTs; DT+; decision-widget; Decision-Widget ranker",
        degree: 2,
      },
    ];
    const labels = SearchIndex.fromRows(rows)
      .search("DT", { limit: 5 })
      .map((h) => h.label);
    expect(labels[0]).toBe("Decision Widget");
    expect(labels).toContain("QMR-DT");
  });
});
