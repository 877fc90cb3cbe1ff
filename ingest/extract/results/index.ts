// Results extraction: the public face. From a paper's text and the entities extraction found in it, every
// quantitative result the paper states (value, unit, kind, metric, dataset or benchmark, model), with the sentence
// and the character span of the number. Pure.

import { paperText } from "../../../domain/identity.js";
import type { Mention, ReportedResult } from "../../../domain/types.js";
import { splitSentences, type Sentence } from "../text.js";
import type { PaperInput } from "../types.js";
import { outdone, statementsOf, type Statement } from "./attach.js";
import { findNumbers } from "./numbers.js";
import { findOccurrences, mentionFinder, modelsOf, retypeBySlot, type Occurrence } from "./occurrences.js";

export { metricDirection } from "../../../domain/metric-direction.js";

/** A result in the evaluation contract's shape (`results` of a gold line). */
export interface GoldResult {
  model: string | null;
  dataset: string;
  metric: string | null;
  value: number;
  unit: string;
  kind: ReportedResult["kind"];
}

export const toGoldResult = (r: ReportedResult): GoldResult => ({
  model: r.model,
  dataset: r.dataset,
  metric: r.metric,
  value: r.value,
  unit: r.unit,
  kind: r.kind,
});

/** The paper's own model when a sentence names none: the proposed model named most often. */
function mainProposedModel(mentions: readonly Mention[]): string | null {
  const own = mentions.filter((m) => m.type === "model" && m.role === "proposed");
  own.sort((a, b) => b.count - a.count || a.evidence.start - b.evidence.start);
  return own[0]?.name ?? null;
}

