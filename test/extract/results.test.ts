// Results extraction on sentences written for these tests: numbers and units, kinds, which metric, dataset and
// model each number belongs to, and the metric direction table.

import { describe, expect, it } from "vitest";
import type { Mention } from "../../domain/types.js";
import { metricDirection } from "../../domain/metric-direction.js";
import { extractResults, toGoldResult } from "../../ingest/extract/results/index.js";
import { findNumbers } from "../../ingest/extract/results/numbers.js";

const mention = (type: Mention["type"], name: string, role: Mention["role"] = "used", aliases: string[] = []) =>
  ({ type, name, role, aliases, count: 1, evidence: { sentence: "", start: 0, end: 0 }, confidence: 1 }) as Mention;

const run = (abstract: string, mentions: Mention[], title = "A paper") =>
  extractResults({ title, abstract }, mentions).map(toGoldResult);

describe("findNumbers", () => {
  it.each([
    ["reaches 84.2% top-1", [[84.2, "%", false]]],
    ["a gain of +2.4 F1", [[2.4, "", true]]],
    ["drops (-0.5\\% accuracy)", [[0.5, "%", true]]],
    [
      "is 3x faster and 2.5× smaller",
      [
        [3, "x", false],
        [2.5, "x", false],
      ],
    ],
    [
      "runs in 12 ms at 30 FPS",
      [
        [12, "ms", false],
        [30, "FPS", false],
      ],
    ],
    ["improves by 1.2 percentage points", [[1.2, "pp", false]]],
    ["a CCC of .71", [[0.71, "", false]]],
    ["with half the memory", [[0.5, "x", false]]],
    ["is 1.2-points better with 2-bit weights, 6-Fold", [[1.2, "pp", false]]],
  ] as const)("%s", (text, expected) => {
    expect(findNumbers(text).map((n) => [n.value, n.unit, n.signed])).toEqual(expected);
  });

  it.each(["Top-1 error", "trained on Foo-21K", "a x2 upscaling", "the 1024x1024 images", "half precision"])(
    "finds no result number in %s",
    (text) => {
      expect(findNumbers(text).filter((n) => !["K", "M", "B"].includes(n.unit))).toEqual([]);
    },
  );
});

