// One sentence's numbers attached to what they measure: the metric and dataset each number (or list of numbers)
// belongs to, the model that reached it, and whether it is an absolute score, a stated gain or a ratio. Pure.

import type { ResultKind } from "../../../domain/types.js";
import { COUNT_UNITS, type NumberMention } from "./numbers.js";
import type { Occurrence } from "./occurrences.js";

/** A number (or a list of numbers stated together: "84.3%, 84.9% and 85.6%") with what it belongs to. */
export interface Statement {
  numbers: NumberMention[];
  kind: ResultKind;
  metrics: Occurrence[];
  datasets: Occurrence[];
  /** Models named as reaching it; empty when the sentence names none (the paper's model is meant). */
  models: Occurrence[];
  /** Models the sentence compares with before the numbers ("surpasses X", "than X"). */
  comparedModels: Occurrence[];
  /** The sentence gives it to an unnamed baseline ("previous methods require 100MB"). */
  unnamedBaseline: boolean;
  /** The dataset came from the sentence before. */
  datasetFromContext: boolean;
  /** The start of a "from A to B" range, the baseline's value. */
  rangeStart?: boolean;
  /** Two values set against each other ("14.1 vs 16.9 perplexity"): the second is what the first is compared with. */
  versus?: boolean;
}

const words = (s: string) => s.split(/[^\p{L}\p{N}%]+/u).filter(Boolean).length;

// Between two numbers of one list: "84.3%, 84.9% and 85.6%", "0.7%/1.3%/0.3%".
const LIST_GAP = /^\s*(?:,|\/|and|or|,\s*and|,\s*or)\s*$/;
// Between two values set against each other: "14.1 vs 16.9 perplexity".
const VERSUS_GAP = /^\s*(?:vs\.?|versus)\s*$/i;
// Between two names of one list: "GenEval and WISE", "parameters and FLOPs", "SQuAD 2.0 and several GLUE".
// What is left of a coordination of values and metrics up to where they were measured, values and metrics blanked.
const COORDINATED_GAP = /^\s*(?:(?:,|and|,\s*and)\s+)*(?:on|in|at|across)\s+(?:the\s+)?$/i;
// Between a dataset and its difference: "PixelBank by 2.1%".
const DATA_BY = /^\s*(?:\)\s*)?by\s+(?:up to\s+|about\s+|over\s+|nearly\s+|roughly\s+|around\s+)?[+~]?\s*$/i;
// "…, respectively": the numbers before it go one by one with a list of names.
const RESPECTIVELY = /\brespectively\b/i;
const NAME_LIST_GAP = /^\s*(?:,|\/|&|and|or|,\s*and|and several|and the|, and the)\s*$/i;

// A metric named before its value: "mIoU of 45.02", "PER) of 7.72%", "accuracy to 86.0%".
const METRIC_BEFORE =
  /^\s*(?:\)\s*)?(?:\([^()]{0,20}\)\s*)?(?:of|:|=|is|was|were|are|reaches|reaching|reached|as high as|as low as|score of|scores of|score:)?\s*(?:only|just|approximately|about|around|nearly|roughly|over|more than|up to|upto|~|≈)?\s*$/i;
const METRIC_BEFORE_WEAK =
  /^\s*(?:(?:of|for)\s+(?:the\s+|an?\s+)?[^\d.;:,()]{1,40}?\s+)?(?:to|from|by|improves? to|of up to)\s*(?:only|just|merely|approximately|about|around|nearly|roughly|up to|over|more than|~)?\s*$/i;
const CROSSES =
  /\b(?:achiev\w*|reach\w*|obtain\w*|attain\w*|yield\w*|gets?|has|have|is|are|was|were|with|using|at|by|epochs?|steps?|iterations?|images?|samples?|tokens?|layers?)\b/i;
const CLAUSE_BREAK = /\b(?:while|whereas|but|although|though|which)\b|;/;

