// Streams a synthetic corpus to a JSON Lines file, a line at a time, so 100k papers never sit in one string.

import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { generateCorpus, type SyntheticOptions } from "./generate.js";

export async function writeSyntheticCorpus(path: string, options: SyntheticOptions): Promise<void> {
  const out = createWriteStream(path, "utf8");
  for (const { paper } of generateCorpus(options)) {
    if (!out.write(JSON.stringify(paper) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
