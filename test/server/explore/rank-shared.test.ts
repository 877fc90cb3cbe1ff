// Ranking papers by shared data: rarer items weigh more, and each match says why.

import { describe, expect, it } from "vitest";
import type { SharedItem } from "../../../domain/types.js";
import { compareItems, idf, rankSharedData, shareReason } from "../../../server/explore/rank-shared.js";

const item = (id: string, label: string, papers: number): SharedItem => ({
  id,
  kind: id.startsWith("dataset:") ? "dataset" : "benchmark",
  label,
  papers,
  weight: idf(papers, 1000),
});
const IMAGENET = item("dataset:imagenet", "ImageNet", 400);
const COCO = item("dataset:coco", "COCO", 120);
const RARE = item("benchmark:rare", "RareBench", 2);
const row = (paper: string, itemId: string, date: string | null = null) => ({
  paper,
  title: paper,
  date,
  item: itemId,
});

describe("idf", () => {
  it.each([
    [1, 1000, Math.log(1001)],
    [1000, 1000, Math.log(2)],
    [0, 10, Math.log(11)],
  ])("idf(%i of %i)", (df, n, expected) => expect(idf(df, n)).toBeCloseTo(expected, 9));

  it("falls as an item gets commoner", () => expect(idf(2, 1000)).toBeGreaterThan(idf(400, 1000)));
});

describe("rankSharedData", () => {
  it("puts one rare shared item above two common ones", () => {
    const items = [RARE, COCO, IMAGENET];
    const rows = [
      row("p:common", "dataset:imagenet"),
      row("p:common", "dataset:coco"),
      row("p:rare", "benchmark:rare"),
    ];
    const ranked = rankSharedData(items, rows, 10);
    expect(ranked.map((m) => m.id)).toEqual(["p:rare", "p:common"]);
    expect(ranked[1]!.shared).toEqual(["dataset:coco", "dataset:imagenet"]);
    expect(ranked[1]!.score).toBeCloseTo(COCO.weight + IMAGENET.weight, 2);
  });

  it("breaks ties by more items, then newer date, then id; counts a repeated row once", () => {
    const rows = [
      row("p:b", "dataset:imagenet", "2023-01-01"),
      row("p:a", "dataset:imagenet", "2024-01-01"),
      row("p:a", "dataset:imagenet", "2024-01-01"),
      row("p:c", "dataset:imagenet", null),
      row("p:z", "dataset:unknown"),
    ];
    const ranked = rankSharedData([IMAGENET], rows, 2);
    expect(ranked.map((m) => m.id)).toEqual(["p:a", "p:b"]);
    expect(ranked[0]!.shared).toEqual(["dataset:imagenet"]);
  });

  it("orders tied ids as Kùzu orders strings (UTF-8 bytes), not by locale", () => {
    // Byte order: "A" (0x41) < "_" (0x5f) < "a" (0x61); a locale puts "_" first and "a" beside "A".
    const ids = ["title:a", "title:_", "title:A"];
    expect([...ids].sort((a, b) => a.localeCompare(b))).not.toEqual(["title:A", "title:_", "title:a"]);
    const ranked = rankSharedData(
      [IMAGENET],
      ids.map((id) => row(id, "dataset:imagenet", "2024-01-01")),
      3,
    );
    expect(ranked.map((m) => m.id)).toEqual(["title:A", "title:_", "title:a"]);
  });

  it("lists a match's items heaviest first, then by label, then by id", () => {
    const twin = item("benchmark:imagenet", "ImageNet", 400);
    expect([IMAGENET, twin, RARE].sort(compareItems).map((i) => i.id)).toEqual([
      "benchmark:rare",
      "benchmark:imagenet",
      "dataset:imagenet",
    ]);
    const rows = [row("p:x", "dataset:imagenet"), row("p:x", "benchmark:imagenet")];
    expect(rankSharedData([IMAGENET, twin], rows, 1)[0]!.shared).toEqual(["benchmark:imagenet", "dataset:imagenet"]);
  });
});

describe("shareReason", () => {
  it.each([
    [[IMAGENET], "shares 1 dataset: ImageNet"],
    [[COCO, IMAGENET], "shares 2 datasets: COCO, ImageNet"],
    [[RARE, COCO], "shares 1 benchmark and 1 dataset: RareBench, COCO"],
    [
      [RARE, COCO, IMAGENET, item("dataset:a", "A", 5), item("dataset:b", "B", 6)],
      "shares 1 benchmark and 4 datasets: RareBench, COCO, ImageNet, A, +1 more",
    ],
  ])("%#", (items, text) => expect(shareReason(items)).toBe(text));
});
