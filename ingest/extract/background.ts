// Sentences that state no result of this paper: a general claim about models or methods in the background ("such
// networks now reach human-level accuracy on many games", "smaller models tend to generalise worse"). A
// metric named only there is not one the paper reports or compares, so it is no metric entity of the paper.

import type { Sentence } from "./text.js";

// The paper speaking of itself or its own design.
const SELF_REFERENCE =
  /\b(?:we|our|ours|us|here(?:in)?|proposed|this (?:paper|work|study|article|book|thesis|chapter|survey|report|design|approach|method|model|framework|system|architecture|technique|strategy|scheme|algorithm|network))\b/i;
// A stated result or an evaluation: a number, or a verb or noun that reports an outcome or a measurement.
const RESULT_OR_EVALUATION =
  /\d|[%×]|\b(?:achiev\w*|outperform\w*|surpass\w*|show\w*|demonstrat\w*|yield\w*|obtain\w*|attain\w*|result\w*|evaluat\w*|measur\w*|experiment\w*|exceed\w*|benchmark\w*|report\w*|scores?|deliver\w*|rival\w*|metrics?|assess\w*|validat\w*|verif\w*|tested|state-of-the-art|SOTA)\b/i;
// A measure compared, changed, traded off or praised ("deteriorates accuracy", "higher accuracy", "the balance
// between compression ratio and accuracy", "its remarkable memory efficiency"): the sentence is about the measure.
const COMPARISON =
  /\b(?:than|same|comparable|similar|higher|lower|better|worse|best|more|less|fewer|increas\w*|decreas\w*|improv\w*|reduc\w*|boost\w*|gains?|deteriorat\w*|degrad\w*|drops?|declin\w*|harm\w*|hurt\w*|sacrific\w*|compromis\w*|trade-?offs?|balanc\w*|preserv\w*|maintain\w*|retain\w*|match\w*|maximi[sz]\w*|minimi[sz]\w*|optimal\w*|bound\w*|guarantee\w*|control\w*|accelerat\w*|speed\w* up|sav(?:e|es|ed|ing|ings)|compar\w*|enhanc\w*|affect\w*|lose|loses|loss|lack\w*|limit\w*|doubl\w*|tripl\w*|excel\w*|remarkabl[ey]|impressive\w*|superior|notabl[ey]|high|low)\b/i;

/** A body sentence that neither speaks of the paper's own work nor states a number or an outcome. */
function isBackgroundClaim(sentences: Sentence[], index: number): boolean {
  // The title names what the paper is about; its words count as the paper's own.
  if (index === 0) return false;
  const text = sentences[index]!.text;
  return !SELF_REFERENCE.test(text) && !RESULT_OR_EVALUATION.test(text);
}

/**
 * Whether a metric named in this sentence is one the paper does not report: a background claim that does not
 * compare the measure either, or, for a word that is a measure only beside a comparison ("fewer parameters"), any
 * background claim (the comparison there is a general statement, not this paper's result).
 */
export function namesNoReportedMetric(sentences: Sentence[], index: number, comparisonIsTheCue: boolean): boolean {
  if (!isBackgroundClaim(sentences, index)) return false;
  return comparisonIsTheCue || !COMPARISON.test(sentences[index]!.text);
}
