// Papers sharing data, answered from the in-memory index, against rankSharedData (the ranking the Cypher reader
// applies to every row) on a corpus big enough to have hubs: items named by more than 1/128 of the papers, which
// the index answers from bitsets instead of walking. Popularity is skewed (a few items on most papers, most on
// few), dates repeat so ties break on id, and some papers name only hubs, so the answer comes from sets of hubs.

import { describe, expect, it } from "vitest";
import { seededRng } from "../../../domain/random.js";
import type { SharedItem } from "../../../domain/types.js";
import { sharedItemsFrom } from "../../../server/explore/index.js";
import { rankSharedData, type SharedRow } from "../../../server/explore/rank-shared.js";
import { NeighbourhoodIndexBuilder } from "../../../server/neighbourhood/build.js";
import { sharedDataOf } from "../../../server/neighbourhood/memory-shared-data.js";

const PAPERS = 3000;
const ITEMS = 60;
const DATES = ["2024-05-01", "2024-05-01", "2023-12-31", "2022-01-15", null];

function corpus(seed: number) {
  const rng = seededRng(seed);
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `${i % 4 === 3 ? "benchmark" : "dataset"}:item-${i}`,
    label: `Item ${i % 50}`, // repeated labels: items of equal weight order by id
  }));
  const papers = Array.from({ length: PAPERS }, (_, p) => {
    const named = new Set<number>();
    const count = Math.floor(rng() * 7);
    // Item i is drawn with weight 1/(i+1): items 0-5 or so end up on hundreds of papers.
    for (let k = 0; k < count; k++)
      named.add(Math.min(ITEMS - 1, Math.floor(Math.exp(rng() * Math.log(ITEMS + 1))) - 1));
    return {
      id: p % 3 ? `arxiv:2401.${String(p).padStart(5, "0")}` : `title:${p.toString(16).padStart(16, "0")}`,
      label: `Paper ${p}`,
      date: DATES[Math.floor(rng() * DATES.length)]!,
      items: [...named],
    };
  });
  const namedBy = items.map((_, i) => papers.filter((p) => p.items.includes(i)).length);
  // Ties across sets of hubs: the three biggest hubs weigh the same, and a rare item weighs exactly two of them, so
  // a paper reached through it ties on score with one on two hubs and the number of items shared decides.
  const [light, heavy] = equalSums();
  for (const i of [0, 1, 2]) namedBy[i] = light;
  namedBy[ITEMS - 1] = heavy;
  const builder = new NeighbourhoodIndexBuilder();
  builder.addPapers(papers.map((p) => ({ id: p.id, label: p.label, date: p.date, degree: p.items.length })));
  for (const kind of ["dataset", "benchmark"] as const)
    builder.addEntities(
      kind,
      items.flatMap((item, i) =>
        item.id.startsWith(kind) ? [{ id: item.id, label: item.label, aliases: null, degree: namedBy[i]! }] : [],
      ),
    );
  builder.addLinks(
    "USES",
    papers.flatMap((p) =>
      p.items.map((i) => ({ source: p.id, target: items[i]!.id, mentions: 1, evidence: "", charStart: 0, charEnd: 0 })),
    ),
  );
  return { index: builder.finish(), items, papers, namedBy };
}

const weight = (papersNamingIt: number) =>
  sharedItemsFrom(PAPERS, [{ id: "dataset:x", label: "x", papers: papersNamingIt }])[0]!.weight;

/** Two paper counts whose items weigh w and exactly 2w (rounded as scores are). */
function equalSums(): [number, number] {
  for (let light = PAPERS; light > PAPERS / 4; light--)
    for (let heavy = 1; heavy < light; heavy++)
      if (weight(heavy) === Math.round(2 * weight(light) * 1000) / 1000) return [light, heavy];
  throw new Error("no paper counts weigh w and 2w");
}

describe("papers sharing data from the index, with hubs", () => {
  const { index, items, papers, namedBy } = corpus(7);
  const hubs = new Set(namedBy.flatMap((n, i) => (n > PAPERS / 128 ? [i] : [])));
  const papersOf = items.map((_, i) => papers.filter((p) => p.items.includes(i)));

  /** rankSharedData over every row the Cypher read would return for `focus`. */
  function expected(focus: (typeof papers)[number], limit: number) {
    const shared: SharedItem[] = sharedItemsFrom(
      PAPERS,
      focus.items.map((i) => ({ id: items[i]!.id, label: items[i]!.label, papers: namedBy[i]! })),
    );
    const rows: SharedRow[] = focus.items.flatMap((i) =>
      papersOf[i]!.filter((p) => p !== focus).map((p) => ({
        paper: p.id,
        title: p.label,
        date: p.date,
        item: items[i]!.id,
      })),
    );
    return { items: shared, matches: rankSharedData(shared, rows, limit) };
  }

  it("has hubs, and papers that name only hubs", () => {
    expect(hubs.size).toBeGreaterThanOrEqual(3);
    expect(papers.filter((p) => p.items.length > 1 && p.items.every((i) => hubs.has(i))).length).toBeGreaterThan(50);
  });

  it.each([1, 3, 20, 200])(
    "ranks as rankSharedData does for every 6th paper and those naming the 2w item, limit %i",
    (limit) => {
      let hubsOnly = 0;
      let countDecides = 0;
      const twoW = ITEMS - 1;
      for (const focus of papers.filter((p, n) => n % 6 === limit % 6 || p.items.includes(twoW))) {
        const answer = sharedDataOf(index, index.text.find(focus.id)!, limit);
        const want = expected(focus, limit);
        expect(answer.items, focus.id).toStrictEqual(want.items);
        expect(answer.matches, focus.id).toStrictEqual(want.matches);
        if (focus.items.length > 1 && focus.items.every((i) => hubs.has(i)) && want.matches.length) hubsOnly++;
        const scores = want.matches.map((m) => `${m.score}/${m.shared.length}`);
        if (want.matches.some((m, k) => k && m.score === want.matches[k - 1]!.score && scores[k] !== scores[k - 1]))
          countDecides++;
      }
      expect(hubsOnly).toBeGreaterThan(10);
      if (limit > 3) expect(countDecides).toBeGreaterThan(0); // equal scores, ordered by items shared
    },
  );
});