/** "accuracy" after "top-1 accuracy" was named: the specific metric the paper has been speaking of. */
function specificMetric(name: string, at: number, mentions: readonly Mention[]): string {
  const head = name.toLowerCase();
  if (/\s/.test(head)) return name;
  const specific = mentions.filter(
    (m) =>
      m.type === "metric" &&
      m.evidence.start < at &&
      m.name.length > head.length &&
      new RegExp(`[\\s-]${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i").test(m.name),
  );
  return specific.length === 1 ? specific[0]!.name : name;
}

/** Picks the i-th of a list zipped with `n` values, or all of it when one value is stated for several names. */
function pick<T>(list: T[], i: number, n: number): T[] {
  if (!list.length) return [];
  if (n > 1) return [list.length === n ? list[i]! : list[0]!];
  return list;
}

function modelsFor(
  st: Statement,
  i: number,
  ctx: PaperContext,
  sentenceOccs: Occurrence[],
  outdoneHere: ReadonlySet<string>,
): Array<string | null> {
  // "(14.1 vs 16.9)": the second value is the model compared with, named or not.
  if (st.versus && i === 1) return [st.comparedModels.at(-1)?.name ?? null];
  // Subjects listed one for each number ("A, B and C achieve 1, 2 and 3").
  if (st.models.length > 1 && st.models.length === st.numbers.length) return modelsOf(st.models[i]!, ctx.mentions);
  const subject = st.models[0];
  if (subject) {
    const names = modelsOf(subject, ctx.mentions);
    return pick(names, i, st.numbers.length).slice(0, 1);
  }
  if (st.unnamedBaseline) return [null];
  if (ctx.mainModel) return [ctx.mainModel];
  // Not one the result is compared with ("we reach 53.8 AP, +1.7 over the strongest X model").
  const inSentence = [
    ...new Set(sentenceOccs.filter((o) => o.role === "model" && !outdoneHere.has(o.name)).map((o) => o.name)),
  ];
  if (st.comparedModels.length) return [null];
  if (inSentence.length === 1) return [inSentence[0]!];
  const measuredOn = new Set(sentenceOccs.filter((o) => o.role !== "model").map((o) => o.name));
  const inPaper = ctx.mentions.filter(
    (m) => m.type === "model" && !measuredOn.has(m.name) && !ctx.outdone.has(m.name) && m.confidence > SHAPE_ONLY,
  );
  return [inPaper.length === 1 ? inPaper[0]!.name : null];
}

// A name known by its shape alone (confidence.ts) is too weak to be the paper's one model by elimination.
const SHAPE_ONLY = 0.6;

interface PaperContext {
  mentions: readonly Mention[];
  mainModel: string | null;
  /** Models a results sentence names as what it is compared with. */
  outdone: Set<string>;
}

// "Infinity: Scaling …": a short name before the title's colon is the paper's own system.
const TITLE_NAME = /^([\p{Lu}][\p{L}\p{N}.+-]{1,19}(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}.+-]{0,9})?)\s*:/u;

/** The paper's own model when a sentence names none: the proposed model named most often, else the title's name. */
function paperModel(paper: PaperInput, mentions: readonly Mention[]): string | null {
  const proposed = mainProposedModel(mentions);
  if (proposed) return proposed;
  const name = TITLE_NAME.exec(paper.title)?.[1];
  const data = new Set(mentions.filter((m) => m.type !== "model").map((m) => m.name));
  if (name && !data.has(name)) return name;
  // "Removing X's normalisation by fine-tuning": the one model the title names is the one the paper reports on.
  const titled = mentions.filter((m) => m.type === "model" && findOccurrences(paper.title, [m]).length > 0);
  return titled.length === 1 ? titled[0]!.name : null;
}

/** Every result `paper` states, given the entities extraction found in it (`Mention.evidence` in paperText). */
export function extractResults(paper: PaperInput, mentions: readonly Mention[]): ReportedResult[] {
  const text = paperText(paper);
  const ctx: PaperContext = { mentions, mainModel: paperModel(paper, mentions), outdone: new Set() };
  const out: ReportedResult[] = [];
  const seen = new Set<string>();
  // Per results sentence: its names, its statements and the models it names as what it is compared with.
  const found: Array<{ sentence: Sentence; occs: Occurrence[]; statements: Statement[]; outdone: Set<string> }> = [];
  const sentences = splitSentences(text);
  const numbersOf = sentences.map((s) => findNumbers(s.text));
  // Names are looked for only where numbers are, and in the sentence before (it may name the dataset).
  const named = mentionFinder(mentions);
  // Each sentence's names are found once: a results sentence also looks at the one before it.
  const occsCache = new Map<number, Occurrence[]>();
  const occsOf = (i: number) => {
    let occs = occsCache.get(i);
    if (!occs) {
      const text = sentences[i]!.text;
      occsCache.set(i, (occs = retypeBySlot(text, findOccurrences(text, named(text)), numbersOf[i]!)));
    }
    return occs;
  };
  sentences.forEach((sentence, i) => {
    const numbers = numbersOf[i]!;
    if (!numbers.length) return;
    const occs = occsOf(i);
    const previousData = i > 0 ? occsOf(i - 1).filter((o) => o.role === "data") : [];
    const dataNames = new Set(previousData.map((o) => o.name));
    const statements = statementsOf(sentence.text, numbers, occs, dataNames.size === 1 ? [previousData[0]!] : []);
    if (!statements.length) return;
    const outdoneHere = new Set(occs.filter((o) => o.role === "model" && outdone(sentence.text, o)).map((o) => o.name));
    found.push({ sentence, occs, statements, outdone: outdoneHere });
    for (const name of outdoneHere) ctx.outdone.add(name);
  });
  // A paper that marks no model as its own still reports for one: the one model its results sentences name as
  // reaching them ("SWORD outperforms …" makes "our method" SWORD).
  if (!ctx.mainModel) {
    // Not a range's baseline ("the FID of Omega from 8.12 to 5.31": Omega's is the first value only).
    const statements = found.flatMap((f) => f.statements).filter((st) => !st.rangeStart);
    const subjects = new Set(statements.flatMap((st) => st.models.map((o) => o.name)));
    if (subjects.size === 1) ctx.mainModel = [...subjects][0]!;
  }
  for (const { sentence, occs, statements, outdone: outdoneHere } of found) {
    for (const st of statements) {
      const n = st.numbers.length;
      st.numbers.forEach((num, i) => {
        for (const data of pick(st.datasets, i, n)) {
          const metrics = pick(st.metrics, i, n);
          for (const metric of metrics.length ? metrics : [null]) {
            for (const model of modelsFor(st, i, ctx, occs, outdoneHere)) {
              const metricName = metric && specificMetric(metric.name, sentence.start + metric.start, mentions);
              const key = [st.kind, num.value, data.name, metricName, model].join("\u0000");
              if (seen.has(key)) continue;
              seen.add(key);
              const confidence =
                0.9 - (st.datasetFromContext ? 0.2 : 0) - (metric ? 0 : 0.1) - (st.models.length ? 0 : 0.1);
              out.push({
                model,
                dataset: data.name,
                datasetType: data.dataType ?? "dataset",
                metric: metricName,
                value: num.value,
                unit: num.unit,
                kind: st.kind,
                evidence: { sentence: sentence.text, start: sentence.start + num.start, end: sentence.start + num.end },
                confidence: Math.round(confidence * 100) / 100,
              });
            }
          }
        }
      });
    }
  }
  return out;
}