// Cue words of a stated difference, before ("by 1.3", "improvements of 1.3", "gains averaging 1.3", "removes 40%",
// "improves more than 120%") or after ("1.7% higher").
const GAIN_BEFORE =
  /(?:\bby|\b(?:improv|gain|boost|increas|reduc|decreas|margin|advantage|drop)\w*\s+(?:\w+\s+)?(?:of|averaging)|\b(?:remov|prun|sav|cut|eliminat|skip)(?:e|es|ed|ing|s)?|\b(?:improv|boost)(?:e|es|ed|s)?)\s*(?:up to|upto|about|around|approximately|nearly|roughly|over|more than|at least|an average of|only|just|merely|~|≈)?\s*$/i;
const GAIN_AFTER =
  /^\s*(?:\)\s*)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:higher|lower|greater|above|below|better|worse|improvements?|improved|gains?|fewer|less|more|reduction|reduced|increase|decrease|boost|drop|absolute|relative|faster|slower|smaller|larger|enhancement|increment|degradation|speed-?ups?|(?<!(?:entropy|validation|training|test) )loss)\b/iu;
// "retains 99% accuracy", "using 50% of the parameters": a share of something, a ratio.
const RATIO_BEFORE =
  /\b(?:retain|retains|retaining|maintain|maintains|maintaining|recover|recovers|preserv\w*)\s+(?:more than|over|about|around|nearly|up to|~)?\s*$/i;
const SHARE_AFTER = /^\s*of\s+(?:the\s+)?/i;

