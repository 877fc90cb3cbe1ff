// Related models around a focus: Jaccard over papers, minimum support, what ties them, and a reason.

import { describe, expect, it } from "vitest";
import type { ModelPair } from "../../../server/explore/co-usage.js";
import { relatedModels } from "../../../server/explore/related-models.js";

// Papers naming models. F is the focus; H is a hub (in every paper of the corpus, 20 of them); S appears with F
// in one paper only; A and B each share two papers with F, A being rarer.
const NAMED: Record<string, string[]> = {
  p1: ["F", "H", "A", "S"],
  p2: ["F", "H", "A"],
  p3: ["F", "H", "B"],
  p4: ["F", "H", "B"],
  p5: ["F", "H"],
};
const DEGREE: Record<string, number> = { F: 5, H: 20, A: 2, B: 9, S: 1 };
const PAIRS: ModelPair[] = Object.entries(NAMED).flatMap(([paper, models]) =>
  models.map((m) => ({
    paper,
    title: `Paper ${paper}`,
    model: `model:${m.toLowerCase()}`,
    label: m,
    papers: DEGREE[m]!,
  })),
);

describe("relatedModels", () => {
  it("ranks by Jaccard, so a hub in every paper falls below a rarer model", () => {
    const { related, belowSupport } = relatedModels(PAIRS, "model:f", { limit: 10, minSupport: 2 });
    expect(related.map((r) => [r.label, r.support, r.jaccard])).toEqual([
      ["A", 2, 0.4],
      ["H", 5, 0.25],
      ["B", 2, 0.167],
    ]);
    expect(belowSupport).toBe(1); // S: one paper only
  });

  it("names the papers that tie each model to the focus, and says why in one line", () => {
    const [a] = relatedModels(PAIRS, "model:f", { limit: 1, minSupport: 2 }).related;
    expect(a!.tiedBy).toEqual([
      { id: "p1", label: "Paper p1" },
      { id: "p2", label: "Paper p2" },
    ]);
    expect(a!.reason).toBe("named together in 2 papers: 2 of F's 5 and 2 of A's 2 (Jaccard 0.40)");
  });

  it("keeps single-paper ties only when asked, and knows no unknown focus", () => {
    expect(relatedModels(PAIRS, "model:f", { limit: 10, minSupport: 1 }).related.map((r) => r.label)).toContain("S");
    expect(relatedModels(PAIRS, "model:zz", { limit: 10, minSupport: 1 })).toEqual({
      focus: null,
      related: [],
      belowSupport: 0,
    });
  });
});
