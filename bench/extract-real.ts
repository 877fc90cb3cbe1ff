// Extraction on real records, one thread: every n-th record of a gzipped JSONL corpus (the ML Anthology by default),
// timed stage by stage (the corpus's lowercase words, pass 1, the corpus pass), and optionally written out as one
// line per paper so two versions of the extractor can be compared byte for byte. Figures are printed, never asserted.
//
//   npx tsx bench/extract-real.ts --every 20 [--rounds 3] [--snapshot /tmp/a.jsonl] [--profile /tmp/p.cpuprofile]
//   npx tsx bench/extract-real.ts --every 15 --threads 2      (the whole extraction as ingest runs it, wall clock)
//   npx tsx bench/extract-real.ts --every 1000 --worker-start (what starting one worker costs)

import { createReadStream, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { Session } from "node:inspector/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { resolveCorpus } from "../ingest/extract/corpus.js";
import { corpusContext, type CorpusPaper } from "../ingest/extract/index.js";
import { extractPaperMentions } from "../ingest/extract/paper.js";
import type { PaperMention } from "../ingest/extract/types.js";
import { ExtractPool, extractCorpusPooled } from "../ingest/extract-pool.js";

const REAL_CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus", "mlanthology.jsonl.gz");

/** Every `every`-th record of a gzipped JSONL corpus (at most `limit`), as the extractor's input. */
export async function realPapers(every: number, limit = Infinity, source = REAL_CORPUS): Promise<CorpusPaper[]> {
  const papers: CorpusPaper[] = [];
  let index = 0;
  const lines = createInterface({ input: createReadStream(source).pipe(createGunzip()) });
  for await (const line of lines) {
    if (index++ % every !== 0) continue;
    const r = JSON.parse(line) as { id: string; title: string; abstract: string | null };
    papers.push({ id: r.id, title: r.title ?? "", abstract: r.abstract ?? "" });
    if (papers.length >= limit) {
      lines.close();
      break;
    }
  }
  return papers;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      every: { type: "string", default: "20" },
      limit: { type: "string" },
      corpus: { type: "string" },
      rounds: { type: "string", default: "1" },
      snapshot: { type: "string" },
      profile: { type: "string" },
      threads: { type: "string" },
      "worker-start": { type: "boolean" },
    },
  });
  const papers = await realPapers(Number(values.every), values.limit ? Number(values.limit) : Infinity, values.corpus);
  console.log(`${papers.length} real papers (every ${values.every}th record)`);
  if (values["worker-start"]) {
    // What a worker costs before it helps: from its start to its reply on one paper (the extractor, compromise and
    // the lexicons loaded, under tsx when run with it). Process CPU counts both threads.
    for (let round = 0; round < Number(values.rounds); round++) {
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const pool = new ExtractPool(1);
      await pool.run([papers.slice(0, 1)], corpusContext(papers.slice(0, 1)), () => undefined);
      pool.close();
      console.log(
        `worker start to first reply: ${((performance.now() - wall) / 1000).toFixed(2)} s wall, ` +
          `${cpuSeconds(cpu).toFixed(2)} s process CPU`,
      );
    }
    return;
  }
  if (values.threads) {
    // The whole extraction as ingest runs it (workers from the first paper when threads > 1), wall clock.
    for (let round = 0; round < Number(values.rounds); round++) {
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const elu = performance.eventLoopUtilization();
      await extractCorpusPooled(papers, { threads: Number(values.threads), minPapers: 1 });
      const seconds = (performance.now() - wall) / 1000;
      console.log(
        `extractCorpusPooled, ${values.threads} thread(s): ${seconds.toFixed(2)} s wall = ` +
          `${Math.round(papers.length / seconds)} papers/s; process CPU ${cpuSeconds(cpu).toFixed(2)} s; main thread ` +
          `busy ${(performance.eventLoopUtilization(elu).utilization * 100).toFixed(0)}%`,
      );
    }
    return;
  }
  let perPaper = new Map<string, PaperMention[]>();
  const rounds = Number(values.rounds);
  const session = new Session();
  for (let round = 0; round < rounds; round++) {
    // The last round is profiled (after the others warmed the JIT, the lexicons and the memos).
    if (values.profile && round === rounds - 1) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    let cpu = process.cpuUsage();
    let wall = performance.now();
    const context = corpusContext(papers);
    const words = [cpuSeconds(cpu), (performance.now() - wall) / 1000];
    cpu = process.cpuUsage();
    wall = performance.now();
    perPaper = new Map();
    for (const p of papers) perPaper.set(p.id, extractPaperMentions(p, context));
    const pass1 = [cpuSeconds(cpu), (performance.now() - wall) / 1000];
    console.log(
      `round ${round + 1}: lowercase words ${words[0]!.toFixed(2)} s CPU; pass 1 ${pass1[0]!.toFixed(2)} s CPU ` +
        `(${pass1[1]!.toFixed(2)} s wall) = ${Math.round(papers.length / pass1[0]!)} papers per CPU-second`,
    );
  }
  if (values.profile) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(values.profile, JSON.stringify(profile));
    session.disconnect();
    console.log(`profile of the last round: ${values.profile}`);
  }
  const cpu = process.cpuUsage();
  const resolved = resolveCorpus(perPaper);
  console.log(`corpus pass ${cpuSeconds(cpu).toFixed(2)} s CPU`);
  if (values.snapshot) {
    writeFileSync(values.snapshot, [...resolved].map((entry) => JSON.stringify(entry)).join("\n") + "\n");
    console.log(`wrote ${values.snapshot}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
