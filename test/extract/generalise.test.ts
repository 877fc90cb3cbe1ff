// General mechanisms of issue 12, each over sentences written for these tests: citation labels, lone acronyms,
// detection metrics, non-entity words of mathematics and publishing, appositive data nouns, bare coordinated task
// heads, qualitative efficiency measures.

import { describe, expect, it } from "vitest";
import { confidentOnly } from "../../domain/confidence.js";
import type { Mention } from "../../domain/types.js";
import { extractPaper } from "../../ingest/extract/index.js";

const names = (mentions: Mention[], type?: string) =>
  confidentOnly(mentions)
    .filter((m) => !type || m.type === type)
    .map((m) => m.name);

const extract = (title: string, abstract: string) => extractPaper({ title, abstract });

describe("non-names", () => {
  it("an eponym pair, a word with a lowercase ordinary word after its hyphen, or a concept before a component noun is no model", () => {
    const m = extract(
      "Widget parsing",
      "Our neural widget parser outperforms baselines such as Quillan-Marbury, Widget-shot and Quill-Former on " +
        "widget parsing, where a single shot suffices. We also compare with a Reinforcement Learning strategy and " +
        "a Quill Routing module.",
    );
    expect(names(m, "model")).toEqual(expect.arrayContaining(["Quill-Former", "Quill Routing"]));
    expect(names(m, "model")).not.toEqual(expect.arrayContaining(["Quillan-Marbury"]));
    expect(names(m, "model")).not.toEqual(expect.arrayContaining(["Widget-shot"]));
    expect(names(m, "model")).not.toEqual(expect.arrayContaining(["Reinforcement Learning"]));
  });

  it("a long plain word run into an acronym is no name, a short coined prefix is", () => {
    const m = extract(
      "Widget search for neural policies",
      "We introduce widget search. To address it, we introduceQWZ, a neural tree search policy for widgets, and " +
        "compare it with xQuill on continuous control.",
    );
    expect(names(m, "model")).not.toContain("introduceQWZ");
    expect(names(m, "model")).toContain("xQuill");
  });

  it("a bracketed list of alphabetic citation labels names nothing", () => {
    const m = extract(
      "Widget ranking in context",
      "Several works [QRT+21, ZLW22, Hop19a] have studied in-context learning; we propose QuillNet, a neural model trained on a widget benchmark.",
    );
    expect(names(m)).not.toEqual(expect.arrayContaining(["QRT+"]));
    expect(names(m, "model")).not.toContain("ZLW22");
    expect(names(m, "model")).not.toContain("Hop19a");
    expect(names(m, "model")).toContain("QuillNet");
  });

  it("a bracketed list of surname-and-year labels names nothing, a bracketed model name stays ('[ResNet50]')", () => {
    const m = extract(
      "Faster widget games",
      "We relate extragradient methods [Ostrowski04, Kellanova07] to the solver of [Sherman17], and train a " +
        "neural network [GizmoNet50] with supervised learning on a widget benchmark.",
    );
    for (const label of ["Ostrowski04", "Kellanova07", "Sherman17"]) expect(names(m)).not.toContain(label);
    expect(names(m, "model")).toContain("GizmoNet50");
  });

  it("an undefined short acronym named once with no sign of a model is no model", () => {
    const m = extract(
      "Widget ranking",
      "We rank widgets with a ternary XQZ layout and find that QuillNet ranks faster than before.",
    );
    expect(names(m, "model")).not.toContain("XQZ");
  });

  it("a short acronym beside another model in a list, after a cue, or named twice stays a model", () => {
    const list = extract(
      "Widget ranking",
      "We fine-tune a neural ranker and compare QuillNet-Large and TRX on widget ranking benchmarks.",
    );
    expect(names(list, "model")).toContain("TRX");
    const cue = extract(
      "Widget ranking",
      "Our neural ranker, pre-trained on a widget dataset, beats the vanilla TRX by a wide margin.",
    );
    expect(names(cue, "model")).toContain("TRX");
    const twice = extract(
      "Widget ranking",
      "TRX is a neural ranker trained on a widget dataset. We show that TRX also ranks gadgets well.",
    );
    expect(names(twice, "model")).toContain("TRX");
  });

  it("complexity classes, mathematicians' adjectives and publishers are no models", () => {
    const m = extract(
      "Widget ranking is NP-hard",
      "We prove that Markov widget ranking is NP-hard and give a Gaussian relaxation, published by IEEE.",
    );
    expect(names(m, "model")).toEqual([]);
  });

  it("classic estimators and component analyses are generic, as principal component analysis is", () => {
    const m = extract(
      "Widget ranking",
      "We fit the gizmo rates of a neural widget ranker by maximum likelihood estimation (MLE), compare its features " +
        "with canonical correlation analysis (CCA) and linear discriminant analysis (LDA), and train it on ImageNet.",
    );
    expect(names(m)).toEqual(["ImageNet"]);
  });
});

