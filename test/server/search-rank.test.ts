// The search ranking loop (server/search-rank.ts) against MiniSearch's own `search`: over an index of generated
// titles and names (shared words, prefixes of each other, one-letter typos, equal scores), every query's best
// documents, scores and order among ties are those MiniSearch's sorted results give, with and without a filter,
// and after documents were replaced. A MiniSearch upgrade that changes its internals fails here.

import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { seededRng } from "../../bench/synthetic/random.js";
import { rankDocuments, type RankRequest } from "../../server/search-rank.js";
import { SEARCH_OPTIONS } from "../../server/search-index.js";

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

/** The ranking as it was done before: MiniSearch's sorted results, the best `limit` kept in one pass. */
function reference(index: MiniSearch, query: string, request: RankRequest) {
  const hits = index.search(query, request.accept ? { filter: (r) => request.accept!(r) } : {});
  const best: { id: string; score: number; adjusted: number }[] = [];
  for (const h of hits) {
    const adjusted = request.adjust(h.score, h);
    if (best.length === request.limit && adjusted <= best[best.length - 1]!.adjusted) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.adjusted < adjusted) at--;
    best.splice(at, 0, { id: String(h.id), score: h.score, adjusted });
    if (best.length > request.limit) best.pop();
  }
  return best;
}

const adjust = (score: number, stored: Record<string, unknown>) => score * (1 + Math.log1p(Number(stored.degree)) / 10);

/** The most `adjust` multiplies by (degrees are 0 to 3). */
const MAX_FACTOR = 1 + Math.log1p(3) / 10;

/** A final score that ties documents MiniSearch scored apart: its order must then decide. */
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

const view = (docs: { id: string; score: number; adjusted: number }[]) =>
  docs.map(({ id, score, adjusted }) => ({ id, score, adjusted }));

describe("search ranking over MiniSearch's index", () => {
  const index = new MiniSearch<Doc>(SEARCH_OPTIONS as never);
  const docs = documents(3000, 5);
  index.addAll(docs);
  const textOf = (id: string) => `${docs.find((d) => d.id === id)!.label} ${docs.find((d) => d.id === id)!.aliases}`;

  it("gives MiniSearch's best documents, scores and tie order for every query", () => {
    let nonEmpty = 0;
    for (const q of queries(11)) {
      for (const [limit, rule, maxFactor] of [
        [1, adjust, undefined],
        [10, adjust, undefined],
        [10, adjust, MAX_FACTOR],
        [50, adjust, MAX_FACTOR],
        [10, coarse, undefined],
      ] as const) {
        const request = { limit, adjust: rule, maxFactor };
        const expected = reference(index, q, request);
        if (expected.length) nonEmpty++;
        expect(view(rankDocuments(index, q, request)), `${q} (${limit})`).toStrictEqual(expected);
      }
    }
    expect(nonEmpty).toBeGreaterThan(400); // the queries do find documents
  });

  it("applies the filter as MiniSearch's does", () => {
    const request = { limit: 20, adjust, accept: (stored: Record<string, unknown>) => stored.kind === "model" };
    for (const q of ["transformer", "seg", "recogxition", "label dense"]) {
      const ranked = rankDocuments(index, q, request);
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked.every((d) => d.stored.kind === "model")).toBe(true);
      expect(view(ranked), q).toStrictEqual(reference(index, q, request));
    }
  });

  it("still agrees after documents were replaced and added", () => {
    const changed = new MiniSearch<Doc>(SEARCH_OPTIONS as never);
    const docs = documents(800, 9);
    changed.addAll(docs);
    rankDocuments(changed, "con", { limit: 5, adjust }); // buffers sized for the first documents
    for (const d of docs.slice(0, 200)) {
      changed.remove(d);
      changed.add({ ...d, label: `${d.label} imagenet`, words: `${d.label} imagenet`, degree: d.degree + 1 });
    }
    changed.addAll(documents(300, 13).map((d) => ({ ...d, id: `n${d.id}` })));
    for (const q of queries(17)) {
      const request = { limit: 10, adjust };
      expect(view(rankDocuments(changed, q, request)), q).toStrictEqual(reference(changed, q, request));
    }
  });

  it("with fuzzy matching for unmatched words only: a typo is forgiven, a known word keeps to itself", () => {
    const request = { limit: 50, adjust, fuzzy: "unmatched" as const };
    // "adaptative" is in the index and one edit from "adaptive": matched as itself only.
    const own = rankDocuments(index, "adaptative", { ...request, limit: 3000 });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => `${String(d.stored.label)} ${String(d.stored.names)}`.includes("adaptative"))).toBe(true);
    expect(
      reference(index, "adaptative", { ...request, limit: 3000 }).some((d) => !/adaptative/.test(textOf(d.id))),
    ).toBe(true);
    // A word the index does not hold (nor begins) is matched within its edit distance, as MiniSearch matches it.
    for (const typo of ["recogxition", "segmentatiox", "transfxrmer"]) {
      const ranked = rankDocuments(index, typo, request);
      expect(ranked.length, typo).toBeGreaterThan(0);
      expect(view(ranked), typo).toStrictEqual(reference(index, typo, request));
    }
  });

  it("refuses an index whose options it does not reproduce", () => {
    const or = new MiniSearch<Doc>({ ...(SEARCH_OPTIONS as object), searchOptions: { combineWith: "OR" } } as never);
    expect(() => rankDocuments(or, "graph", { limit: 5, adjust })).toThrow(/AND/);
  });
});