// A dataset used for training is not where a result is measured: "pre-training on ImageNet-21K".
const TRAINED_ON = /\b(?:pre-?train\w*|trained|training|fine-?tun\w*|distill\w*)\s+(?:\w+\s+){0,2}on\s+(?:the\s+)?$/i;
// A comparison before a model's name: it is the baseline compared with, not the subject; also as the first of a list
// in parentheses ("beats the baselines (e.g., A, B and C)").
const COMPARED =
  /(?:\bthan|\bover|\boutperform\w*|\bsurpass\w*|\bbeat\w*|\bexceed\w*|\bvs\.?|\bversus|\bcompared (?:to|with)|\bagainst|\blike|\bsuch as|\bincluding|\be\.g\.,?|\bof|\bto|\bwith|\bfrom|\bbaselines?|\bunlike|\bremove|\breplac\w*)\s+(?:\([^)]*\)\s*)?(?:the\s+|a\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}(?:\(\s*(?:(?:e\.g\.|i\.e\.|such as|including|like),?\s*)?)?$/iu;
// The paper's own model is compared only by a word of comparison, not by "of", "with" or "to" ("demonstrate the
// effectiveness of Zeta by … (+98%)").
const WEAK_COMPARISON =
  /(?:\blike|\bsuch as|\bincluding|\be\.g\.,?|\bof|\bto|\bwith|\bfrom)\s+(?:the\s+|a\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;
// What a name stated after the values is compared by: "an improvement of +1.7 over the strongest X model".
const OUTDONE_BEFORE =
  /\b(?:over|than|outperform\w*|surpass\w*|beat\w*|exceed\w*|vs\.?|versus|compared (?:to|with)|against)\s+(?:[\p{L}\p{N}-]+\s+){0,5}$/iu;

/** Whether the words before the model at `o` compare it (the paper's own only by a word of comparison). */
function comparedBefore(text: string, o: Occurrence): boolean {
  const lead = text.slice(Math.max(0, o.start - 50), o.start);
  return COMPARED.test(lead) && !(o.proposed && WEAK_COMPARISON.test(lead));
}

/** Whether the model at `o` is named as what a result is compared with (or as a baseline). */
export function outdone(text: string, o: Occurrence): boolean {
  return (
    OUTDONE_BEFORE.test(text.slice(Math.max(0, o.start - 60), o.start)) ||
    BASELINES_AFTER.test(text.slice(o.end, o.end + 50))
  );
}

const BASELINE_VALUE_BEFORE =
  /\b(?:best[- ]published|previous(?:ly)?[- ](?:best|reported|published)|best[- ](?:previous|prior|reported|published|existing)|prior[- ]best|(?:previous|prior|current) state[- ]of[- ]the[- ]art|baseline)\s+(?:results?|methods?|models?|performance|scores?|accuracy)?\s*(?:\(\s*(?:[\w-]+\s+(?:of|=|:)\s*)?|of\s+)$/i;
// A name that starts a phrase of baselines ("the Widget scene parsing baselines") is compared with.
const BASELINES_AFTER =
  /^\s+(?:(?!(?:outperform|surpass|beat|exceed|improv|achiev|obtain|reach|is|are|was|were|and|or|than|over)\w*\s)[\p{L}\p{N}-]+\s+){0,3}baselines?\b/u;
// What parts two names of one list: a slash, a comma, "and" or "or".
const LISTED_AFTER = /^\s*(?:\/|,|,?\s*(?:and|or))\s*$/;
// "a higher controllability by 33.5%": the quality the difference is stated in, named before "by".
const QUALITY_BY =
  /\b(?:higher|lower|better|improved|increased|reduced|enhanced)\s+([a-z][a-z-]{3,})\s+by\s*(?:~|about|around|nearly)?\s*$/i;
const NOT_A_QUALITY = new Set(["performance", "results", "result", "margin", "margins", "number"]);
// The sentence names where it measures, in words that are no dataset: "on formal language tasks", "across 23
// automated benchmarks".
const OWN_SETTING =
  /\b(?:(?:on|in|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:tasks?|settings?|problems?|domains?)|(?:across|on|over)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|many|several|multiple)\s+(?:[a-z-]+\s+){0,2}(?:benchmarks|datasets|tasks|evaluations))\b/i;
const UNNAMED_BASELINE =
  /\b(?:(?:previous|prior|existing|alternative|other|competing|conventional|baseline|traditional|current)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:methods?|models?|approaches|works?|baselines?|systems?|techniques?|detectors?)|human(?:-level)?\s+(?:performance|baselines?|experts?|players?|annotators?|scores?)\s+(?:of|at)\s*$)/iu;

// A factor that describes a network's shape or its training data ("6x deeper than", "12x more training data") is
// how the model was built, not a result it reached.
// (More data as such is DATA_AMOUNT's; tokens only as a factor: "40% fewer tokens" is a cost.)
const SHAPE_FACTOR =
  /^\s*(?:deeper|wider|shallower|narrower|more\s+(?:layers|(?:\w+\s+)?tokens)|(?:larger|bigger)\s+(?:\w+\s+)?(?:datasets?|corpora|corpus))\b/i;

// So does a share of the data it learned from ("with 93.7% fewer labelled images", "with 35% of the data pruned",
// "on 5% and 20% of labels").
const DATA_AMOUNT =
  /^(?:\s*(?:,|and|or|,\s*and)\s*\d+(?:\.\d+)?\s*\\?%)*\s*(?:(?:less|fewer|more)\s+(?:[\w-]+\s+){0,2}?|(?:of\s+(?:the\s+)?)?(?:training\s+|labell?ed\s+|annotated\s+)?)(?:data|examples|images|videos|samples|labels|annotations)\b/i;
// A factor a method is set to ("reduction factors of 3 and 6", "an upscaling factor of 3") is a setting.
const SETTING_FACTOR_BEFORE = /\bfactors?\s+(?:of\s+)?(?:\d+(?:\.\d+)?\s*(?:,|and|or)\s*)*$/i;

/** Numbers that can state a result: counts and unit-less numbers with no metric beside them are not. */
function candidates(text: string, numbers: NumberMention[], occs: Occurrence[]): NumberMention[] {
  return numbers.filter((n) => {
    if (COUNT_UNITS.has(n.unit)) return false;
    if (n.unit === "x" && SHAPE_FACTOR.test(text.slice(n.end, n.end + 40))) return false;
    if ((n.unit === "%" || n.unit === "x") && DATA_AMOUNT.test(text.slice(n.end, n.end + 60))) return false;
    if (
      (n.unit === "" || n.unit === "x") &&
      SETTING_FACTOR_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))
    ) {
      return false;
    }
    // Inside a name: "WMT 2014", "Llama 3".
    if (occs.some((o) => n.start < o.end && o.start < n.valueEnd)) return false;
    return true;
  });
}