describe("detection metrics", () => {
  it("average precision and recall by cut-off, size or mask are metrics", () => {
    const m = extract(
      "Widget detection",
      "QuillDet reaches 41.0% on ARb100 and 35.2% on APm, and improves AP50 by 2 points on the Gadget dataset.",
    );
    expect(names(m, "metric")).toEqual(expect.arrayContaining(["ARb100", "APm", "AP50"]));
    expect(names(m, "model")).not.toEqual(expect.arrayContaining(["ARb100"]));
  });
});

describe("task heads", () => {
  it("a bare head coordinated with another task head or before 'tasks' is a task", () => {
    const m = extract(
      "Widget vision",
      "We pre-train a neural backbone that learns classification, detection, and segmentation at once, and " +
        "transfer it to retrieval tasks.",
    );
    expect(names(m, "task")).toEqual(
      expect.arrayContaining(["classification", "detection", "segmentation", "retrieval"]),
    );
  });

  it("a bare head that needs an object, or that the text also names with modifiers, is no task of its own", () => {
    const m = extract(
      "Widget generation",
      "Our neural model excels in many generation tasks, and in widget detection, where its detection is fast.",
    );
    expect(names(m, "task")).not.toContain("generation");
    expect(names(m, "task")).not.toContain("detection");
    expect(names(m, "task")).toContain("widget detection");
  });

  it("a known task keeps the modifiers before it, and a verb before a task is no modifier", () => {
    const m = extract(
      "Widget graphs",
      "Neural networks do well at graph representation learning. We aim to establish long-range modeling.",
    );
    expect(names(m, "task")).toContain("graph representation learning");
    expect(names(m, "task")).not.toContain("representation learning");
    expect(names(m, "task").join(" ")).not.toMatch(/establish/);
  });

  it("a task named before 'models' is still named", () => {
    const m = extract("Widgets", "Recent text-to-image generation models are trained on large widget datasets.");
    expect(names(m, "task")).toContain("text-to-image generation");
  });
});

describe("efficiency measures", () => {
  it("qualitative reports of speed, memory and size are metrics", () => {
    const m = extract(
      "Widget segmentation",
      "QuillSeg keeps the remarkable memory efficiency and computational speed of state space models, and " +
        "compresses model size by 40%. A QuillSeg with only 12M parameters matches larger neural baselines.",
    );
    expect(names(m, "metric")).toEqual(
      expect.arrayContaining(["memory efficiency", "computational speed", "model size", "parameters"]),
    );
  });

  it("serving latencies by their acronyms and names headed by a measure's noun are metrics", () => {
    const m = extract(
      "Widget serving",
      "We serve large language models with QuillServe, a neural scheduler, and cut TTFT by 30% with a lower TPOT " +
        "than baseline inference systems. We also propose the Widget Drift Score for fine-tuned transformers.",
    );
    expect(names(m, "metric")).toEqual(expect.arrayContaining(["TTFT", "TPOT", "Widget Drift Score"]));
    expect(names(m, "model")).not.toContain("Widget Drift Score");
  });

  it("measures a clause names as metrics, or reports, keep the words that say what they measure", () => {
    const m = extract(
      "Widget voice agents",
      "We build QuillTalk, a neural voice agent. We also define two system metrics, hand-off detection accuracy " +
        "and end-to-end latency, and we report gizmo-level recall for transformer baselines.",
    );
    expect(names(m, "metric")).toEqual(
      expect.arrayContaining(["hand-off detection accuracy", "end-to-end latency", "gizmo-level recall"]),
    );
    expect(names(m, "metric")).not.toContain("accuracy");
  });

  it("a size described or a cost deplored is no metric", () => {
    const m = extract(
      "Widget language models",
      "We train a 7B neural language model. The sheer number of parameters in these models causes " + "heavy latency.",
    );
    expect(names(m, "metric")).toEqual([]);
  });

  it("a measure named only in a background claim is no metric of the paper", () => {
    const background = extract(
      "Widget parsing",
      "Neural parsers are fine-tuned for each widget type, which they then parse with near-perfect accuracy. " +
        "Adapters keep training cheap, but fewer trainable weights lead to poor fitting. We propose QuillParse.",
    );
    expect(names(background, "metric")).toEqual([]);
    // The same words where the paper reports, compares or changes the measure stay metrics.
    const reported = extract(
      "Widget parsing",
      "Noisy widget labels deteriorate accuracy. QuillParse reaches higher accuracy than neural parsers with 40% " +
        "fewer parameters.",
    );
    expect(names(reported, "metric")).toEqual(expect.arrayContaining(["accuracy", "parameters"]));
  });

  it("a measure held fixed for a comparison is its setting, not a result", () => {
    const m = extract(
      "Widget mixtures of experts",
      "QuillMoE matches dense neural widget models built from an equal count of widgets and a comparable number " +
        "of overall parameters, and at an equal model size it beats them.",
    );
    expect(names(m, "metric")).toEqual([]);
    // Held fixed or beaten, the measure compares: "with comparable or fewer parameters".
    const fewer = extract(
      "Widget mixtures of experts",
      "Our QuillMoE beats dense neural widget models in accuracy with comparable or fewer parameters.",
    );
    expect(names(fewer, "metric")).toEqual(expect.arrayContaining(["accuracy", "parameters"]));
  });

  it("a measure that varies is the condition a result is stated under, not a result", () => {
    const m = extract(
      "Widget mixtures of experts",
      "A wider gizmo encoder gives QuillMoE larger gains as model size increases, and when the number of " +
        "parameters grows the neural widget baselines saturate, even as the parameter count is increased.",
    );
    expect(names(m, "metric")).toEqual([]);
  });
});