describe("extractResults", () => {
  const ours = mention("model", "Zeta", "proposed");
  const base = mention("model", "Omega");
  const omegaUsed = base;
  const imgs = mention("dataset", "PixelBank");
  const det = mention("benchmark", "BoxSuite");
  const acc = mention("metric", "top-1 accuracy");
  const ap = mention("metric", "AP");

  it("attaches each number to its own metric and dataset in a sentence that lists several", () => {
    const r = run("Zeta reaches 81.3% top-1 accuracy on PixelBank and 47.9 AP on BoxSuite.", [
      ours,
      imgs,
      det,
      acc,
      ap,
    ]);
    expect(r).toEqual([
      { model: "Zeta", dataset: "PixelBank", metric: "top-1 accuracy", value: 81.3, unit: "%", kind: "score" },
      { model: "Zeta", dataset: "BoxSuite", metric: "AP", value: 47.9, unit: "", kind: "score" },
    ]);
  });

  it("tells gains and ratios from scores", () => {
    const r = run("On PixelBank, our model improves top-1 accuracy by 2.1% over Omega while being 4x faster.", [
      ours,
      base,
      imgs,
      acc,
    ]);
    expect(r.map((x) => [x.value, x.kind, x.model])).toEqual([
      [2.1, "gain", "Zeta"],
      [4, "ratio", "Zeta"],
    ]);
  });

  it("gives a baseline's value to the baseline and a range's end to the paper's model", () => {
    const r = run("Zeta lifts the PixelBank score from 0.41 to 0.58, beyond Omega.", [ours, base, imgs]);
    expect(r.map((x) => [x.value, x.model])).toEqual([
      [0.41, null],
      [0.58, "Zeta"],
    ]);
    const named = run("Zeta surpasses Omega by raising the PixelBank score from 0.41 to 0.58.", [ours, base, imgs]);
    expect(named.map((x) => [x.value, x.model])).toEqual([
      [0.41, "Omega"],
      [0.58, "Zeta"],
    ]);
  });

  it("zips lists stated respectively", () => {
    const r = run("Zeta obtains 71.0, 72.5 and 74.2 AP on PixelBank, BoxSuite and PixelBank-v2, respectively.", [
      ours,
      imgs,
      det,
      mention("dataset", "PixelBank-v2"),
      ap,
    ]);
    expect(r.map((x) => [x.value, x.dataset])).toEqual([
      [71, "PixelBank"],
      [72.5, "BoxSuite"],
      [74.2, "PixelBank-v2"],
    ]);
  });

  it("zips bare values with datasets stated respectively", () => {
    const r = run("Zeta obtains 0.81 and 0.47 on PixelBank and BoxSuite, respectively.", [ours, imgs, det]);
    expect(r.map((x) => [x.value, x.dataset, x.kind])).toEqual([
      [0.81, "PixelBank", "score"],
      [0.47, "BoxSuite", "score"],
    ]);
  });

  it("gives values coordinated up to a dataset that dataset, and differences stated respectively each result's", () => {
    const boxAp = mention("metric", "box AP");
    const maskAp = mention("metric", "mask AP");
    const seg = mention("dataset", "SegWorld");
    const miou = mention("metric", "mIoU");
    const r = run(
      "Zeta reaches 81.3% top-1 accuracy on PixelBank, 50.3 box AP and 44.1 mask AP on BoxSuite, and 48.7 mIoU on " +
        "SegWorld, beating Omega by +0.9, +1.6, +1.2 and +1.6, respectively.",
      [ours, base, imgs, det, seg, acc, boxAp, maskAp, miou],
    );
    expect(r.map((x) => [x.value, x.kind, x.dataset, x.metric])).toEqual([
      [81.3, "score", "PixelBank", "top-1 accuracy"],
      [50.3, "score", "BoxSuite", "box AP"],
      [44.1, "score", "BoxSuite", "mask AP"],
      [48.7, "score", "SegWorld", "mIoU"],
      [0.9, "gain", "PixelBank", "top-1 accuracy"],
      [1.6, "gain", "BoxSuite", "box AP"],
      [1.2, "gain", "BoxSuite", "mask AP"],
      [1.6, "gain", "SegWorld", "mIoU"],
    ]);
  });

  it("pairs differences stated respectively with earlier results though a measure is named after 'respectively'", () => {
    const boxAp = mention("metric", "box AP");
    const flops = mention("metric", "FLOPs");
    const r = run(
      "Zeta reaches 81.3% top-1 accuracy on PixelBank and 50.3 box AP on BoxSuite, beating Omega by +0.9 and " +
        "+1.6 respectively at similar FLOPs.",
      [ours, base, imgs, det, acc, boxAp, flops],
    );
    expect(r.filter((x) => x.kind === "gain").map((x) => [x.value, x.dataset, x.metric])).toEqual([
      [0.9, "PixelBank", "top-1 accuracy"],
      [1.6, "BoxSuite", "box AP"],
    ]);
  });

  it("keeps differences naming a metric of their own in it when stated respectively", () => {
    const auroc = mention("metric", "AUROC");
    const f1 = mention("metric", "F1");
    const r = run(
      "On PixelBank, Zeta boosts AUROC by 12.5% and 4.1% for sorting and ranking, and F1 by 6.3% and 9.2% for " +
        "parsing and tagging, respectively.",
      [ours, imgs, auroc, f1],
    );
    expect(r.map((x) => [x.value, x.metric])).toEqual([
      [12.5, "AUROC"],
      [4.1, "AUROC"],
      [6.3, "F1"],
      [9.2, "F1"],
    ]);
  });

  it("reads a metric named before 'of <baseline> by N', and no earlier metric for one the text names otherwise", () => {
    const nna = mention("metric", "1-NNA");
    const r = run(
      "On PixelBank, Zeta lowers the 1-NNA of the previous best method by 3.17 and raises the Spread metric by 2.44.",
      [ours, imgs, nna],
    );
    expect(r.map((x) => [x.value, x.kind, x.metric])).toEqual([
      [3.17, "gain", "1-NNA"],
      [2.44, "gain", null],
    ]);
  });

  it("gives a range's end its start's metric, and not the baseline the range starts from", () => {
    const fid = mention("metric", "FID");
    const r = run("With ten steps on PixelBank, our tuner improves the FID of Omega from 9.12 to 6.31.", [
      base,
      imgs,
      fid,
    ]);
    expect(r.map((x) => [x.value, x.model, x.metric])).toEqual([
      [9.12, "Omega", "FID"],
      [6.31, null, "FID"],
    ]);
  });

  it("gives a value to the paper's model, not to a name starting a phrase of baselines", () => {
    const r = run("Zeta beats self-supervised 3D pretraining and Omega parsing baselines on PixelBank by 12% AP.", [
      ours,
      base,
      imgs,
      ap,
    ]);
    expect(r.map((x) => [x.model, x.value])).toEqual([["Zeta", 12]]);
  });

  it("takes no dataset from the sentence before for a value stated across unnamed benchmarks", () => {
    const r = run("Zeta reaches 71.2% AP on BoxSuite. It also averages 64.8% AP across 17 public benchmarks.", [
      ours,
      det,
      ap,
    ]);
    expect(r.map((x) => [x.value, x.dataset])).toEqual([[71.2, "BoxSuite"]]);
  });

  it("does not make a range's baseline the paper's model when the paper names none of its own", () => {
    const fid = mention("metric", "FID");
    const r = run("Our tuner improves the FID of Omega from 9.12 to 6.31 on PixelBank.", [base, imgs, fid]);
    expect(r.map((x) => [x.value, x.model])).toEqual([
      [9.12, "Omega"],
      [6.31, null],
    ]);
  });

  it("reads a value glued to its metric, and a difference in points as the score's metric", () => {
    const jf = mention("metric", "J&F");
    const r = run("On PixelBank, Zeta reaches 61.3J&F, which beats the previous best by 4.2 points.", [ours, imgs, jf]);
    expect(r.map((x) => [x.value, x.kind, x.metric])).toEqual([
      [61.3, "score", "J&F"],
      [4.2, "gain", "J&F"],
    ]);
  });

  it("gives no value to a model named after it as what it is compared with", () => {
    const r = run("On BoxSuite we reach 48.1AP, an improvement of +1.9AP over the strongest Omega model.", [
      base,
      det,
      ap,
    ]);
    expect(r.map((x) => [x.value, x.kind, x.model])).toEqual([
      [48.1, "score", null],
      [1.9, "gain", null],
    ]);
  });

  it("makes the paper's one other model the subject only when more than its shape names it", () => {
    const weak = { ...mention("model", "Gizmo"), confidence: 0.6 };
    const strong = { ...mention("model", "Gizmo"), confidence: 0.9 };
    const sentence = "We train on fewer widgets. Our method reaches 71.2% AP on BoxSuite.";
    expect(run(sentence, [weak, det, ap]).map((x) => x.model)).toEqual([null]);
    expect(run(sentence, [strong, det, ap]).map((x) => x.model)).toEqual(["Gizmo"]);
  });

  it("reads 'greater' as a difference, and no value from a range written with a dash", () => {
    const r = run("On PixelBank, Zeta has 34.8% greater top-1 accuracy and needs 2-3x less compute than Omega.", [
      ours,
      base,
      imgs,
      acc,
    ]);
    expect(r.map((x) => [x.value, x.kind])).toEqual([[34.8, "gain"]]);
  });

  it("finds accuracy in a results sentence though extraction named it only inside a longer metric", () => {
    const inference = mention("metric", "inference accuracy");
    const r = run("On PixelBank, Zeta reaches 91.3% accuracy with only 1.6M parameters.", [ours, imgs, inference]);
    expect(r.map((x) => [x.value, x.metric])).toEqual([[91.3, "inference accuracy"]]);
    expect(run("On PixelBank, Zeta reaches 91.3% accuracy.", [ours, imgs]).map((x) => x.metric)).toEqual(["accuracy"]);
  });

  it("gives a relative clause's first value to the name it hangs on; what people score is no result", () => {
    const r = run(
      "On PixelBank, Zeta reaches 71.3% top-1 accuracy, beating Omega, which reaches 58.6%, and exceeds human " +
        "performance of 69.9%.",
      [ours, base, imgs, acc],
    );
    expect(r.map((x) => [x.value, x.model])).toEqual([
      [71.3, "Zeta"],
      [58.6, "Omega"],
    ]);
  });

  it("gives the value of a baseline the text leaves unnamed to no model", () => {
    const r = run("On PixelBank, Zeta reaches 52.3% AP, a 34.2% AP rise over the best prior result (38.9%).", [
      ours,
      imgs,
      ap,
    ]);
    expect(r.map((x) => [x.value, x.model])).toEqual([
      [52.3, "Zeta"],
      [34.2, "Zeta"],
      [38.9, null],
    ]);
  });

  it("zips a list of subjects with as many numbers, and finds a camel-case name written with one capital", () => {
    const sizes = ["Zeta-S", "Zeta-M", "Zeta-L"].map((n) => mention("model", n, "proposed"));
    const r = run("Zeta-S, Zeta-M, and Zeta-L reach 80.1%, 82.4%, and 82.95% widget accuracy on PixelBank.", [
      ...sizes,
      imgs,
      acc,
    ]);
    expect(r.map((x) => [x.model, x.value])).toEqual([
      ["Zeta-S", 80.1],
      ["Zeta-M", 82.4],
      ["Zeta-L", 82.95],
    ]);
    const camel = mention("model", "QuillFormer", "proposed");
    const [first, second] = run(
      "Built on Omega and PixelBank, Quillformer achieves a 61% energy footprint reduction with a 0.2% performance drop.",
      [camel, base, imgs, mention("metric", "energy footprint")],
    );
    expect(first).toMatchObject({ model: "QuillFormer", value: 61, metric: "energy footprint" });
    expect(second).toMatchObject({ model: "QuillFormer", value: 0.2, metric: null });
  });

  it("a bare value continuing a list keeps its metric and kind, but not past an aside or a word of its own", () => {
    const f1 = mention("metric", "macro gizmo score");
    const r = run("Zeta reaches a macro gizmo score of 87.1 (+2.3) on PixelBank and 91.4 (+0.5) on BoxSuite.", [
      ours,
      imgs,
      det,
      f1,
    ]);
    expect(r.map((x) => [x.value, x.kind, x.dataset, x.metric])).toEqual([
      [87.1, "score", "PixelBank", "macro gizmo score"],
      [2.3, "gain", "PixelBank", "macro gizmo score"],
      [91.4, "score", "BoxSuite", "macro gizmo score"],
      [0.5, "gain", "BoxSuite", "macro gizmo score"],
    ]);
    const aside = run(
      "Zeta reaches 63.4% repair rate on PixelBank (+17.5% over the old best), and 41.2% success rate on BoxSuite.",
      [ours, imgs, det, mention("metric", "repair rate"), mention("metric", "success rate")],
    );
    expect(aside.find((x) => x.value === 41.2)?.kind).toBe("score");
    const own = run("Zeta reaches 69.8 mIoU on PixelBank and 85.8 QJ on BoxSuite.", [
      ours,
      imgs,
      det,
      mention("metric", "mIoU"),
    ]);
    expect(own.find((x) => x.value === 85.8)).toBeUndefined();
  });

  it("gives a difference written 'X by N' to X, and reads a capital X after a small number as a factor", () => {
    const r = run("Zeta helps widget tasks (PixelBank by 2.4% and BoxSuite by 5.5%) and is 2.5X faster on BoxSuite.", [
      ours,
      imgs,
      det,
    ]);
    expect(r.map((x) => [x.dataset, x.value, x.unit, x.kind])).toEqual([
      ["PixelBank", 2.4, "%", "gain"],
      ["BoxSuite", 5.5, "%", "gain"],
      ["BoxSuite", 2.5, "x", "ratio"],
    ]);
    expect(findNumbers("on a Quill 5950X chip")).toEqual([]);
  });

  it("reads a share removed, pruned or saved as a difference", () => {
    const [r] = run("On PixelBank, Zeta can remove 40% of the widget layers of Omega without loss.", [
      ours,
      base,
      imgs,
    ]);
    expect(r).toMatchObject({ value: 40, kind: "gain", dataset: "PixelBank" });
    const [drop] = run("On PixelBank, Zeta keeps 2 widget tokens with a performance drop of just 3%.", [ours, imgs]);
    expect(drop).toMatchObject({ value: 3, kind: "gain" });
    const [speedup] = run("On PixelBank, Zeta holds its widget accuracy with up to 27% inference speedup.", [
      ours,
      imgs,
    ]);
    expect(speedup).toMatchObject({ value: 27, kind: "gain" });
    const [improves] = run("Zeta improves more than 120% over Omega on PixelBank.", [ours, base, imgs]);
    expect(improves).toMatchObject({ value: 120, kind: "gain" });
  });

  it("reads 'A vs B' as the subject's value against the compared one's, in the dataset the parenthesis follows", () => {
    const bpd = mention("metric", "bits/dim");
    const ppl = mention("metric", "perplexity");
    const r = run(
      "Zeta beats widget models on PixelBank (14.1 vs 16.9 perplexity), and on widget synthesis on BoxSuite " +
        "(2.91 vs 2.97 bits/dim). It beats Omega by 1.7% (79.6% vs. 77.9%) on SegWorld.",
      [ours, base, imgs, det, mention("dataset", "SegWorld"), bpd, ppl],
    );
    expect(r.map((x) => [x.model, x.value, x.dataset, x.metric])).toEqual([
      ["Zeta", 14.1, "PixelBank", "perplexity"],
      [null, 16.9, "PixelBank", "perplexity"],
      ["Zeta", 2.91, "BoxSuite", "bits/dim"],
      [null, 2.97, "BoxSuite", "bits/dim"],
      ["Zeta", 1.7, "SegWorld", null],
      ["Zeta", 79.6, "SegWorld", null],
      ["Omega", 77.9, "SegWorld", null],
    ]);
  });

  it("reads 'improvements averaging' a value as a difference", () => {
    const bleu = mention("metric", "BLEU");
    const [r] = run("We show improvements averaging 0.7 BLEU over Omega on PixelBank.", [ours, base, imgs, bleu]);
    expect(r).toMatchObject({ value: 0.7, kind: "gain", metric: "BLEU", dataset: "PixelBank" });
  });

  it("leaves the model unknown when an unnamed baseline states the number", () => {
    const r = run("Zeta needs 5 MB on BoxSuite, whereas previous methods need 80 MB.", [ours, det]);
    expect(r.map((x) => [x.value, x.model])).toEqual([
      [5, "Zeta"],
      [80, null],
    ]);
  });

  it("gives results to the one model the title names when the paper proposes none", () => {
    const r = run(
      "Pruning its heads keeps 96.0% accuracy on PixelBank.",
      [omegaUsed, imgs, mention("metric", "accuracy")],
      "Pruning Omega",
    );
    expect(r.map((x) => [x.value, x.model])).toEqual([[96, "Omega"]]);
  });

  it("names a transfer benchmark by its source and target", () => {
    const src = mention("dataset", "SynthCity");
    const tgt = mention("dataset", "RealCity");
    const r = run("Zeta improves SynthCity-to-RealCity by 1.5 points.", [ours, src, tgt]);
    expect(r.map((x) => [x.dataset, x.value, x.kind])).toEqual([["SynthCity-to-RealCity", 1.5, "gain"]]);
  });

  it("does not take a training length or a budget for a score", () => {
    const r = run(
      "Zeta trained for 300 epochs achieves a top-1 accuracy of 83.5% on PixelBank, and 80.5% top-1 accuracy at 600 MB.",
      [ours, imgs, acc],
    );
    expect(r.filter((x) => x.metric === "top-1 accuracy").map((x) => x.value)).toEqual([83.5, 80.5]);
  });

  it("reads a stated loss as a difference, and a percent sign after LaTeX math", () => {
    const r = run("On PixelBank, Zeta keeps $\\geq 95$% top-1 accuracy with a 0.4% accuracy loss.", [ours, imgs, acc]);
    expect(r.map((x) => [x.value, x.unit, x.kind])).toEqual([
      [95, "%", "score"],
      [0.4, "%", "gain"],
    ]);
  });

  it("gives a stated gain to the subject, not to the second of the baselines it beats ('Omega/Kappa-L12')", () => {
    const other = mention("model", "Kappa-L12");
    const r = run(
      "On PixelBank, Zeta reaches 81.7% accuracy and beats the baselines Omega/Kappa-L12 by 0.4%/1.6% accuracy.",
      [ours, base, other, imgs, acc],
    );
    expect(r.map((x) => [x.model, x.value, x.kind])).toEqual([
      ["Zeta", 81.7, "score"],
      ["Zeta", 0.4, "gain"],
      ["Zeta", 1.6, "gain"],
    ]);
  });

  it("a factor that says how a model was built is no result ('6x deeper than', '12x more unlabeled images')", () => {
    const r = run(
      "Zeta is 6x deeper than Omega on PixelBank and learns from 12x more unlabeled images, yet it runs 2.5x faster there.",
      [ours, base, imgs],
    );
    expect(r.map((x) => [x.model, x.value, x.unit])).toEqual([["Zeta", 2.5, "x"]]);
  });

  it("a known model after 'on' is what a method runs on, a name of a model's shape alone may be where it measures", () => {
    const known = mention("model", "Gamma-2 70B");
    expect(run("On Gamma-2 70B, Zeta is 20 times more compact than Omega.", [ours, base, known])).toEqual([]);
    const backbone = run("On PixelBank, we reach 76.35% top-1 accuracy on Gamma-2 70B, outperforming Omega by 1.2%.", [
      ours,
      base,
      known,
      imgs,
      acc,
    ]);
    expect(backbone.map((x) => [x.model, x.dataset, x.value])).toEqual([
      ["Zeta", "PixelBank", 76.35],
      ["Zeta", "PixelBank", 1.2],
    ]);
    const shaped = { ...mention("model", "PixelSuite"), confidence: 0.6 };
    const [r] = run("On PixelSuite, Zeta reaches 71.3% top-1 accuracy.", [ours, shaped, acc]);
    expect(r).toMatchObject({ model: "Zeta", dataset: "PixelSuite", value: 71.3 });
  });

  it("baselines listed in parentheses after a comparison are compared, not the subject ('(e.g., A, B and C)')", () => {
    const other = mention("model", "Kappa-L12");
    const r = run(
      "Zeta surpasses baseline models (e.g., Omega and Kappa-L12), achieving accuracies of 80.7% on PixelBank.",
      [ours, base, other, imgs, mention("metric", "accuracy", "used", ["accuracies"])],
    );
    expect(r.map((x) => [x.model, x.dataset, x.metric, x.value])).toEqual([["Zeta", "PixelBank", "accuracy", 80.7]]);
  });

  it("one value for three or more datasets is an aggregate, for two it holds on each", () => {
    const more = ["PixelBank", "GridSet", "DotCorpus", "LineBank"].map((n) => mention("dataset", n));
    const many = run(
      "On datasets such as PixelBank, GridSet, DotCorpus and LineBank, Zeta gains up to 8% accuracy over Omega.",
      [ours, base, ...more, mention("metric", "accuracy")],
    );
    expect(many).toEqual([]);
    const two = run("On PixelBank and GridSet, Zeta gains 1.5% accuracy over Omega.", [
      ours,
      base,
      ...more,
      mention("metric", "accuracy"),
    ]);
    expect(two.map((x) => x.dataset)).toEqual(["PixelBank", "GridSet"]);
  });

  it("a share of the data a model learned from is no result ('93.7% less labelled gadget data')", () => {
    const r = run("Zeta reaches 18.7 WER on PixelBank while using 93.7% less labelled gadget data than Omega.", [
      ours,
      base,
      imgs,
      mention("metric", "WER"),
    ]);
    expect(r.map((x) => x.value)).toEqual([18.7]);
  });

  it("the paper's own model after 'the effectiveness of' is the subject, not compared", () => {
    const r = run(
      "Trials on UNet- and MMDiT-based architectures all demonstrate the effectiveness of Zeta by setting new " +
        "records on benchmarks, including PixelBank (+98%).",
      [ours, mention("model", "MMDiT"), imgs],
    );
    expect(r.map((x) => [x.model, x.value])).toEqual([["Zeta", 98]]);
  });

  it("a cost cut 'by up to' N is in that cost; values 'of performance, respectively' take no metric from it", () => {
    const grid = mention("dataset", "GridSet");
    const r = run(
      "On PixelBank and GridSet, Zeta cuts inference time by up to 37% and 28% while keeping 98% and 95% " +
        "performance respectively.",
      [ours, imgs, grid, mention("metric", "inference time")],
    );
    expect(r.map((x) => [x.dataset, x.metric, x.value])).toEqual([
      ["PixelBank", "inference time", 37],
      ["GridSet", "inference time", 28],
      ["PixelBank", null, 98],
      ["GridSet", null, 95],
    ]);
  });

  it("a slash between two full names lists them ('Zeta-T/Zeta-S'), not variants built on a stem", () => {
    const t = mention("model", "Zeta-T", "proposed");
    const sm = mention("model", "Zeta-S", "proposed");
    const r = run("Our Zeta-T/Zeta-S outperform Omega by 6.4% and 5.1% on PixelBank, respectively.", [
      t,
      sm,
      base,
      imgs,
    ]);
    expect(r.map((x) => [x.model, x.value])).toEqual([
      ["Zeta-T", 6.4],
      ["Zeta-S", 5.1],
    ]);
  });

  it("a value with a relative clause comparing it ('0.71, which is 4.2% above Omega on X') is measured on X", () => {
    const mrr = mention("metric", "MRR");
    const r = run("Zeta reaches an MRR of 0.71, which is 4.2% above Omega on the PixelBank benchmark.", [
      ours,
      base,
      imgs,
      mrr,
    ]);
    expect(r.map((x) => [x.dataset, x.metric, x.value, x.kind])).toEqual([
      ["PixelBank", "MRR", 0.71, "score"],
      ["PixelBank", null, 4.2, "gain"],
    ]);
  });

  it("a factor a method is set to and a share of the data kept are settings ('factors of 3 and 6', '35% data kept')", () => {
    const r = run(
      "On PixelBank with reduction factors of 3 and 6, Zeta gains 0.4% top-1 accuracy with 35% data kept. Trained " +
        "on 5% and 20% of labels on PixelBank, Zeta reaches 61.2% top-1 accuracy.",
      [ours, imgs, acc],
    );
    expect(r.map((x) => x.value)).toEqual([0.4, 61.2]);
  });

  it("a value a name owns ('Omega's 57.5%') is that name's; names given as examples ('e.g., A and B') are no subject", () => {
    const owned = run("On PixelBank, Zeta reaches 61.8% accuracy, surpassing Omega's 57.5% accuracy.", [
      ours,
      base,
      imgs,
      mention("metric", "accuracy"),
    ]);
    expect(owned.map((x) => [x.model, x.value])).toEqual([
      ["Zeta", 61.8],
      ["Omega", 57.5],
    ]);
    const examples = run(
      "Zeta helps when tuning large models, e.g., Omega and Kappa-L12, and reaches 30.9 BLEU on PixelBank.",
      [ours, base, mention("model", "Kappa-L12"), imgs, mention("metric", "BLEU")],
    );
    expect(examples.map((x) => [x.model, x.value])).toEqual([["Zeta", 30.9]]);
  });

  it("a baseline's value given with its metric in parentheses ('the plain baseline (accuracy of 11.5%)') is no one's", () => {
    const r = run("On PixelBank, Zeta reaches 29.5% accuracy, well above the plain baseline (accuracy of 11.5%).", [
      ours,
      imgs,
      mention("metric", "accuracy"),
    ]);
    expect(r.map((x) => [x.model, x.value])).toEqual([
      ["Zeta", 29.5],
      [null, 11.5],
    ]);
  });

  it("does not report numbers without a dataset, counts, or years", () => {
    expect(run("Zeta has 350M parameters and was released in 2023 with 90% less memory.", [ours])).toEqual([]);
  });

  it("a cost cut 'to just' a share is stated in that cost ('its communication cost to just 21%')", () => {
    const news = mention("dataset", "WidgetNews");
    const [r] = run("Zeta matches FedBase on WidgetNews, reducing its communication cost to just 21%.", [ours, news]);
    expect(r).toMatchObject({ model: "Zeta", dataset: "WidgetNews", metric: "communication cost", value: 21 });
  });

  it("keeps the evidence sentence and the span of the number in the paper text", () => {
    const [r] = extractResults({ title: "T", abstract: "We test. Zeta scores 55.5% AP on BoxSuite." }, [ours, det, ap]);
    const text = "T\nWe test. Zeta scores 55.5% AP on BoxSuite.";
    expect(text.slice(r!.evidence.start, r!.evidence.end)).toBe("55.5%");
    expect(r!.evidence.sentence).toBe("Zeta scores 55.5% AP on BoxSuite.");
  });
});

describe("metricDirection", () => {
  it.each([
    ["top-1 accuracy", "higher"],
    ["mIoU", "higher"],
    ["BLEU", "higher"],
    ["APm", "higher"],
    ["word error rate", "lower"],
    ["WER", "lower"],
    ["FID", "lower"],
    ["perplexity", "lower"],
    ["latency", "lower"],
    ["parameters", "lower"],
    ["controllability", "unknown"],
    [null, "unknown"],
  ] as const)("%s → %s", (metric, direction) => {
    expect(metricDirection(metric)).toBe(direction);
  });
});

describe("findNumbers, sizes and resolutions", () => {
  it("reads '1 billion' as a count and '256 x 256' as no factor", () => {
    expect(findNumbers("between 20 million and 1 billion parameters").map((n) => n.unit)).toEqual([
      "million",
      "billion",
    ]);
    expect(findNumbers("images of 256 x 256 pixels").filter((n) => n.unit === "x")).toEqual([]);
  });
});