/** Groups numbers stated as one list, or a pair set against each other. "from A to B" ranges stay apart. */
function groupNumbers(text: string, numbers: NumberMention[]): NumberMention[][] {
  const groups: NumberMention[][] = [];
  for (const n of numbers) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const gap = last ? text.slice(last.end, n.start) : "";
    const joins = LIST_GAP.test(gap) || (group?.length === 1 && VERSUS_GAP.test(gap));
    if (last && !last.word && !n.word && joins && last.unit === n.unit) group!.push(n);
    else groups.push([n]);
  }
  return groups;
}

/** Occurrences of `role` forming a list with `first` in reading direction. */
function listFrom(text: string, occs: Occurrence[], first: Occurrence, forward: boolean): Occurrence[] {
  const same = occs.filter((o) => o.role === first.role);
  const list = [first];
  let i = same.indexOf(first);
  for (;;) {
    i += forward ? 1 : -1;
    const next = same[i];
    if (!next) break;
    const [a, b] = forward ? [list.at(-1)!, next] : [next, list.at(-1)!];
    const gap = text.slice(a.end, b.start).replace(/\b(?:datasets?|benchmarks?)\b/gi, "");
    if (!NAME_LIST_GAP.test(gap)) break;
    list.push(next);
  }
  return forward ? list : list.reverse();
}

function noNumberBetween(numbers: NumberMention[], from: number, to: number): boolean {
  return !numbers.some((n) => n.start >= from && n.end <= to);
}

function metricsFor(text: string, group: NumberMention[], occs: Occurrence[], all: NumberMention[]): Occurrence[] {
  const first = group[0]!;
  const last = group.at(-1)!;
  const metrics = occs.filter((o) => o.role === "metric");
  // The unit can itself be the metric ("12.83 FPS").
  const asUnit = metrics.find((o) => o.start >= last.valueEnd && o.start <= last.end && o.end >= last.end);
  if (asUnit) return [asUnit];
  const before = metrics.filter((o) => o.end <= first.start).at(-1);
  if (before && METRIC_BEFORE.test(text.slice(before.end, first.start))) return listFrom(text, occs, before, false);
  const after = metrics.find((o) => o.start >= last.end);
  if (after) {
    const gap = text.slice(last.end, after.start);
    // A bare number sits right before its metric ("51.3 AP", "53.9 box AP"); a percentage may be a few words off
    // ("4.2% as measured by the F1-score"), but not across a verb or another measure ("300 epochs achieves …").
    const reach = last.unit === "" ? 1 : 5;
    if (
      words(gap) <= reach &&
      !/[;:,()]|\b(?:and|or|while|whereas|than|compared|but)\b/i.test(gap) &&
      !CROSSES.test(gap)
    ) {
      if (noNumberBetween(all, last.end, after.start)) return listFrom(text, occs, after, true);
    }
  }
  if (before && METRIC_BEFORE_WEAK.test(text.slice(before.end, first.start))) return [before];
  return [];
}

/**
 * Whether text[from, to) is a coordination of further values and their metrics ending at "on"/"in" ("box AP and 44.1
 * mask AP on the "): the values before `from` are measured where the one after `to` is.
 */
function coordinatedUpTo(text: string, from: number, to: number, all: NumberMention[], occs: Occurrence[]): boolean {
  if (words(text.slice(from, to)) > 12) return false;
  let gap = text.slice(from, to);
  const blank = (start: number, end: number) => {
    if (start >= from && end <= to) gap = gap.slice(0, start - from) + " ".repeat(end - start) + gap.slice(end - from);
  };
  for (const n of all) blank(n.start, n.end);
  for (const o of occs) if (o.role === "metric") blank(o.start, o.end);
  // A difference in parentheses after a value ("87.1 (+2.3) on A") is part of it.
  gap = gap.replace(/\(\s*[+\-±]?\s*\)/g, " ");
  return COORDINATED_GAP.test(gap) && all.some((n) => n.start >= from && n.end <= to);
}