describe("parts of longer names", () => {
  it("a name written only inside a longer model name is no model of its own", () => {
    const m = extract(
      "Dual QuillNorm",
      "We propose Dual QuillNorm, two normalisation layers around the patch embedding of neural widget models. " +
        "Dual QuillNorm improves accuracy on a widget benchmark.",
    );
    expect(names(m, "model")).toContain("Dual QuillNorm");
    expect(names(m, "model")).not.toContain("QuillNorm");
  });

  it("a known name inside the title's coined name is not mentioned where the text repeats that name", () => {
    const m = extract(
      "Wobbly SegFormer: Jittered Queries for Panoptic Parsing",
      "We present Wobbly SegFormer, a transformer with jittered queries for panoptic segmentation of gizmo scenes, " +
        "trained end to end with deep supervision. Wobbly SegFormer reaches 51.3 PQ on COCO.",
    );
    expect(names(m, "model")).toEqual(["Wobbly SegFormer"]);
    expect(m.find((x) => x.name === "Wobbly SegFormer")?.role).toBe("proposed");
  });

  it("a repeat of the title's name inside a longer name leaves that longer name whole", () => {
    const m = extract(
      "Wobbly Steering: Rotating Gizmo Activations",
      "We introduce Wobbly Steering, a method that turns the hidden activations of big language models. We further " +
        "propose Adaptive Wobbly Steering, a variant that rotates only aligned activations, and the Wobbly Steering " +
        "Captioner, a neural captioning model steered from pre-training onwards.",
    );
    expect(names(m, "model")).toEqual(
      expect.arrayContaining(["Wobbly Steering", "Adaptive Wobbly Steering", "Wobbly Steering Captioner"]),
    );
  });

  it("a lowercase variant word after the paper's own name names its own variant, not an adjective's ending", () => {
    const m = extract(
      "Gizmo Mamba: A Widget State Space Model",
      "We propose GizMamba, a framework that distills widget transformers into state space models. GizMamba-linear " +
        "runs in linear time, while GizMamba-hybrid keeps a few attention layers; both beat GizMamba-like baselines " +
        "built on neural networks.",
    );
    const role = (name: string) => m.find((x) => x.name === name)?.role;
    expect(role("GizMamba-linear")).toBe("proposed");
    expect(role("GizMamba-hybrid")).toBe("proposed");
    expect(names(m)).not.toContain("GizMamba-like");
  });

  it("a known method is the paper's own where its title spells it out and the abstract proposes it", () => {
    const own = extract(
      "Gizmo Transformers with Rotary Position Embedding",
      "We design a scheme termed Rotary Position Embedding (RoPE) that turns gizmo queries by their position. " +
        "RoPE lets widget transformers rank longer sequences.",
    );
    expect(own.find((x) => x.name === "RoPE")?.role).toBe("proposed");
    // Not where the title's phrase is a longer name built on it.
    const built = extract(
      "The Gated Rotary Position Embedding",
      "Studies of the so-called rotary position embedding (RoPE) approach explain widget transformers. We introduce " +
        "the Gated Rotary Position Embedding (GRoPE), which gates the rotation of gizmo queries.",
    );
    expect(built.find((x) => x.name === "RoPE")?.role).toBe("used");
    expect(built.find((x) => x.name === "GRoPE")?.role).toBe("proposed");
  });
});

describe("plural acronyms", () => {
  it("a known acronym in the plural is the known entity", () => {
    const m = extract(
      "Widget segmentation",
      "QuillSeg, a neural segmentation model trained on Cityscapes, improves the IoUs of widget classes by 0.9 over " +
        "deep learning baselines on the benchmark.",
    );
    const iou = confidentOnly(m).find((x) => x.name === "IoU");
    expect(iou?.type).toBe("metric");
    expect(iou?.aliases).toContain("IoUs");
  });
});

