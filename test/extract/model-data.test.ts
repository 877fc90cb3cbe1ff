// Model and data mechanisms of issue 12, each over sentences written for these tests: names typed by the noun
// before a naming cue, acronym definitions that reorder letters, list capitalised words or pair two short forms.

import { describe, expect, it } from "vitest";
import { confidentOnly } from "../../domain/confidence.js";
import type { Mention } from "../../domain/types.js";
import { findDefinitions } from "../../ingest/extract/definitions.js";
import { extractPaper } from "../../ingest/extract/index.js";
import { extractPaperMentions } from "../../ingest/extract/paper.js";
import { singularAcronym } from "../../ingest/extract/shape.js";

const names = (mentions: Mention[], type?: string) =>
  confidentOnly(mentions)
    .filter((m) => !type || m.type === type)
    .map((m) => m.name);
const typeOf = (mentions: Mention[], name: string) => confidentOnly(mentions).find((m) => m.name === name)?.type;

const extract = (title: string, abstract: string) => extractPaper({ title, abstract });
const defs = (sentence: string) => findDefinitions(sentence, 0).map((d) => [d.short, d.long]);

describe("the noun before a naming cue types the name", () => {
  it("a task or problem called or known as a name is a task, not a model", () => {
    const m = extract(
      "Widget ranking",
      "We introduce a fresh and difficult task, called 3D Widget Ranking (3D WR), and a neural ranker for it. " +
        "Sorting gadgets is a problem known as Ordered Gadget Search (OGS).",
    );
    expect(names(m, "model")).toEqual([]);
    expect(typeOf(m, "3D WR")).toBe("task");
    expect(typeOf(m, "OGS")).toBe("task");
  });

  it("a name said to be a task is a task", () => {
    const m = extract(
      "Widget dialog",
      "Widget Scene Dialog (WSD) is the task of answering questions about a widget scene with a neural model.",
    );
    expect(typeOf(m, "WSD")).toBe("task");
  });

  it("a dataset or benchmark named so is data", () => {
    const m = extract(
      "Widgets",
      "We collect a large dataset, named QuillSet, and a benchmark called GadgetEval for neural widget models.",
    );
    expect(typeOf(m, "QuillSet")).toBe("dataset");
    expect(typeOf(m, "GadgetEval")).toBe("benchmark");
  });

  it("a name after an opening subordinate clause is its sentence's subject, not an item listed after a data noun", () => {
    const unlike = extract(
      "Widget language models",
      "We introduce QuillLM, a new neural language model. Unlike models that learn from every token in a corpus, " +
        "QuillLM learns from salient tokens only.",
    );
    expect(typeOf(unlike, "QuillLM")).toBe("model");
    const tuned = extract(
      "Widget language models",
      "We introduce QuillLM, a new neural language model. When fine-tuned on GadgetMath, QuillLM gains four " +
        "points of accuracy.",
    );
    expect(typeOf(tuned, "QuillLM")).toBe("model");
    expect(typeOf(tuned, "GadgetMath")).toBe("dataset");
    // Examples set off inside the clause do not end it.
    const examples = extract(
      "QuillGAN: A Convolution-free Widget GAN",
      "Our generative adversarial network, dubbed QuillGAN, uses a transformer-based generator. When it comes to " +
        "larger images, e.g. on LSUN and CelebA-HQ, QuillGAN keeps its samples varied.",
    );
    expect(typeOf(examples, "QuillGAN")).toBe("model");
  });

  it("what the present tense trains on is data; what it trains in is not", () => {
    const on = extract(
      "Widget graphs",
      "We train our neural widget graph network on GizmoGraph and report its accuracy against neural baselines.",
    );
    expect(typeOf(on, "GizmoGraph")).toBe("dataset");
    const inside = extract(
      "Widget retrieval",
      "We propose QuillRAG, a neural retrieval pipeline. We collect synthetic widget pairs to train the retriever " +
        "in QuillRAG.",
    );
    expect(typeOf(inside, "QuillRAG")).toBe("model");
  });

  it("a lone capitalised word before 'database' names data, as before 'dataset' or 'corpus'", () => {
    const m = extract(
      "Widget Tagging",
      "We fine-tune a pretrained transformer encoder to tag widgets. Our tagger beats every baseline on " +
        "the Grimwald database and on the Ostrava corpus.",
    );
    expect(typeOf(m, "Grimwald")).toBe("dataset");
    expect(typeOf(m, "Ostrava")).toBe("dataset");
  });
});

describe("lists of data", () => {
  it("a title-case run listed after a data noun names that data, with its number and without a data noun after it", () => {
    const m = extract(
      "Widget ranking",
      "Our neural ranker is tested on four widget datasets: Open Widgets (ranking), Gizmo Faces 20K, Broken Cogs " +
        "and Sprocket Scenes Datasets. It also improves on benchmarks such as Widget Arena Hard, where deep learning " +
        "rankers fail.",
    );
    expect(names(m, "dataset")).toEqual(
      expect.arrayContaining(["Open Widgets", "Gizmo Faces 20K", "Broken Cogs", "Sprocket Scenes"]),
    );
    expect(names(m, "benchmark")).toContain("Widget Arena Hard");
    // A task the taxonomy knows stays a task, and the list ends at the sentence's end.
    const t = extract(
      "Widget ranking",
      "Our neural ranker improves results on datasets including Visual Question Answering, Gizmo Faces. Broken " +
        "Cogs then ranks widgets with deep learning.",
    );
    expect(names(t, "dataset")).toEqual(["Gizmo Faces"]);
  });
});

describe("known data with a word after a hyphen", () => {
  it("is a version of that data or a benchmark built on it; a model's or task's head after it is not", () => {
    const m = extract(
      "Widget agents in text worlds",
      "We design widget agents with reinforcement learning. Our agents solve MiniGrid-Widgets, and BabyAI-Gizmo " +
        "agents learn from MiniGrid-Encoder features.",
    );
    const data = ["dataset", "benchmark"];
    expect(data).toContain(typeOf(m, "MiniGrid-Widgets"));
    expect(data).toContain(typeOf(m, "BabyAI-Gizmo"));
    expect(data).not.toContain(typeOf(m, "MiniGrid-Encoder"));
  });
});

describe("what a naming clause and a language's name say", () => {
  it("'This benchmark, which we call X' names a benchmark; 'a problem, which we call x' a task", () => {
    const m = extract(
      "Widget ranking for Gizmo languages",
      "We gather eleven public datasets for ranking widgets with large language models. This benchmark, which we " +
        "call GizmoGLUE, is the first shared evaluation of neural rankers for these languages. To rank under drift, " +
        "a problem which we call drifting widget ranking, we fine-tune pretrained transformers.",
    );
    expect(typeOf(m, "GizmoGLUE")).toBe("benchmark");
    expect(typeOf(m, "drifting widget ranking")).toBe("task");
  });

  it("a language written with its noun-class prefix is a language, no model ('isiZulu', 'isiXhosa')", () => {
    const m = extract(
      "Pretrained widget rankers for Nguni languages",
      "We fine-tune pretrained language models on four languages, isiXhosa, isiZulu, isiNdebele and Siswati, and " +
        "release GizmoBERT, a neural ranker that outperforms its multilingual base models.",
    );
    expect(names(m, "model")).toEqual(["GizmoBERT"]);
  });
});

describe("a name said to hold a count of data units", () => {
  it("is data; one said to hold layers is not", () => {
    const m = extract(
      "Text-guided widget scans",
      "For widget research, we build nuGizmoText which offers written captions for 21,087 scanned widget point " +
        "clouds from 850 scenes, and train WidgetNet, which consists of 12 transformer layers, on it.",
    );
    expect(typeOf(m, "nuGizmoText")).toBe("dataset");
    expect(typeOf(m, "WidgetNet")).toBe("model");
  });
});

describe("acronym definitions", () => {
  it("a paper's own pass names defined data by its short form where only the long form took the data type", () => {
    // The list types each long form data; its short form standing alone later is typed a model by default.
    const m = extractPaperMentions({
      title: "Widget scans",
      abstract:
        "Our widget network is tested on the Gizmo Widget Census (GWC), Adolescent Gadget Cognitive Development " +
        "(AGCD), and UK Biobank (UKB) datasets. AGCD holds the most widgets.",
    });
    const agcd = m.find((x) => x.aliases.includes("Adolescent Gadget Cognitive Development"));
    expect(agcd?.name, JSON.stringify(m.map((x) => x.name))).toBe("AGCD");
    expect(agcd?.type).toBe("dataset");
  });

  it("'or' after a comma offers the short form of the words before it, title case or not", () => {
    expect(defs("We rank widgets with a method named Gizmo Policy Gradients, or GPG.")).toEqual([
      ["GPG", "Gizmo Policy Gradients"],
    ]);
    expect(defs("Sorting is cast as a partially observed widget process, or POWP, with noisy gadgets.")).toEqual([
      ["POWP", "partially observed widget process"],
    ]);
    // A letter set in math before the name reads as its first word's ("$f$-Widget Ranking, or $f$-WR").
    const m = extract(
      "Widget ranking",
      "We train a neural network for widgets with a new method called $f$-Widget Ranking, or $f$-WR. On ImageNet, " +
        "$f$-WR beats BERT in accuracy.",
    );
    expect(confidentOnly(m).find((x) => x.name === "f-WR")?.aliases).toEqual(["f-Widget Ranking"]);
    // Letters that spell nothing are no short form.
    expect(defs("We rank widgets and gadgets, or WX.")).toEqual([]);
    // "or" offers a shorter name and coins none: what the paper only studies is not its own.
    const studied = extract(
      "Widget ranking",
      "We study Gizmo Token Ranking, or GTR, a simple widget ranker, with a neural network on ImageNet. GTR beats " +
        "BERT in accuracy.",
    );
    expect(confidentOnly(studied).find((x) => x.name === "GTR")?.role).toBe("used");
  });

  it("a lowercase prefix letter abbreviates a first word it need not start", () => {
    expect(defs("We adapt a recent architecture termed next LSTM (xLSTM) to widgets.")).toContainEqual([
      "xLSTM",
      "next LSTM",
    ]);
  });

  it("a naming verb after a comma defines the short form of the title-case run before the kind", () => {
    expect(defs("We introduce a novel Gizmo-aware Widget-Ranker framework, termed GWR, that sorts widgets.")).toEqual([
      ["GWR", "Gizmo-aware Widget-Ranker"],
    ]);
    // A run cut at a describing compound has lost its head to the kind: no long form.
    expect(defs("We present a Lean and Exact Gizmo-based framework, termed LEG, which ranks widgets.")).toEqual([]);
  });

  it("a compound's parts spell a letter each, so the long form keeps the word before it", () => {
    // The shortest spelling finds "SS" inside "Self-Supervised" and would leave out "Spectral".
    expect(defs("We train a Spectral Self-Supervised Widget (SSSW) on gadgets.")).toEqual([
      ["SSSW", "Spectral Self-Supervised Widget"],
    ]);
    expect(defs("We train a Dense Self-Distilled Gizmo (DSDG) on gadgets.")).toEqual([
      ["DSDG", "Dense Self-Distilled Gizmo"],
    ]);
  });

  it("a long form of ordinary words before a task's acronym names a setting of that task, and stays its own", () => {
    const m = extract(
      "Widgets",
      "Widget Detection (WD) is hard for neural networks. Existing Open-Set WD (OSWD) methods still fail on " +
        "clutter. We propose GSM-regularized WD (GSM-WD), a neural detector.",
    );
    expect(typeOf(m, "WD")).toBe("task");
    expect(typeOf(m, "OSWD")).toBe("task");
    // Another acronym among the words names the paper's method, not a setting.
    expect(typeOf(m, "GSM-WD")).toBe("model");
  });

  it("a quoted long form ends before its closing quote, and 'we dub our approach' coins the name", () => {
    const m = extractPaperMentions({
      title: "Widgets",
      abstract:
        'We train a neural classifier on gadgets. We dub our approach "Gadget CONtrast learning" (GCON). ' +
        "GCON beats every baseline on widget recall.",
    });
    const gcon = m.find((x) => x.name === "GCON");
    expect(gcon?.type).toBe("model");
    expect(gcon?.role).toBe("proposed");
    expect(gcon?.aliases).toContain("Gadget CONtrast learning");
  });

  it("a name set off after a new task's noun is that task, and stays apart from the task it restricts", () => {
    const m = extract(
      "Zero-Shot Widget Retrieval with Gadget Inversion",
      "Widget Retrieval (WR) finds a widget from a neural query. This paper defines a new task, Zero-Shot WR (ZS-WR), " +
        "that addresses WR without labels.",
    );
    expect(typeOf(m, "ZS-WR")).toBe("task");
    expect(typeOf(m, "WR")).toBe("task");
    // An optimisation problem so introduced is the paper's method.
    const method = extract(
      "Widgets",
      "We present a novel optimization problem, Contrastive Widget Estimation (CWE), which encodes negative " +
        "widgets into neural models.",
    );
    expect(typeOf(method, "CWE")).toBe("model");
  });

  it("a name after a phrase that only refers to a new task is no task ('For this new task, GizmoFormer …')", () => {
    const m = extract(
      "Widgets",
      "We study widget retrieval with neural networks. For this new task, GizmoFormer reaches 80% accuracy.",
    );
    expect(typeOf(m, "GizmoFormer")).toBe("model");
  });

  it("a coined acronym may reorder the letters of its long form", () => {
    expect(defs("We propose a novel operator, called 3D Widget Attention (WA3D), for lifting.")).toContainEqual([
      "WA3D",
      "3D Widget Attention",
    ]);
  });

  it("capitalised words listed with commas are a long form when their initials spell the short form", () => {
    expect(defs("We propose the Sort, Filter, and Rank (SFR) framework.")).toContainEqual([
      "SFR",
      "Sort, Filter, and Rank",
    ]);
    expect(defs("We sort, filter, and rank (SFR) widgets.")).toEqual([]);
  });

  it("a second long form after a first definition takes the first's leading words its short form spells", () => {
    expect(defs("A framework for unified incremental gizmo widget detection (iGWD) and part ranking (iGWPR).")).toEqual(
      [
        ["iGWD", "incremental gizmo widget detection"],
        ["iGWPR", "incremental gizmo widget part ranking"],
      ],
    );
    // Without such words there is no second definition ("(UDA) and ranking (XYR)").
    expect(defs("We study gizmo domain adaptation (GDA) and ranking (XYR).")).toEqual([
      ["GDA", "gizmo domain adaptation"],
    ]);
  });

  it("two coordinated long forms with two short forms after a slash are two definitions", () => {
    expect(defs("Widget Highlight Detection and Gadget Retrieval (HD/GR) matter.")).toEqual([
      ["HD", "Highlight Detection"],
      ["GR", "Gadget Retrieval"],
    ]);
    expect(defs("We use cats and dogs (C/D) here.")).toEqual([]);
  });

  it("a word and a token in parentheses after a short form is its long form", () => {
    expect(defs("We introduce the pre-trained QX (Quill XLM-R) language models.")).toEqual([["QX", "Quill XLM-R"]]);
  });

  it("an initial X may stand for a word starting 'ex' or for 'cross'", () => {
    expect(defs("We study extreme widget ranking (XWR) and cross-lingual widget models (XWM).")).toEqual([
      ["XWR", "extreme widget ranking"],
      ["XWM", "cross-lingual widget models"],
    ]);
  });

  it("a description right after a name defines it when its capitalised words spell the name", () => {
    expect(defs("We present GQLR, a Gated Quill Ladder strategy for Ranking gadgets in a single pass.")).toEqual([
      ["GQLR", "Gated Quill Ladder strategy for Ranking"],
    ]);
    expect(defs("We compare with QLR, a strong Widget Ranking baseline.")).toEqual([]);
    expect(defs("Here we propose PSR, Pebble-Sorted Ranking for Gadget Pruning, which prunes gadgets.")).toEqual([
      ["PSR", "Pebble-Sorted Ranking"],
    ]);
    expect(defs("We rank with BERT, GPT and ERNIE on widgets.")).toEqual([]);
    const m = extract(
      "Widget ranking",
      "We propose PQW, a Pebble-aware Quokka Warping module for neural widget ranking.",
    );
    expect(names(m, "model")).toEqual(["PQW"]);
  });

  it("a digit after a letter may count that letter, but never stands for 'to'", () => {
    expect(defs("To rank gadgets we propose Sparse Sorting Weights with Gizmo Priors (S2WGP) as a module.")).toEqual([
      ["S2WGP", "Sparse Sorting Weights with Gizmo Priors"],
    ]);
    expect(defs("We compare Widget Mixing Routers with Tiered Heads (WM2TH) on gadgets.")).toEqual([]);
    expect(defs("Recent Gadget-to-Widget (G2W) converters are slow.")).toEqual([]);
    expect(defs("We introduce a Widget Sparse Mixing Model (W2SM) for gadgets.")).toEqual([
      ["W2SM", "Widget Sparse Mixing Model"],
    ]);
  });

  it("a paper may coin a name whose acronym the lexicon holds as a generic one", () => {
    const m = extract("Widgets", "We propose the Probe, Edit, and Test (PET) framework for neural widget agents.");
    expect(names(m, "model")).toContain("PET");
    const scan = extract(
      "Imaging",
      "Positron emission tomography (PET) scans of widgets are read by a neural network.",
    );
    expect(names(scan, "model")).not.toContain("PET");
  });
});

