// Where in one sentence the paper's models, datasets, benchmarks and metrics are named: every occurrence of every
// name and alias of the entity extraction's mentions, plus the cost metrics results are stated in. Pure.

import { metricDirection } from "../../../domain/metric-direction.js";
import type { Mention } from "../../../domain/types.js";

/** A number's place in the text (see numbers.ts). */
export interface NumberSpan {
  start: number;
  end: number;
}

export type Role = "model" | "data" | "metric";

export interface Occurrence {
  role: Role;
  /** The canonical name of the entity (or the cost metric as written). */
  name: string;
  /** Dataset or benchmark, for data occurrences. */
  dataType?: "dataset" | "benchmark";
  proposed: boolean;
  start: number;
  end: number;
  /** Model names a slash list stands for ("X-T/S/B" → X-T, X-S, X-B). */
  expands?: string[];
  /** A model the entity extraction is sure of (a known name, or one the text calls a model): after "on" a backbone. */
  firm?: boolean;
}

/** The confidence from which a model mention is sure (lexicon names and explicit cues; shapes alone are below). */
const FIRM_MODEL = 0.9;

// What results are often stated in (efficiency above all), whether or not the entity extraction calls them
// metrics. General knowledge of the field, longest first so that "running speed" wins over "speed".
const COST_METRICS = [
  "cross-entropy loss",
  "validation loss",
  "success rate",
  "win rate",
  "communication overhead",
  "communication cost",
  "computational cost",
  "computation cost",
  "computational complexity",
  "inference speed",
  "inference time",
  "inference latency",
  "running speed",
  "training time",
  "training cost",
  "memory footprint",
  "memory usage",
  "memory consumption",
  "energy consumption",
  "model size",
  "parameter count",
  "number of parameters",
  "computations",
  "computation",
  "parameters",
  "throughput",
  "latency",
  "memory",
  "FLOPs",
  "GFLOPs",
  "MACs",
  "speed",
  "accuracy",
];

const ROLE_OF: Partial<Record<Mention["type"], Role>> = {
  model: "model",
  dataset: "data",
  benchmark: "data",
  metric: "metric",
};

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// A coined name with a capital inside ("QuillFormer"), which papers also write with one capital ("Quillformer").
const CAMEL_CASE = /^\p{Lu}[\p{L}\d]*\p{Ll}\p{Lu}[\p{L}\d]*$/u;

/**
 * Word-bounded occurrences of `surface` in `text`: exact case when it has capitals, any case otherwise (in
 * `lower`, the text lowercased once by the caller: every name of a sentence is looked for in it). A coined
 * camel-case name is found in any case that starts with a capital.
 */
function occurrencesOf(text: string, lower: string, surface: string, metric = false): Array<[number, number]> {
  if (surface.length < 2) return [];
  const camel = surface.length >= 6 && CAMEL_CASE.test(surface);
  const hay = camel || surface === surface.toLowerCase() ? lower : text;
  const needle = camel ? surface.toLowerCase() : surface;
  const out: Array<[number, number]> = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    let end = at + surface.length;
    // A metric may follow a decimal where a space was lost ("55.6J&F").
    if (isWordChar(text[at - 1]) && !(metric && GLUED_AFTER_DECIMAL.test(text.slice(Math.max(0, at - 12), at)))) {
      continue;
    }
    if (camel && text[at] !== surface[0]) continue;
    // A plural of the name ("UTs", "parameters" for "parameter") is still the name.
    if (text[end] === "s" && !isWordChar(text[end + 1])) end++;
    if (isWordChar(text[end])) continue;
    out.push([at, end]);
  }
  return out;
}

/** A slash list after a model name ("PPMA-T/S/B"): the variants it names, built on the name's stem. */
function slashVariants(text: string, name: string, end: number): { names: string[]; end: number } | undefined {
  const m = /^((?:\/[\p{L}\p{N}]{1,4})+)(?![\p{L}\p{N}-])/u.exec(text.slice(end));
  const stem = /^(.*[-_ ])[\p{L}\p{N}]{1,4}$/u.exec(name);
  if (!m || !stem) return undefined;
  const variants = m[1]!.split("/").filter(Boolean);
  return { names: [name, ...variants.map((v) => stem[1] + v)], end: end + m[1]!.length };
}

const GLUED_AFTER_DECIMAL = /(?<![\p{L}\p{N}.])\d+\.\d+$/u;

const FIRST_RUN = /^[\p{L}\p{N}]+/u;
const RUNS = /[\p{L}\p{N}]+/gu;

/**
 * The mentions a stretch of text may name, looked up by the first word of each name and alias: a long paper names
 * thousands of entities, and searching every sentence for all of them grew with the square of its length. A
 * name's first word stands in the text as itself or, the name being one word, with a plural "s". Mentions come
 * back in the order given (the order decides between equal occurrences).
 */
