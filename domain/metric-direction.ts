// Whether a higher or a lower value of a metric is better: one small table of general field knowledge, shared by
// extraction, the server (leaderboard ranking) and the web app. Pure.

import type { MetricDirection } from "./types.js";

// Checked in order; the first pattern that matches the metric's name decides. Lower-is-better first, so that
// "error rate" or "miss rate" is not taken for a rate where higher is better.
const DIRECTIONS: ReadonlyArray<readonly [RegExp, MetricDirection]> = [
  [/\b(?:error|err|wer|cer|per|ter|eer|fid|kid|fvd|lpips|perplexity|ppl|loss|mse|rmse|mae|nll|bpd|bpc)\b/i, "lower"],
  [/\b(?:latency|time|cost|memory|storage|size|parameters?|params|flops|gflops|macs|energy|distortion)\b/i, "lower"],
  [/\b(?:chamfer|distance|miss rate|fpr|false positive|abs ?rel|epe|ate|cd)\b/i, "lower"],
  [/\b(?:computation|computations|compute|model size|hallucination|toxicity|attack success)\b/i, "lower"],
  [
    /\b(?:accuracy|acc|precision|recall|f1|f-?score|f-measure|auc|iou|miou|dice|bleu|rouge(?:-\w+)?|meteor|cider)\b/i,
    "higher",
  ],
  // The COCO family: AP, mAP, AP50, APm, APb, AR100, ARm100…
  [/\b(?:m?ap|m?ar)(?:@?[\d.]+|[smlbr]|[bm]?\d+)*\b/i, "higher"],
  [
    /\b(?:psnr|ssim|ndcg|mrr|hit|success|win rate|score|nds|ccc|correlation|fps|throughput|speed|reward|pass@\d+)/i,
    "higher",
  ],
  [/\b(?:em|exact match|spice|bertscore|chrf|clip ?score|inception score|is|r@\d+|recall@\d+|top-?\d)\b/i, "higher"],
];

/** The direction of a metric by its name; "unknown" when the table does not know it (or there is no metric). */
export function metricDirection(metric: string | null | undefined): MetricDirection {
  if (!metric) return "unknown";
  for (const [pattern, direction] of DIRECTIONS) if (pattern.test(metric)) return direction;
  return "unknown";
}
