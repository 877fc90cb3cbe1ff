import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Correction, Mention } from "../../domain/types.js";
import { applyCorrections } from "../../ingest/corrections.js";
import { appendCorrection, CorrectionsFileError, readCorrections } from "../../store/corrections.js";

const m = (name: string, role: Mention["role"]): Mention => ({
  type: "model",
  name,
  aliases: [],
  role,
  count: 1,
  evidence: { sentence: name, start: 0, end: name.length },
  confidence: 0.5,
});
const c = (entity: string, issue: Correction["issue"], paper?: string): Correction => ({
  entity,
  issue,
  at: "2026-12-01T00:00:00.000Z",
  ...(paper ? { paper } : {}),
});
const before = () =>
  new Map([
    ["p1", [m("Alpha", "proposed"), m("Beta", "used")]],
    ["p2", [m("Alpha", "used"), m("Beta", "proposed")]],
  ]);
const roles = (map: Map<string, Mention[]>) =>
  Object.fromEntries([...map].map(([id, ms]) => [id, ms.map((x) => `${x.name}:${x.role}`)]));

describe("applyCorrections", () => {
  it.each([
    ["no corrections", [], { p1: ["Alpha:proposed", "Beta:used"], p2: ["Alpha:used", "Beta:proposed"] }],
    ["not an entity anywhere", [c("model:alpha", "not-an-entity")], { p1: ["Beta:used"], p2: ["Beta:proposed"] }],
    [
      "not an entity in one paper",
      [c("model:alpha", "not-an-entity", "p2")],
      { p1: ["Alpha:proposed", "Beta:used"], p2: ["Beta:proposed"] },
    ],
    [
      "a role in one paper",
      [c("model:alpha", "not-proposed", "p1"), c("model:beta", "proposed", "p1")],
      { p1: ["Alpha:used", "Beta:proposed"], p2: ["Alpha:used", "Beta:proposed"] },
    ],
    [
      "the latest report wins",
      [c("model:alpha", "not-proposed", "p1"), c("model:alpha", "proposed", "p1")],
      { p1: ["Alpha:proposed", "Beta:used"], p2: ["Alpha:used", "Beta:proposed"] },
    ],
  ])("%s", (_, corrections, expected) => {
    expect(roles(applyCorrections(before(), corrections as Correction[]))).toEqual(expected);
  });
});

describe("the corrections file", () => {
  it("round-trips appended corrections and names a bad file", () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-corrections-"));
    try {
      const path = join(dir, "corrections.json");
      expect(readCorrections(path)).toEqual([]);
      appendCorrection(path, c("model:alpha", "not-an-entity"));
      appendCorrection(path, c("model:beta", "proposed", "title:p1"));
      expect(readCorrections(path).map((x) => x.entity)).toEqual(["model:alpha", "model:beta"]);
      writeFileSync(path, '[{"entity":"model:x","issue":"maybe","at":"now"}]');
      expect(() => readCorrections(path)).toThrow(CorrectionsFileError);
      writeFileSync(path, "{");
      expect(() => readCorrections(path)).toThrow(/corrections\.json: not JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