describe("component names", () => {
  it("a title-case phrase before a lowercase component noun names that component", () => {
    const m = extract(
      "Widget ranking",
      "We propose QuillRank, a neural ranker built from a Gadget Fusion network, and Sparse Routing and " +
        "Widget Refinement modules trained on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(
      expect.arrayContaining(["QuillRank", "Gadget Fusion", "Sparse Routing", "Widget Refinement"]),
    );
    expect(confidentOnly(m).find((x) => x.name === "Gadget Fusion")?.aliases).toContain("Gadget Fusion network");
  });

  it("a lowercase long form defined as a part names that part, unless it only describes the part", () => {
    const m = extract(
      "Widget ranking",
      "A transformer ranks widgets on a widget dataset. A gadget-routed cross attention (GRCA) module mixes its " +
        "layers, and a fully-connected (FC) layer and a differentially private (DP) mechanism follow.",
    );
    expect(names(m, "model")).toContain("GRCA");
    expect(names(m, "model")).not.toContain("FC");
    expect(names(m, "model")).not.toContain("DP");
  });

  it("a sentence's first words before a component noun are no name", () => {
    const m = extract("Widget ranking", "The Neural module ranks widgets on a widget dataset.");
    expect(names(m, "model")).toEqual([]);
  });
});

describe("lowercase names of well-known models", () => {
  it("the lexicon's lowercase spellings name the model", () => {
    const m = extract(
      "Widget speech",
      "We train a vision transformer and multilingual BERT with connectionist temporal classification on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(expect.arrayContaining(["vision transformer", "multilingual BERT"]));
    expect(typeOf(m, "connectionist temporal classification")).toBe("model");
  });
});

describe("roles", () => {
  const roleOf = (m: Mention[], name: string) => confidentOnly(m).find((x) => x.name === name)?.role;

  it("a measure the paper coins is proposed; one a proposing sentence reports, or one its proposal modifies, is used", () => {
    const m = extract(
      "Widget segmentation",
      "Deep learning benchmarks of semantic segmentation weigh each widget class alike. We propose the Cross-Gizmo Error Rate (CGER) as a " +
        "supplement to them. We also introduce a deep ranker that raises the Widget Overlap Index (WOI) on Cityscapes, " +
        "and present a new Gizmo Mover's Distance (GMD) variant that ranks segment masks.",
    );
    expect(roleOf(m, "CGER")).toBe("proposed");
    expect(roleOf(m, "WOI")).toBe("used");
    expect(roleOf(m, "GMD")).toBe("used");
  });

  it("a second proposing verb after 'we … and' proposes its object", () => {
    const m = extract(
      "Widget ranking",
      "We adopt a neural distillation method on a widget dataset and design a lightweight QuillNet structure.",
    );
    expect(roleOf(m, "QuillNet")).toBe("proposed");
  });

  it("so does one after 'and thus' or 'and accordingly', and parts called novel and then listed are proposed", () => {
    const m = extract(
      "Widget ranking",
      "We find that deep layers waste gadget tokens and thus devise a stepwise quill pruning (SQP) schedule. " +
        "Our ranker rests on a pair of novel neural blocks, i.e., a pebble gating unit (PGU) and a widget mixing " +
        "layer (WML), and beats BERT on a widget dataset by 2.1 accuracy points.",
    );
    expect(roleOf(m, "SQP")).toBe("proposed");
    expect(roleOf(m, "PGU")).toBe("proposed");
    expect(roleOf(m, "WML")).toBe("proposed");
  });

  it("what a proposal replaces or is built on is used", () => {
    const m = extract(
      "Widget ranking",
      "We introduce a neural ranker into the layers, replacing the conventional Random Gadget Sampling (RGS) method. " +
        "We propose the widget adapter QuillAdapter built on the Gadget-Widget Transformer architecture.",
    );
    expect(roleOf(m, "RGS")).toBe("used");
    expect(roleOf(m, "Gadget-Widget Transformer")).toBe("used");
    expect(roleOf(m, "QuillAdapter")).toBe("proposed");
  });

  it("a name coined by earlier work inside a proposal's object, or defined as what the proposal replaces, is used", () => {
    const m = extract(
      "Widget forecasting",
      "This paper presents a tailored adaptation of a recent design termed Gated Widget Memory (GWM) for neural widget models. " +
        "We introduce a novel Widget Sampling strategy (WSS), replacing the random Gadget Point Sampling (GPTS) method on a widget dataset.",
    );
    expect(roleOf(m, "GWM")).toBe("used");
    expect(roleOf(m, "GPTS")).toBe("used");
    expect(roleOf(m, "WSS")).toBe("proposed");
  });

  it("a task the text says is so called is the field's task, not the paper's model", () => {
    const m = extract(
      "Widget agents",
      "Choosing which widgets a neural agent should buy is called active widget acquisition (AWA). Addressing it " +
        "per class is termed open-widget detection (OWD). We propose GizmoBuy, which our widget classifier trains.",
    );
    expect([typeOf(m, "AWA"), roleOf(m, "AWA")]).toEqual(["task", "used"]);
    expect([typeOf(m, "OWD"), roleOf(m, "OWD")]).toEqual(["task", "used"]);
  });

  it("a passive proposal in a sentence about earlier work is someone else's", () => {
    const m = extract(
      "Widget experts",
      "Recently, a fine-grained GadgetMoE structure is proposed for neural widget ranking on a widget dataset.",
    );
    expect(roleOf(m, "GadgetMoE")).toBe("used");
  });

  it("a well-known name after a naming cue, or one coined by earlier work, is used", () => {
    const m = extract(
      "Widget claims",
      "We present a tool that embeds widgets with a pre-trained language model called BERT. We adapt a recent " +
        "architecture termed Gated Widget Memory (GWM) and compare two prominent methods, namely Quill-Logit and GRP.",
    );
    expect(roleOf(m, "BERT")).toBe("used");
    expect(roleOf(m, "GWM")).toBe("used");
    expect(roleOf(m, "Quill-Logit")).toBe("used");
  });

  it("a name written as the base of the paper's own models is used", () => {
    const m = extract(
      "Widget tweets",
      "We release a widget dataset and make our QuillTweet-based neural models available.",
    );
    expect(roleOf(m, "QuillTweet")).toBe("used");
  });

  it("a backbone suffix joined to a name describes it ('GizmoNet50-backbone models')", () => {
    const m = extract(
      "Robust widget recognition",
      "We trained GizmoNet50-backbone models and QuillViT-backboned detectors on a dataset of widget images with " +
        "supervised learning, and evaluated their robustness to adversarial attacks.",
    );
    expect(names(m, "model")).toEqual(expect.arrayContaining(["GizmoNet50", "QuillViT"]));
    expect(names(m).filter((n) => /backbone/i.test(n))).toEqual([]);
  });

  it("items enumerated in a proposing sentence are the proposal's parts", () => {
    const m = extract(
      "Widget video",
      "Here we propose QuillLights, a novel neural framework addressing these limits through (i) Gadget " +
        "Projection and Widget Refinement modules with a matching loss, and (ii) a Cross-Modal Widget Fusion network.",
    );
    expect(roleOf(m, "Widget Refinement")).toBe("proposed");
    expect(roleOf(m, "Cross-Modal Widget Fusion")).toBe("proposed");
  });
});

describe("naming cues", () => {
  it("a capitalised cue word starts a name rather than coining one", () => {
    const m = extract(
      "Widget corpora",
      "Tasks like Named Entity Recognition (NER) need neural widget taggers trained on a widget dataset.",
    );
    expect(names(m, "model")).toEqual([]);
  });

  it("'we coin the name' coins the lowercase name after it", () => {
    const m = extract(
      "Widget attention",
      "We modify neural attention for widgets. We coin the name shaped Widgetformer for these modifications.",
    );
    expect(names(m, "model")).toContain("shaped Widgetformer");
  });
});

describe("non-names", () => {
  it("a generic word with an attached suffix before a generic head is generic, as are equations", () => {
    const m = extract(
      "Widget music",
      "Attention-based Transformer models generate widgets, and neural ODE solvers integrate them.",
    );
    expect(names(m, "model")).toEqual([]);
  });

  it("a name before a hardware noun names hardware", () => {
    const m = extract(
      "Widget retrieval",
      "QuillFinder needs 279 ms on a single ARM v8.2 CPU and 93 ms on a single RTX A4000 GPU.",
    );
    expect(names(m, "model")).toEqual(["QuillFinder"]);
  });

  it("so does one with an edition's words before the noun, even where the evaluation makes it data", () => {
    const m = extract(
      "Widget retrieval",
      "QuillFinder is a neural retriever; evaluated on the ZORBO Q12 Pro smartphone and a QUOKKA QX7 Mini board, " +
        "it halves latency on CIFAR-10.",
    );
    expect(names(m, "model")).toEqual(["QuillFinder"]);
    expect(names(m, "dataset")).toEqual(["CIFAR-10"]);
  });

  it("one word before a field of learning names a field, and an acronym of (un)learning names no model", () => {
    const m = extract(
      "Widget fields",
      "Graph Machine Learning is everywhere. Widget Unlearning (WU) removes data from trained neural networks, " +
        "and Continual Reinforcement Learning keeps agents learning on a widget dataset.",
    );
    expect(names(m, "model")).toEqual([]);
  });

  it("a long form ending in a named kind of learning still defines a model", () => {
    const m = extract(
      "Widget control",
      "We compare Widget-Agnostic Meta-Learning (WAML) with Cautious Q-Learning (CAQL) on a widget dataset, and " +
        "our proposed Multi-Scale Contrastive Learning pre-trains the neural encoder.",
    );
    expect(names(m, "model")).toEqual(expect.arrayContaining(["WAML", "CAQL", "Multi-Scale Contrastive Learning"]));
  });

  it("memory and processor acronyms are no models; a utilization defined by an acronym is a metric", () => {
    const m = extract(
      "Widget offloading",
      "Our neural QuillNet keeps weights in host DRAM and on-chip SRAM, uses SIMD lanes beside HBM, and reaches " +
        "41% model FLOPs utilization (MFU) on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
    expect(typeOf(m, "MFU")).toBe("metric");
  });

  it("a lone participle after a naming cue names nothing", () => {
    const m = extract("Widget privacy", 'Our neural model maps widgets to a form which we call "quilted" data.');
    expect(names(m, "model")).toEqual([]);
  });
});

describe("data typed by what the text says of it", () => {
  it("a parenthetical may stand between a name and its data noun", () => {
    const m = extract("Widget claims", "We use the QuillNum-3 (English) dataset to train our neural widget model.");
    expect(typeOf(m, "QuillNum-3")).toBe("dataset");
  });

  it("a task's words inside a new data name are the name's ('the Quokka Segmentation Dataset'), not after known data", () => {
    const m = extract(
      "Widget contours",
      "Learned deep features reach top performance on the Quokka Segmentation Dataset and Benchmark and on the " +
        "Gizmo Object Detection Dataset, and transfer to the COCO Object Detection Dataset with neural networks.",
    );
    expect(names(m, "benchmark")).toContain("Quokka Segmentation Dataset and Benchmark");
    expect(names(m, "dataset")).toEqual(expect.arrayContaining(["Gizmo Object Detection Dataset", "COCO"]));
    expect(names(m, "task")).toContain("object detection");
    expect(names(m).filter((n) => /^(?:Dataset|Object Detection Dataset)/.test(n))).toEqual([]);
  });

  it("an acronym whose long form ends in a data or evaluation noun names that data, proposed or not", () => {
    const m = extract(
      "Widget control",
      "We release the Widget Control Suite (WCS). Using the Distracting Widget Suite (DWS) and the Quokka Face " +
        "Database (QFD), we evaluate neural policies trained with reinforcement learning.",
    );
    expect(names(m, "benchmark")).toEqual(expect.arrayContaining(["WCS", "DWS"]));
    expect(names(m, "dataset")).toContain("QFD");
    expect(names(m, "model")).toEqual([]);
  });

  it("a title-case phrase headed by Dataset, Corpus or Database is a dataset, 'and' within it too", () => {
    const m = extract(
      "Widget grounding",
      "We propose a Widget Thinking and Reasoning Dataset for neural grounding models, and also train on the " +
        "Quokka Street Corpus and the Pebble Face Database.",
    );
    expect(names(m, "dataset")).toEqual(
      expect.arrayContaining(["Widget Thinking and Reasoning Dataset", "Quokka Street Corpus", "Pebble Face Database"]),
    );
    expect(names(m, "model")).toEqual([]);
  });

  it("a coined data name runs over the capitalised words up to its data noun", () => {
    const m = extract(
      "Widget detection",
      "Our neural detector is trained on the QuokkaSet Alpine Object Detection dataset and scores 0.41 mAP there.",
    );
    expect(names(m, "dataset")).toEqual(["QuokkaSet Alpine Object Detection"]);
  });

  it("a title's name headed by a data noun names that data", () => {
    const m = extract(
      "Quokka Gadget Corpus: Predicting Widget Tracks in Sitcoms",
      "We annotate widget tracks in a sitcom and train BERT and neural video models on them.",
    );
    expect(typeOf(m, "Quokka Gadget Corpus")).toBe("dataset");
    expect(names(m, "model")).toEqual(["BERT"]);
  });

  it("the data another dataset is based on or derived from is data", () => {
    const m = extract(
      "Widget retrieval",
      "QuillFinder reaches 87% precision on our dataset based on GA-DETRAC and on a corpus derived from Quokka V2 (QV2).",
    );
    expect(typeOf(m, "GA-DETRAC")).toBe("dataset");
    expect(typeOf(m, "QV2")).toBe("dataset");
  });
});

describe("hyphenated and transfer names", () => {
  it("a hyphenated capitalised word in a place where names are listed is a name", () => {
    const m = extract(
      "Widget music",
      "We evaluate the neural ranker on two datasets, QJB Chorales and Piano-e-Widgets, and on the large-scale " +
        "Video-to-Gadget benchmark.",
    );
    expect(typeOf(m, "Piano-e-Widgets")).toBe("dataset");
    expect(typeOf(m, "Video-to-Gadget")).toBe("benchmark");
  });

  it("a translation direction is no name", () => {
    const m = extract(
      "Widget translation",
      "We train a neural translator on the En-Fr and English-to-French splits of a widget dataset.",
    );
    expect(names(m)).not.toEqual(expect.arrayContaining(["En-Fr"]));
    expect(names(m, "model")).toEqual([]);
  });

  it("the other side of a transfer to or from a known dataset is a dataset", () => {
    const m = extract("Widget segmentation", "For COCO to GVO generalization our neural segmenter gains 5.9%.");
    expect(typeOf(m, "GVO")).toBe("dataset");
  });

  it("a one-word name right before a benchmark phrase starts the benchmark's name", () => {
    const m = extract(
      "Widget graphs",
      "Our neural model does well on the recent OGB Large-Scale Challenge and on the QuillBench Open Leaderboard.",
    );
    expect(names(m, "benchmark")).toEqual(
      expect.arrayContaining(["OGB Large-Scale Challenge", "QuillBench Open Leaderboard"]),
    );
    expect(names(m)).not.toContain("OGB");
  });
});

describe("real-abstract noise", () => {
  it("a link whose scheme was split by spaces names nothing ('https : //drive.google.com/…')", () => {
    const m = extract(
      "Widget restoration challenge",
      "We train neural restorers on WidgetSet; our data are at https : //drive.google.com/file/d/" +
        "1QuxWidgetGizmoQrzT5Vy_abc9XYZ/view?usp=sharing and the code with them.",
    );
    expect(names(m).filter((n) => /Qux|drive/.test(n))).toEqual([]);
  });

  it("open-vocabulary segmentation's short data names, detection measures over a range, tracking editions", () => {
    const m = extract(
      "Open-vocabulary widget segmentation",
      "Our neural segmenter improves mIoU on PAS-20 by 1.1, on PC-59 by 0.4, on A-847 by 0.5 and on PC-459, and the " +
        "detector improves mAP50-95 over the setup proposed in VOTS2023.",
    );
    expect(names(m, "dataset")).toEqual(expect.arrayContaining(["A-847", "PC-459", "PC-59", "PAS-20"]));
    expect(typeOf(m, "mAP50-95")).toBe("metric");
    expect(typeOf(m, "VOTS2023")).toBe("benchmark");
  });

  it("quantities with a unit word, venues and concepts of mathematics or formats are no models", () => {
    const m = extract(
      "Widgets",
      "We train an 8B-parameter QuillNet, shown at the Twentieth International Conference on Machine Learning, on " +
        "MDPs and DAGs stored as JPEG files, unlike SVMs and MCMC.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });

  it("a range of sizes is no model, and correctness words start no task ('1.5B-70B', 'correct vs. wrong retrieval')", () => {
    const m = extract(
      "Widgets",
      "We rerun QuillNet with open-weight neural models (1.5B-70B parameters) and 7B–13B models on widget " +
        "retrieval, under correct vs. wrong retrieval and relevant regression baselines.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
    expect(names(m, "task").filter((t) => /^(?:correct|wrong|relevant) /.test(t))).toEqual([]);
  });

  it("a venue with its year is no model, in theory and robotics as in ML", () => {
    const m = extract(
      "Widget bounds",
      "Building on SODA 2019 and STOC 2014, our neural QuillNet, trained for ICRA 2021, improves the bound of " +
        "FOCS 2017 on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });

  it("venues of data mining, recommendation and human-computer interaction are no models", () => {
    const m = extract(
      "Widget ranking",
      "Our neural QuillNet, shown at SIGKDD and RecSys and studied with users as at CHI, ranks widgets well.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });

  it("the KL divergence, however written, is a concept of mathematics", () => {
    const m = extract(
      "Widget bounds",
      "Our neural QuillNet minimises the KL-divergence, a Kullback-Leibler divergence bound, on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });

  it("capitalised words cited as authors are no models", () => {
    const m = extract(
      "Widget learning",
      "Our neural QuillNet improves the widget method (Luo and Schapire, 2014), and the estimator of Nguyen and " +
        "Zhang (2022), such as Quokka et al. on a widget dataset.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });

  it("a capitalised word built on -former is a coined name", () => {
    const m = extract(
      "Widget reasoning",
      "Our neural QuillNet solves maze tasks, surpassing the Searchformer baseline on a widget dataset.",
    );
    expect(names(m, "model")).toContain("Searchformer");
  });
});

describe("names coined by earlier work", () => {
  it("a lowercase long form after a naming cue still defines a model, used", () => {
    const m = extract(
      "Widget forecasting",
      "This paper presents a tailored adaptation of a recent neural architecture termed next LSTM (xLSTM) for a widget dataset.",
    );
    expect(typeOf(m, "xLSTM")).toBe("model");
    expect(confidentOnly(m).find((x) => x.name === "xLSTM")?.role).toBe("used");
  });
});

describe("parts made in the passive and budgets in compute time", () => {
  it("a new part 'is designed' or 'is devised' is proposed; a relative clause's 'designed' proposes nothing", () => {
    const m = extract(
      "Widget segmentation",
      "We train a segmentation network on ImageNet. First, a vertical widget pyramid (VWP) block is devised to pool " +
        "scales. Second, a gated fusion unit (GFU) is designed to merge branches. A Chain Gadget Graph (CGG) is a " +
        "graphical model which is designed to encode independencies.",
    );
    const role = (name: string) => confidentOnly(m).find((x) => x.name === name)?.role;
    expect(role("VWP")).toBe("proposed");
    expect(role("GFU")).toBe("proposed");
    expect(role("CGG")).not.toBe("proposed");
  });

  it("a budget in GPU-hours names no model or dataset", () => {
    const m = extract(
      "Widget language models",
      "We pretrain WidgetLM on ImageNet captions within our 2,000,000 H100-GPU-hours budget, at 40 GPU-hours per run.",
    );
    expect(names(m).filter((n) => /hours?$/i.test(n))).toEqual([]);
    expect(names(m, "model")).toContain("WidgetLM");
  });
});

describe("what a name is, said around it", () => {
  it("a name set off by a dash as a translation of a dataset is a dataset the paper releases", () => {
    const m = extract(
      "WidgBERT: A Transformer for Croatian",
      "We pretrain a transformer on crawled Croatian text and evaluate it on named entity recognition. For " +
        "commonsense reasoning, we introduce QUOKKA-HR -- a translation of the Widget Questions (WQ) dataset into " +
        "Croatian. We also release Zeta-7 — a corpus of news.",
    );
    const quokka = confidentOnly(m).find((x) => x.name === "QUOKKA-HR");
    expect(quokka).toMatchObject({ type: "dataset", role: "proposed" });
    expect(typeOf(m, "Zeta-7")).toBe("dataset");
  });

  it("fields listed as domains, standards and languages a method meets or writes are no entities", () => {
    const m = extract(
      "Widget scoring",
      "Our widget encoders read corpora drawn from the open web and from fields like Finance and Law. Our " +
        "QuillNet model meets the ZAMI criterion and emits circuits in ZetaQL language. We compare with BERT on GLUE.",
    );
    expect(names(m)).toEqual(expect.arrayContaining(["QuillNet", "BERT", "GLUE"]));
    for (const n of ["Finance", "Law", "ZAMI", "ZetaQL"]) expect(names(m)).not.toContain(n);
  });

  it("a campaign's numbered task keeps its number", () => {
    const m = extract(
      "Team Quill at SemEval-2021 Task 1: Widget Complexity Prediction",
      "This paper describes our system for SemEval 2021 Task 1 - Widget Complexity Prediction. We fine-tune BERT " +
        "and reach a Pearson correlation of 0.78, and 0.71 on SemEval-2022 Task 4.",
    );
    expect(names(m, "benchmark")).toEqual(expect.arrayContaining(["SemEval 2021 Task 1", "SemEval-2022 Task 4"]));
  });

  it("a title's data noun before a process names no data ('X - Dataset Augmentation of …')", () => {
    const m = extract(
      "QuillGPT - Dataset Augmentation of Widget Circuits using Transformers",
      "We introduce QuillGPT, a tool that writes artificial gadget circuits with a transformer trained on ImageNet.",
    );
    expect(typeOf(m, "QuillGPT")).toBe("model");
    const set = extract(
      "QuillSet: A Dataset Collection for Widget Ranking",
      "We introduce QuillSet and train BERT on it.",
    );
    expect(typeOf(set, "QuillSet")).toBe("dataset");
  });

  it("nor does one that is half of a compound ('X: Dataset-aware Mixture-of-Experts')", () => {
    const m = extract(
      "GIZMEX: Dataset-aware Mixture-of-Experts for widget detection",
      "We propose Dataset-Aware Mixture-of-Widgets, GIZMEX, where neural experts route each widget.",
    );
    expect(typeOf(m, "GIZMEX")).toBe("model");
  });
});

describe("well-known video, crowd and pedestrian data", () => {
  it("are data wherever they stand, in any of their common spellings", () => {
    const m = extract(
      "Widget motion",
      "Our deep neural network counts widgets on UCF-QNRF and tracks them on NTU RGB+D 120 and UCF50; it also spots gizmos in " +
        "THUMOS'14 clips and Caltech Pedestrian scenes.",
    );
    for (const n of ["UCF-QNRF", "NTU RGB+D 120", "UCF50", "THUMOS'14", "Caltech Pedestrian"]) {
      expect(["dataset", "benchmark"], n).toContain(typeOf(m, n));
    }
  });
});

describe("orders of a mathematician's property", () => {
  it("an order joined to an eponym names nothing ('1-Lipschitz', '2-Wasserstein', 'Wasserstein-2')", () => {
    const m = extract(
      "Widget ranking with bounded gadgets",
      "We train 1-Lipschitz neural rankers and bound their 2-Wasserstein distance to the data on CIFAR-10, " +
        "solving Wasserstein-2 optimal transport problems.",
    );
    expect(names(m, "model")).toEqual([]);
    expect(names(m, "dataset")).toEqual(["CIFAR-10"]);
  });
});

describe("words that name nothing", () => {
  it("a figure or table reference with a dash and an ordinal after a colon are no names", () => {
    const m = extract(
      "Widget translation",
      "We fine-tune BERT on ImageNet. The aims are twofold: First, we build widget translators. By the sacreBLEU in " +
        "Figure-1 and Table-2, we rank first.",
    );
    expect(names(m)).toEqual(expect.arrayContaining(["BERT", "ImageNet"]));
    for (const n of ["First", "Figure-1", "Table-2"]) expect(names(m)).not.toContain(n);
  });

  it("an illness named after a person is no name; criteria spelled out are a measure", () => {
    const m = extract(
      "Widget scans",
      "Our neural network reads EEG scans for Okonkwo’s and Lindqvist’s diseases, and spots Varga's syndrome. We " +
        "score its graphs by a Widget Information Criteria (WIC) on ImageNet.",
    );
    expect(names(m).filter((n) => /Okonkwo|Lindqvist|Varga/.test(n))).toEqual([]);
    expect(typeOf(m, "WIC")).toBe("metric");
  });
});

describe("fields and kinds around names", () => {
  it("a capitalised field or modality names no model or benchmark ('on Vision and Speech benchmarks')", () => {
    const m = extract(
      "Widget pretraining",
      "The same recipe served BERT for NLP, Wav2Vec for Speech and MAE for Vision. Our trials span the Vision " +
        "and Speech benchmarks as well as ImageNet, where our approach beats supervised baselines.",
    );
    expect(names(m)).toEqual(expect.arrayContaining(["BERT", "Wav2Vec", "MAE", "ImageNet"]));
    for (const n of ["Vision", "Speech"]) expect(names(m)).not.toContain(n);
  });

  it("the kind before 'called X' is not proposed beside X, whatever adjectives lead it", () => {
    const m = extract(
      "WidgBERTje: A Dutch BERT Model",
      "The pre-trained language model BERT lifted many NLP tasks. We trained a compact Dutch BERT model " +
        "called WidgBERTje. WidgBERTje outperforms multilingual BERT on part-of-speech tagging.",
    );
    const proposed = confidentOnly(m).filter((x) => x.role === "proposed");
    expect(proposed.map((x) => x.name)).toEqual(["WidgBERTje"]);
  });
});

describe("evaluation campaigns", () => {
  it("numbered editions of known campaigns are benchmarks", () => {
    const m = extract(
      "Widget speech",
      "We fine-tune mT5 on the VLSP 2022 shared task, a DCASE 2021 track and CASP14, reaching an F1 of 0.8.",
    );
    expect(names(m, "benchmark")).toEqual(expect.arrayContaining(["VLSP 2022", "DCASE 2021", "CASP14"]));
  });
});

describe("names joined by slashes", () => {
  it("a lexicon name whose parts a slash joins is found whole, not by its last part", () => {
    const m = extract(
      "Widget summaries",
      "We fine-tune BART for summarization on CNN/DailyMail and XSum, then again on CNN/Daily Mail.",
    );
    expect(names(m, "dataset")).toEqual(expect.arrayContaining(["CNN/DailyMail", "XSum"]));
    expect(names(m, "dataset")).not.toContain("DailyMail");
  });
});

describe("acronyms with a function word's letter", () => {
  it("a lowercase letter between capitals spells a function word, even where the last word holds every letter", () => {
    expect(defs("We pool tokens with a Loop of Lollipops (LoL) and a Sheet of Sorts (SoS) encoder.")).toEqual([
      ["LoL", "Loop of Lollipops"],
      ["SoS", "Sheet of Sorts"],
    ]);
  });

  it("a known name with a function word that a title coins and the abstract spells out is the paper's own", () => {
    const m = extract(
      "Graph of Thoughts: Ranking Widgets with Large Language Models",
      "We present Graph of Thoughts (GoT), a prompting scheme for widget ranking that generalizes Chain of Thought " +
        "prompting. GoT lifts GPT-4 on our widget benchmark from 4% to 74% accuracy.",
    );
    expect(confidentOnly(m).find((x) => x.name === "GoT")).toMatchObject({ type: "model", role: "proposed" });
    const task = extract(
      "No-Reference Widget Quality Assessment: An Attention Approach",
      "We tackle no-reference widget quality assessment (NR-WQA) with a neural network trained on ImageNet.",
    );
    expect(confidentOnly(task).filter((x) => x.role === "proposed")).toEqual([]);
  });
});

describe("a title's name spelled out in the abstract", () => {
  it("the title's known short word written out in a definition's long form makes one entity", () => {
    const m = extract(
      "Tokens-to-Widget ViT: Teaching Vision Transformers Widgets Without Pretraining",
      "We propose a new Tokens-To-Widget Vision Transformer (T2W-ViT), which structures images into tokens. " +
        "T2W-ViT halves the parameter count of vanilla ViT while gaining 3.0% top-1 accuracy on ImageNet.",
    );
    const proposed = confidentOnly(m).filter((x) => x.role === "proposed");
    expect(proposed.map((x) => x.name)).toEqual(["T2W-ViT"]);
    expect(proposed[0]!.aliases).toContain("Tokens-to-Widget ViT");
  });
});

describe("proposals named after a long description", () => {
  it("'a novel strategy … with multiple exits, namely X' proposes X; hardware is no model", () => {
    const m = extract(
      "Widget exiting",
      "We propose a new early-exit scheme for widget language models with several exits, namely WidgetExit. " +
        "WidgetExit runs on GPUs and AI-accelerators and keeps 99% of the accuracy on ImageNet.",
    );
    expect(confidentOnly(m).find((x) => x.name === "WidgetExit")?.role).toBe("proposed");
    expect(names(m, "model")).not.toContain("AI-accelerators");
  });

  it("a proposed title-case phrase right before the proposed name in parentheses describes that name", () => {
    const m = extract(
      "QuillDet: sorting gadgets",
      "To sort gadgets we introduce a Pebble-based Diffusion Model for Semi-supervised 3D Object Detection " +
        "(QuillDet). QuillDet beats prior neural sorters by 4.1 mAP on ImageNet.",
    );
    expect(names(m, "model")).toEqual(["QuillDet"]);
  });
});

describe("odd capitals and fields", () => {
  it("an ordinary word with one capital inside, as titles spell acronyms, is no name; STEM is a field", () => {
    const m = extract(
      "Use Your WIDGET: WIDGet tuning of LLMs usIng Gadget bandits",
      "We propose WIDGET, which tunes prompts for ChatGPT with neural bandits and beats baselines on STEM tasks and " +
        "ImageNet.",
    );
    expect(names(m, "model")).toEqual(expect.arrayContaining(["WIDGET", "ChatGPT"]));
    for (const n of ["usIng", "STEM"]) expect(names(m)).not.toContain(n);
  });
});

describe("optimisers", () => {
  it("gradient descent (GD) names no model, as the guideline's generic list has it", () => {
    const m = extract(
      "On the Gradient Descent Dynamics of Widgets",
      "We ask which widget transformers let Gradient Descent (GD) converge, and show that GD trains them on ImageNet.",
    );
    expect(names(m, "model")).toEqual([]);
    expect(names(m, "dataset")).toContain("ImageNet");
  });

  it("a named optimiser (Adam, AdamW, AdaGrad) is a model the paper uses; plain SGD stays generic", () => {
    const m = extract(
      "Widget Momentum for Sparse Gradients",
      "We present WidgetMom, an optimizer for sparse widget gradients. Against SGD, Adam, AdamW and AdaGrad, " +
        "WidgetMom halves the steps to a given loss.",
    );
    const models = confidentOnly(m).filter((x) => x.type === "model");
    expect(models.filter((x) => x.role === "used").map((x) => x.name)).toEqual(["Adam", "AdamW", "AdaGrad"]);
    expect(models.filter((x) => x.role === "proposed").map((x) => x.name)).toEqual(["WidgetMom"]);
    expect(names(m)).not.toContain("SGD");
  });
});

describe("a coined name with and without its architecture noun", () => {
  it("'QSWin Transformer' and 'QSWin' are one proposal", () => {
    const m = extract(
      "QSWin Transformer: A Widget Backbone with Diagonal Windows",
      "We introduce QSWin Transformer, a fast backbone for widget tasks. QSWin reaches 85.4% top-1 accuracy " +
        "on ImageNet-1K, beating Swin Transformer.",
    );
    expect(
      confidentOnly(m)
        .filter((x) => x.role === "proposed")
        .map((x) => x.name),
    ).toEqual(["QSWin Transformer"]);
    expect(names(m)).not.toContain("QSWin");
  });
});

describe("model sizes alone", () => {
  it("a size word after a generic family ('the Transformer Base architecture') is no model", () => {
    const m = extract(
      "Widget translation",
      "We fine-tune a neural translator. We keep a plain 12-layer Transformer Base architecture on WMT14, " +
        "and compare with BERT-Base and T5 Base.",
    );
    expect(names(m, "model")).toEqual(expect.arrayContaining(["BERT-Base", "T5 Base"]));
    expect(names(m, "model")).not.toContain("Base");
  });
});

describe("what a proposal builds on", () => {
  it("a defined method the proposal 'capitalizes on' or is 'coupled with' is used, not proposed", () => {
    const m = extract(
      "Sparse-VW Transformer: An FFN-Free Framework for Widget Forecasting",
      "We introduce the Sparse Vector Widget Transformer (Sparse-VW). Its design capitalizes on a gadget codebook " +
        "coupled with Gated Widget Normalization (GWN) so as to damp noise and keep the statistics that " +
        "forecasting needs.",
    );
    expect(m.find((x) => x.name === "Sparse-VW")?.role).toBe("proposed");
    expect(m.find((x) => x.name === "GWN")?.role).toBe("used");
  });
});

describe("known names in other casings", () => {
  it("a mixed-case known name written with other capitals is that name ('Llama', 'LLama-7B', 'Lora')", () => {
    const m = extract(
      "Widget adapters",
      "We fine-tune Llama 2 and LLama-7B with Lora adapters on ImageNet captions and compare with LLaVa.",
    );
    const known = confidentOnly(m).filter((x) => x.type === "model" && x.confidence >= 0.9);
    expect(known.map((x) => x.name)).toEqual(expect.arrayContaining(["Llama 2", "LLama-7B", "Lora", "LLaVa"]));
    expect(
      names(extract("Widget maths", "Math word problems stay hard for neural widget solvers."), "benchmark"),
    ).toEqual([]);
  });
});

describe("data names led by a platform", () => {
  it("a platform and a country leading a data name are part of it ('Twitter US Airline')", () => {
    const m = extract(
      "Widget sentiment",
      "We fine-tune RoBERTa for sentiment analysis, reaching accuracies of 80.7% and 92.4% on the Twitter US " +
        "Gadget, IMDb, and Sentiment140 datasets, respectively.",
    );
    expect(names(m, "dataset")).toContain("Twitter US Gadget");
    expect(names(m, "dataset")).not.toContain("Gadget");
  });
});

describe("pre-training data and radiance-field models the lexicons know", () => {
  it("JFT-300M and WebVid-10M are data; Mip-NeRF is a model, the Mip-NeRF 360 dataset data", () => {
    const m = extract(
      "Widget fields",
      "We pre-train WidgetField on JFT-300M and WebVid-10M, then rank it against Mip-NeRF and Zip-NeRF on widget " +
        "scenes taken from the Mip-NeRF 360 dataset.",
    );
    expect(names(m, "dataset").sort()).toEqual(["JFT-300M", "Mip-NeRF 360", "WebVid-10M"]);
    expect(names(m, "model").sort()).toEqual(["Mip-NeRF", "WidgetField", "Zip-NeRF"]);
  });
});

describe("software the work runs on", () => {
  it("general-purpose libraries, an operating system and a recording modality name no model", () => {
    const m = extract(
      "Widget decoding from brain signals",
      "We present WidgetDec, a decoder of widget intent from MEG recordings. It is written with NumPy, SciPy and " +
        "OpenCV, runs under ROS on Linux, and beats EEGNet on the GizmoMind benchmark.",
    );
    expect(names(m, "model").sort()).toEqual(["EEGNet", "WidgetDec"]);
    for (const tool of ["MEG", "NumPy", "SciPy", "OpenCV", "ROS", "Linux"]) expect(names(m)).not.toContain(tool);
  });

  it("accelerators, with their memory or not, name no model ('A800-80G', 'TPUv4', 'H200')", () => {
    const m = extract(
      "Widget attacks on language models",
      "We present GizmoLM, a large language model tuned with supervised fine-tuning over about 55,000 GPU hours " +
        "on A800-80G, 8 A100-80GB GPUs, an H200 and TPUv4 pods.",
    );
    expect(names(m, "model")).toEqual(["GizmoLM"]);
    expect(names(m, "dataset")).toEqual([]);
  });
});

describe("tools named with 'and'", () => {
  it("the second half of a generic tool's name joined by 'and' is no model ('a Weights and Biases project')", () => {
    const m = extract(
      "Widget benchmark",
      "We release WidgetBench with the code that scores neural models, plus an open Weights and Biases project " +
        "with every run.",
    );
    expect(names(m)).toContain("WidgetBench");
    expect(names(m)).not.toContain("Biases");
  });
});

describe("names coined for what a method is applied to", () => {
  it("'applying our method to a planning benchmark, called X' uses X; 'we release a new benchmark, called Y' proposes Y", () => {
    const m = extract(
      "ZEPHYR: Unveiling the Planning Capability of Widget Language Models",
      "We present ZEPHYR, a neural planner. Applying the same analysis to an everyday routing benchmark, " +
        "called Gridsworld, confirms our findings. We also release a new benchmark, called Widgetsworld.",
    );
    expect(m.find((x) => x.name === "Gridsworld")?.role).toBe("used");
    expect(m.find((x) => x.name === "Widgetsworld")?.role).toBe("proposed");
  });
});

describe("names cut by an acronym or an edition's ordinal", () => {
  it("ordinary words before 'Challenge' after '(CE)' or '7th' are a cut name's tail, not a benchmark", () => {
    const m = extract(
      "Widget affect",
      "We train a neural model on a dataset for the estimation and detection of widget affect, the topic of the " +
        "Calm-Excited (CE) Estimation Challenge and the Gadget Unit (GU) Detection Challenge of the 7th " +
        "Workshop and Competition for Widget Affect, a workshop and competition held yearly. We also win the " +
        "Large-Scale Widget Challenge, a large-scale challenge.",
    );
    expect(names(m, "benchmark")).not.toContain("Estimation Challenge");
    expect(names(m, "benchmark")).not.toContain("Detection Challenge");
    expect(names(m, "benchmark")).not.toContain("Workshop and Competition");
    expect(names(m, "benchmark")).toContain("Large-Scale Widget Challenge");
  });
});

describe("image-quality and ranking measures", () => {
  it("MS-SSIM and DCG are metrics", () => {
    const m = extract(
      "QuillCodec: widgets for compression",
      "Our neural codec raises MS-SSIM by 0.4 dB over transformer codecs, and its ranker lifts DCG by 3% on Yelp.",
    );
    expect(typeOf(m, "MS-SSIM")).toBe("metric");
    expect(typeOf(m, "DCG")).toBe("metric");
  });

  it("Rank-1 is a retrieval measure beside a score, and no entity before an algebraic object", () => {
    const scored = extract(
      "QuillReID: widgets for re-identification",
      "Our neural re-identifier lifts Rank-1 accuracy by 3.1 points and mAP by 2.4 points on Market-1501.",
    );
    expect(typeOf(scored, "Rank-1 accuracy")).toBe("metric");
    expect(names(scored, "model")).not.toContain("Rank-1");
    const algebra = extract(
      "Gadget tracking by Rank-1 tensor sketches",
      "A Rank-1 tensor approximation links gadget detections, and the rank-1 case of widget sensing is solved " +
        "by a neural network on MOT17.",
    );
    expect(confidentOnly(algebra).map((x) => x.name.toLowerCase())).not.toContain("rank-1");
  });
});

describe("metric phrases", () => {
  it("biometric and re-identification measures are metrics ('FRR', 'Cumulative Match Characteristic (CMC)')", () => {
    const m = extract(
      "Widget fingerprints",
      "Baseline neural matchers degrade from 14.7% to 17.6% FRR on WidgetPrints, while our matcher reaches 83.9% " +
        "rank-15 accuracy on the GizmoID benchmark's Cumulative Match Characteristic (CMC) curve.",
    );
    expect(typeOf(m, "FRR")).toBe("metric");
    expect(typeOf(m, "CMC")).toBe("metric");
  });
  it("neither a grading word, a dataset's word nor a number format makes a metric ('AG News accuracy', 'weight precision')", () => {
    const m = extract(
      "Widget quantisation",
      "Our neural quantiser keeps nearly the same QR Widgets accuracy, with on par reconstruction accuracy and " +
        "equivalent accuracy, at 4-bit weight precision and integer precision, and reaches 90% precision on WidgetSet.",
    );
    const metrics = names(m, "metric");
    expect(metrics).toContain("precision");
    expect(metrics.filter((n) => /widgets|par |equivalent|weight|integer/i.test(n))).toEqual([]);
  });
  it("finite, infinite and bounded precision are arithmetic, no metric", () => {
    const m = extract(
      "Widget RNNs",
      "We study in theory how well WidgetProduct tracks its state in finite precision and how that grows " +
        "with more neural layers, and report 81% precision on WidgetSet.",
    );
    const metrics = names(m, "metric");
    expect(metrics).toContain("precision");
    expect(metrics.filter((n) => /finite/i.test(n))).toEqual([]);
  });
  it("eponymous measures written in lowercase are the lexicon's ('inception score', 'chamfer distance')", () => {
    const m = extract(
      "Widget generation",
      "QuillGAN, a generative adversarial network, sets an inception score of 10.4 on WidgetSet, and its " +
        "point clouds reach a chamfer distance of 0.3.",
    );
    expect(typeOf(m, "inception score")).toBe("metric");
    expect(typeOf(m, "chamfer distance")).toBe("metric");
  });
  it("a word grading an amount is no part of a metric ('little accuracy loss', 'a perfect accuracy')", () => {
    const m = extract(
      "Widget pruning",
      "Our neural pruner achieves a perfect accuracy on the WidgetSet dataset, where GizmoNet stays below 40% " +
        "of it, and cuts 50% of the gadgets in GadgetBank with little accuracy loss.",
    );
    expect(names(m, "metric")).toContain("accuracy");
    expect(names(m, "metric").filter((n) => /little|perfect/.test(n))).toEqual([]);
  });
});

describe("variants of the paper's own name", () => {
  it("a long form built on the title's coined name names the paper's own variant", () => {
    const m = extract(
      "GizmoFormer: Nested Widgets for Elastic Inference",
      "This work introduces GizmoFormer, a nested neural architecture. We observe that a decoder-only " +
        "GizmoFormer language model (GizmoLM) scales well, and that encoders cut from a GizmoFormer-based ViT " +
        "(GizmoViT) keep their accuracy on a dataset.",
    );
    expect(m.find((x) => x.name === "GizmoLM")?.role).toBe("proposed");
    expect(m.find((x) => x.name === "GizmoViT")?.role).toBe("proposed");
  });
});

describe("efficiency measures", () => {
  it("'reduction' naming a kind of operation states no result; 'a reduction in operations' does", () => {
    const kind = extract(
      "Widget graphs",
      "Given a 3D widget with second order terms, a set of reduction operations is defined to shrink its graph " +
        "for a neural gadget trained on a dataset.",
    );
    expect(names(kind, "metric")).toEqual([]);
    const result = extract(
      "Widget graphs",
      "Our neural gadget, trained on a dataset, brings a reduction in operations over GizmoNet.",
    );
    expect(names(result, "metric")).toContain("operations");
  });

  it("the time a process takes, where the text compares it, is a measure ('shortens the completion time from …')", () => {
    const m = extract(
      "Fast widget completion",
      "Trained on a widget dataset, our neural gadget shortens the completion time from 30.5 to 5.4 seconds per " +
        "scene and reduces the sampling time by 40% over GizmoNet, while its sampling time budget is fixed elsewhere.",
    );
    expect(names(m, "metric")).toEqual(expect.arrayContaining(["completion time", "sampling time"]));
  });
});

describe("people", () => {
  it("a surname before an eponym's noun ('Ostrowe's model', 'Kellan's theorem') names its author, no model", () => {
    const m = extract(
      "Widget learnability",
      "We relate Ostrowe's model of widget learning to Kellan's theorem, and train GizmoNet, a neural network, " +
        "on a dataset; GizmoNet's accuracy improves.",
    );
    expect(names(m, "model")).toContain("GizmoNet");
    expect(names(m).filter((n) => /Ostrowe|Kellan/.test(n))).toEqual([]);
  });
});

describe("challenges and their parts", () => {
  it("a challenge with its year is a benchmark the solution is for; its numbered tracks name nothing", () => {
    const m = extract(
      "Vehicle search",
      "This paper introduces our neural solution for the Track2 in the Gadget Town Challenge 2020 (GTC20), " +
        "trained on a dataset. We rank first in Track 3 and in Track-1, and train in Stage-1 and Stage-2.",
    );
    const gtc = m.find((x) => x.name === "GTC20");
    expect(gtc?.type).toBe("benchmark");
    expect(gtc?.role).toBe("used");
    expect(names(m).filter((n) => /^(?:Track|Stage)/.test(n))).toEqual([]);
  });
});

describe("the subject after an opening phrase", () => {
  it("'When evaluated on the X and Y benchmarks, Z achieves …' makes Z the subject, not a listed benchmark", () => {
    const m = extract(
      "Gizmo-DNA: A Unified Genomic Foundation Model",
      "We introduce Gizmo-DNA, a family of neural models. When evaluated on the Quill Genome and Widget " +
        "benchmarks, Gizmo-DNA achieves the best accuracy on 18 of 26 tasks.",
    );
    expect(typeOf(m, "Gizmo-DNA")).toBe("model");
  });
});

describe("evaluation phrasing and what a method rests on", () => {
  it("'outperforms X on Y' makes Y data; 'experiments based on Z' rest on Z, a model", () => {
    const m = extract(
      "Gizmo tracking",
      "We design a neural tracker. The proposed tracker GizmoTrack outperforms the baseline QuillNet on WidgetPersons. " +
        "Our tracking experiments based on QuillTrack reach the best AUC.",
    );
    expect(typeOf(m, "WidgetPersons")).toBe("dataset");
    expect(typeOf(m, "QuillTrack")).toBe("model");
    // "the proposed tracker X" names the paper's own, as "the proposed model X" does.
    expect(confidentOnly(m).find((x) => x.name === "GizmoTrack")?.role).toBe("proposed");
  });

  it("a known task defined where the text reports results on it stays a task", () => {
    const m = extract(
      "Gizmo lip reading",
      "We pre-train a neural encoder. GizmoNet surpasses all self-supervised methods on visual speech recognition " +
        "(VSR) on WidgetLips.",
    );
    expect(typeOf(m, "VSR")).toBe("task");
    expect(typeOf(m, "WidgetLips")).toBe("dataset");
  });

  it("what a method is tested on, or testing on, is data ('when testing on X by using Y')", () => {
    const m = extract(
      "Gizmo agents",
      "We train a neural reward model. When testing on WidgetArena-lite by using GizmoLM-mini as the policy, it " +
        "wins by 10.9 points, and it tests on QuillShop too.",
    );
    expect(typeOf(m, "WidgetArena-lite")).toBe("dataset");
    expect(typeOf(m, "QuillShop")).toBe("dataset");
  });

  it("a figure with a decimal point between the result and 'on' keeps it evaluation phrasing ('by 10.7% on X')", () => {
    const m = extract(
      "Widget math",
      "We propose GizmoCode, a math reasoning framework for large language models. GizmoCode surpasses the " +
        "baseline by absolute 10.7% on WidgetMath12, 8% on GizmoOly and 12.6% on FooOdyssey.",
    );
    expect(["WidgetMath12", "GizmoOly", "FooOdyssey"].map((n) => typeOf(m, n))).toEqual([
      "dataset",
      "dataset",
      "dataset",
    ]);
  });
});

describe("acronyms defined in the plural", () => {
  it("an acronym's plural is its singular, one word at a time", () => {
    const singulars = ["LLMs", "lncWDGs", "QA-cGANs", "3Ds", "ViTs", "GPUs", "Gizmo's WDGs", "quill WDGs"].map(
      singularAcronym,
    );
    expect(singulars).toEqual(["LLM", "lncWDG", "QA-cGAN", "3D", "ViTs", "GPU", "Gizmo's WDGs", "quill WDGs"]);
  });

  it("the singular is the same entity: a concept's stays none, a model's is named by it", () => {
    const m = extract(
      "Gizmo transcripts",
      "Long non-coding widgets (lncWDGs) regulate cells. We train a deep network to find lncWDG transcripts. We " +
        "design quill-aware conditional generative adversarial networks (QA-cGANs); the QA-cGAN is trained on rooms.",
    );
    expect(names(m, "model")).toEqual(["QA-cGAN"]);
  });
});

describe("a measure's head on a method", () => {
  it("a long form headed by 'Index' that the text calls a paradigm is a method, not a metric", () => {
    const m = extract(
      "Widgets for search",
      "The Differentiable Widget Index (DWI) is an emerging paradigm for neural retrieval. We report the Structural " +
        "Gizmo Index (SGI) of 0.9.",
    );
    expect(typeOf(m, "DWI")).toBe("model");
    expect(typeOf(m, "SGI")).toBe("metric");
  });
});

describe("well-known models inside a proposal", () => {
  it("a known network a new design puts in each stage is used ('Kolmogorov-Arnold Network (KAN) blocks')", () => {
    const m = extract(
      "Gizmo classification with transformers",
      "We introduce the Gizmo Vision Transformer (GizmoViT), a new design that puts Kolmogorov-Arnold Network (KAN) " +
        "blocks in each encoder stage for medical image classification.",
    );
    const kan = confidentOnly(m).find((x) => x.name === "KAN");
    expect(kan?.role).toBe("used");
    expect(confidentOnly(m).find((x) => x.name === "GizmoViT")?.role).toBe("proposed");
  });
});

describe("deployment runtimes", () => {
  it("inference engines and on-device runtimes are tools, not models or data ('TensorRT', 'CoreML', 'ONNX Runtime')", () => {
    const m = extract(
      "GizmoViT: fast vision transformers",
      "We propose GizmoViT. On the TensorRT platform it outperforms ResNet-101 on ImageNet, and on CoreML and " +
        "ONNX Runtime it beats MobileNetV2 in latency.",
    );
    expect(confidentOnly(m).filter((x) => /TensorRT|CoreML|ONNX/.test(x.name))).toEqual([]);
    expect(names(m, "model")).toEqual(expect.arrayContaining(["GizmoViT", "ResNet-101"]));
  });
});

describe("generative families", () => {
  it("flow and score matching are families, as diffusion models are, not tasks ('flow matching (FM)')", () => {
    const m = extract(
      "GizmoFlow: widget generation with neural networks",
      "We propose GizmoFlow, a neural generator. Adapting flow matching (FM) to widgets is hard, as FM learns a " +
        "velocity; denoising score matching fails on widget generation.",
    );
    expect(confidentOnly(m).filter((x) => /FM|matching/i.test(x.name))).toEqual([]);
    expect(names(m, "model")).toEqual(["GizmoFlow"]);
  });
});

describe("long forms and function words", () => {
  it("a long form starts on the capitalised word, not a function word with the same letter", () => {
    expect(defs("we train Automata as Cross-Widget Teachers (ACT) on gizmos.")).toEqual([
      ["ACT", "Automata as Cross-Widget Teachers"],
    ]);
  });
});

describe("pose estimation data", () => {
  it("AI Challenger and COCO-WholeBody are datasets wherever a list puts them", () => {
    const m = extract(
      "GizmoPose: transformers for pose",
      "Our GizmoPose model reaches the best accuracy on AI Challenger and OCHuman for people's joints, " +
        "COCO-Wholebody for hands and faces as well, and CrowdPose.",
    );
    for (const name of ["AI Challenger", "OCHuman", "COCO-Wholebody", "CrowdPose"])
      expect(typeOf(m, name)).toBe("dataset");
  });
});

describe("visual localisation data", () => {
  it("Cambridge Landmarks, 7-Scenes and Aachen Day-Night are datasets", () => {
    const m = extract(
      "QuillLoc: matching gadgets to maps",
      "Our neural matcher halves pose error on both Cambridge Landmarks and 7-Scenes, and localises more " +
        "queries of Aachen Day-Night than keypoint baselines.",
    );
    for (const name of ["Cambridge Landmarks", "7-Scenes", "Aachen Day-Night"]) expect(typeOf(m, name)).toBe("dataset");
  });
});

describe("navigation benchmarks and 3D, pose and correspondence data", () => {
  it("R2R, REVERIE and VLN-CE are benchmarks; NORB, PartNet, HumanEva and SPair-71k datasets", () => {
    const m = extract(
      "QuillNav: widgets for embodied agents",
      "Our neural agent sets new success rates on R2R, REVERIE and VLN-CE. Its encoder, pretrained on NORB, " +
        "PartNet and HumanEva, also matches keypoints on SPair-71k better than earlier transformers.",
    );
    for (const name of ["R2R", "REVERIE", "VLN-CE"]) expect(typeOf(m, name)).toBe("benchmark");
    for (const name of ["NORB", "PartNet", "HumanEva", "SPair-71k"]) expect(typeOf(m, name)).toBe("dataset");
  });
});

describe("action, tracking and 3D shape data", () => {
  it("SoccerNet, MSR Action3D, NW-UCLA, DanceTrack and Pix3D are datasets", () => {
    const m = extract(
      "QuillAct: widgets for actions",
      "Our neural recogniser beats transformers on SoccerNet, MSR Action3D and NW-UCLA; its tracker gains 2 HOTA " +
        "on DanceTrack, and its shape head lowers Chamfer distance on Pix3D.",
    );
    for (const name of ["SoccerNet", "MSR Action3D", "NW-UCLA", "DanceTrack", "Pix3D"])
      expect(typeOf(m, name)).toBe("dataset");
  });
});

describe("agent benchmarks", () => {
  it("WebArena, Mind2Web and OSWorld are benchmarks, Overcooked-AI is Overcooked", () => {
    const m = extract(
      "GizmoAgent: widget agents",
      "We present GizmoAgent, a neural agent platform; it solves WebArena, Mind2Web, OSWorld and Overcooked-AI tasks.",
    );
    for (const name of ["WebArena", "Mind2Web", "OSWorld", "Overcooked-AI"]) expect(typeOf(m, name)).toBe("benchmark");
    expect(typeOf(extract("Widget robots", "We evolve neural widget robots in EvoGym."), "EvoGym")).toBe("benchmark");
  });
});

describe("people's names and architectures' names", () => {
  it("a person's name alone starts a term, no model ('Langevin dynamics'); a problem's cue does not make 'D2Net' a task", () => {
    const m = extract(
      "Widget restoration with neural networks",
      "We propose a design paradigm to solve the widget restoration problem called Q2Net, which follows Langevin " +
        "dynamics and Hopfield energies.",
    );
    expect(names(m, "model")).toEqual(["Q2Net"]);
  });

  it("a mathematician's name in a coordination is no model ('methods like Gröbner and Widget bases')", () => {
    const m = extract(
      "Neural oracles for widget bases",
      "Classical methods like Gröbner and Widget bases are exact but slow, and neural networks trade exactness for " +
        "speed. We introduce GizmoOracle, a Transformer that prunes reduction steps.",
    );
    expect(names(m, "model")).toEqual(["GizmoOracle"]);
  });
});

describe("credits and domain-prefixed measures", () => {
  it("two surnames before a possessive work are authors; a domain word before a known measure names a measure", () => {
    const m = extract(
      "Widget style transfer",
      "A class studied in Korhonen and Haviainen’s seminal work (2015) guides our neural widget model, which " +
        "improves ArtFID and FID over SimGizmo.",
    );
    expect(names(m, "model")).not.toContain("Haviainen");
    expect(typeOf(m, "ArtFID")).toBe("metric");
  });
});

describe("dual-process terms", () => {
  it("System 1 and System-2 are generic, however written; MinAtar is a benchmark", () => {
    const m = extract(
      "Widget reasoning",
      "Our neural widget model mixes System-1 and System-2 thinking, like System 1 reasoning, and wins on MinAtar.",
    );
    expect(names(m, "model")).toEqual([]);
    expect(typeOf(m, "MinAtar")).toBe("benchmark");
  });
});

describe("knowledge bases", () => {
  it("ConceptNet, Wikidata, Freebase and WordNet are data a method draws on", () => {
    const m = extract(
      "Widget commonsense with neural networks",
      "Our neural widget generator links subgraphs of ConceptNet and Wikidata to Freebase entities and WordNet glosses.",
    );
    for (const name of ["ConceptNet", "Wikidata", "Freebase", "WordNet"]) expect(typeOf(m, name)).toBe("dataset");
    const qa = extract("Widget reading", "Our neural widget reader answers NarrativeQA and Qasper questions.");
    for (const name of ["NarrativeQA", "Qasper"]) expect(typeOf(qa, name)).toBe("dataset");
  });
});

describe("atlases", () => {
  it("named atlases a method reads from are data, listed before one head noun", () => {
    const m = extract(
      "GizmoFormer for widget disorder classification",
      "We propose GizmoFormer, a neural model. Matrices read off the QAL, WD200, and GZ160 atlases feed " +
        "its encoder.",
    );
    for (const name of ["QAL", "WD200", "GZ160"]) expect(typeOf(m, name)).toBe("dataset");
  });
});

describe("naming by 'we refer to this … as'", () => {
  it("a method noun makes the defined name the paper's own; a problem's does not make it a model", () => {
    const m = extract(
      "GizmoFormer: widget averaging",
      "We propose GizmoFormer, a neural transformer. After each block we compute a weighted average; we refer to " +
        "this averaging step as the Quill-Weighted-Average (QWA). We refer to this formulation as Widget-Gadget Interactions (WGIs). Its " +
        "feed-forward (FF) blocks are small, and it spots fakes on FF++.",
    );
    expect(confidentOnly(m).find((x) => x.name === "QWA")?.role).toBe("proposed");
    expect(typeOf(m, "WGI") ?? typeOf(m, "WGIs")).not.toBe("model");
    expect(typeOf(m, "FF")).toBeUndefined();
    expect(typeOf(m, "FF++")).toBe("dataset");
  });
});

describe("map kinds", () => {
  it("standard- and high-definition maps are generic, however written ('Standard Definition (SD) map', 'SD map', 'HD maps')", () => {
    const m = extract(
      "GizmoMap: lane graphs with transformers",
      "We present GizmoMap, a neural network for lane graphs. An optional module adds a Standard Definition (SD) map, " +
        "and cheap standard definition map (SD map) tiles serve as a prior; HD maps are costly.",
    );
    expect(names(m, "model")).toEqual(["GizmoMap"]);
  });
});

describe("environments a policy is evaluated in", () => {
  it("names listed after environments, games or control tasks are benchmarks; a game class's acronym is not", () => {
    const m = extract(
      "Widget policies",
      "We train deep reinforcement learning policies with a transformer encoder and evaluate them on arcade " +
        "environments (Bricks, Zonk, GadgetRaid) and on locomotion tasks such as Quillrunner and Hopperoo-v3, where " +
        "they outperform baselines in average return. The analysis covers stochastic widget games (SWGs).",
    );
    for (const name of ["Zonk", "GadgetRaid", "Quillrunner", "Hopperoo-v3"]) expect(typeOf(m, name)).toBe("benchmark");
    expect(typeOf(m, "SWGs") ?? typeOf(m, "SWG")).not.toBe("benchmark");
  });
});

describe("what a figure changes by, and what results are on", () => {
  it("a name the text improves or reduces by a figure is a measure, a model's acronym included", () => {
    const m = extract(
      "Widget occupancy with neural networks",
      "Our network reduces the QZE by 12% on CIFAR-10, yields a GRQ improvement of 30%, and improves the MAE by " +
        "25%. It also improves ResNet-50 by 2%.",
    );
    for (const name of ["QZE", "GRQ", "MAE"]) expect(typeOf(m, name)).toBe("metric");
    expect(typeOf(m, "ResNet-50")).toBe("model");
  });

  it("names after results on several described data are data", () => {
    const m = extract(
      "Widget queries for video segmentation",
      "Our transformer network propagates object queries across frames. With one architecture we surpass " +
        "state-of-the-art results on the diverse and challenging QVIS, Gadget-VIS and WIDG-MOTS data.",
    );
    for (const name of ["QVIS", "Gadget-VIS", "WIDG-MOTS"]) expect(typeOf(m, name)).toBe("dataset");
  });
});

describe("data a new dataset is drawn from", () => {
  it("is data the paper uses, not its own, and not what a generator produced", () => {
    const m = extract(
      "GizmoScenes: A Dataset for Spatial Widget Reasoning",
      "We introduce GizmoScenes, a novel dataset for neural widget reasoning. GizmoScenes holds 200k question pairs " +
        "across 900 indoor scenes from QuillRooms++ v2, and a widget classifier trained on synthetic samples from " +
        "GizmoGen outperforms one trained on recordings from ZQ neurons.",
    );
    const room = confidentOnly(m).find((x) => x.name === "QuillRooms++ v2");
    expect([room?.type, room?.role]).toEqual(["dataset", "used"]);
    expect(typeOf(m, "GizmoGen")).not.toBe("dataset");
    expect(typeOf(m, "ZQ")).not.toBe("dataset");
  });
});

describe("repositories, collections and measures named as such", () => {
  it("a title's repository is data, the abstract's acronym of the title's data name its short form", () => {
    const m = extract(
      "GADGETRY: Gizmo Archive of Diverse Gadget Evaluation Time-series Repository",
      "We introduce GADGETRY, a collection of large datasets for widget classification, beside the QRS and TUV " +
        "widget classification repositories and the Quill Machine Learning Repository.",
    );
    expect(typeOf(m, "GADGETRY")).toBe("dataset");
    for (const name of ["QRS", "TUV", "Quill Machine Learning Repository"]) expect(typeOf(m, name)).toBe("dataset");
    const zod = extract(
      "Gizmo Open Dataset: A Large-Scale and Diverse Multimodal Dataset for Widget Driving",
      "Widget driving lacks range. We introduce GOD, a large-scale multimodal dataset for neural widget detection. " +
        "GOD has the longest range.",
    );
    expect(confidentOnly(zod).find((x) => x.name === "GOD")?.aliases).toEqual(["Gizmo Open Dataset"]);
  });

  it("names used as metrics are measures ('using pAP and DSC as metrics')", () => {
    const m = extract(
      "Widget anomaly segmentation with neural networks",
      "We stress pixel-precise segmentation using pAP and QZE as metrics, with GRV as the evaluation metric.",
    );
    for (const name of ["QZE", "GRV"]) expect(typeOf(m, name)).toBe("metric");
  });
});

describe("a known family joined to a size word, and measures written with an ampersand", () => {
  it("'Swin-Large' is a model of the Swin family, as 'Swin-B' is", () => {
    const m = extract(
      "Widget segmentation in video",
      "We propose GizmoSeg, a transformer network for video object segmentation trained end to end. Built on a " +
        "Swin-Large backbone, and on a ConvNeXt-Base one, GizmoSeg beats earlier neural widget segmenters on the " +
        "QuillVOS benchmark.",
    );
    expect(typeOf(m, "Swin-Large")).toBe("model");
    expect(typeOf(m, "ConvNeXt-Base")).toBe("model");
  });

  it("'J&F' is the video segmentation measure; 'R&D' and 'Q&A' name nothing", () => {
    const m = extract(
      "Widget segmentation in video",
      "We propose GizmoSeg, a transformer network for video object segmentation trained end to end; it scores " +
        "71.2 J&F on the validation split of the QuillVOS benchmark. Our R&D team also studied Q&A widgets.",
    );
    expect(typeOf(m, "J&F")).toBe("metric");
    expect(m.filter((x) => x.name === "R&D" || x.name === "Q&A")).toEqual([]);
  });
});

describe("the subject after an opening phrase about experiments", () => {
  it("is the method, not one more dataset ('Through experiments on 8 public datasets, X achieved …')", () => {
    const m = extract(
      "Widget anomaly discovery with neural detectors",
      "We propose a lightweight neural widget anomaly detector, named QUORVEL. Through broad experiments on 8 " +
        "public datasets, QUORVEL achieved a 12% higher F1 score than earlier deep detectors.",
    );
    expect(typeOf(m, "QUORVEL")).toBe("model");
  });
});

describe("the spelling a name is shown in", () => {
  it("is the one the paper uses most, not its capitals in a definition or a shouting title", () => {
    const defined = extract(
      "GizmoNet: Omnivorous Widget Representations",
      "This paper proposes Omnivorous Widget Representations from Transformers (GIZMONET), a neural network for " +
        "widget ranking. In GizmoNet each token attends to all others; GizmoNet is trained end to end.",
    );
    expect(confidentOnly(defined).some((x) => x.name === "GizmoNet")).toBe(true);
    const shouted = extract(
      "QUILLHIGHLIGHTS: A DATASET FOR WIDGET MOMENT RETRIEVAL",
      "We introduce the QuillHighlights dataset for widget moment retrieval with neural networks, and train " +
        "transformer baselines on it.",
    );
    expect(confidentOnly(shouted).some((x) => x.name === "QuillHighlights")).toBe(true);
    // The title's task in capitals is named by the abstract's spelling.
    expect(shouted.filter((x) => x.type === "task").map((x) => x.name)).toEqual(["widget moment retrieval"]);
  });
});

describe("sensitivity and specificity", () => {
  it("are measures beside a score, paired, or listed as metrics, and properties elsewhere", () => {
    const m = extract(
      "Widget lesion detection with deep networks",
      "Our neural widget detector reaches 81% sensitivity at two false positives per scan, and compares well on " +
        "further metrics such as specificity. A gizmo mechanism lowers the global sensitivity of the " +
        "released statistic, and a strong specificity of triggers keeps the backdoor hidden.",
    );
    expect(typeOf(m, "sensitivity")).toBe("metric");
    expect(typeOf(m, "specificity")).toBe("metric");
    const property = extract(
      "Widget privacy for neural statistics",
      "We train neural networks privately. Noise is scaled to the statistic's global sensitivity, and a " +
        "strong specificity of the triggers keeps a widget backdoor hidden; accuracy stays at 90%.",
    );
    expect(property.filter((x) => x.type === "metric").map((x) => x.name)).toEqual(["accuracy"]);
  });
});

describe("a named measure after the level it is counted at", () => {
  it("keeps the level ('object-level Dice coefficient', 'box-level AP')", () => {
    const m = extract(
      "Widget gland segmentation with deep networks",
      "We validate the neural widget segmenter on the GizmoGland dataset using two metrics, object-level " +
        "Hausdorff distance and object-level Dice coefficient, and it reaches 41.2 box-level AP.",
    );
    for (const name of ["object-level Dice coefficient", "object-level Hausdorff distance", "box-level AP"]) {
      expect(typeOf(m, name)).toBe("metric");
    }
  });
});

describe("what an appositive or a data noun says a name is", () => {
  it("'X, a novel approach that …' is a method, whatever 'the X score' later suggests", () => {
    const m = extract(
      "Widget Ranking with Attenuated Features",
      "We present GIZRANK, a novel approach that combines familiar and unfamiliar features for open-set recognition. " +
        "We interpret the GIZRANK score probabilistically and show that GIZRANK generalises across deep networks.",
    );
    expect(typeOf(m, "GIZRANK")).toBe("model");
  });

  it("an appositive's describing words may be a list ('X, a large-scale, diverse, and annotated dataset')", () => {
    const m = extract(
      "GizmoNet: Pose-Guided Widget Synthesis",
      "We present GizmoNet, a simple, effective, and general framework for pose-guided widget synthesis with " +
        "diffusion models. We also release WidgetPose-3M, a large-scale, curated, and varied dataset built " +
        "for training widget generators. WidgetPose-3M holds 3M annotated widgets for supervised fine-tuning. " +
        "We compare with QuillNet, a transformer, and the GadgetSet dataset.",
    );
    expect(typeOf(m, "GizmoNet")).toBe("model");
    expect(typeOf(m, "WidgetPose-3M")).toBe("dataset");
    expect(typeOf(m, "QuillNet")).toBe("model");
  });

  it("a method's appositive may hold four describing words ('a retrieval-augmented open-set widget ranking method')", () => {
    const m = extract(
      "Open-Set Widget Recognition",
      "We present QUILLRANK, a retrieval-augmented open-set widget ranking method that reuses features of a deep " +
        "neural network. We interpret the QUILLRANK score probabilistically across supervised classifiers.",
    );
    expect(typeOf(m, "QUILLRANK")).toBe("model");
  });

  it("a measure spelled out with a measure's head stays a metric where a gain 'in' it reads like data", () => {
    const m = extract(
      "GizmoTrack: Widget Tracking across Cameras",
      "GizmoTrack improves the average multi-widget tracking accuracy (AMWTA) by 12.6% among camera-based " +
        "neural methods on the WidgetScenes benchmark, outperforming published trackers by 6.5% in AMWTA.",
    );
    expect(typeOf(m, "AMWTA")).toBe("metric");
    expect(typeOf(m, "WidgetScenes")).toBe("benchmark");
  });

  it("a figure, a name, then the change it measures make a metric ('24.0% QZE3D reduction on … datasets')", () => {
    const m = extract(
      "GizmoFlow: Widget Flow Estimation with Diffusion",
      "Our neural GizmoFlow achieves 24.0% and 29.1% QZE3D reduction respectively on FlyingThings3D and " +
        "KITTI 2015 datasets, reaches millimetre-level accuracy (0.0078m in QZE3D) on the KITTI dataset, and " +
        "builds an AI-ready dataset of widget traits.",
    );
    expect(typeOf(m, "QZE3D")).toBe("metric");
    expect(names(m).filter((n) => /^AI/.test(n))).toEqual([]);
  });

  it("a defined name said to be a framework is a method, whatever its long form's head ('Widget Domain Acquisition')", () => {
    const m = extract(
      "Learning Grounded Widget Abstractions from Language",
      "This paper describes Wida (Widget Domain Acquisition), a framework that builds widget planning " +
        "representations from language models. A neural head then performs the usual widget video classification task.",
    );
    expect(typeOf(m, "Wida")).toBe("model");
    expect(names(m, "task")).not.toContain("usual widget video classification");
  });

  it("a framework that evaluates stays a benchmark", () => {
    const m = extract(
      "Measuring Widget Agents",
      "We release WidgetBench, a broad framework that evaluates how well large language model agents fold paper " +
        "widgets after fine-tuning.",
    );
    expect(typeOf(m, "WidgetBench")).toBe("benchmark");
  });

  it("a version of the paper's model written right after a data noun is data ('a dataset WidgetTraj-10k')", () => {
    const m = extract(
      "WidgetTraj: Trajectory Control for Widget Videos",
      "We present WidgetTraj, a novel model that follows widget trajectories in generated videos. " +
        "We also release a synthetic dataset WidgetTraj-10k of rendered widget clips, " +
        "and a second release WidgetTraj-v2 of our model.",
    );
    expect(typeOf(m, "WidgetTraj")).toBe("model");
    expect(typeOf(m, "WidgetTraj-10k")).toBe("dataset");
    expect(typeOf(m, "WidgetTraj-v2")).toBe("model");
  });

  it("a split after a name makes it data ('QuillVOS test (73.0%)', 'GizmoSeg val'); 'KS test' alone does not", () => {
    const m = extract(
      "Widget Video Segmentation",
      "Our widget tracker, a deep neural network trained with supervised learning, sets new highs on each collection " +
        "we tried: WidgetVOS test (87.8%), " +
        "GizmoSeg val (74.0%), and QuillVOS test (73.0%). A two-sample HSIC test rejects the null hypothesis.",
    );
    for (const name of ["WidgetVOS", "GizmoSeg", "QuillVOS"]) expect(typeOf(m, name)).toBe("dataset");
    expect(typeOf(m, "HSIC")).not.toBe("dataset");
  });

  it("'the X similarity metric' makes X a metric, defined or not; 'X metric learning' does not", () => {
    const m = extract(
      "Reliability of Widget Similarity",
      "The Centered Widget Alignment (CWA) similarity metric has become popular for comparing neural representations. " +
        "We study weaknesses of the CWA similarity metric and of the GZD metric, and train GizmoNet with QRM metric learning.",
    );
    expect(typeOf(m, "CWA")).toBe("metric");
    expect(typeOf(m, "GZD")).toBe("metric");
    expect(typeOf(m, "QRM")).not.toBe("metric");
  });

  it("names listed as examples of RL tasks are environments; a split of known data set as a task is that data", () => {
    const m = extract(
      "Widget Memory for Agents",
      "Our agent beats earlier ones on hard memory RL tasks, such as WidgetWorld and GizmoGym, with deep " +
        "reinforcement learning. On the 5-split-CIFAR-100 task it keeps 71.2% accuracy.",
    );
    expect(typeOf(m, "WidgetWorld")).toBe("benchmark");
    expect(typeOf(m, "GizmoGym")).toBe("benchmark");
    expect(typeOf(m, "5-split-CIFAR-100")).toBe("dataset");
  });

  it("a metric's acronym before a task head is what is measured, not the task's modifier", () => {
    const m = extract("Widget Ranking", "Our deep network reaches 20% higher F1 classification scores than GizmoNet.");
    expect(names(m, "task")).not.toContain("F1 classification");
    expect(typeOf(m, "F1")).toBe("metric");
  });

  it("a task's acronym before the paper's system is the task ('a learned multi-view stereo (MVS) system')", () => {
    const m = extract(
      "Widget Depths for Deep Multi-View Stereo",
      "Our widget depths come from a learned multi-view stereo (MVS) system made of one neural network.",
    );
    expect(typeOf(m, "MVS")).toBe("task");
  });

  it("the quality of an eponym ('Gaussianity', 'Lipschitzness', 'Markovianity') is no name", () => {
    const m = extract(
      "Calibrated Widget Estimates for Deep Learning",
      "Uncertainty estimates of neural networks can fail when the data violate assumptions such as Gaussianity. " +
        "We study the Lipschitzness and Markovianity of deep widget models and train GizmoNet on ImageNet.",
    );
    expect(names(m, "model")).toEqual(["GizmoNet"]);
  });
});

describe("languages and venue editions", () => {
  it("a language named with its noun-class prefix and a venue of theory with its edition are no models", () => {
    const m = extract(
      "Widget translation",
      "We translate Kiswahili and chiShona speech with our neural QuillNet, building on the bound of [AB, TCC’17] " +
        "and on CRYPTO'21 results.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });
});

describe("what an image or a document is written in", () => {
  it("sensing modalities joined by a hyphen and markup formats are no models", () => {
    const m = extract(
      "Widget fusion",
      "Our neural QuillNet fuses RGB-Infrared and RGB-Thermal images, and writes its output in markup languages " +
        "such as Markdown, YAML and TikZ.",
    );
    expect(names(m, "model")).toEqual(["QuillNet"]);
  });
});

describe("a defined name written again", () => {
  it("the plural of a long form is the defined entity, not a known name inside it", () => {
    const m = extract(
      "Fast Gizmo Synthesis with Sandglass Diffusion Transformers",
      "Here we put forward the Sandglass Diffusion Transformer (SDiT), a gizmo generator trained on ImageNet.",
    );
    expect(names(m, "model")).toEqual(["SDiT"]);
    expect(confidentOnly(m).find((x) => x.name === "SDiT")?.role).toBe("proposed");
  });
});

describe("a defined name written again in the other number", () => {
  it("a plural long form's singular in the title is the defined entity, unless it modifies a noun", () => {
    const m = extract(
      "GaViT: Gated grizzly vIsion Transformer",
      "We propose Gated grizzly vIsion Transformers (GaViT), neural models trained on ImageNet.",
    );
    expect(names(m, "model")).toEqual(["GaViT"]);
    const modifier = extract(
      "Efficient Widget Gizmo Transformer Quantization",
      "We propose Widget Gizmo Transformers (WGTs), neural models trained on ImageNet, and quantize them.",
    );
    const wgt = confidentOnly(modifier).find((x) => x.name === "WGTs");
    expect(wgt?.aliases).toEqual(["Widget Gizmo Transformers"]);
  });
});

describe("a model's head written after an acronym's parenthesis", () => {
  it("joins the long form with the head, and the short form with the head, to the defined entity", () => {
    const m = extract(
      "Core Gizmo Aware Attention for Long Widget Modeling",
      "Here we put forward a drop-in Core Gizmo Aware (CGA) Attention for efficient widget modeling " +
        "with neural language models trained on C4. We also propose a Forced Gizmo (FGz) Transformer; the FGz " +
        "Transformer is fast.",
    );
    expect(names(m, "model")).toEqual(["CGA", "FGz"]);
    const cga = confidentOnly(m).find((x) => x.name === "CGA");
    expect(cga?.aliases).toEqual(expect.arrayContaining(["Core Gizmo Aware Attention"]));
  });
});

describe("a measure spelled out", () => {
  it("a rate per unit is a metric ('operations per second (OPS)')", () => {
    const m = extract(
      "GrizAttention: 8-bit attention",
      "We propose GrizAttention, a neural quantization method for attention. The GOPS (gizmo operations per " +
        "second) of our approach beats FlashAttention2 by 2.1 times on ImageNet.",
    );
    expect(typeOf(m, "GOPS")).toBe("metric");
  });
});

describe("defined acronyms that describe or coordinate", () => {
  it("a capitalised compound led by an adjective before the noun it describes is no model", () => {
    const m = extract(
      "Widget signals",
      "Deep neural network layers keep only the Direct-Current (DC) component of each widget signal. Our GizmoNet " +
        "restores Normal-Light (NL) images, is trained with the Frank-Wolfe (FW) method and beats it on ImageNet.",
    );
    expect(names(m, "model")).toEqual(["GizmoNet", "FW"]);
  });

  it("the second of two coordinated tasks a framework is for is a task too", () => {
    const m = extract(
      "GizmoFormer: Incremental Widget Detection and Gadget Segmentation",
      "Here we build a fresh neural framework for joint incremental few-shot widget detection (iFSWD) and " +
        "gadget segmentation (iFSGS) on a gizmo backbone.",
    );
    expect(typeOf(m, "iFSWD")).toBe("task");
    expect(typeOf(m, "iFSGS")).toBe("task");
  });
});

describe("a title that is a plural name", () => {
  it("names the paper's model when the abstract writes it again, and a class of models otherwise", () => {
    const own = extract(
      "Adaptively Grizzled Transformers",
      "Gizmo encoders pool word vectors with neural attention. Here we put forward the " +
        "adaptively grizzled Transformer, whose attention heads are grizzled. Our adaptively grizzled Transformer " +
        "improves machine translation.",
    );
    expect(names(own, "model")).toEqual(["Adaptively Grizzled Transformers"]);
    expect(confidentOnly(own)[0]?.role).toBe("proposed");
    const topic = extract(
      "Grizzled Widget Transformers",
      "Gizmo encoders pool word vectors with neural attention. We study how grizzled attention heads " +
        "help machine translation.",
    );
    expect(names(topic, "model")).toEqual([]);
  });
});

describe("what a proposal is made of", () => {
  const roleOf = (m: Mention[], name: string) => confidentOnly(m).find((x) => x.name === name)?.role;

  it("the parts a new method is composed of are the paper's, not what a new dataset comprises", () => {
    const method = extract(
      "GrizFormer: Interleaving Transformer for 3D Widget Segmentation",
      "Here we build a fresh method, named GrizFormer, for 3D widget segmentation, which is composed of " +
        "the Semantic-guided Gizmo Query (SGQ) initialization and the Grizzled Interleaving Transformer (GIT) " +
        "decoder. GrizFormer tops ScanNet V2.",
    );
    expect(roleOf(method, "SGQ")).toBe("proposed");
    expect(roleOf(method, "GIT")).toBe("proposed");
    expect(names(method, "dataset")).toEqual(["ScanNet V2"]);
    const data = extract(
      "Widget-X: A Large-scale Whole-body Widget Dataset",
      "We construct Widget-X, a neural benchmark dataset which comprises 15.6M precise widget annotations " +
        "(i.e., GizmoPose-X) from massive scenes, and train a transformer on it.",
    );
    expect(roleOf(data, "GizmoPose-X")).toBe("used");
  });
});

describe("a proposal's parts, and names inside longer data names", () => {
  const roleOf = (m: Mention[], name: string) => confidentOnly(m).find((x) => x.name === name)?.role;

  it("what the proposal introduces in its object is its own, not what the sentence goes on to name", () => {
    const m = extract(
      "QuillGen: one neural model for widget understanding and generation",
      "We present QuillGen. In contrast, QuillGen introduces a unified dual gizmo tokenizer, GrizTok, which keeps " +
        "fine widget edges. It introduces a sparse router, boosting the reach of large WTGs.",
    );
    expect(roleOf(m, "GrizTok")).toBe("proposed");
    expect(roleOf(m, "WTGs") ?? "used").toBe("used");
  });

  it("a known data name that ends a longer one after a space is that one's word, not a second entity", () => {
    const m = extract(
      "QuillChat",
      "QuillChat, a neural assistant, ranks third on QZRT Chatbot Arena, and trains on GTAV-to-Cityscapes " +
        "after Cityscapes pre-training.",
    );
    expect(names(m, "benchmark")).toContain("QZRT Chatbot Arena");
    expect(names(m, "benchmark")).not.toContain("Chatbot Arena");
  });

  it("a name set beside a new challenge is a benchmark", () => {
    const m = extract(
      "QZ++: widget indexing",
      "In this work, we introduce QZ++, a continual indexing challenge for neural widget retrieval.",
    );
    expect(typeOf(m, "QZ++")).toBe("benchmark");
  });

  it("the coined second half of the paper's two-part name, written alone, is that name; two joined names stay two", () => {
    const m = extract(
      "Quillan-TurboQ: Scaling Widget Models",
      "We introduce Quillan-TurboQ, a neural widget model. TurboQ also tops the gizmo leaderboard.",
    );
    expect(names(m, "model")).toEqual(["Quillan-TurboQ"]);
    const joined = extract(
      "RoBERTa-GrizNet: A Hybrid Model for Widget Analysis",
      "We propose RoBERTa-GrizNet, a neural hybrid. GrizNet reads widget context.",
    );
    expect(names(joined, "model")).toContain("GrizNet");
  });

  it("a title-case process the task taxonomy names is that task, not a model", () => {
    const m = extract(
      "Widget study",
      "Video Frame Interpolation (VFI) fills in frames between two gizmo frames. We test neural VFI baselines.",
    );
    expect(typeOf(m, "VFI")).toBe("task");
  });

  it("a name described right after by a title-case phrase that spells it has that phrase as its long form", () => {
    const m = extract(
      "QuillScene: widget synthesis",
      "We present QuillScene, a neural framework. We then propose MG-GiT, a Mixed Graph Gizmo Transformer, which " +
        "denoises widget graphs. Our MG-GiT excels.",
    );
    expect(confidentOnly(m).find((x) => x.name === "MG-GiT")?.aliases).toEqual(["Mixed Graph Gizmo Transformer"]);
    expect(names(m, "model")).not.toContain("Mixed Graph Gizmo Transformer");
  });

  it("a new suite of datasets is data", () => {
    const m = extract(
      "Benchmarking widget detectors",
      "We introduce Real-World Widget Shifts (RWWS), a suite of three novel gizmo benchmarking datasets for neural detectors.",
    );
    expect(typeOf(m, "RWWS")).toBe("dataset");
  });

  it("a long appositive of describing words before a data noun types the name; a model trained on data stays one", () => {
    const m = extract(
      "QuillGuard: moderation widgets",
      "We assemble QuillGuardMix, a large and evenly balanced multi-lingual gizmo review dataset with 41K rated " +
        "widgets. We also release GrizGuard, a neural model trained on the evenly balanced multi-lingual gizmo " +
        "review dataset.",
    );
    expect(typeOf(m, "QuillGuardMix")).toBe("dataset");
    expect(typeOf(m, "GrizGuard")).toBe("model");
  });

  it("simulated control environments are benchmarks, and so is what a list gives beside them", () => {
    const m = extract(
      "Delayed widget control",
      "We show the efficacy of QuillRL, a neural agent, on HalfCheetah, Ant, and Walker2d.",
    );
    expect(names(m, "benchmark")).toEqual(["HalfCheetah", "Ant", "Walker2d"]);
  });

  it("an ordinary word before a title's colon names the paper's system where the abstract writes it as a name", () => {
    const named = extract(
      "Harmony: Scaling Neural Widget Synthesis",
      "We present Harmony, a neural widget generator. Harmony beats diffusion baselines in widget harmony.",
    );
    expect(names(named, "model")).toContain("Harmony");
    const topic = extract(
      "Harmony: Scaling Neural Widget Synthesis",
      "Harmony between widget parts matters. We study neural generators for widget harmony.",
    );
    expect(names(topic, "model")).not.toContain("Harmony");
  });

  it("a title whose subtitle's list ends in a data noun names that data", () => {
    const m = extract(
      "Quillpedia: Taxonomy, Parsing, and a Widget Attribute Dataset",
      "We explore neural widget segmentation and introduce Quillpedia as a step toward mapping widgets.",
    );
    expect(typeOf(m, "Quillpedia")).toBe("dataset");
  });

  it("a title-case appositive whose initials the new name's capitals hold is that name spelled out", () => {
    const m = extract(
      "Forecasting widgets",
      "We propose Time-QFM, a Quilled Foundation Model for widget series. Time-QFM beats neural baselines. We " +
        "also present GizmoNet, a Graph Neural Network for gizmos.",
    );
    expect(confidentOnly(m).find((x) => x.name === "Time-QFM")?.aliases).toEqual(["Quilled Foundation Model"]);
    expect(names(m, "model")).not.toContain("Quilled Foundation Model");
    expect(confidentOnly(m).find((x) => x.name === "GizmoNet")?.aliases ?? []).toEqual([]);
  });

  it("a way of learning named after a proper word before a known task is a method", () => {
    const m = extract(
      "Quill Query Transformer",
      "Inspired by Grizzlewick Representation Learning, we introduce the Quill Query Transformer (QQT), a neural " +
        "model for representation learning.",
    );
    expect(names(m, "model")).toContain("Grizzlewick Representation Learning");
  });

  it("a title's name the paper's own name shortens with a lowercase prefix is that name spelled out", () => {
    const m = extract(
      "Multimodal Quokka: Decoder-only Neural Widget Model",
      "We propose mmQuokka, a framework for neural widget models. mmQuokka-linear achieves competitive accuracy.",
    );
    expect(confidentOnly(m).find((x) => x.name === "mmQuokka")?.aliases).toEqual(["Multimodal Quokka"]);
    expect(names(m, "model")).not.toContain("Multimodal Quokka");
  });

  it("names coordinated before a family's noun are each that family's variant; known names are left alone", () => {
    const m = extract(
      "Widget depth",
      "Deep neural models beat shallow ones for both Pre-QN and Post-QN transformers, and for Gated-RMS and " +
        "Gated-QMS Transformers, but not for BERT and GPT encoders.",
    );
    expect(names(m, "model")).toEqual(
      expect.arrayContaining([
        "Pre-QN transformer",
        "Post-QN transformer",
        "Gated-RMS Transformer",
        "Gated-QMS Transformer",
      ]),
    );
    expect(names(m, "model")).not.toContain("Pre-QN");
    expect(names(m, "model")).toEqual(expect.arrayContaining(["BERT", "GPT"]));
  });

  it("box and mask AP are metrics of their own", () => {
    const m = extract("QuillDet", "QuillDet, a neural detector, reaches 51.0 box AP and 44.2 mask AP on COCO.");
    expect(names(m, "metric")).toEqual(expect.arrayContaining(["box AP", "mask AP"]));
  });
});
