// CLI: `extract FILE.jsonl` reads {id, title, abstract} lines and prints one {id, entities, results} line per paper.

import { extractCorpus } from "./extract/index.js";
import { InputError, readPapers } from "./extract/jsonl.js";
import { extractResults, toGoldResult } from "./extract/results/index.js";

function main(args: string[]): number {
  if (args.length !== 1) {
    process.stderr.write("usage: extract FILE.jsonl\n");
    return 2;
  }
  try {
    const papers = readPapers(args[0]!);
    const result = extractCorpus(papers);
    const lines = papers.map((p) => {
      const entities = (result.get(p.id) ?? []).map((m) => ({
        type: m.type,
        name: m.name,
        role: m.role,
        aliases: m.aliases,
        evidence: m.evidence,
        confidence: m.confidence,
      }));
      const results = extractResults(p, result.get(p.id) ?? []).map(toGoldResult);
      return JSON.stringify({ id: p.id, entities, results });
    });
    process.stdout.write(lines.join("\n") + (lines.length ? "\n" : ""));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