describe("what a defined acronym's long form is", () => {
  it("its head types it: a criterion is a metric, a challenge a benchmark, a problem no model", () => {
    const m = extract(
      "Widget selection",
      "We select neural widget models by the Widget Information Criterion (WIC), report results from the Quill " +
        "Widget Challenge (QWC), and cast assembly as a Widget Packing Problem (WPP).",
    );
    const typeOf = (n: string) => confidentOnly(m).find((x) => x.name === n)?.type;
    expect(typeOf("WIC")).toBe("metric");
    expect(typeOf("QWC")).toBe("benchmark");
    expect(names(m, "model")).not.toContain("WPP");
  });
});

describe("model names", () => {
  it("a title-case phrase of three words with a weak head names a model outside the proposal too", () => {
    const m = extract(
      "Widget ranking",
      "The neural ranker is trained on a widget dataset, and attention is enhanced by Spiral Offset Embedding.",
    );
    expect(names(m, "model")).toContain("Spiral Offset Embedding");
    const two = extract("Widget ranking", "The neural ranker is trained on a widget dataset with Offset Embedding.");
    expect(names(two, "model")).not.toContain("Offset Embedding");
  });

  it("a camel-case plural of a known model is that model; a colour space or a protocol is no model", () => {
    const m = extract(
      "Widget backbones",
      "Our neural QuillNet beats ResNets and MobileNets on widget classification, converting images to YCbCr " +
        "and serving them over HTTPS.",
    );
    const resnets = m.find((x) => x.name === "ResNets");
    expect(resnets?.aliases).toContain("ResNet");
    expect(resnets?.confidence).toBeGreaterThan(0.8);
    expect(names(m, "model")).not.toEqual(expect.arrayContaining(["YCbCr"]));
    expect(names(m, "model")).not.toEqual(expect.arrayContaining(["HTTPS"]));
  });

  it("an acronym the lexicon knows as a dataset is a model when its long form ends in a model head", () => {
    const m = extract(
      "Widget attention",
      "Grouped Query Attention (GQA) shares key heads across query heads of a neural language model.",
    );
    const gqa = confidentOnly(m).find((x) => x.name === "GQA");
    expect(gqa?.type).toBe("model");
  });

  it("a phrase whose initials spell the title's name is that name, not a model of its own", () => {
    const m = extract(
      "QUAD: Quick Unified Attention Decoder for Widgets",
      "We present QUAD, a neural Quick Unified Attention Decoder trained on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(["QUAD"]);
    expect(confidentOnly(m).find((x) => x.name === "QUAD")?.aliases).toContain("Quick Unified Attention Decoder");
  });

  it("two model names with only a space between them are one name", () => {
    const m = extract("Widgets", "We fine-tune Mistral Mamba 7B, a neural language model, on a widget dataset.");
    expect(names(m, "model")).toContain("Mistral Mamba 7B");
    expect(names(m, "model")).not.toContain("Mistral");
  });

  it("sizes after a slash behind a sized name are sibling models", () => {
    const m = extract(
      "Widget vision",
      "Our neural QuillViT-T/S/B backbones, pre-trained on a widget dataset, beat the QuillNet-S/L baselines.",
    );
    expect(names(m, "model")).toEqual(
      expect.arrayContaining(["QuillViT-T", "QuillViT-S", "QuillViT-B", "QuillNet-S", "QuillNet-L"]),
    );
  });

  it("chain-of-thought prompting is a named method", () => {
    const m = extract("Reasoning", "Few-shot Chain-of-Thought (CoT) prompting helps large language models reason.");
    expect(names(m, "model")).toContain("CoT");
  });
});

describe("data typed by what the text says of it", () => {
  it("an appositive that says what a name is types it as data", () => {
    const m = extract(
      "Widget recognition",
      "We release Quokka-7, an English widget recognition corpus, and Zebu-9, a neural widget ranking benchmark.",
    );
    const typeOf = (n: string) => confidentOnly(m).find((x) => x.name === n)?.type;
    expect(typeOf("Quokka-7")).toBe("dataset");
    expect(typeOf("Zebu-9")).toBe("benchmark");
  });

  it.each(["protocol", "framework", "suite"])("a name said to be an evaluation %s is a benchmark", (noun) => {
    const m = extract(
      "Widget ranking",
      `We introduce GIZMO, a fine-grained evaluation ${noun} for large language models that scores each skill ` +
        "apart, and compare twenty fine-tuned neural widget rankers with it.",
    );
    expect(confidentOnly(m).find((x) => x.name === "GIZMO")?.type).toBe("benchmark");
  });
});
