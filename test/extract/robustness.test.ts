// What real abstracts contain, on fixtures written for these tests: ALL-CAPS and Title-Case titles, @k metrics,
// LaTeX markup, Unicode hyphens and spaces, cross-references and citation keys, and abstracts from outside machine
// learning, which the domain gate demotes below the graph's confidence threshold.

import { describe, expect, it } from "vitest";
import { confidentOnly, MIN_LINK_CONFIDENCE } from "../../domain/confidence.js";
import { paperText } from "../../domain/identity.js";
import type { Mention } from "../../domain/types.js";
import { extractCorpus, extractPaper } from "../../ingest/extract/index.js";
import { plainText } from "../../ingest/extract/markup.js";
import { splitSentences, tokenize } from "../../ingest/extract/text.js";

const of = (mentions: Mention[], type: string) => mentions.filter((m) => m.type === type).map((m) => m.name);

describe("robustness", () => {
  it("an ALL-CAPS title makes no model of its ordinary words", () => {
    const m = extractPaper({
      title: "LEARNING SPARSE ROUTING FOR EFFICIENT IMAGE RECOGNITION WITH BERT",
      abstract: "We route tokens sparsely and compare against BERT on image recognition.",
    });
    expect(of(m, "model")).toEqual(["BERT"]);
  });

  it("a Title-Case title makes no model of its capitalised words", () => {
    const m = extractPaper({
      title: "Learning Sparse Routing For Efficient Image Recognition",
      abstract: "We route tokens sparsely through a small network and evaluate on CIFAR-10 for image recognition.",
    });
    expect(of(m, "model").filter((name) => /^\d/.test(name))).toEqual([]);
    expect(of(m, "dataset")).toContain("CIFAR-10");
  });

  it("a dimension joined to words is no model; joined to a name it stays part of the name", () => {
    const m = extractPaper({
      title: "2D-3D Registration with 3D-Aware Features",
      abstract: "We register 2D-3D pairs with 3D-Aware features and compare against 3D-ResNet and PointNet on ScanNet.",
    });
    expect(of(m, "model")).toEqual(expect.arrayContaining(["3D-ResNet", "PointNet"]));
    expect(m.some((e) => /^(?:2D-3D|3D-Aware)$/.test(e.name))).toBe(false);
  });

  it("@k metrics are metrics, whole", () => {
    const m = extractPaper({
      title: "Retrieval with Late Interaction",
      abstract:
        "Our retriever improves Recall@20 by 4 points and Hits@k on two sets, code models gain 3% pass@1, " +
        "and the detector reaches 51.2 mAP@0.5 on our benchmark. Link scores gain in MRR and Hits@10 over TransE.",
    });
    expect(of(m, "metric")).toEqual(expect.arrayContaining(["Recall@20", "pass@1", "mAP@0.5", "Hits@k", "Hits@10"]));
    // The word before "@" is the metric's, listed or not ("MRR and Hits@10" made a model "Hits").
    expect(of(m, "model")).toEqual(["TransE"]);
  });

  it("LaTeX markup is read through: commands, braces, math superscripts, citations", () => {
    const m = extractPaper({
      title: "Token Pruning Made Simple",
      abstract:
        "We propose \\color{blue}{QuillPrune$^2$}, which needs no {\\em labeled} data \\cite{smith2020pruning}. " +
        "It cuts FLOPs by 30\\% for \\textbf{DeiT-S} on ImageNet (see Section3.3 and AFNOguibas2021efficient).",
    });
    const models = of(m, "model");
    expect(models).toEqual(expect.arrayContaining(["QuillPrune^2", "DeiT-S"]));
    expect(models.some((n) => /color|blue|textbf|cite|Section|guibas|em\b/i.test(n))).toBe(false);
    expect(of(m, "metric")).toContain("FLOPs");
  });

  it("notes about the authors are no text: \\footnotetext and \\thanks name nothing", () => {
    const m = extractPaper({
      title: "Ranking widgets",
      abstract:
        "We propose QuillNet for ranking widgets with transformers. " +
        "\\footnotetext[0]{Martin and Quillon are the lead authors}\\thanks{Work done at WidgetLab}",
    });
    expect(of(m, "model")).toEqual(["QuillNet"]);
  });

  it("a power in math joins the name it is written in, whichever delimiters ('W\\(^2\\)-Gate', '$Q^2$-Net')", () => {
    const m = extractPaper({
      title: "Ranking widgets",
      abstract:
        "WidgetLM proposed gated sparse attention (W\\(^2\\)-Gate) for neural ranking. We propose $Q^2$-Net, " +
        "bounded in the $L^2$-norm, at \\(O(n^2)\\) cost.",
    });
    expect(of(m, "model")).toEqual(expect.arrayContaining(["W^2-Gate", "Q^2-Net"]));
    expect(m.some((e) => /L\^2|O\(|\\/.test(e.name))).toBe(false);
  });

  it("math holds no names: variables in a formula are read as blanks, text set in math is read", () => {
    const m = extractPaper({
      title: "Ranking widgets",
      abstract:
        "We improve the bound to $O(\\sqrt{dT\\log(kT)})$ when the action set has size $K$, and compare " +
        "QuillNet with $\\text{WidgetBERT-2}$ on $$\\mathcal{L}_{RQ} = \\sum_i x_i$$ losses. We propose " +
        "$\\mathtt{QuillPO}$ and $QuillStraV$ for widgets.",
    });
    const models = of(m, "model");
    expect(models).toEqual(expect.arrayContaining(["QuillNet", "WidgetBERT-2", "QuillPO", "QuillStraV"]));
    expect(models.some((n) => /dT|kT|RQ/.test(n))).toBe(false);
    // Numbers in math still state results.
    const sped = extractPaper({ title: "Ranking widgets", abstract: "QuillNet gives a $2.5\\times$ speedup on CPUs." });
    expect(of(sped, "metric")).toEqual(["speedup"]);
  });

  it("Unicode hyphens and no-break spaces do not split or glue names", () => {
    const paper = {
      title: "Judging with Large Models",
      abstract: "We use GPT\u20114 as a judge and fine\u2011tune ResNet-50 on\u00a0CIFAR\u201110 \u2014 a small set.",
    };
    const m = extractPaper(paper);
    expect(of(m, "model")).toEqual(expect.arrayContaining(["GPT-4", "ResNet-50"]));
    expect(of(m, "dataset")).toContain("CIFAR-10");
    // Offsets still index the original text: there the name stands as written.
    const gpt = m.find((x) => x.name === "GPT-4")!;
    expect(paperText(paper).slice(gpt.evidence.start, gpt.evidence.end)).toBe("GPT\u20114");
  });

  it("en dashes join words in a text that writes its compounds with them, and stay dashes in one that does not", () => {
    const dashed = extractPaper({
      title: "Widget ranking",
      abstract:
        "We rank widgets for super\u2013resolution and style transfer with an end\u2013to\u2013end ranker, third in the Widget Enhancement\u2013On\u2013Phones Challenge.",
    });
    expect(of(dashed, "task")).toContain("super-resolution");
    expect(of(dashed, "task")).not.toContain("resolution");
    expect(of(dashed, "benchmark")).toContain("Widget Enhancement-On-Phones Challenge");
    // Hyphens for compounds, en dashes as dashes: "algorithms–Gizmo Drift", "Majority Rule–for".
    const asDashes = extractPaper({
      title: "Widget-level ranking",
      abstract:
        "We present three self-tuned algorithms\u2013Gizmo Drift, Widget Update, and Majority Rule\u2013for learning binary weights.",
    });
    expect(of(asDashes, "model")).toEqual(expect.arrayContaining(["Gizmo Drift", "Majority Rule"]));
  });

  it("a LaTeX accent on a letter is that letter accented: 'WidgetBERTi\\'c' is WidgetBERTić", () => {
    const m = extractPaper({
      title: "WidgetBERTić: A Language Model for Croatian",
      abstract: "The WidgetBERTi\\'c model, trained by Mat\\v{e}j, is made available.",
    });
    expect(of(m, "model")).toEqual(["WidgetBERTić"]);
  });

  it("a name with an accent or a LaTeX letter inside stays one word (GröbWidget, KrólSet, ŁodzNet)", () => {
    const m = extractPaper({
      title: "Widget ranking with sparse gizmos",
      abstract:
        'We propose Gr\\"{o}bWidget, a widget ranker, and {\\L}odzNet, its smaller sibling. Both are trained on ' +
        "the Kr{\\'o}lSet dataset and outperform Erd\\H{o}s-R\\'enyi baselines.",
    });
    expect(of(m, "model")).toEqual(expect.arrayContaining(["GröbWidget", "ŁodzNet"]));
    expect(of(m, "dataset")).toEqual(["KrólSet"]);
    // Nothing of a split word is left: no model is a name's first half.
    expect(of(m, "model").filter((n) => ["Gr", "Kr", "Erd"].includes(n))).toEqual([]);
  });

  it("a word that spells a coined name's letters in capitals is no name: 'SElf-Widening' beside SEWNet", () => {
    const papers = [
      {
        id: "spelt",
        title: "Widget ranking with sparse gizmos",
        abstract:
          "We present SEWNet, a widget ranker trained with SElf-Widening gizmo constraints. SEWNet outperforms " +
          "GizmoRank on the WidgetBench benchmark.",
      },
      // Elsewhere in the corpus the words are written in lowercase: they are ordinary words.
      { id: "other", title: "Gizmo ranking", abstract: "Gizmos rank the self and others, with widening margins." },
      // A name whose lowercase letters make no ordinary word stays, even beside an acronym of its capitals.
      {
        id: "name",
        title: "Widget ranking with GIZmoid",
        abstract: "We compare GIZmoid, a widget ranker, with GIZ-Net on the WidgetBench benchmark.",
      },
    ];
    const result = extractCorpus(papers);
    const models = (id: string) => of(result.get(id) ?? [], "model");
    expect(models("spelt")).toEqual(expect.arrayContaining(["SEWNet", "GizmoRank"]));
    expect(models("spelt")).not.toContain("SElf-Widening");
    expect(models("name")).toContain("GIZmoid");
  });

  it("Markdown bold marks around words are no part of a name", () => {
    const m = extractPaper({
      title: "Widget drafting",
      abstract:
        "We propose **In-batch Widget Drafting (IbWD)**, a simple method. We also release **GizmoSet**, our **Gizmo IFT** dataset of 730k widgets.",
    });
    const ibwd = m.find((x) => x.name === "IbWD");
    expect(ibwd?.aliases).toEqual(["In-batch Widget Drafting"]);
    expect(m.find((x) => x.name === "GizmoSet")?.type).toBe("dataset");
  });

  it("Markdown emphasis with one asterisk around a term is no part of its name; an emphasised sentence stays as it is", () => {
    const m = extractPaper({
      title: "Cooperative gizmos",
      abstract:
        "We study *multi-agent reinforcement learning* (MARL) and propose *Sprocket Routing Fields* (SRF). " +
        "A model trained on *Ann is the parent of Bob* fails on its inverse.",
    });
    expect(m.find((x) => x.name === "MARL")?.aliases).toEqual(["multi-agent reinforcement learning"]);
    expect(m.find((x) => x.name === "SRF")?.aliases).toEqual(["Sprocket Routing Fields"]);
    expect(m.map((x) => x.name).join(" ")).not.toMatch(/\*|Ann|Bob/);
  });

  it("LaTeX's tie after a word is a space: 'Sprocket Routing Machines~(SRMs)' defines SRMs, 'GizmoLDM~2' is one name", () => {
    const m = extractPaper({
      title: "Sprocket machines",
      abstract: "We propose Sprocket Routing Machines~(SRMs) and compare with GizmoLDM~2 and prior work~\\cite{doe21}.",
    });
    expect(m.find((x) => x.name === "SRMs")?.aliases).toEqual(["Sprocket Routing Machines"]);
    expect(of(m, "model")).toContain("GizmoLDM 2");
    expect(m.map((x) => [x.name, ...x.aliases].join(" ")).join(" ")).not.toContain("~");
  });

  it("a word broken at a line end ('learn- ing') is read whole; a hyphen before 'and' stays", () => {
    const m = extractPaper({
      title: "Gadget control",
      abstract:
        "We study hierarchical reinforcement learn- ing for gadget control with neural func- tion approximation, " +
        "and compare pre- and post-training widget detec- tion on a dataset.",
    });
    expect(of(m, "task")).toEqual(expect.arrayContaining(["hierarchical reinforcement learning", "widget detection"]));
    expect(of(m, "task").join(" ")).not.toMatch(/- /);
  });

  it("a text broken at its line ends throughout reads whole: 'we pro- pose', 'aver- age precision'", () => {
    const abstract =
      "Widget rank- ers are used in embod- ied agents. To address this, we pro- pose a Gizmo-Aware Widget Ranker " +
      "(GAWR) for neural widget ranking. Fur- thermore, GAWR improves the aver- age precision of pre- and " +
      "post-training rankers on a dataset.";
    const m = extractPaper({ title: "Gadget ranking", abstract });
    expect(m.find((x) => x.name === "GAWR")?.role).toBe("proposed");
    expect(of(m, "metric")).toContain("average precision");
    expect(of(m, "metric")).not.toContain("age precision");
    // Every offset after a closed clause holds: the text keeps its length.
    expect(plainText(abstract)).toHaveLength(abstract.length);
    // A clause that ends at a line break closes there.
    expect(plainText("gizmo learn- ing\nfor widgets")).toMatch(/^gizmo learning\n/);
  });

  it("letters set in a font at a word's start join the rest of the word, in math or not", () => {
    for (const text of [
      "we build $\\textbf{GiBoWE}$($\\textbf{Gi}$zmo $\\textbf{B}$oard of $\\textbf{W}$idget $\\textbf{E}$ditors), a fresh",
      "we build \\textbf{GiBoWE} (\\textbf{Gi}zmo \\textbf{B}oard of \\textbf{W}idget \\textbf{E}ditors), a fresh",
    ]) {
      const plain = plainText(text);
      expect(plain).toHaveLength(text.length);
      expect(plain.replace(/\s+/g, " ")).toContain("(Gizmo Board of Widget Editors )");
    }
  });

  it("a parenthesis its macro left empty is read as blanks, at the same offsets", () => {
    const text = "we present an Instance Widgeting () task and a ( ) method";
    expect(plainText(text)).toHaveLength(text.length);
    expect(plainText(text)).not.toMatch(/\(\s*\)/);
    const m = extractPaper({
      title: "Semantic learning for widget navigation",
      abstract:
        "We study zero-shot widget navigation with neural agents. We present an Instance Widgeting () task that " +
        "asks the agent to reach one object instance, and a () method for it.",
    });
    expect(m.find((x) => x.name === "Instance Widgeting")?.type).toBe("task");
  });

  it("a surname with an apostrophe after its first letter is a person cited, no model", () => {
    const m = extractPaper({
      title: "Beliefs in widget networks",
      abstract:
        "One NP-hard step remains, which settles Li and D'Orsolo's [LD94] conjecture, and O'Quill's " +
        "bound holds for our neural widget networks.",
    });
    expect(m.map((x) => x.name)).not.toContain("D'Orsolo");
    expect(m.map((x) => x.name)).not.toContain("O'Quill");
  });

  it("author-year citations name no model; the evidence reads without them", () => {
    const m = extractPaper({
      title: "Gadget routing",
      abstract:
        "Our neural router builds on an energy view (DeVanter et al., 2006; McQuill and Osei, 2011) and on " +
        "pruning [LeBright, Okafor, and Lindqvist, 1990], as McNorr et al. (2019) and DeSilva, McKee, van Houten, and LeBlanc (2021) suggest, and is trained on the " +
        "WidgetSet dataset.",
    });
    const names = m.map((x) => x.name);
    expect(names).toContain("WidgetSet");
    expect(
      names.filter((n) =>
        /DeVanter|McQuill|Osei|LeBright|Okafor|Lindqvist|McNorr|DeSilva|McKee|Houten|LeBlanc/.test(n),
      ),
    ).toEqual([]);
    for (const x of m) expect(x.evidence.sentence).not.toMatch(/\s{2}/);
  });

  it("a venue and year cited after authors names nothing; a name with a year alone is an edition of data", () => {
    const m = extractPaper({
      title: "Gadget routing",
      abstract:
        "We settle a question of McNorr et al. (WIDG 2018) and of Okafor and Lindqvist (GADJ 2021, TOGS 2022), as " +
        "hinted [DeVanter et al., SPROC 2019], with a neural router that wins the GIZMO 2023 challenge and leads " +
        "on QUILL 2017.",
    });
    const names = m.map((x) => x.name);
    expect(names.filter((n) => /WIDG|GADJ|TOGS|SPROC|McNorr|Okafor/.test(n))).toEqual([]);
    // The challenge says so of its own edition; the other is data.
    expect(m.filter((x) => /GIZMO|QUILL/.test(x.name)).map((x) => x.type)).toEqual(["benchmark", "dataset"]);
  });

  it("every entity has a confidence in (0, 1]", () => {
    const m = extractPaper({
      title: "WidgetNet: Sparse Widgets for Detection",
      abstract: "We propose WidgetNet and evaluate it on COCO with mAP; code: https://github.com/a/widgetnet.",
    });
    expect(m.length).toBeGreaterThan(2);
    for (const x of m) {
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("an abstract from outside ML keeps no names above the graph's threshold", () => {
    const abstracts = [
      {
        title: "Loss of TP53 and BRCA1 Alters Repair in HeLa and MCF-7 Cells",
        abstract:
          "We knocked down TP53 and BRCA1 in HeLa and MCF-7 cells and measured DNA repair by comet assay. " +
          "Repair fell by half in HEK293T controls after CRISPR editing, consistent with reports funded by NIH.",
      },
      {
        title: "Coastal Flood Exposure Under NOAA Scenarios",
        abstract:
          "Using NOAA and FEMA flood maps for the US Gulf Coast, we estimate exposure of housing under SLR-2 and " +
          "SLR-3 scenarios. Counties with HUD assistance saw slower recovery after Hurricane Ida.",
      },
    ];
    for (const a of abstracts) {
      const m = extractPaper(a);
      expect(confidentOnly(m).filter((x) => x.type === "model")).toEqual([]);
      for (const x of m) expect(x.confidence).toBeLessThan(MIN_LINK_CONFIDENCE);
    }
  });

  it("statistics, pedagogy and public-health wording is no ML cue", () => {
    const abstracts = [
      {
        title: "Active Learning Classrooms and Online Learning After 2020",
        abstract:
          "We surveyed 1,200 students at UCLA and CUNY on online learning and active learning formats. A Bayesian " +
          "regression of grades on attendance shows gains for STEM majors, and boosting tutoring hours helped most.",
      },
      {
        title: "Booster Uptake Among Adults Over 65",
        abstract:
          "Using CDC and CMS records, we estimate how boosting campaigns changed uptake in rural counties. " +
          "Posterior sampling of a hierarchical model attributes most of the rise to reminders sent by HHS.",
      },
    ];
    for (const a of abstracts) {
      for (const x of extractPaper(a)) expect(x.confidence, x.name).toBeLessThan(MIN_LINK_CONFIDENCE);
    }
  });

  it("learning theory and statistical ML pass the gate by their own vocabulary", () => {
    const bandits = extractPaper({
      title: "Tidewalk: Regret Bounds for Delayed Feedback",
      abstract:
        "We study stochastic multi-armed bandits whose rewards arrive late. We propose Tidewalk, an index " +
        "policy, and prove regret bounds that match the lower bound up to a log factor; its sample complexity " +
        "for best-arm identification improves on prior work when delays are heavy-tailed.",
    });
    expect(confidentOnly(bandits).map((x) => x.name)).toContain("Tidewalk");
    const processes = extractPaper({
      title: "Sparse Gaussian Process Regression in Linear Time",
      abstract:
        "Gaussian process regression scales cubically with the number of points. Our sparse approximation, seen " +
        "as one of the kernel methods, gives variational inference in linear time, and we bound its " +
        "generalization error in terms of the spectrum of the kernel.",
    });
    expect(confidentOnly(processes).map((x) => x.name.toLowerCase())).toContain("gaussian process regression");
  });

  it("the tasks of vision and language processing pass the gate by their own vocabulary", () => {
    const m = extractPaper({
      title: "The Widget 2022 Burst Super-Resolution Challenge",
      abstract:
        "Burst super-resolution has received increased attention due to its applications in mobile photography. " +
        "This paper reviews the challenge on burst super-resolution, where the methods perform joint denoising, " +
        "demosaicking and super-resolution of a raw burst. Fourteen teams took part in the final testing phase.",
    });
    expect(confidentOnly(m).map((x) => x.name)).toContain("burst super-resolution");
    // A clock rate is a quantity, not a name.
    expect(extractPaper({ title: "Widget chips", abstract: "We run neural networks at 10-MHz." })).toEqual([]);
  });

  it("generation between modalities passes the gate by its own vocabulary ('text-to-audio', 'audio generation')", () => {
    const m = extractPaper({
      title: "GIMA: a Controllable Widget Sound Artist",
      abstract:
        "Adding sound to silent widget footage is slow when done by hand, and users want a say in it. Text can guide " +
        "audio generation, yet it may contradict what the footage shows. We introduce GIMA (Guided Interactive " +
        "Media Artist), a video-and-text-to-audio model that keeps sound aligned with the footage. GIMA is " +
        "an extension of a text-to-audio model that reads footage through an adapter; listeners prefer its sound.",
    });
    expect(confidentOnly(m).map((x) => x.name)).toEqual(expect.arrayContaining(["GIMA", "audio generation"]));
  });

  it("a short ML abstract (a sentence or two) passes the gate with the few cues it has", () => {
    const m = extractPaper({
      title: "Plumenet: Layered Attention for Tiny Images",
      abstract: "We propose Plumenet, a model that routes attention through layers of plumes.",
    });
    expect(confidentOnly(m).map((x) => x.name)).toContain("Plumenet");
  });

  it("a short record whose only ML words are names the lexicons know passes the gate", () => {
    const m = extractPaper({ title: "Quill Notes", abstract: "We run BERT and RoBERTa on SQuAD once more." });
    expect(confidentOnly(m).map((x) => x.name)).toEqual(expect.arrayContaining(["BERT", "RoBERTa", "SQuAD"]));
    // One such name among many words of another field is not enough.
    const other = extractPaper({
      title: "Tidal Records of the Northern Coast",
      abstract:
        "We digitised tide gauge ledgers kept by harbour masters between 1890 and 1950, corrected them for " +
        "datum shifts and compared them with county rainfall books; a clerk's note mentions BERT, a pump.",
    });
    expect(other.map((x) => x.name)).toContain("BERT");
    for (const x of other) expect(x.confidence, x.name).toBeLessThan(MIN_LINK_CONFIDENCE);
  });

  it("the same names in an ML abstract pass the gate", () => {
    const m = extractPaper({
      title: "RepairNet: Predicting DNA Repair Outcomes",
      abstract:
        "We propose RepairNet, a transformer encoder fine-tuned to predict repair outcomes of TP53 edits; " +
        "trained on a new dataset, it outperforms a convolutional baseline in accuracy.",
    });
    expect(confidentOnly(m).map((x) => x.name)).toContain("RepairNet");
  });
});

describe("English words in capitals", () => {
  it("a section's opening word or a shouted notice names nothing; names in capitals stay names", () => {
    const m = extractPaper({
      title: "Ranking widgets with neural networks",
      abstract:
        "BACKGROUND: Widget ranking is slow. METHODS: We train QuillNet on GIZMO PARTS. CONTENT WARNING: some " +
        "widgets offend. NOTE THAT QuillNet beats BERT on WIDER FACE.",
    });
    const names = confidentOnly(m).map((x) => x.name);
    expect(names.filter((n) => /BACKGROUND|METHODS|CONTENT|WARNING|NOTE|THAT/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["QuillNet", "BERT", "WIDER FACE"]));
  });
});

describe("texts stripped of their commas", () => {
  // Whole proceedings of the real corpus lost every comma: a list's items are parted by spaces alone.
  const abstract =
    "Tracking a widget through a long video is hard when its look changes from frame to frame. Most trackers " +
    "lean on hand-made parts to gather what they saw before and so they miss much of it. We propose GizmoTrack " +
    "which keeps a short queue of learned queries in a transformer network that follow the widget as it turns and " +
    "fades. A small fusion block then reads the queue and the first template to place the widget in the new frame. " +
    "Our tracker beats strong baselines on five popular tracking benchmarks: LaSOT WidgetTrack-9 GOT-10k GZX40 and " +
    "SprocketVOT. It also does well on existing datasets such as KITTI and IKEA WAS.";

  it("names parted by one space before a list's last 'and' share the type of the known names among them", () => {
    const m = extractPaper({ title: "GizmoTrack: Queries for Widget Tracking", abstract });
    const data = (n: string) => m.find((x) => x.name === n)?.type;
    expect(["WidgetTrack-9", "GZX40", "SprocketVOT"].map(data)).toEqual(["dataset", "dataset", "dataset"]);
    // Past the last item a space is inside a name: "WAS" of "IKEA WAS" takes no type from its neighbour.
    expect(data("WAS")).not.toBe("dataset");
  });

  it("a task head ends a list item: 'widget classification gadget detection' is two tasks", () => {
    const text =
      abstract +
      " The queries also serve tasks such as widget classification gadget detection and sprocket segmentation." +
      " A fresh view of widget recognition gizmo retrieval follows from it.";
    const m = extractPaper({ title: "GizmoTrack: Queries for Widget Tracking", abstract: text });
    const tasks = confidentOnly(m)
      .filter((x) => x.type === "task")
      .map((x) => x.name);
    expect(tasks).toEqual(expect.arrayContaining(["widget classification", "gadget detection", "gizmo retrieval"]));
    expect(tasks.filter((t) => /classification gadget|recognition gizmo/.test(t))).toEqual([]);
  });

  it("the same names with their commas need no such reading", () => {
    const withCommas = abstract.replace(
      "LaSOT WidgetTrack-9 GOT-10k GZX40 and",
      "LaSOT, WidgetTrack-9, GOT-10k, GZX40, and",
    );
    const m = extractPaper({ title: "GizmoTrack: Queries for Widget Tracking", abstract: withCommas });
    expect(m.find((x) => x.name === "SprocketVOT")?.type).toBe("dataset");
  });
});

describe("a title's words that spell its acronym with two capitals", () => {
  it("name nothing ('GLAMOR: Gathering a LArge-scale widget set for MOdel Robustness')", () => {
    const m = extractPaper({
      title: "GLAMOR: Gathering a LArge-scale widget set for MOdel Robustness",
      abstract:
        "We introduce GLAMOR, a large collection of widgets for testing the robustness of robot manipulation " +
        "models, gathered with deep networks at scale; each model is scored on it.",
    });
    expect(m.map((x) => x.name).filter((n) => /^(?:LArge|MOdel)/.test(n))).toEqual([]);
    expect(m.some((x) => x.name === "GLAMOR")).toBe(true);
  });
});

describe("the last word of a text", () => {
  const words = (text: string) => tokenize(text, splitSentences(text)).map((t) => t.text);

  it("keeps its joiners as it would anywhere else ('RGB+D', 'Q&A' at the very end)", () => {
    expect(words("Widgets\nWe rank widgets on NTU RGB+D")).toEqual([
      "Widgets",
      "We",
      "rank",
      "widgets",
      "on",
      "NTU",
      "RGB+D",
    ]);
    expect(words("Widgets\nWe answer with Q&A")).toContain("Q&A");
    expect(words("Widgets\nWe answer with Q&A.")).toContain("Q&A");
  });

  it("ends at a trailing hyphen, apostrophe or caret, and at a non-Latin letter or digit it reaches", () => {
    expect(words("Widgets\nWe rank state-of-the-")).toEqual(["Widgets", "We", "rank", "state-of-the"]);
    expect(words("Widgets\nthe gizmos'")).toEqual(["Widgets", "the", "gizmos"]);
    expect(words("Widgets\nIA-RED^")).toEqual(["Widgets", "IA-RED"]);
    expect(words("Widgets\nmodèle-α")).toEqual(["Widgets", "modèle-α"]);
  });
});

describe("math letters inside a hyphenated name", () => {
  it("close the name up round them ('WG-$k$-NN'), and still start one ('$k$-means clustering')", () => {
    const m = extractPaper({
      title: "Widget Neighbours",
      abstract:
        "We propose the WG-$k$-NN estimator for deep learning classifiers, and compare it with " +
        "$k$-means clustering of the widget embeddings.",
    });
    expect(of(m, "model")).toContain("WG-k-NN");
    expect(of(m, "model")).not.toContain("WG");
    expect(of(m, "task")).toContain("k-means clustering");
  });
});

describe("a score glued to its metric where a space was lost", () => {
  it("names the metric, and no model ('90.5mIoU', '+2.3mAP', '6GBytes')", () => {
    const m = extractPaper({
      title: "Widget Segmentation",
      abstract:
        "Our deep widget network reaches 90.5mIoU on GizmoSeg and beats earlier methods by +2.3mAP on WidgetDet, " +
        "in 6GBytes of GPU memory.",
    });
    expect(of(m, "model").filter((name) => /^\d/.test(name))).toEqual([]);
    expect(of(m, "metric")).toEqual(expect.arrayContaining(["mIoU", "mAP"]));
  });
});