function datasetsFor(text: string, group: NumberMention[], occs: Occurrence[], all: NumberMention[]): Occurrence[] {
  const first = group[0]!;
  const last = group.at(-1)!;
  const data = occs.filter(
    (o) => o.role === "data" && !TRAINED_ON.test(text.slice(Math.max(0, o.start - 40), o.start)),
  );
  const before = data.filter((o) => o.end <= first.start).at(-1);
  // "(PixelBank by 2.1% and BoxSuite by 4.7%)": a dataset right before "by" and the value is the value's.
  if (before && DATA_BY.test(text.slice(before.end, first.start))) return [before];
  // Values in parentheses right after a dataset ("on A (14.1 vs 16.9 perplexity), and on B") are that one's.
  const open = text.lastIndexOf("(", first.start);
  if (open > text.lastIndexOf(")", first.start)) {
    const named = data.find((o) => o.end <= open && /^\s*$/.test(text.slice(o.end, open)));
    if (named) return listFrom(text, occs, named, false);
  }
  const after = data.find((o) => o.start >= last.end);
  if (after) {
    const gap = text.slice(last.end, after.start);
    if (
      words(gap) <= 8 &&
      noNumberBetween(all, last.end, after.start) &&
      !CLAUSE_BREAK.test(gap) &&
      // "58.0% PQ, Cityscapes val with 68.4%": past a comma the next dataset starts the next result.
      !(gap.includes(",") && data.some((o) => o.end <= first.start)) &&
      (/\b(?:on|in|at|for|over|across|of)\b/i.test(gap) || words(gap) <= 1)
    ) {
      return listFrom(text, occs, after, true);
    }
  }
  // "81.2% on A, 50.3 box AP and 44.1 mask AP on B": values coordinated up to a dataset share it, once the dataset
  // before has a value of its own (a number since the data name before it).
  const beforeThat = before && data.filter((o) => o.end <= before.start).at(-1);
  if (
    after &&
    (!before || !noNumberBetween(all, beforeThat?.end ?? 0, first.start - 1)) &&
    coordinatedUpTo(text, last.end, after.start, all, occs)
  ) {
    return listFrom(text, occs, after, true);
  }
  if (before) return listFrom(text, occs, before, false);
  // "PER of 7.72% and WER of 9.96% on SUPERB": one dataset closes a list of results.
  if (after) {
    const gap = text.slice(last.end, after.start);
    if (words(gap) <= 16 && !CLAUSE_BREAK.test(gap)) return listFrom(text, occs, after, true);
    // "a score of 0.71, which is 4.2% above X on D": the relative clause compares the same value, measured on D.
    if (words(gap) <= 16 && RELATIVE_THEN_DATA.test(gap)) return listFrom(text, occs, after, true);
  }
  return [];
}

const HUMAN_VALUE_BEFORE =
  /\bhuman(?:-level)?\s+(?:performance|baselines?|experts?|players?|annotators?|raters?|scores?|accuracy)\s+(?:of|at|is|was|reaches|reached)?\s*(?:about|around|approximately|~)?\s*$/i;
const RELATIVE_THEN_DATA = /^\s*,\s*which\s+(?:is|was|are|were)\b[^;]*\b(?:on|in)\s+(?:the\s+)?$/i;

function kindOf(text: string, group: NumberMention[], previous: Statement | undefined): ResultKind | "share" {
  const first = group[0]!;
  const last = group.at(-1)!;
  if (group.some((n) => n.unit === "x")) return "ratio";
  if (group.some((n) => n.signed)) return "gain";
  const before = text.slice(Math.max(0, first.start - 60), first.start);
  const after = text.slice(last.end, last.end + 60);
  if (RATIO_BEFORE.test(before)) return "ratio";
  if (GAIN_BEFORE.test(before) || GAIN_AFTER.test(after)) return "gain";
  if (last.unit === "%" && SHARE_AFTER.test(after)) return "share";
  // "gains of 2.1 BLEU and 0.4 BLEU": a list continued after its metric keeps the list's kind.
  if (previous) {
    const prevEnd = previous.numbers.at(-1)!.end;
    const gap = text.slice(prevEnd, first.start);
    // Not past a parenthesis: "(+17.5% over the old best), and 41.2%" closes an aside.
    if (
      prevEnd <= first.start &&
      previous.numbers[0]!.unit === first.unit &&
      words(gap) <= 6 &&
      /^[^.;()]*(?:,|\band\b)\s*$/.test(gap)
    ) {
      return previous.kind;
    }
  }
  return "score";
}

