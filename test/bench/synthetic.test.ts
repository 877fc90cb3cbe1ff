// The synthetic corpus generator: one seed, one corpus; the shape the JSONL reader takes; citation-like skew.

import { describe, expect, it } from "vitest";
import { generateCorpus, syntheticPapers } from "../../bench/synthetic/generate.js";
import { parseJsonl } from "../../ingest/sources/jsonl.js";

describe("synthetic corpus", () => {
  it("is the same for the same seed and differs for another", () => {
    const a = syntheticPapers({ papers: 300, seed: 7 });
    expect(syntheticPapers({ papers: 300, seed: 7 })).toEqual(a);
    expect(syntheticPapers({ papers: 300, seed: 8 })).not.toEqual(a);
  });

  it("writes records the JSONL reader accepts, with distinct arXiv-like ids and ascending dates", () => {
    const papers = syntheticPapers({ papers: 500, seed: 1 });
    const { records, problems } = parseJsonl(papers.map((p) => JSON.stringify(p)).join("\n"), "synthetic.jsonl");
    expect(problems).toEqual([]);
    expect(records).toHaveLength(500);
    expect(new Set(records.map((r) => r.arxivId)).size).toBe(500);
    expect(papers.map((p) => p.date)).toEqual(papers.map((p) => p.date).sort());
    expect(papers.some((p) => p.githubRepo)).toBe(true);
    expect(new Set(papers.map((p) => p.date.slice(0, 4))).size).toBeGreaterThan(3);
  });

  it("skews dataset use: a few datasets in many papers, most in one or two", () => {
    const uses = new Map<string, number>();
    for (const { plan } of generateCorpus({ papers: 5000, seed: 3 })) {
      for (const d of [...plan.datasets, ...(plan.newDataset ? [plan.newDataset] : [])]) {
        uses.set(d, (uses.get(d) ?? 0) + 1);
      }
    }
    const counts = [...uses.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(500);
    expect(counts.filter((c) => c <= 2).length).toBeGreaterThan(counts.length / 2);
  });
});
