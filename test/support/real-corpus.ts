// A slice of the real corpus (ML Anthology, ../shared/corpus/, read in place and never copied into the project)
// for suites that check the explorer on real data: every n-th record of the gzipped JSONL file, streamed, so the
// slice spans the file's venues and its 1985–2026 years, written to a temp file the real ingest CLI reads.

import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ROOT } from "./ingest-cli.js";

export const REAL_CORPUS = join(ROOT, "..", "shared", "corpus", "mlanthology.jsonl.gz");
export const hasRealCorpus = () => existsSync(REAL_CORPUS);

/** A record of the corpus, as its README describes it. */
export interface CorpusRecord {
  id: string;
  title: string;
  abstract: string;
  date: string;
  authors: string[];
  venue: string;
  url: string;
  links: string[];
  githubRepo: string | null;
}

/** Writes every `every`-th record of `source` to `out` and returns them, in file order. */
export async function writeCorpusSlice(out: string, every: number, source = REAL_CORPUS): Promise<CorpusRecord[]> {
  const writer = createWriteStream(out);
  const kept: CorpusRecord[] = [];
  let index = 0;
  for await (const line of createInterface({ input: createReadStream(source).pipe(createGunzip()) })) {
    if (index++ % every !== 0) continue;
    kept.push(JSON.parse(line) as CorpusRecord);
    if (!writer.write(line + "\n")) await once(writer, "drain");
  }
  writer.end();
  await once(writer, "finish");
  return kept;
}
