// Results extraction on the dev and dev2 gold sets, scored by the shared scorer (score-results.mjs) itself: the
// floors are the targets (F1 ≥ 0.75, model right on ≥ 0.85 of matched results), so a change that loses
// quality fails here. Skipped when the shared eval sets are absent.

import { existsSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { RESULT_GOLD_SETS, scoreResults } from "../../ingest/results-eval.js";

const FLOOR = { f1: 0.75, model: 0.85 };

describe.each(RESULT_GOLD_SETS.map((g) => [basename(g), g]))("results on %s", (_name, gold) => {
  it.skipIf(!existsSync(gold))("reach F1 and model-accuracy targets", () => {
    const line = scoreResults(gold);
    const f1 = /F1 ([\d.]+)/.exec(line);
    const model = /model right (\d+)\/(\d+)/.exec(line);
    expect(f1, line).not.toBeNull();
    expect(model, line).not.toBeNull();
    expect(Number(f1![1])).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(Number(model![1]) / Number(model![2])).toBeGreaterThanOrEqual(FLOOR.model);
  });
});
