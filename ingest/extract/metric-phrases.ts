// Metric phrases by head noun: a metric head (accuracy, precision, recall, error rate, …) with the modifiers that
// name what is measured ("top-1 accuracy", "word-level accuracy", "average recall"), and "@k" metrics ("Recall@20",
// "pass@1", "mAP@0.5"). A modified head is a metric of its own only where the text states a result.

import { MEASURES_NAMED, RESULT_CUE, clauseAround } from "./efficiency.js";
import type { Scan } from "./scan.js";
import { STRENGTH, type Hit } from "./types.js";
import { fold } from "./fold.js";
import { lexicons } from "./lexicon.js";
import { isModifierWord } from "./pos.js";
import { isNameShape } from "./shape.js";

const HEAD = /\b(accuracy|precision|recall|error rate|win rate|success rate|hit rate|F1(?:[- ]score)?)\b/gi;
const MAX_MODIFIERS = 3;
// A named measure after the level it is counted at (the heads above take any modifier).
const LEVELLED_MEASURE =
  /(?<![\w-])\p{Ll}+[- ]level (?:Dice(?: coefficient| score)?|Hausdorff distance|m?IoU|m?AP|AUC|F-measure|PSNR|SSIM)(?![\w-])/gu;
// A word then "@" then a cut-off: "Recall@20", "pass@1", "mAP@0.5", "Hits@k", "R@1".
const AT_K = /(?<![\w@])([A-Za-z][\w-]{0,15})@(\d+(?:\.\d+)?|[kKnN])(?![\w.]*\w)/g;

const GLUED_METRIC = /\b(?<!\.)(\d+(?:\.\d+)?)([A-Za-z][A-Za-z&-]{1,11})(?![\w&-])/g;

const NAMING_PARTICIPLES =
  /^(?:masked|weighted|unweighted|balanced|averaged|macro-averaged|micro-averaged|matched|mismatched|unlabeled|labeled|labelled|unlabelled)$/;

// Precision as a number format, not a measure: "ultra-low precision training", "FP8 precision", "mixed precision",
// "4-bit weight precision". The words before it, shared with the lexicon's ambiguous metrics (paper.ts).
export const NUMBER_FORMAT_WORDS = String.raw`mixed|half|full|single|double|numerical|numeric|machine|integer|heterogeneous|weights?|activations?|(?:ultra-)?low|high|floating[- ]point|arbitrary|finite|infinite|limited|bounded|reduced|bit|\d+-bits?|(?:FP|BF|INT|TF|MX|E\dM)\d+`;
const NUMBER_FORMAT_BEFORE = new RegExp(String.raw`\b(?:${NUMBER_FORMAT_WORDS})[- ]$`, "i");
const NUMBER_FORMAT_AFTER =
  /^[- ](?:training|arithmetic|formats?|quantization|weights|activations|computation|inference)\b/i;

const GRADING_WORDS =
  /^(?:little|much|more|less|least|arbitrary|constant|perfect|near-perfect|par|on-par|equivalent|potential|apparent|minor|non-trivial|nontrivial|reasonable|decent|acceptable|satisfactory|excellent|exceptional|unprecedented|optimal|sufficient|desired|desirable|adequate|modest|negligible|gain|gains|lose|loses|same|equal|any)$/;

const MEASURING_VERB =
  /^(?:report|measure|record|compute|evaluate|estimate|yield|attain|monitor|track|assess|obtain|achieve|reach|deliver|maintain|retain|preserve|sacrifice)s?$/;

// What a change is counted in ("by 3.2 pp average accuracy"), not what is measured.
// "point" alone is a unit only after a number ("a 2 point accuracy gain"); elsewhere it starts a compound
// ("point cloud classification accuracy").
const UNIT_WORDS = /^(?:pp|pts|points|percent|percentage)$/;

const MEASURED_THING = /^(?:model|method|system|network|baseline|approach)s?$/i;

