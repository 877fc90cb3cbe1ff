import { extractCorpus } from "./ingest/extract/index.js";
import { readPapers } from "./ingest/extract/jsonl.js";
import { confidentOnly } from "./domain/confidence.js";
import { writeFileSync } from "node:fs";
const gold = process.argv[2]!;
const papers = readPapers(gold);
const res = extractCorpus(papers);
writeFileSync("/tmp/pred.jsonl", papers.map((p) => JSON.stringify({ id: p.id, entities: confidentOnly(res.get(p.id) ?? []) })).join("\n"));