export function mentionFinder(mentions: readonly Mention[]): (text: string) => Mention[] {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  mentions.forEach((m, i) => {
    if (!ROLE_OF[m.type]) return;
    for (const surface of new Set([m.name, ...m.aliases])) {
      const first = FIRST_RUN.exec(surface)?.[0].toLowerCase();
      if (!first) always.push(i);
      else if (byWord.has(first)) byWord.get(first)!.push(i);
      else byWord.set(first, [i]);
    }
  });
  return (text) => {
    const picked = new Set(always);
    for (const [run] of text.toLowerCase().matchAll(RUNS)) {
      for (const i of byWord.get(run) ?? []) picked.add(i);
      if (run.endsWith("s")) for (const i of byWord.get(run.slice(0, -1)) ?? []) picked.add(i);
      // "55.6j" of "55.6J&F": a measure glued to its value.
      if (run.charCodeAt(0) <= 57) for (const i of byWord.get(run.replace(/^\d+/, "")) ?? []) picked.add(i);
    }
    return [...picked].sort((a, b) => a - b).map((i) => mentions[i]!);
  };
}

/** Every named model, dataset and metric in `text`; overlapping occurrences keep the longest. */
export function findOccurrences(text: string, mentions: readonly Mention[]): Occurrence[] {
  const found: Occurrence[] = [];
  const lower = text.toLowerCase();
  for (const m of mentions) {
    const role = ROLE_OF[m.type];
    if (!role) continue;
    for (const surface of new Set([m.name, ...m.aliases])) {
      for (const [start, end] of occurrencesOf(text, lower, surface, role === "metric")) {
        const occ: Occurrence = { role, name: m.name, proposed: m.role === "proposed", start, end };
        if (role === "data") occ.dataType = m.type as "dataset" | "benchmark";
        if (role === "model") {
          if (m.confidence >= FIRM_MODEL) occ.firm = true;
          const variants = slashVariants(text, surface, end);
          if (variants) {
            occ.expands = variants.names;
            occ.end = variants.end;
          }
        }
        found.push(occ);
      }
    }
  }
  for (const metric of COST_METRICS) {
    for (const [start, end] of occurrencesOf(text, lower, metric)) {
      found.push({ role: "metric", name: text.slice(start, end), proposed: false, start, end });
    }
  }
  // Longest first; an occurrence inside a kept one is dropped ("ImageNet" inside "ImageNet-1K").
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Occurrence[] = [];
  for (const o of found) if (!kept.some((k) => o.start < k.end && k.start < o.end)) kept.push(o);
  return joinAdaptationPairs(
    text,
    kept.sort((a, b) => a.start - b.start),
  );
}

// "Synthia-to-Cityscapes", "GTA5→Cityscapes": a transfer benchmark named by its source and target datasets.
const PAIR_JOINER = /^(?:-to-|\s?→\s?|2)$/;

function joinAdaptationPairs(text: string, occs: Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const o of occs) {
    const last = out.at(-1);
    if (last?.role === "data" && o.role === "data" && PAIR_JOINER.test(text.slice(last.end, o.start))) {
      out[out.length - 1] = { ...last, name: text.slice(last.start, o.end), dataType: "benchmark", end: o.end };
    } else out.push(o);
  }
  return out;
}

/** The canonical models a model occurrence stands for, with slash lists expanded to the paper's names. */
export function modelsOf(occ: Occurrence, mentions: readonly Mention[]): string[] {
  if (!occ.expands) return [occ.name];
  return occ.expands.map(
    (n) => mentions.find((m) => m.type === "model" && [m.name, ...m.aliases].includes(n))?.name ?? n,
  );
}

const DATA_AFTER = /^\s+(?:\([^()]{1,20}\)\s+)?(?:dataset|benchmark|test set|test split|corpus|suite|leaderboard)s?\b/i;
const DATA_BEFORE = /\b(?:on|in)\s+(?:the\s+)?$/i;
const NOT_DATA_BEFORE =
  /\b(?:based|built|build|builds|building|relies|relying|depends?|trained|pre-?trained|fine-?tuned|initiali[sz]ed|runs?|running|deployed|implemented|layers?|heads?)\s+(?:\w+\s+)?(?:on|in)\s+(?:the\s+)?$/i;
const METRIC_AFTER_NUMBER = /^\s*(?:on|in terms of|at)?\s*$/i;
const METRIC_BEFORE_NUMBER = /^\s*(?:of|:|=)\s*$/i;

/**
 * Where the entity extraction typed a name as a model but a results sentence uses it as a metric ("64.4% NDS") or
 * as where it measures ("on the X benchmark"), the sentence's use wins. The paper's own models stay models.
 */
export function retypeBySlot(text: string, occs: Occurrence[], numbers: readonly NumberSpan[]): Occurrence[] {
  return occs.flatMap((o) => {
    if (o.role !== "model" || o.proposed || o.expands) return [o];
    const metricSlot = numbers.some(
      (n) =>
        (n.end <= o.start && METRIC_AFTER_NUMBER.test(text.slice(n.end, o.start))) ||
        (o.end <= n.start && METRIC_BEFORE_NUMBER.test(text.slice(o.end, n.start))),
    );
    if (metricSlot && metricDirection(o.name) !== "unknown") return [{ ...o, role: "metric" }];
    const before = text.slice(Math.max(0, o.start - 40), o.start);
    if (DATA_AFTER.test(text.slice(o.end))) return [{ ...o, role: "data", dataType: "dataset" }];
    if (DATA_BEFORE.test(before) && !NOT_DATA_BEFORE.test(before)) {
      // "64.2% top-1 accuracy on Gizmo-18", "adding X on GPT-4": a known model after "on" is the backbone
      // a method is applied to, neither where it measures nor who reached the value.
      return o.firm ? [] : [{ ...o, role: "data", dataType: "dataset" }];
    }
    return [o];
  });
}