/** Models named as reaching the numbers: the clause's subject, not a model it is compared with. */
function modelsFor(
  text: string,
  group: NumberMention[],
  occs: Occurrence[],
): { models: Occurrence[]; unnamed: boolean; compared: Occurrence[] } {
  const first = group[0]!;
  // "a 3.1% rise over the best prior result (41.07%)": the value of a baseline the text does not name.
  if (BASELINE_VALUE_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start))) {
    return { models: [], unnamed: true, compared: [] };
  }
  let clauseStart = 0;
  for (const m of text.slice(0, first.start).matchAll(new RegExp(CLAUSE_BREAK.source, "g"))) clauseStart = m.index!;
  const clause = text.slice(clauseStart, first.start);
  const before = occs.filter((o) => o.role === "model" && o.end <= first.start);
  // A name listed right after a compared one is compared too ("beats Widget-S/Gizmo-L12 by …").
  const comparedSet = new Set<Occurrence>();
  before.forEach((o, k) => {
    const previous = before[k - 1];
    const listed = previous && comparedSet.has(previous) && LISTED_AFTER.test(text.slice(previous.end, o.start));
    if (listed || comparedBefore(text, o) || BASELINES_AFTER.test(text.slice(o.end, o.end + 50))) {
      comparedSet.add(o);
    }
  });
  const isCompared = (o: Occurrence) => comparedSet.has(o);
  const compared = before.filter(isCompared);
  // "outperforming X, which achieves 53.2%": the name a relative clause hangs on is its subject, compared or not.
  // Only its first value: "which gets 41.2%, and tops human players at 58.3%" gives the second to no one.
  const antecedent =
    /^which\b/i.test(clause) && !/\d/.test(clause)
      ? before.find((o) => /^\s*,\s*$/.test(text.slice(o.end, clauseStart)))
      : undefined;
  if (antecedent) return { models: [antecedent], unnamed: false, compared: compared.filter((o) => o !== antecedent) };
  // "surpassing Omega's 57.5%": a value a name owns is that name's, compared or not.
  const owner = before.find((o) => /^(?:\s+\p{Lu}[\p{L}\p{N}-]*)?['’]s\s+$/u.test(text.slice(o.end, first.start)));
  if (owner) return { models: [owner], unnamed: false, compared: compared.filter((o) => o !== owner) };
  const subject = before.filter((o) => o.start >= clauseStart && !isCompared(o)).at(-1);
  if (subject) {
    // "A, B and C achieve 80.1%, 82.4% and 83.0%": a list of as many subjects as numbers goes with them one by one.
    const subjects = group.length > 1 ? listFrom(text, occs, subject, false) : [];
    const zipped = subjects.length === group.length && subjects.every((o) => o.start >= clauseStart);
    return { models: zipped ? subjects : [subject], unnamed: false, compared };
  }
  return { models: [], unnamed: UNNAMED_BASELINE.test(clause), compared };
}

/** A "from A to B" range: A is the baseline's value. The baseline is the model compared with. */
function rangeBaseline(text: string, n: NumberMention, occs: Occurrence[]): Occurrence | null | undefined {
  if (!/\bfrom\s*$/i.test(text.slice(Math.max(0, n.start - 10), n.start))) return undefined;
  if (!/^\s*(?:\\?%|[a-z]+)?\s*to\s/i.test(text.slice(n.end, n.end + 12))) return undefined;
  const compared = occs.filter((o) => o.role === "model" && o.end <= n.start && comparedBefore(text, o));
  return compared.at(-1) ?? null;
}

// A measure named by its noun ("the Spread metric", "a Tidy score").
const NAMED_MEASURE = /\b(?:metric|score|measure)s?\b/i;

/** Where the text from `from` to `to` goes on after the last metric named in it (or `from`). */
function afterMetrics(from: number, to: number, occs: Occurrence[]): number {
  let at = from;
  for (const o of occs) if (o.role === "metric" && o.start >= from && o.end <= to) at = Math.max(at, o.end);
  return at;
}

/** Whether a difference in `b` is in the unit of a value in `a`: points are a bare score's ("55.6 J&F … by 8.4 points"). */
const sameUnit = (a: string, b: string) => a === b || (a === "" && b === "pp");

/**
 * The last `n` values stated before, each with its one dataset and metric ("85.4% top-1 on A, 53.9 box AP and
 * 46.4 mask AP on B": three), or undefined when they do not come to exactly `n` or one is not single.
 */
function singleResultsBefore(
  out: Statement[],
  n: number,
): Array<{ dataset: Occurrence; metric: Occurrence | undefined }> | undefined {
  const found: Array<{ dataset: Occurrence; metric: Occurrence | undefined }> = [];
  for (let k = out.length - 1; k >= 0 && found.length < n; k--) {
    const st = out[k]!;
    const m = st.numbers.length;
    if (![1, m].includes(st.datasets.length) || (st.metrics.length > 1 && st.metrics.length !== m)) return undefined;
    const own = st.numbers.map((_, i) => ({
      dataset: st.datasets[st.datasets.length === m ? i : 0]!,
      metric: st.metrics[st.metrics.length === m ? i : 0],
    }));
    found.unshift(...own);
  }
  return found.length === n ? found : undefined;
}

/**
 * The statements of one sentence. `previousData` are the data occurrences of the sentence before, used when this
 * one names none ("We evaluate on X. The results show +1.4% mAP").
 */
export function statementsOf(
  text: string,
  numbers: NumberMention[],
  occs: Occurrence[],
  previousData: Occurrence[],
): Statement[] {
  const usable = candidates(text, numbers, occs);
  const out: Statement[] = [];
  let previous: Statement | undefined;
  let previousBaseline: Occurrence | null | undefined;
  for (const group of groupNumbers(text, usable)) {
    const kind = kindOf(text, group, previous);
    let metrics = metricsFor(text, group, occs, usable);
    const ownMetric = metrics.length > 0;
    const quality = QUALITY_BY.exec(text.slice(Math.max(0, group[0]!.start - 60), group[0]!.start));
    if (!metrics.length && quality && !NOT_A_QUALITY.has(quality[1]!.toLowerCase())) {
      const start = group[0]!.start - 60 + quality.index + quality[0].indexOf(quality[1]!, quality[0].search(/\s/));
      metrics = [
        { role: "metric", name: quality[1]!.toLowerCase(), proposed: false, start, end: start + quality[1]!.length },
      ];
    }
    // "81.5% top-1 accuracy on X, which is 1.7% higher": a difference stated after a score is in its metric.
    // Not one said to be in performance ("a 61% energy cut with only a 0.2% performance drop"), nor one after a
    // measure the text names that is none of ours ("and raises the Spread metric by 2.1").
    if (
      !metrics.length &&
      kind === "gain" &&
      !/^\s*performance\b/i.test(text.slice(group.at(-1)!.end, group.at(-1)!.end + 14)) &&
      previous?.metrics.length &&
      !NAMED_MEASURE.test(
        text.slice(afterMetrics(previous.numbers.at(-1)!.end, group[0]!.start, occs), group[0]!.start),
      ) &&
      sameUnit(previous.numbers[0]!.unit, group[0]!.unit)
    ) {
      metrics =
        [previous.metrics.length, 1].includes(group.length) || previous.metrics.length === 1 ? previous.metrics : [];
    }
    // The text up to the next number: where "respectively" pairs this list with names.
    const tail = text.slice(group.at(-1)!.end, usable.find((n) => n.start >= group.at(-1)!.end)?.start ?? text.length);
    const respectively = group.length > 1 && RESPECTIVELY.test(tail);
    let datasets = datasetsFor(text, group, occs, usable);
    // "surpassing X by +1.2, +2.0 and +1.4, respectively" after three results each with its dataset: each difference
    // is in its result's dataset and metric (unless the differences name their own metric, or a dataset or metric
    // named before "respectively" is what they pair).
    const earlier = singleResultsBefore(out, group.length);
    if (
      respectively &&
      earlier &&
      !ownMetric &&
      !occs.some(
        (o) =>
          o.role !== "model" && o.start >= group.at(-1)!.end && o.end <= group.at(-1)!.end + tail.search(RESPECTIVELY),
      )
    ) {
      datasets = earlier.map((r) => r.dataset);
      // (Not values said to be of performance in general: "while keeping 98% and 95% performance, respectively".)
      const ofPerformance = /\bperformance\b/i.test(tail.slice(0, tail.search(RESPECTIVELY)));
      if (earlier.every((r) => r.metric) && !ofPerformance) metrics = earlier.map((r) => r.metric!);
    }
    const plain = group.every((n) => n.unit === "");
    // "an F1 of 87.1 (+2.3) on A and 91.4 (+0.5) on B": a bare value continuing a list is in the list's metric.
    if (plain && !metrics.length && previous?.metrics.length === 1 && previous.numbers[0]!.unit === "") {
      const gap = text.slice(previous.numbers.at(-1)!.end, group[0]!.start);
      // Not one with a word of its own after it, which names its own measure ("77.3 QJ on X", "0.41 in BLUR").
      const own = !/^\s*(?:\(|,|;|\.|$|(?:on|at|for|and|with|over)\b)/i.test(text.slice(group.at(-1)!.end));
      if (!own && words(gap) <= 8 && /^[^.;]*(?:,|\band\b)\s*$/.test(gap) && !CROSSES.test(gap)) {
        metrics = previous.metrics;
      }
    }
    const scoreWord = /\bscores?\s+(?:of\s+)?(?:from\s+)?$/i.test(
      text.slice(Math.max(0, group[0]!.start - 16), group[0]!.start),
    );
    const rangeEnd =
      previous && /^\s*(?:\\?%)?\s*to\s*$/i.test(text.slice(previous.numbers.at(-1)!.end, group[0]!.start));
    // "the FID from 8.12 to 5.31": the end of a range is in the range's metric.
    if (rangeEnd && previous && !metrics.length && previous.numbers.length === 1) metrics = previous.metrics;
    // A bare number is a result only beside its metric or a "score", as the end of a range that is one, or paired
    // one by one with datasets ("0.81 and 0.47 on A and B, respectively").
    const zipped = respectively && datasets.length === group.length;
    if (plain && !metrics.length && !scoreWord && !rangeEnd && kind !== "gain" && !zipped) continue;
    if (kind === "share" && !metrics.length) continue;
    let datasetFromContext = false;
    if (!datasets.length && previousData.length === 1 && !OWN_SETTING.test(text)) {
      datasets = previousData;
      datasetFromContext = true;
    }
    if (!datasets.length) continue;
    // "exceeds human performance of 61.5%": what people score is no model's result.
    if (HUMAN_VALUE_BEFORE.test(text.slice(Math.max(0, group[0]!.start - 40), group[0]!.start))) continue;
    // One value for three or more datasets ("on sets such as A, B, C and D, … gains of up to 6%") is an
    // aggregate over them, no result on any one.
    if (group.length === 1 && datasets.length >= 3) continue;
    const baseline = group.length === 1 ? rangeBaseline(text, group[0]!, occs) : undefined;
    const found =
      baseline !== undefined
        ? { models: baseline ? [baseline] : [], unnamed: !baseline, compared: [] }
        : modelsFor(text, group, occs);
    const { unnamed } = found;
    let { models, compared } = found;
    // "the FID of Omega from 8.12 to 5.31": the range's end is not the baseline's, which it is compared with.
    const rangeStart = rangeEnd ? previousBaseline : undefined;
    if (rangeStart) {
      models = models.filter((m) => m !== rangeStart);
      compared = [...compared, rangeStart];
    }
    previousBaseline = baseline;
    const statement: Statement = {
      numbers: group,
      kind: kind === "share" ? "ratio" : kind,
      metrics,
      datasets,
      models,
      comparedModels: compared,
      ...(baseline ? { rangeStart: true } : {}),
      ...(group.length === 2 && VERSUS_GAP.test(text.slice(group[0]!.end, group[1]!.start)) ? { versus: true } : {}),
      unnamedBaseline: unnamed,
      datasetFromContext,
    };
    out.push(statement);
    previous = statement;
  }
  return out;
}