/** A word that may modify a metric head: a lowercase content word or a plain capitalised one ("Levenshtein"). */
function isModifier(word: string): boolean {
  const w = word.toLowerCase();
  if (/^top-?\d+$/i.test(word)) return true;
  // Names (ImageNet, ViT-L) say where or of what a result is, not what is measured; a task says what is measured
  // ("classification accuracy").
  if (!/^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}{3,})$/u.test(word)) return false;
  const known = lexicons().entities.get(fold(word));
  if (known && known.type !== "task") return false;
  // Participles describe ("improved accuracy") unless they name a normalisation or a way of counting
  // ("normalised edit accuracy", "masked language model accuracy", "weighted F1").
  if (NAMING_PARTICIPLES.test(w)) return true;
  if (/(?:ly|ing|est)$/.test(w) || (/ed$/.test(w) && !/(?:is|iz)ed$/.test(w))) return false;
  // "a 5% relative character error rate reduction": relative and absolute say how a change is counted.
  if (/^(?:sota|art|superhuman|human|comparable|competitive|similar|relative|absolute)$/.test(w)) return false;
  // Nor do words that grade an amount ("with little accuracy loss", "to arbitrary accuracy", "perfect recall").
  if (GRADING_WORDS.test(w)) return false;
  // Verbs that take a measure as their object ("and report top-1 accuracy", "we measure recall").
  if (MEASURING_VERB.test(w) || UNIT_WORDS.test(w)) return false;
  // What may be reached describes it ("achievable accuracy", "attainable recall").
  if (/^[a-z]{4,}able$/.test(w)) return false;
  return /(?:is|iz)ed$/.test(w) || isModifierWord(w);
}

/** Metric phrases that state what is measured, and @k metrics. */
export function metricPhrases(scan: Scan): Hit[] {
  const out: Hit[] = [];
  const text = scan.text;
  if (text.includes("@")) {
    for (const m of text.matchAll(AT_K)) {
      out.push({
        type: "metric",
        surface: m[0],
        start: m.index,
        end: m.index + m[0].length,
        strength: STRENGTH.explicit,
        proposed: false,
      });
    }
  }
  // A score glued to its metric where a space was lost ("90.5mIoU", "+2.3mAP"): the metric is named.
  for (const m of text.matchAll(GLUED_METRIC)) {
    const start = m.index + m[1]!.length;
    if (lexicons().entities.get(fold(m[2]!))?.type !== "metric") continue;
    out.push({
      type: "metric",
      surface: m[2]!,
      start,
      end: start + m[2]!.length,
      strength: STRENGTH.explicit,
      proposed: false,
    });
  }
  for (const m of text.matchAll(HEAD)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (
      /^precision$/i.test(m[1]!) &&
      (NUMBER_FORMAT_BEFORE.test(before) || NUMBER_FORMAT_AFTER.test(text.slice(m.index + m[0].length)))
    ) {
      continue;
    }
    // Walk left over modifiers, each followed by a single space.
    // (One word more than may be taken: what stands before the first says whether "point" is a unit.)
    const words = /(?:\S+ ){1,4}$/.exec(before)?.[0].trimEnd().split(" ") ?? [];
    let start = m.index;
    let taken = 0;
    for (let k = words.length - 1; k >= 0 && taken < MAX_MODIFIERS && isModifier(words[k]!); k--) {
      // What is measured is not a kind of measure ("better model accuracy" reports accuracy), unless a compound
      // names it ("masked language model accuracy").
      if (MEASURED_THING.test(words[k]!) && !(k > 0 && isModifier(words[k - 1]!))) break;
      // A capitalised word after an acronym ends a name ("the same AG News accuracy"), no modifier.
      if (k > 0 && /^\p{Lu}/u.test(words[k]!) && isNameShape(words[k - 1]!)) break;
      if (words[k] === "point" && (k === 0 || /^[\d.,]+$/.test(words[k - 1]!))) break;
      // An average of a measure is that measure, unless "average" names it ("average recall").
      if (taken > 0 && /^(?:average|mean|overall)$/i.test(words[k]!)) break;
      start -= words[k]!.length + 1;
      taken++;
    }
    if (taken === 0) continue;
    const end = m.index + m[0].length;
    const clause = clauseAround(scan, start, end);
    if (!RESULT_CUE.test(clause) && !MEASURES_NAMED.test(clause)) continue;
    const surface = text.slice(start, end);
    out.push({
      type: "metric",
      surface: /^[A-Z][a-z]/.test(surface) ? surface.toLowerCase() : surface,
      start,
      end,
      strength: STRENGTH.context,
      proposed: false,
    });
  }
  // "object-level Dice coefficient", "box-level AP": a level says what a named measure counts, where results or
  // measures are spoken of.
  if (text.includes("level")) {
    for (const m of text.matchAll(LEVELLED_MEASURE)) {
      const start = m.index;
      const end = start + m[0].length;
      const clause = clauseAround(scan, start, end);
      if (!RESULT_CUE.test(clause) && !/\b(?:metrics?|measures?)\b/i.test(clause)) continue;
      out.push({ type: "metric", surface: m[0], start, end, strength: STRENGTH.context, proposed: false });
    }
  }
  return out;
}
