// The extraction rules over sentences written for these tests: coining patterns, typing, generic exclusion, roles.

import { describe, expect, it } from "vitest";
import { paperText } from "../../domain/identity.js";
import type { Mention } from "../../domain/types.js";
import { extractPaper } from "../../ingest/extract/index.js";

const DATA_TYPES = ["dataset", "benchmark"];

const find = (mentions: Mention[], name: string) =>
  mentions.find((m) => [m.name, ...m.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));

function extract(title: string, abstract: string) {
  return extractPaper({ title, abstract });
}

/** The names of one type found in a paper, in order. */
const namesOf = (type: string, abstract: string, title = "Ranking widgets") =>
  extract(title, abstract)
    .filter((m) => m.type === type)
    .map((m) => m.name);

describe("coining patterns make a proposed model", () => {
  it.each([
    ["title colon", "Zorblax: Fast Widget Ranking for Everyone", "We study widget ranking at scale.", "Zorblax"],
    [
      "we propose",
      "A study of ranking",
      "In this paper, we propose QuillNet, a ranking model for widgets.",
      "QuillNet",
    ],
    ["we introduce", "A study of ranking", "We introduce PLONK-3, which ranks widgets in linear time.", "PLONK-3"],
    [
      "refer to … as",
      "A study of ranking",
      "We design a new ranking method for widgets. We refer to this training framework as QUORB.",
      "QUORB",
    ],
    [
      "motivates us to propose",
      "A study of ranking",
      "These results motivate us to propose a leaner, order-aware ranker, QUORB, for widget ranking.",
      "QUORB",
    ],
    [
      "dubbed",
      "A study of ranking",
      "We design a sparse ranker, dubbed Frobnicator, that scales to many widgets.",
      "Frobnicator",
    ],
    [
      "namely (lowercase)",
      "A study",
      "We propose a new decoding scheme, namely ripple decoding, for widgets.",
      "ripple decoding",
    ],
    [
      "namely after our own noun",
      "A study",
      "We use this theory to introduce two widget rankers, namely WidgetRank and QuillRank.",
      "WidgetRank",
    ],
    [
      "namely, then developed",
      "A study",
      "Two extensions, namely Widget Momentum and Widget Memory, are developed for the ranker.",
      "Widget Momentum",
    ],
    ["Long Form (ACR)", "A study", "We present the Hierarchical Widget Ranker (HWR) for catalogues.", "HWR"],
    ["is proposed", "A study", "To this end, a gated widget mixer (GWMix) is proposed.", "GWMix"],
    ["our X", "A study", "Experiments show that our TriFold beats every baseline on widgets.", "TriFold"],
  ])("%s", (_label, title, abstract, name) => {
    const m = find(extract(title, abstract), name);
    expect(m, `${name} in ${JSON.stringify(extract(title, abstract).map((x) => x.name))}`).toBeDefined();
    expect(m!.type).toBe("model");
    expect(m!.role).toBe("proposed");
  });
});

describe("the proposal's versions and parts are proposed; what it is compared with is not", () => {
  const mentions = extract(
    "Zorblax: Ranking Widgets at Scale",
    "Zorblax consists of two parts: the Widget Pooling Encoder (WPE) and the Rank Mixer Head (RMH). " +
      "Zorblax-7B outperforms QuillNet-13B, and we also add our novel tie-breaking rule (TBR-Lite). " +
      "The resulting model, the Tumbling Ranker (TuR), is fast.",
  );
  it.each([
    ["Zorblax", "proposed"],
    ["WPE", "proposed"],
    ["RMH", "proposed"],
    ["Zorblax-7B", "proposed"],
    ["TBR-Lite", "proposed"],
    ["TuR", "proposed"],
    ["QuillNet-13B", "used"],
  ])("%s is %s", (name, role) => {
    expect(find(mentions, name)?.role, name).toBe(role);
  });
});

describe("parts listed after the proposal under another name for it are proposed", () => {
  it("'The framework consists of … the Gizmo Fusion module …', 'It comprises …', 'X is further proposed'", () => {
    const found = extract(
      "Quillgaze: widgets from glance to gaze",
      "We introduce Quillgaze, a neural widget framework. The framework consists of two key components: the Gizmo " +
        "Fusion module, which merges widget layers, and the Sprocket Compression module. It also comprises a " +
        "Widget Router block, and it outperforms QuillNet-13B. A Quill Pooling layer is further proposed.",
    );
    for (const name of ["Gizmo Fusion", "Sprocket Compression", "Widget Router", "Quill Pooling"])
      expect(find(found, name)?.role, name).toBe("proposed");
    expect(find(found, "QuillNet-13B")?.role).toBe("used");
  });
});

describe("a proposal named first where its results are reported", () => {
  it("is the paper's own when no proposing sentence names one ('Experiments show GadgetSQ method reaches …')", () => {
    const found = extract(
      "Boosting widget transformers with sparsity",
      "Here we carefully build a pruning recipe for neural widget transformers. Experiments show GadgetSQ method " +
        "reaches a 6.4x smaller model on ImageNet, where DeiT-B and QuillNet keep their accuracy.",
    );
    expect(find(found, "GadgetSQ")?.role).toBe("proposed");
    expect(find(found, "QuillNet")?.role).toBe("used");
  });

  it("and a proposing verb may follow an adverb ('we meticulously create X')", () => {
    const found = extract("Widget benchmarks", "We meticulously create WidgetRefer-Bench, a neural widget benchmark.");
    expect(find(found, "WidgetRefer-Bench")?.role).toBe("proposed");
  });
});

describe("used names are typed by shape, lexicon and context", () => {
  const abstract =
    "We fine-tune BERT and GPT-2 and compare with LLaVA-1.5 and wav2vec 2.0. Experiments on the Zentra dataset " +
    "and the QWOP benchmark show gains in top-1 accuracy and BLEU over ResNet-50 on CIFAR-10.";
  const mentions = extract("A comparison of widget rankers", abstract);
  it.each([
    ["BERT", "model"],
    ["GPT-2", "model"],
    ["LLaVA-1.5", "model"],
    ["wav2vec 2.0", "model"],
    ["ResNet-50", "model"],
    ["Zentra", "dataset"],
    ["QWOP", "benchmark"],
    ["CIFAR-10", "dataset"],
    ["top-1 accuracy", "metric"],
    ["BLEU", "metric"],
  ])("%s is a %s used", (name, type) => {
    const m = find(mentions, name);
    expect(m, name).toBeDefined();
    expect(m!.type).toBe(type);
    expect(m!.role).toBe("used");
  });

  it("a title-case run before 'dataset' is the dataset's name", () => {
    const ms = extract("A study", "We evaluate on the Acme Widget Commands dataset on an NVIDIA RTX 3090.");
    expect(find(ms, "Acme Widget Commands")?.type).toBe("dataset");
    expect(find(ms, "RTX 3090")).toBeUndefined();
  });

  it("lists take the type of the item the context types", () => {
    const ms = extract("A study", "We evaluate on three standard datasets: Kelpie, Murmur-9 and Brindle.");
    for (const name of ["Kelpie", "Murmur-9", "Brindle"]) expect(find(ms, name)?.type, name).toBe("dataset");
  });
});

describe("benchmarks and metrics by description", () => {
  it("numbered editions of evaluation campaigns are benchmarks", () => {
    const ms = extract("A study", "We rank first in SemEval 2022 and report results on WMT22.");
    expect(find(ms, "SemEval 2022")?.type).toBe("benchmark");
    expect(find(ms, "WMT22")?.type).toBe("benchmark");
  });

  it("detection-rate and clustering metrics are metrics, not models or datasets", () => {
    const ms = extract(
      "A study",
      "Our neural detector lowers FPR95 by 9 points on widget data, and the clustering reaches 0.71 NMI and 0.64 ARI.",
    );
    for (const name of ["FPR95", "NMI", "ARI"]) expect(find(ms, name)?.type, name).toBe("metric");
  });

  it("accuracy at a named level is one metric", () => {
    const ms = extract("A study", "The ranker reaches 71% token level accuracy on held-out widgets.");
    expect(find(ms, "token level accuracy")?.type).toBe("metric");
    expect(ms.filter((m) => m.type === "metric").map((m) => m.name)).toEqual(["token level accuracy"]);
  });
});

describe("generic families are not models", () => {
  const mentions = extract(
    "Transformers and CNNs for widgets",
    "We compare a Transformer, a CNN, an LSTM and several LLMs with a GAN and a VAE, all built on self-attention.",
  );
  it.each(["Transformer", "Transformers", "CNN", "CNNs", "LSTM", "LLMs", "LLM", "GAN", "VAE", "self-attention"])(
    "%s is not extracted",
    (name) => {
      expect(find(mentions, name)).toBeUndefined();
    },
  );

  it("a named variant of a family is a model", () => {
    const ms = extract("A study", "We compare against the Routing Transformer and Transformer-XL on long documents.");
    expect(find(ms, "Routing Transformer")?.type).toBe("model");
    expect(find(ms, "Transformer-XL")?.type).toBe("model");
  });
});

describe("tasks", () => {
  it.each([
    ["Speech emotion recognition is hard for small models.", "speech emotion recognition"],
    ["We report results on 3D object detection and semantic segmentation.", "3D object detection"],
    ["Our model handles text detection and recognition jointly.", "text recognition"],
    ["It is tested on four tasks, including paraphrase, question generation and text simplification.", "paraphrase"],
  ])("%s → %s", (abstract, task) => {
    expect(find(extract("A study", abstract), task)?.type).toBe("task");
  });
});

describe("aliases and evidence", () => {
  it("an acronym and its long form are one entity named by the acronym", () => {
    const ms = extract("A study", "We build on the Gated Widget Transformer (GWT). GWT ranks widgets well.");
    const gwt = ms.filter((m) => m.name === "GWT" || m.aliases.includes("GWT"));
    expect(gwt).toHaveLength(1);
    expect(gwt[0]!.aliases).toContain("Gated Widget Transformer");
    expect(gwt[0]!.count).toBeGreaterThanOrEqual(2);
  });

  it("evidence offsets index title + newline + abstract", () => {
    const paper = { title: "Zorblax: Widget Ranking", abstract: "We compare Zorblax with BERT on widgets." };
    const text = paperText(paper);
    for (const m of extractPaper(paper)) {
      const written = text.slice(m.evidence.start, m.evidence.end);
      expect([m.name, ...m.aliases].map((n) => n.toLowerCase())).toContain(written.toLowerCase());
      expect(m.evidence.sentence).toContain(written);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("a repository link is a proposed repo", () => {
    const ms = extract("A study", "Our code lives at https://github.com/acme/Zorblax.");
    expect(find(ms, "github.com/acme/Zorblax")).toMatchObject({ type: "repo", role: "proposed" });
  });
});

describe('"namely" coins a name only after the paper\'s own phrase', () => {
  it.each([
    [
      "a list of what the paper evaluates on",
      "The proposed model is evaluated using three benchmarks, namely WidgetBench, QuillSet and PlonkQA.",
      "WidgetBench",
    ],
    [
      "a list of what the paper compares",
      "This paper addresses the issue through a comparison of several ranking methods, namely WidgetRank and QuillRank.",
      "WidgetRank",
    ],
    [
      "what the paper's experiments use",
      "Our experiments use two widget corpora, namely WidgetSet and PlonkSet.",
      "PlonkSet",
    ],
    [
      "others' methods it adapts",
      "We adapt two existing rankers, namely WidgetRank and QuillRank, to catalogues.",
      "QuillRank",
    ],
  ])("%s", (_label, abstract, name) => {
    const m = find(extract("A study of widget ranking", abstract), name);
    expect(m, `${name} in ${JSON.stringify(extract("A study", abstract).map((x) => x.name))}`).toBeDefined();
    expect(m!.role).toBe("used");
  });

  it.each([
    [
      "attributes",
      "In this work, we enhance a widget dataset with new annotated attributes, namely gender and colour.",
    ],
    ["a quantity", "We study a new dimension of widget parallelism, namely arithmetic parallelism."],
    ["parts of a study", "We compare rankers in three settings, namely cold start, warm start and ranking drift."],
  ])("a lowercase phrase after %s is no name", (_label, abstract) => {
    const names = extract("A study of widget ranking", abstract).filter(
      (m) => m.type === "model" || m.role === "proposed",
    );
    expect(names.map((m) => m.name)).toEqual([]);
  });
});

describe("what a proposal is for is not proposed", () => {
  const roleOf = (abstract: string, name: string) => find(extract("A study of widget ranking", abstract), name)?.role;

  it("leaves the object of a purpose phrase to its authors", () => {
    expect(roleOf("We propose a new pre-training scheme for QuillNet on widget catalogues.", "QuillNet")).toBe("used");
    expect(roleOf("A new algorithm for training ResNet-50 on widgets is introduced.", "ResNet-50")).toBe("used");
  });

  it("leaves an acronym inside the purpose phrase to its field", () => {
    const abstract =
      "This paper proposes a framework called Wattson for comparing open-ended widget ranking (OEWR) algorithms.";
    expect(roleOf(abstract, "Wattson")).toBe("proposed");
    expect(roleOf(abstract, "OEWR")).not.toBe("proposed");
  });

  it("'we term this … as X' coins X as the paper's own", () => {
    expect(roleOf("We place queries on widgets. We term this OOD widget scoring as QuillScore.", "QuillScore")).toBe(
      "proposed",
    );
    expect(roleOf("We name the two-stage pipeline as GizmoFlow, and it ranks widgets.", "GizmoFlow")).toBe("proposed");
  });

  it("'we name this setting as X' names a problem, no method of the paper's", () => {
    const m = extract(
      "Widget ranking under drift",
      "Rankers meet unseen widgets at test time. We name this setting as open-catalogue widget ranking.",
    );
    expect(m.filter((x) => x.type === "model")).toEqual([]);
  });

  it("a title's acronym spelt out around a head that names tasks only with help ('Widget Ranking Aware Tuning')", () => {
    const m = extract(
      "WRAT: Widget Ranking Aware Tuning for Gadgets",
      "We present WRAT, a tuning approach for rankers.",
    );
    const wrat = find(m, "WRAT");
    expect(wrat?.aliases).toContain("Widget Ranking Aware Tuning");
    expect(wrat?.role).toBe("proposed");
  });

  it("a lowercase phrase of nouns abbreviated before one method's noun names a method ('the FWI algorithm')", () => {
    const m = extract(
      "Widget learning",
      "We analyse the fitted widget iteration (FWI) algorithm and a GCP (greedy closest pair) method, and train with " +
        "a differentially private (DP) algorithm.",
    );
    const models = m.filter((x) => x.type === "model");
    expect(models.map((x) => [x.name, x.role]).sort()).toEqual([
      ["FWI", "used"],
      ["GCP", "used"],
    ]);
  });

  it("COMET is the translation metric beside other measures, not a metric a title coins", () => {
    const mt = extract("Widget translation", "QuillMT gains on WMT-Widget in both BLEU and COMET over the baseline.");
    expect(find(mt, "COMET")?.type).toBe("metric");
    const wrt = extract(
      "Widget translation",
      "QuillMT ranks first on WMT-Widget W.R.T the COMET, with 45.1 on one pair.",
    );
    expect(find(wrt, "COMET")?.type).toBe("metric");
    const own = extract("COMET: Commonsense Widget Transformers", "We present COMET, a generative model of gadgets.");
    expect(find(own, "COMET")?.type).not.toBe("metric");
  });

  it("names a quality is 'measured by' are metrics; a ratio's acronym before 'attack' names the attack", () => {
    const m = extract(
      "Widget video",
      "QuillVid improves visual quality (measured by FVD, GizmoScore, and QGM-Confidence) over the baselines. " +
        "We also study the Gradient Widget Ratio (GWiR) attack on rankers.",
    );
    for (const name of ["GizmoScore", "QGM-Confidence"]) expect(find(m, name)?.type, name).toBe("metric");
    expect(find(m, "GWiR")?.type).toBe("model");
  });

  it("title-case words between a known data name and a data noun are its full name's ('Cityscapes Street Scenes Dataset')", () => {
    const m = extract("Widget parsing", "We test QuillSeg on the Cityscapes Street Scenes Dataset and on GizmoBank.");
    const data = m.filter((x) => x.type === "dataset" || x.type === "benchmark").map((x) => x.name);
    expect(data).toContain("Cityscapes");
    expect(data.filter((n) => /Street|Scenes/.test(n))).toEqual([]);
  });

  it("'we advocate a … framework (X)' proposes X; 'we advocate using Y' does not", () => {
    const m = extract(
      "Widget parsing",
      "Here we advocate a single parsing framework (GW-EPT) for widgets. We advocate using BERT for gadgets.",
    );
    expect(find(m, "GW-EPT")?.role).toBe("proposed");
    expect(find(m, "BERT")?.role).toBe("used");
  });

  it("a name glued to an article by a lost dash ('Gizmo Drift-an …'), a method noun after the cue, a ranking's 'TOP 3'", () => {
    const m = extract(
      "Widget inference",
      "We present Gizmo Drift-an optimized engine for widgets. Next we name the algorithm LayeredQuill. All TOP 3 " +
        "teams use it.",
    );
    expect(m.filter((x) => x.type === "model").map((x) => [x.name, x.role])).toEqual([
      ["Gizmo Drift", "proposed"],
      ["LayeredQuill", "proposed"],
    ]);
  });

  it("items a copula lists as datasets are datasets ('The datasets are \"Acted Widgets (AW)\" and …')", () => {
    const m = extract(
      "Widget gestures",
      'We share two widget datasets. The datasets are "Acted Widgets (AW)" and "Wild Gizmos (WGZ)".',
    );
    expect(["AW", "WGZ"].map((n) => find(m, n)?.type)).toEqual(["dataset", "dataset"]);
  });

  it("a known name that is a plain word, capitalised only by a title-case title, is that word", () => {
    const m = extract(
      "QuillSync: A Rewired Widget Performer",
      "Virtual performers need widgets. We propose QuillSync.",
    );
    expect(find(m, "Performer")).toBeUndefined();
    const named = extract("QuillSync: A Rewired Widget Performer", "QuillSync beats the Performer on widgets.");
    expect(find(named, "Performer")?.type).toBe("model");
  });

  it("platforms and operating systems a system runs on are no models ('Android, iOS', 'Kwai and TikTok')", () => {
    const m = extract(
      "Widget apps",
      "QuillApp runs LLMs on devices including Android, iOS and Jetson boards. Video apps like Kwai or TikTok keep growing.",
    );
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual(["QuillApp"]);
  });

  it("two short capitalised words joined by a hyphen are a name, unless both are language codes ('Re-Ex', 'En-De')", () => {
    const m = extract(
      "Zo-Ka: Widget Ranking in Translation",
      "We propose Zo-Ka, a ranker, and test it on En-De and En-Fr.",
    );
    expect(m.filter((x) => x.type === "model").map((x) => [x.name, x.role])).toEqual([["Zo-Ka", "proposed"]]);
  });

  it("keeps the proposal named after the purpose phrase", () => {
    const called = "We present two rankers, one for widget catalogues called WidgetRank (widget ranking), and another.";
    expect(roleOf(called, "WidgetRank")).toBe("proposed");
    const apposition = "Furthermore, we propose a baseline method for widget ranking, TransWidget, which scales.";
    expect(roleOf(apposition, "TransWidget")).toBe("proposed");
    const acronym = "We propose a sorter for sequence-to-sequence widget sorting (SeqWS) of catalogues.";
    expect(roleOf(acronym, "SeqWS")).toBe("proposed");
    expect(roleOf("We call our algorithm MWR, short for Multi-Widget Ranker.", "MWR")).toBe("proposed");
    expect(roleOf("We propose for the first time a widget ranker (FirstWR) that scales.", "FirstWR")).toBe("proposed");
  });

  it("takes a second proposing verb coordinated with the first", () => {
    const abstract =
      "We first established principles for honest ranking and further created the WidgetSet with 930 queries.";
    expect(roleOf(abstract, "WidgetSet")).toBe("proposed");
  });
});

describe("a formalism the field shares is no model, however it is written", () => {
  it.each([
    "We present the first convergence analysis of policy gradient for average reward Markov decision processes (MDPs).",
    "We propose a sampler for hidden Markov models (HMMs) and support vector machines trained on widgets.",
  ])("%s", (abstract) => {
    const models = extract("Convergence of widget rankers", abstract).filter((m) => m.type === "model");
    expect(models.map((m) => m.name)).toEqual([]);
  });
});

describe("a defined name the proposal uses is not one of its parts", () => {
  const roleOf = (abstract: string, name: string) =>
    find(extract("WidgetFL: Private Widget Ranking", abstract), name)?.role;

  it("leaves a used method to its authors", () => {
    const abstract =
      "We propose WidgetFL, a private ranker. In particular, servers use Density-based Widget Clustering (DBWC) to drop outliers.";
    expect(roleOf(abstract, "DBWC")).toBe("used");
  });

  it.each(["incorporate", "employ", "utilize", "apply", "exploit"])("leaves a method the proposal '%s's", (verb) => {
    const abstract = `We propose WidgetFL, a private ranker. To drop outliers, we ${verb} the Density-based Widget Clustering (DBWC) method.`;
    expect(roleOf(abstract, "DBWC")).toBe("used");
  });

  it("keeps a module the proposal incorporates: a part's noun ends its name", () => {
    const abstract =
      "We propose WidgetFL, a private ranker. WidgetFL incorporates a Client Alignment Layer (CAL) that aligns clients.";
    expect(roleOf(abstract, "CAL")).toBe("proposed");
  });

  it("keeps the proposal's own modules, however they are introduced", () => {
    const abstract =
      "We propose WidgetFL, a private ranker. WidgetFL employs a Global Widget Module (GWM) to align clients.";
    expect(roleOf(abstract, "GWM")).toBe("proposed");
    const leverages =
      "We propose WidgetFL. WidgetFL leverages catalogues and introduces a Dynamic Widget Prompt (DWP).";
    expect(roleOf(leverages, "DWP")).toBe("proposed");
  });
});

describe("an ordinary word highlighted to spell an acronym is no name", () => {
  const models = (title: string, abstract: string) =>
    extract(title, abstract)
      .filter((m) => m.type === "model")
      .map((m) => m.name);

  it("drops the highlighted words and keeps the acronym they spell", () => {
    const abstract =
      "We propose WRAES, standing for Widget RAnking modEl for heterogeneouS catalogues, and the WIdget ranker WIRE. " +
      "A widget ranking model ranks widgets; the catalogues are heterogeneous.";
    const names = models("Ranking widgets", abstract);
    expect(names).toContain("WRAES");
    expect(names).toContain("WIRE");
    for (const junk of ["RAnking", "modEl", "heterogeneouS", "WIdget"]) expect(names).not.toContain(junk);
  });

  it("drops a word highlighted with a second capital inside ('QUantiZation' of QUZAR)", () => {
    const names = models(
      "QUZAR: Widget QUantiZation And Ranking",
      "We propose QUZAR, a neural widget ranker that learns quantization and ranking of gizmos.",
    );
    expect(names).toContain("QUZAR");
    expect(names).not.toContain("QUantiZation");
  });

  it("drops a highlighted word joined to what describes it ('GAdget-based' of GARNet)", () => {
    const abstract =
      "We present GARNet: GAdget-based Ranking NETwork, which ranks widgets with gadget features. A gadget-based " +
      "ranker and a network are compared.";
    const names = models("Ranking widgets with gadgets", abstract);
    expect(names).toContain("GARNet");
    expect(names).not.toContain("GAdget");
  });

  it("keeps a lowercase-prefixed variant of an acronym beside that acronym", () => {
    const abstract = "We extend the LSTM to xLSTM, and the xlstm package ranks widgets with xLSTM.";
    expect(models("Extended widget memory", abstract)).toContain("xLSTM");
  });

  it("keeps a name of the same shape that spells nothing beside it", () => {
    const abstract = "We present FLight, a scheduler for traffic lights. The flight of a drone is scheduled by FLight.";
    expect(models("FLight: Scheduling Traffic Lights", abstract)).toContain("FLight");
  });
});

describe("a cue before a phrase that an acronym abbreviates coins the acronym, not the phrase's first word", () => {
  it("leaves an ordinary first word alone", () => {
    const abstract =
      "Our approach, termed Diffusion model for Widget ranking (DiffWR), ranks widgets. We train diffusion models.";
    const names = extract("A study of widget ranking", abstract)
      .filter((m) => m.type === "model")
      .map((m) => m.name);
    expect(names).toContain("DiffWR");
    expect(names).not.toContain("Diffusion");
  });
});

describe("a known metric with an order or a variant letter is a metric", () => {
  it.each(["BLEU-4", "BLEU-n", "ROUGE-W"])("%s", (name) => {
    const abstract = `Our widget ranker improves over strong baselines on the quantitative metrics (${name}, METEOR and CIDEr).`;
    expect(find(extract("Ranking widgets", abstract), name)?.type).toBe("metric");
  });
});

describe("an acronym led by a dimension is defined like any other", () => {
  it("3D Widget Splatting (3DWS)", () => {
    const abstract = "Recently, 3D Widget Splatting (3DWS) has shown great ranking quality, and we extend it.";
    const m = find(extract("Ranking widgets", abstract), "3DWS");
    expect([m?.name, ...(m?.aliases ?? [])]).toEqual(expect.arrayContaining(["3DWS", "3D Widget Splatting"]));
  });
});

describe("an acronym the lexicon spells out in other words means what the paper spells out", () => {
  const typeOf = (abstract: string, name: string) => find(extract("Ranking widgets", abstract), name)?.type;

  it.each([
    ["We adopt an autoregressive (AR) paradigm for widget ranking.", "AR"],
    ["We find the maximum a posteriori (MAP) solution with message passing over widgets.", "MAP"],
    ["We train a single Fusion-in-Decoder (FiD) generator on widget catalogues.", "FiD"],
  ])("%s", (abstract, name) => {
    expect(typeOf(abstract, name)).not.toBe("metric");
  });

  it("keeps the lexicon's meaning when the paper spells it so, or scores it", () => {
    expect(typeOf("Our ranker improves the average recall (AR) of widget proposals by 3 points.", "AR")).toBe("metric");
    expect(typeOf("Our widget proposals reach an AR@100 of 58.1 on COCO.", "AR@100")).toBe("metric");
  });

  it("reads an acronym the field also uses for a concept as a metric only beside a score", () => {
    const abstract =
      "3D widget segmentation is a key block for several scene understanding applications such as robotics and AR/VR.";
    expect(typeOf(abstract, "AR")).toBeUndefined();
  });
});

describe("what a naming cue names", () => {
  const proposed = (abstract: string) =>
    extract("A study of widget ranking", abstract)
      .filter((m) => m.type === "model" && m.role === "proposed")
      .map((m) => m.name);

  it("skips the noun the cue renames ('we call the resulting algorithm X')", () => {
    expect(proposed("We call the resulting algorithm Widget-learning and show that it ranks widgets well.")).toEqual([
      "Widget-learning",
    ]);
    expect(proposed("We name the resulting approach W-Flow and show how W-Flow scales.")).toEqual(["W-Flow"]);
  });

  it("coins no method from a surname before a mathematical object", () => {
    expect(proposed("We reduce widget ranking to a special type of matrix called the Wimble matrix.")).toEqual([]);
    expect(proposed("Some constraints, such as the so called Wimble constraint, generalise independence.")).toEqual([]);
  });

  it("coins no method from a lowercase plural or a problem", () => {
    expect(proposed("We propose to rank repeated parts of a widget, called widgels, with a new score.")).toEqual([]);
    expect(proposed("Here we show a failure of rankers, called widget collapse problem.")).toEqual([]);
  });
});

describe("a task the taxonomy names before a title's colon is the topic, no name", () => {
  it.each(["Surface Reconstruction: Widgets and Gizmos", "Salient Object Detection: A Widget Study"])("%s", (title) => {
    const m = extract(title, "We rank widgets with neural networks and gizmos for this task.");
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual([]);
  });
});

describe("ordinary words ending in a task's firm head before a title's colon are the topic", () => {
  it.each(["Automatic Gadget Recognition: Widgets and Gizmos", "Geotagged Widget Generation: A Gizmo Study"])(
    "%s",
    (title) => {
      const m = extract(title, "We rank widgets with neural networks and gizmos for this task.");
      expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual([]);
    },
  );

  it("a head methods are named by too still coins one ('Slow Widget Analysis: …')", () => {
    const m = extract("Slow Widget Analysis: Learning Gizmos", "We rank widgets with neural networks and gizmos.");
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual(["Slow Widget Analysis"]);
  });
});

describe("a title's genre before its colon is no name", () => {
  it.each([
    "Open Problem: Ranking Widgets in Linear Time",
    "Erratum: Widget Ranking Bounds",
    "Reproducibility Study: Ranking Widgets in Linear Time",
    "Technical Note: Ranking Widgets in Linear Time",
    "Competition Report: Widget Ranking Challenge",
  ])("%s", (title) => {
    const names = extract(title, "We ask whether widgets can be ranked in linear time.").map((m) => m.name);
    expect(
      names.filter((n) => /^(?:Open Problem|Erratum|Reproducibility Study|Technical Note|Competition Report)$/.test(n)),
    ).toEqual([]);
  });
});

describe("a classic algorithm a paper designs with is used, not proposed", () => {
  it.each([
    ["We develop an EM algorithm that ranks widgets by their posterior modes.", "EM"],
    ["To rank widgets, we design an alternating direction method of multipliers (ADMM) solver.", "ADMM"],
  ])("%s", (abstract, name) => {
    expect(find(extract("Ranking widgets", abstract), name)?.role).toBe("used");
  });
});

describe("a camera's raw format is no dataset", () => {
  it("RAW images", () => {
    const abstract = "We introduce a 10k RAW image data set for widget classification and train on RAW and HDR images.";
    const data = extract("Ranking widgets", abstract).filter((m) => m.type === "dataset" || m.type === "benchmark");
    expect(data.map((m) => m.name)).not.toContain("RAW");
  });
});

describe("a superscript letter or a last capital after '+' stays in the name", () => {
  it.each([
    ["We evaluate on PASCAL-5^i and COCO-20^i for few-shot widget segmentation.", ["PASCAL-5^i", "COCO-20^i"]],
    ["We rank widgets on the NTU-RGB+D dataset and report gains.", ["NTU-RGB+D"]],
  ])("%s", (abstract, names) => {
    const data = extract("Ranking widgets", abstract).filter((m) => m.type === "dataset" || m.type === "benchmark");
    expect(data.map((m) => m.name)).toEqual(names);
  });

  it("a one-letter base with a superscript starts a name ('g^nWidget')", () => {
    const models = extract("Ranking widgets", "We present g^nWidget, a recursive gated widget ranker.")
      .filter((m) => m.type === "model")
      .map((m) => m.name);
    expect(models).toEqual(["g^nWidget"]);
  });
});

describe("a research institution's acronym names nothing alone, but starts its datasets' names", () => {
  const names = (abstract: string) => extract("Ranking widgets", abstract).map((m) => `${m.type}:${m.name}`);

  it("keeps the lowercase words that describe what its dataset holds", () => {
    expect(names("We rank widgets on the MIT indoor scene dataset and the NIST handwritten digit database.")).toEqual([
      "dataset:MIT indoor scene",
      "dataset:NIST handwritten digit",
    ]);
  });

  it("keeps a title-case name it starts, and drops it alone", () => {
    const found = names("We rank faces of the CMU PIE database and compare with MIT students and CMU+MIT baselines.");
    expect(found).toContain("dataset:CMU PIE");
    expect(found.filter((n) => /:(?:MIT|CMU)$/.test(n))).toEqual([]);
  });

  it("types the run it starts as data, and a site or school it names as nothing", () => {
    const found = names(
      "We rank poses captured in the CMU Panoptic studio, with timing measured at the NASA Ames Research Center and the CERN Large Hadron Collider.",
    );
    expect(found).toContain("dataset:CMU Panoptic");
    expect(found.filter((n) => /NASA|CERN/.test(n))).toEqual([]);
  });

  it("stops before a task's head", () => {
    expect(names("We rank widgets on the CMU video segmentation benchmark.")).not.toContain(
      "benchmark:CMU video segmentation",
    );
  });
});

describe("a word that grades a measure or acts on it does not name a metric", () => {
  it("'negligible accuracy', 'increase accuracy' are accuracy", () => {
    const abstract =
      "The pruned widget ranker keeps near-perfect accuracy with negligible accuracy loss, and we increase accuracy by 3% on CIFAR-10.";
    const metrics = extract("Ranking widgets", abstract).filter((m) => m.type === "metric");
    expect(metrics.map((m) => m.name)).toEqual(["accuracy"]);
  });
});

describe("a known family with a depth, version or size has the family's type", () => {
  it("networks evaluated 'on' are models; data variants are data", () => {
    const found = extract(
      "Ranking widgets",
      "We repeat the widget experiments on ResNet-34 and DenseNet121, and rank clips of Kinetics-700 with MobileNetV3.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found).toEqual(
      expect.arrayContaining(["model:ResNet-34", "model:DenseNet121", "dataset:Kinetics-700", "model:MobileNetV3"]),
    );
  });

  it("takes a size letter only after a hyphen", () => {
    const found = extract("Ranking widgets", "We rank widgets with CORAL and evaluate on Cora.");
    expect(find(found, "CORAL")?.type).not.toBe("dataset");
  });
});

describe("a proper adjective that makes a known term with the next word stays in a task", () => {
  const tasks = (abstract: string) =>
    extract("Ranking widgets", abstract)
      .filter((m) => m.type === "task")
      .map((m) => m.name);

  it("'Gaussian process regression', no 'process regression' and no coordination across a comma", () => {
    expect(tasks("Due to its high cost, Gaussian process regression ranks widgets offline.")).toEqual([
      "Gaussian process regression",
    ]);
  });

  it("leaves a proper adjective that describes the whole task out", () => {
    expect(tasks("We study Bayesian learning curve extrapolation for widgets.")).toEqual([
      "learning curve extrapolation",
    ]);
  });
});

describe("a depth modality after an acronym belongs to the dataset's name; hardware is no model", () => {
  it("'NTU RGB+D 120' and 'SUN RGB-D' whole; an RGB-D sensor named by its maker is no model", () => {
    const found = extract(
      "Ranking widgets",
      "We rank widget actions on the NTU RGB+D 120 and SUN RGB-D datasets, captured with an ASUS RGB-D sensor.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found).toEqual(["dataset:NTU RGB+D 120", "dataset:SUN RGB-D"]);
  });

  it("a '+' joining two words ('RGB+Depth', 'GizmoNet+WidgetSAM') splits them; a trailing '+' or '++' stays", () => {
    const found = extract(
      "Ranking widgets",
      "We pair GizmoNet+WidgetSAM on RGB+Depth input from the WidgetSet dataset and beat GizmoNet++ and Gadget+.",
    ).map((m) => m.name);
    expect(found).toEqual(expect.arrayContaining(["GizmoNet", "WidgetSAM", "GizmoNet++"]));
    expect(found.filter((n) => /\+\w|^RGB/.test(n))).toEqual([]);
  });
});

describe("a plain capitalised word is a name where a paper introduces it", () => {
  const models = (abstract: string) =>
    extract("Ranking widgets", abstract)
      .filter((m) => m.type === "model")
      .map((m) => `${m.role}:${m.name}`);

  it("after 'we propose' and before an appositive naming what it is", () => {
    expect(models("We propose Lantern, a sparse network that ranks widgets.")).toEqual(["proposed:Lantern"]);
    expect(models("Our layers create Hourglass - a hierarchical widget ranking model.")).toEqual([
      "proposed:Hourglass",
    ]);
  });

  it("not a proper adjective of a lowercase name, nor part of a joined word", () => {
    expect(models("We propose Kronecker conditioning, a way to rank widgets.")).toEqual([]);
    expect(models("We develop population empirical Bayes, a hierarchical framework for widgets.")).toEqual([]);
    expect(models("We propose Seg&Struct, a supervised framework for widgets.")).not.toContain("proposed:Struct");
  });
});

describe("model names written as hub ids or with a size", () => {
  it("keeps a lowercase id with a dotted version and a versioned family's size", () => {
    const found = extract(
      "Ranking widgets",
      "We rank widgets with granite-3.3-instruct and llama-3.1-8b-instruct against Falcon2 11B, see section-3.2.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found).toEqual(["model:granite-3.3-instruct", "model:llama-3.1-8b-instruct", "model:Falcon2 11B"]);
  });
});

describe("a language, or a pair of them, belongs to a task's name", () => {
  const tasks = (abstract: string) => namesOf("task", abstract);

  it("keeps the languages, capitalised, in coordinated and 'to' pairs", () => {
    expect(tasks("We rank widgets on the English-to-German and English-to-French translation tasks.")).toEqual([
      "English-to-German translation",
      "English-to-French translation",
    ]);
    expect(tasks("Widget ranking helps English to French translation and Chinese word segmentation.")).toEqual(
      expect.arrayContaining(["English to French translation", "Chinese word segmentation"]),
    );
  });
});

describe("a task named before how well it is done is still named", () => {
  it("'object detection accuracy', 'machine translation quality' name their tasks; 'detection accuracy' does not", () => {
    const tasks = namesOf(
      "task",
      "Widget ranking improves object detection accuracy and machine translation quality, and detection accuracy too.",
    );
    expect(tasks).toEqual(["object detection", "machine translation"]);
  });
});

describe("a transfer between datasets is a benchmark wherever it stands", () => {
  it("'Synthia-to-Cityscapes' in a list with measures between its items", () => {
    const found = extract(
      "Ranking widgets",
      "Our ranker leads on GTAV-to-Cityscapes by 2.1 points (pp), Synthia-to-Cityscapes by 0.9 pp and beyond.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found).toEqual(expect.arrayContaining(["benchmark:Synthia-to-Cityscapes", "dataset:Synthia"]));
  });
});

describe("authors cited in the text are no models", () => {
  it("surnames before a year or a venue and year, listed or alone", () => {
    const models = namesOf(
      "model",
      "We tighten the bounds of Bousquet, Hanneke, Moran, van Handel, and Yehudayoff (2021) and of Lin, Luo, and " +
        "Woodruff (ICML 2022), as in (Lauritzen and Wermuth 1989; Perlman 1987) and [Kalai, Vempala; STOC ’21] at " +
        "NeurIPS'21 and CVPR2020, and compare with Hyena and Zephyr.",
    );
    expect(models).toEqual(["Hyena", "Zephyr"]);
  });

  it("surnames credited together with a result: bracket references, 'by', 'due to', 'showed'", () => {
    const models = namesOf(
      "model",
      "Kalai and Vempala [1] showed that widget rankers learn, in a model proposed by Pitt and Valiant and a bound " +
        "due to Achlioptas and Naor; we compare Mamba and Hyena.",
    );
    expect(models).toEqual(["Mamba", "Hyena"]);
  });
});

describe("a plural noun before a task is the subject of a verb, not a modifier", () => {
  it("stops at the plural and drops the verb after it; a verb in -s is no plural", () => {
    const tasks = namesOf(
      "task",
      "Visual representations underlie object recognition, and benchmark standards anomaly detection. " +
        "Distillation enables one-step sequence generation.",
    );
    expect(tasks).toEqual(["object recognition", "anomaly detection", "one-step sequence generation"]);
  });
});

describe("a capitalised word before a singular noun modifies it", () => {
  it("eponyms in compounds are no models; a name before a verb or a model noun stays", () => {
    const models = namesOf(
      "model",
      "With schemes including Euler discretization and such as Xavier initialization, Mamba outperforms Hyena and " +
        "Zephyr models, and layers such as Griffin blocks.",
    );
    expect(models).toEqual(["Mamba", "Hyena", "Zephyr", "Griffin"]);
  });
});

describe("a title that names a model before 'for' proposes it", () => {
  const models = (title: string) =>
    extract(title, "We rank widgets on a new widget benchmark and report accuracy.")
      .filter((m) => m.type === "model")
      .map((m) => `${m.role}:${m.name}`);

  it("'Sequential Compression Networks for …' is the paper's model; generic or sentence-like ones are not", () => {
    expect(models("Sequential Compression Networks for Efficient Widget Ranking")).toEqual([
      "proposed:Sequential Compression Networks",
    ]);
    expect(models("Deep Neural Networks for Widget Ranking")).toEqual([]);
    expect(models("Stabilizing Transformers for Widget Ranking")).toEqual([]);
  });
});

describe("chip technologies and places alone are no models", () => {
  it("'CMOS', 'California', 'Asia' name nothing in a widget ranking paper", () => {
    const found = extract(
      "Ranking widgets",
      "We implemented the widget ranker in analog CMOS and compared users in regions such as California, Asia and " +
        "Oceania.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found.filter((f) => /CMOS|California|Asia|Oceania/.test(f))).toEqual([]);
  });
});

describe("a coined name keeps a connector between its capitalised words", () => {
  it("'called Life of PII' names 'Life of PII'", () => {
    const models = namesOf(
      "model",
      "We propose a widget ranker for privacy, called Life of PII, for widgets.",
      "Widget privacy",
    );
    expect(models).toContain("Life of PII");
    expect(models).not.toContain("Life");
  });
});

describe("a singular acronym of a plural long form names one method", () => {
  it("'Sparse Widget Fields (SWiF)' is a model; '(GATs)' and plural 'Models' stay families", () => {
    const models = (abstract: string) => namesOf("model", abstract, "Widget ranking");
    expect(models("The ranker is built from Sparse Widget Fields (SWiF), which bind widgets.")).toContain("SWiF");
    expect(models("The ranker is built from Sparse Widget Networks (SWNs), which bind widgets.")).not.toContain("SWNs");
    expect(models("Widget scores follow Generalized Widget Models (GWM) fitted on clicks.")).not.toContain("GWM");
  });
});

describe("a generic field before a task is its setting", () => {
  it("'computer vision out-of-distribution detection' names out-of-distribution detection; 'deep learning HPO' HPO", () => {
    const tasks = (abstract: string) => namesOf("task", abstract);
    expect(tasks("We test the widget ranker on computer vision out-of-distribution detection benchmarks.")).toEqual([
      "out-of-distribution detection",
    ]);
    const hpo = tasks("The ranker comes first on two suites of deep learning HPO benchmarks.");
    expect(hpo).toContain("HPO");
    expect(hpo.filter((t) => /learning/.test(t))).toEqual([]);
  });
});

describe("a known task before how well it is done", () => {
  it("'language modeling efficiency' names language modeling without renaming a longer task of the paper", () => {
    expect(namesOf("task", "The widget ranker improves language modeling efficiency on long widget logs.")).toContain(
      "language modeling",
    );
    const tasks = namesOf(
      "task",
      "We rank widget videos and report higher action recognition accuracy than earlier widget rankers.",
      "Widget warping for view-invariant action recognition",
    );
    expect(tasks).toContain("view-invariant action recognition");
    expect(tasks).not.toContain("action recognition");
  });
});

describe("settings, formats and regularisers are no models", () => {
  it("'L1-regularized', 'GPU-accelerated', 'Non-IID data', 'NSFW content', 'GUI', 'sRGB' name nothing", () => {
    const models = namesOf(
      "model",
      "We train an L1-regularized, GPU-accelerated widget ranker on Non-IID data, filter NSFW content from its GUI " +
        "and store widget images in sRGB with 3D LUTs.",
    );
    expect(models).toEqual([]);
  });
});

describe("verbs, names and settings around tasks", () => {
  it("a verb after a modal is no modifier: 'can also support object detection'", () => {
    const tasks = namesOf(
      "task",
      "The widget ranker can also support object detection, and it could offer trajectory prediction.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["object detection", "trajectory prediction"]));
    expect(tasks.filter((t) => /support|offer/.test(t))).toEqual([]);
  });

  it("a verb after 'we', an imperative and a graded adjective are no modifiers", () => {
    const tasks = namesOf(
      "task",
      "We cast widget recommendation as ranking. Take video segmentation as a case study. The ranker gives more " +
        "complete surface reconstruction.",
    );
    expect(tasks).toEqual(
      expect.arrayContaining(["widget recommendation", "video segmentation", "surface reconstruction"]),
    );
    expect(tasks.filter((t) => /cast|take|complete/.test(t))).toEqual([]);
  });

  it("a capitalised name before a task is no coordinated modifier: 'sensors, e.g., Kinect, pose estimation'", () => {
    const tasks = namesOf("task", "With depth sensors, e.g., Kinect, pose estimation of widgets becomes easier.");
    expect(tasks.filter((t) => /kinect/i.test(t))).toEqual([]);
  });

  it("surnames, bit widths and lab devices are no models; TTA and UQ are tasks", () => {
    const found = extract(
      "Ranking widgets",
      "Following McMahan and MacKay, we quantise the widget ranker to W8A8 and W4A16, record IMU and Kinect " +
        "streams, and study TTA and UQ for widget ranking.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found.filter((f) => f.startsWith("model:"))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(["task:TTA", "task:UQ"]));
    const more = extract(
      "Ranking widgets",
      "We maximise the ELBO, test with ANOVA, caption in PT-BR, and study text-to-SQL and the TSP for widget ranking.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(more.sort()).toEqual(["task:TSP", "task:text-to-sql"]);
  });
});

describe("degrees of freedom, language pairs, sized families and cue objects are no models", () => {
  it("'6-DoF', 'EN-DE', '7B-LLMs', 'FDR-controlled', 'EEG-data' name nothing; 'SC-GS' and 'Amazon-670K' still do", () => {
    const found = extract(
      "Ranking widgets",
      "We rank widgets with 6-DoF poses and EN-DE captions, compare 7B-LLMs in an FDR-controlled test on EEG-data, " +
        "and propose SC-GS, evaluated on the Amazon-670K dataset.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found.filter((f) => /DoF|EN-DE|LLMs|controlled|EEG/.test(f))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(["model:SC-GS", "dataset:Amazon-670K"]));
  });

  it("'we call the challenge imposed by … the trilemma' does not name the challenge; 'we call the goldfish loss' names", () => {
    const models = (abstract: string) => namesOf("model", abstract);
    expect(models("We call the challenge imposed by these widgets the widget trilemma.")).not.toContain(
      "challenge imposed",
    );
    expect(models("We rank widgets with a change to the objective that we call the goldfish loss.")).toContain(
      "goldfish loss",
    );
  });
});

describe("a task in title case after a plain capitalised word ends a name", () => {
  it("'inspired by Babushka Representation Learning' names no task; 'semantic segmentation' beside it still does", () => {
    const tasks = namesOf(
      "task",
      "Inspired by Babushka Representation Learning, we rank widgets for semantic segmentation.",
    );
    expect(tasks).toEqual(["semantic segmentation"]);
  });
});

describe("a middle dot inside a name", () => {
  it("'DALL·E 2' is DALL-E 2, not 'DALL'", () => {
    const models = namesOf(
      "model",
      "We compare the widget ranker with DALL·E 2 and Stable Diffusion on a widget image dataset.",
    );
    expect(models).toContain("DALL-E 2");
    expect(models).not.toContain("DALL");
  });
});

describe("a new metric the paper names is a metric, and the paper's own", () => {
  it("'a new ranking metric, Widget Agreement (WA)' and 'a metric called …' are proposed metrics", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce a new ranking metric, Widget Agreement (WA), to score widget rankers. We also propose a " +
        "metric called rank drift index (RDI) for widget ranking with neural networks.",
    );
    for (const name of ["WA", "RDI"]) {
      expect(find(found, name)).toMatchObject({ type: "metric", role: "proposed" });
    }
  });

  it("'X scores 0.92' is a verb: X stays a model", () => {
    const found = extract(
      "Ranking widgets",
      "We use neural networks to rank widgets. We introduce ZORB, a novel dual-stream ranking architecture. " +
        "ZORB scores 0.92 in F1 on the WidgetBench benchmark.",
    );
    expect(find(found, "ZORB")).toMatchObject({ type: "model" });
  });

  it("a database system is no database", () => {
    const found = extract("Widget stores", "We describe WidgetDB, a database system for neural widget ranking.");
    expect(find(found, "WidgetDB")?.type).not.toBe("dataset");
  });
});

describe("a coordination of a task's modifiers", () => {
  it("does not cut an adjective off its first item ('natural language, image classification')", () => {
    const tasks = namesOf(
      "task",
      "Our pruned widget networks keep their accuracy on natural language, image classification, and semantic " +
        "segmentation tasks.",
    );
    expect(tasks).not.toContain("language classification");
    expect(tasks).toEqual(expect.arrayContaining(["image classification", "semantic segmentation"]));
  });

  it("skips a leading 'other' and names both items ('other vision, text, and multi-modal understanding')", () => {
    const tasks = namesOf(
      "task",
      "Our widget network is also strong on other vision, text, and multi-modal understanding tasks.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["vision understanding", "text understanding"]));
  });

  it("takes no kind noun as a modifier ('the limited dataset, gaze estimation')", () => {
    const tasks = namesOf(
      "task",
      "Due to the limited dataset, gaze estimation with neural networks is prone to over-fitting.",
    );
    expect(tasks).not.toContain("dataset estimation");
    expect(tasks).toContain("gaze estimation");
  });
});

describe("what a proposal is likened to, and how a change is counted", () => {
  it("'similar to the Widget Ranking Transducer (WRT)' after the proposal is not the paper's own", () => {
    const found = extract(
      "Zorblax: A Streamable Widget Ranker",
      "Here we describe a neural widget ranker built on Transformer encoders. This is similar to the Widget " +
        "Ranking Transducer (WRT) model, which uses RNNs instead.",
    );
    expect(find(found, "WRT")).toMatchObject({ type: "model", role: "used" });
  });

  it("'a 4% relative character error rate (CER) drop' names the character error rate, not a relative one", () => {
    const metrics = namesOf(
      "metric",
      "With our neural widget ranker we see a 4.1% relative character error rate (CER) drop on WidgetSpeech-2.",
    );
    expect(metrics.join(" ")).not.toMatch(/relative/);
    expect(metrics).toContain("CER");
  });
});

describe("a comma is a list only where it can be one", () => {
  it("'on ImageNet-1K, Zorblax achieves …' does not make the model a dataset; 'such as A, B, C' stays a list", () => {
    const found = extract(
      "Ranking widgets",
      "For example, on ImageNet-1K, Zorblax achieves 82.1% top-1 accuracy with neural networks. We test on " +
        "datasets such as Foo-10, Barx-20, Quux-30 with neural networks.",
    );
    expect(find(found, "Zorblax")?.type).toBe("model");
    for (const name of ["Foo-10", "Barx-20", "Quux-30"]) expect(find(found, name)?.type).toBe("dataset");
  });

  it("a parenthesis glued to the next word is part of it: 'Instruction (In)Stability' defines no 'In'", () => {
    const found = extract(
      "Measuring Instruction (In)Stability in Widget Dialogs",
      "Testing neural widget rankers like Zorblax-70B, we reveal a significant instruction drift.",
    );
    expect(find(found, "In")).toBeUndefined();
  });
});

describe("coordinated task items", () => {
  it("'text-to-video and image-to-video generation' names two generation tasks, not a bare 'text-to-video'", () => {
    const tasks = namesOf("task", "Our neural widget model supports text-to-video and image-to-video generation.");
    expect(tasks).toEqual(["text-to-video generation", "image-to-video generation"]);
  });

  it("a known task or a process noun is an item of its own, not the next head's modifier", () => {
    const tasks = namesOf(
      "task",
      "Our neural widget ranker improves crowd counting, fisheye image recognition, and person re-identification, " +
        "and its codes serve optimization and time series prediction.",
    );
    expect(tasks).not.toContain("crowd counting recognition");
    expect(tasks).not.toContain("optimization prediction");
    expect(tasks).toEqual(expect.arrayContaining(["crowd counting", "time series prediction"]));
  });

  it("a comparison describes: 'faster-than-real-time generation' is no task", () => {
    expect(namesOf("task", "Our neural widget model achieves faster-than-real-time generation.")).toEqual([]);
  });
});

describe("a metric's modifiers name a kind of measure, not what is measured", () => {
  it("'considerably better model accuracy' reports accuracy", () => {
    const metrics = namesOf(
      "metric",
      "Zorblax makes neural widget rankers 3x faster and yields considerably better model accuracy at the same time.",
    );
    expect(metrics).toContain("accuracy");
    expect(metrics).not.toContain("model accuracy");
  });

  it("a verb, a unit and what is within reach are no part of the measure's name", () => {
    const metrics = namesOf(
      "metric",
      "WidgetNet gains 3.2 pp average accuracy on shelves, where rankers obtain comparative precision, and comes " +
        "close to the best achievable recall.",
    );
    expect(metrics).toEqual(expect.arrayContaining(["average accuracy", "comparative precision", "recall"]));
    expect(metrics.join("|")).not.toMatch(/pp |obtain|achievable/);
  });
});

describe("the paper's own name against the lexicon and the sentence's opening phrase", () => {
  it("'Our new method, HELM, …' is the paper's model even though HELM is also a known benchmark", () => {
    const found = extract(
      "Widget Memory from Language Models for Reinforcement Learning",
      "We rank widgets with neural networks. Our new method, HELM, lets widget agents keep a long memory. " +
        "On Procgen environments HELM beats every widget baseline we tried.",
    );
    expect(find(found, "HELM")).toMatchObject({ type: "model", role: "proposed" });
    expect(find(found, "Procgen")?.type).toBe("benchmark");
  });

  it("'On KITTI benchmark with single-camera widget photos as input, ZorbNet achieves …' keeps ZorbNet a model", () => {
    const found = extract(
      "Ranking widgets",
      "We rank widgets with neural networks. On KITTI benchmark with single-camera widget photos as input, ZorbNet achieves " +
        "the best scores. On standard benchmarks, such as Foo-10, Barx-20 and Quux-30, it works.",
    );
    expect(find(found, "ZorbNet")?.type).toBe("model");
    for (const name of ["Foo-10", "Barx-20", "Quux-30"]) expect(DATA_TYPES).toContain(find(found, name)?.type);
  });

  it("a mixed-case name written in capitals is that name ('SQUAD tasks'), but 'MAP' is no mAP", () => {
    const found = extract(
      "Ranking widgets",
      "Tests on GLUE and SQUAD tasks reveal that neural widget rankers are 4.5% more accurate, and MAP " +
        "estimation helps them.",
    );
    expect(find(found, "SQuAD")?.type).toBe("dataset");
    expect(find(found, "mAP")).toBeUndefined();
  });

  it("a title led by a gerund is no name ('Fine-tuning Transformer-based Encoder for …')", () => {
    const found = extract(
      "Fine-tuning Transformer-based Encoder for Widget Understanding Tasks",
      "We fine-tune BERT on neural widget ranking.",
    );
    expect(found.filter((m) => m.role === "proposed")).toEqual([]);
  });
});

describe("a taxonomy task with a hyphenated kind before it", () => {
  it("'task-incremental learning' and 'class- and domain-incremental learning' keep their kind", () => {
    expect(namesOf("task", "We rank widgets for task-incremental learning with neural networks.")).toEqual([
      "task-incremental learning",
    ]);
    expect(namesOf("task", "We rank widgets for class- and domain-incremental learning with neural networks.")).toEqual(
      ["class-incremental learning", "domain-incremental learning"],
    );
  });

  it("a bound prefix or a cost is no kind ('self-contrastive learning', 'data-efficient exploration')", () => {
    const tasks = namesOf(
      "task",
      "We rank widgets with self-contrastive learning and data-efficient exploration in neural networks.",
    );
    expect(tasks.filter((t) => /self-|data-/.test(t))).toEqual([]);
  });
});

describe("sentences that look like names", () => {
  it("a title with a verb after its plural subject coins nothing ('GLU Variants Improve Transformer')", () => {
    const found = extract("Widget Variants Improve Transformer", "We test widget variants in neural networks.");
    expect(found.filter((m) => m.role === "proposed")).toEqual([]);
  });

  it("'a phenomenon called Score Drift' is no method; 'the method, called HeatDial' is", () => {
    const models = namesOf(
      "model",
      "Neural widget rankers get worse owing to a phenomenon called Score Drift. The plug-in " +
        "method, called HeatDial, can be bolted onto them.",
    );
    expect(models).toEqual(["HeatDial"]);
  });

  it("nor is a theory's notion, wherever the text writes it again ('a combinatorial dimension called WDC')", () => {
    const models = namesOf(
      "model",
      "We introduce a combinatorial dimension called WDC that governs neural widget rankers, and a notion we term " +
        "Gizmo Slack. A finite WDC gives fast rates, which we call the ‘widget-free trail’ of the class. We propose " +
        "a ranker called HeatDial.",
    );
    expect(models).toEqual(["HeatDial"]);
  });

  it("nor is a definition or a property the paper names ('a fresh definition, called knot', 'a property called sheen')", () => {
    const models = namesOf(
      "model",
      "Here we give a fresh definition, called knot, for neural widget routes, and a key property called sheen that " +
        "speeds them up. Our ranker, HeatDial, uses both.",
    );
    expect(models).toEqual(["HeatDial"]);
  });

  it("one word before 'and' may end a noun phrase: 'gradient descent and closed-form linear regression'", () => {
    const tasks = namesOf(
      "task",
      "Neural widget rankers mimic gradient descent and closed-form linear regression. They also help image " +
        "and video segmentation.",
    );
    expect(tasks).not.toContain("descent regression");
    expect(tasks).toEqual(expect.arrayContaining(["image segmentation", "video segmentation"]));
  });
});

describe("a verb after 'to' is no task modifier", () => {
  it("'learn to implement ridge regression' names ridge regression; 'applied to text classification' keeps text", () => {
    const tasks = namesOf(
      "task",
      "Neural widget rankers can learn to implement ridge regression. We apply them to text classification.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["ridge regression", "text classification"]));
    expect(tasks).not.toContain("implement ridge regression");
  });

  it("nor is one after a plural method noun, its subject ('the proposed methods merge transfer learning')", () => {
    const tasks = namesOf(
      "task",
      "The proposed widget methods merge transfer learning and model compression, and our models boost speech recognition.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["transfer learning", "model compression", "speech recognition"]));
    expect(tasks.filter((t) => /^(?:merge|boost) /.test(t))).toEqual([]);
  });

  it("nor is one after a negated auxiliary ('doesn't permit tracking')", () => {
    const tasks = namesOf(
      "task",
      "Widget queries of single frames don't allow tracking, and a frame-wise widget network doesn't permit image retrieval.",
    );
    expect(tasks).toContain("image retrieval");
    expect(tasks.filter((t) => /^(?:allow|permit) /.test(t))).toEqual([]);
  });
});

describe("settings and venues written like names", () => {
  it("'OOD-noisy data', 'ReLU-aware' and 'ICCV'2015' are no models", () => {
    const models = namesOf(
      "model",
      "In conjunction with ICCV'2015 we rank widgets with neural networks that are robust to OOD-noisy data and " +
        "use ReLU-aware pruning.",
    );
    expect(models).toEqual([]);
  });
});

describe("a participle no task name uses describes", () => {
  it("'a combined segmentation, reconstruction, and tracking' names no 'combined' task; 'weakly supervised' stays", () => {
    const tasks = namesOf(
      "task",
      "Neural widget rankers lead to a combined segmentation, reconstruction, and tracking of superpixels, and to " +
        "weakly supervised segmentation.",
    );
    expect(tasks.filter((t) => t.startsWith("combined"))).toEqual([]);
    expect(tasks).toContain("weakly supervised segmentation");
  });
});

describe("cited authors and data a sentence opens on", () => {
  it("'Hopkins, Schramm, Shi, and Steurer (STOC’16)' are authors, not models", () => {
    const found = extract(
      "Fast widget decomposition with applications to dictionary learning",
      "Our algorithms train neural networks on widgets. Our work follows Hopkins, Schramm, Shi, and Steurer " +
        "(STOC’16), who show how fast spectral algorithms learn dictionaries with deep learning.",
    );
    expect(found.filter((m) => /Schramm|Steurer/.test(m.name))).toEqual([]);
  });

  it("'On FlyingThings3D, …' names data", () => {
    const found = extract(
      "ZorbNet: Widget Flow",
      "We propose ZorbNet for widget flow estimation with neural networks. On FlyingThings3D, with occlusion " +
        "points present, ZorbNet reduces the outlier percentage by 27%.",
    );
    expect(DATA_TYPES).toContain(find(found, "FlyingThings3D")?.type);
  });
});

describe("the kind a proposal belongs to, and what it improves on", () => {
  it("'a novel Widget Transformer for …, namely WT-3D' proposes WT-3D, not the kind", () => {
    const found = extract(
      "WT-3D: Widget Transformers for 3D Widget Ranking",
      "We rank widgets with neural networks. We propose a novel Widget Transformer for 3D widget ranking, namely " +
        "WT-3D, which ranks voxelized widgets.",
    );
    expect(find(found, "WT-3D")?.role).toBe("proposed");
    expect(find(found, "Widget Transformer")?.role).not.toBe("proposed");
  });

  it("'our ZorbNet cuts the 1-Nearest Neighbor Accuracy' does not make what follows its part", () => {
    const found = extract(
      "Ranking widgets",
      "We rank widgets with neural networks. Notably, our ZorbNet cuts the 1-Nearest Neighbor Accuracy " +
        "of prior widget methods by 4.59.",
    );
    expect(found.filter((m) => m.role === "proposed").map((m) => m.name)).toEqual(["ZorbNet"]);
  });
});

describe("'to our knowledge' proposes nothing, and a kind before a known name describes it", () => {
  it("a model defined after 'to our knowledge' is not the paper's; 'Transformer Language Model BERT' is BERT", () => {
    const found = extract(
      "Widget personality detection",
      "We list two gains in predicting widget traits: (1) to our knowledge, the broadest feature collection yet, and " +
        "(2) hybrid models that combine a frozen Transformer Language Model BERT with Bidirectional Widget " +
        "Memory (BWM) networks.",
    );
    expect(find(found, "BWM")?.role).toBe("used");
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toContain("BERT");
    expect(found.map((m) => m.name)).not.toContain("Transformer Language Model BERT");
  });
});

describe("a name's trailing pluses", () => {
  it("PointNet and PointNet++ are two models", () => {
    const models = namesOf("model", "We compare PointNet and PointNet++ on ModelNet40 with neural widget rankers.");
    expect(models).toEqual(expect.arrayContaining(["PointNet", "PointNet++"]));
  });
});

describe("surveys, hardware and agencies", () => {
  it("a survey's catchphrase before its colon is no method ('Widget-Efficient Era: A Comprehensive Survey of …')", () => {
    const found = extract(
      "Widget-Efficient Era: A Comprehensive Survey of Neural Widget Rankers",
      "We survey neural widget rankers for medical image analysis.",
    );
    expect(found.filter((m) => m.role === "proposed")).toEqual([]);
  });

  it("a spelled-out device or an agency is no model ('Field-Programmable Gate Array (FPGA)', 'CERN')", () => {
    const models = namesOf(
      "model",
      "We run neural widget rankers inside one Field-Programmable Gate Array (FPGA), " +
        "fed with widgets logged at CERN.",
    );
    expect(models).toEqual([]);
  });
});

describe("combined parts, error labels, quality words, plural own names", () => {
  it("what a proposal combines is used ('which combines the Widget Ranking Approach (WRA) with Sliding Widget Memory (SWM)')", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce a hybrid widget ranker, QuillMix, which combines the Widget Ranking Approach (WRA) with " +
        "Sliding Widget Memory (SWM) networks.",
    );
    expect(find(found, "QuillMix")?.role).toBe("proposed");
    expect(find(found, "SWM")?.role).toBe("used");
  });

  it("a name in the parenthesis after a score is its metric ('an error of 0.052 (EPW3D)')", () => {
    expect(namesOf("metric", "QuillNet ranks widgets with an error of 0.052 and 0.049 (EPW3D) on two sets.")).toEqual([
      "EPW3D",
    ]);
  });

  it("a quality word before a task is no part of it ('leading to inaccurate flow estimation')", () => {
    const tasks = namesOf(
      "task",
      "Unordered widgets lead to inaccurate flow estimation and unreliable classification.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["flow estimation"]));
    expect(tasks.filter((t) => /inaccurate|unreliable/.test(t))).toEqual([]);
  });

  it("'The resulting models, X, …' are the paper's own", () => {
    const found = extract(
      "Ranking widgets",
      "We study widget tagging with neural rankers. The resulting models, QUILLTAG, are publicly available.",
    );
    expect(find(found, "QUILLTAG")?.role).toBe("proposed");
  });
});

describe("short forms spelled out after them, and acts named by a task's head", () => {
  it("a hyphenated long form after a coined acronym is its alias ('QuiCoT (Quilting-CoT)'), not a variant", () => {
    const found = extract(
      "Ranking widgets",
      "We propose QuiCoT (Quilting-CoT), a widget ranker built on ViT (ViT-B) and tested on two widget sets.",
    );
    expect(find(found, "QuiCoT")?.aliases).toContain("Quilting-CoT");
    expect(found.filter((m) => m.name === "Quilting-CoT")).toEqual([]);
    expect(find(found, "ViT")?.aliases ?? []).not.toContain("ViT-B");
  });

  it("a coining cue before the short form makes its reverse definition the paper's ('called WRX (Widget Ranking eXpert)')", () => {
    const found = extract(
      "Ranking widgets",
      "Two extensions of the linear widget ranker are studied; the first, called WRX (Widget Ranking eXpert), " +
        "ranks widgets with neural rankers.",
    );
    expect(find(found, "WRX")?.role).toBe("proposed");
  });

  it("a task's head after 'a'/'an' is one act of it ('a structured classification of widget models')", () => {
    expect(
      namesOf("task", "Here we give a structured classification of neural widget models across the medical field."),
    ).toEqual([]);
    expect(namesOf("task", "We study widget classification with neural rankers on a classification task.")).toContain(
      "widget classification",
    );
  });
});

describe("patch sizes", () => {
  it("a sized model keeps its patch size ('Widget-XL/2', 'ViT-B/16'); numbers after a slash stay siblings", () => {
    const models = namesOf(
      "model",
      "We compare Widget-XL/2, ViT-B/16 and ResNet-50/101 with convolutional widget rankers on ImageNet.",
    );
    expect(models).toEqual(expect.arrayContaining(["Widget-XL/2", "ViT-B/16", "ResNet-50"]));
    expect(models).not.toContain("Widget-XL");
    expect(models).not.toContain("ResNet-50/101");
  });
});

describe("a count of thousands", () => {
  it("ends a dataset's name ('WP-10K', 'WPT-36K'), not a known model's context length ('GPT-4-32K')", () => {
    const found = extract(
      "Ranking widgets",
      "Neural widget rankers, as well as WP-10K and WPT-36K for widget keypoint detection, compare with GPT-4-32K.",
    );
    expect(find(found, "WP-10K")?.type).toBe("dataset");
    expect(find(found, "WPT-36K")?.type).toBe("dataset");
    expect(find(found, "GPT-4-32K")?.type).toBe("model");
  });
});

describe("verbs the tagger takes for nouns", () => {
  it("'tasks that encompass image-based text generation' names no 'encompass …' task", () => {
    const tasks = namesOf("task", "We tune neural widget rankers on tasks that encompass image-based text generation.");
    expect(tasks).toEqual(["image-based text generation"]);
  });
});

describe("odd casing of a plain word", () => {
  it("a task's head with a capital inside is no name ('an effective DeNoising network')", () => {
    const found = extract(
      "Ranking widgets",
      "To overcome this, we propose an effective DeNoising network, QuillNet, for widget image denoising.",
    );
    expect(found.map((m) => m.name)).not.toContain("DeNoising");
    expect(find(found, "QuillNet")?.role).toBe("proposed");
  });
});

describe("a proposal named in parentheses, and methods listed by a data acronym's letters", () => {
  it("'we propose Transformer with residual widgets (ResWidget) which …' proposes ResWidget", () => {
    const found = extract(
      "Ranking widgets",
      "To tackle this, we propose Transformer with residual widgets (ResWidget) which ranks widgets in linear time.",
    );
    expect(find(found, "ResWidget")?.role).toBe("proposed");
  });

  it("'other methods like GQA and WSA' are methods, though a dataset is called GQA", () => {
    const found = extract(
      "Ranking widgets",
      "QuillNet is quicker on long widget logs and outscores other methods like GQA and WSA.",
    );
    expect(find(found, "GQA")?.type).toBe("model");
    expect(find(found, "WSA")?.type).toBe("model");
  });
});

describe("the subject after an opening phrase that names data", () => {
  it("'based on WidgetNet-B0 and ImageNet-1K, Quillformer achieves …': the proposal stays one, B0 sizes a model", () => {
    const found = extract(
      "Ranking widgets",
      "We propose a new widget ranking paradigm via kernelized hashing, called QuillFormer, to map widgets. For " +
        "example, based on WidgetNet-B0 and ImageNet-1K, Quillformer achieves a 73% energy footprint reduction.",
    );
    expect(find(found, "QuillFormer")?.type).toBe("model");
    expect(find(found, "QuillFormer")?.role).toBe("proposed");
    expect(find(found, "WidgetNet-B0")?.type).toBe("model");
  });
});

describe("activities before a coordination, and ratios", () => {
  it("'flood early warning and long-term water planning' names no 'warning planning'", () => {
    const tasks = namesOf(
      "task",
      "Neural widget rankers help uses such as flood early warning and long-term water " +
        "consumption planning, and time-aware word clustering, widget analogy, and semantic change detection.",
    );
    expect(tasks).toContain("long-term water consumption planning");
    expect(tasks).not.toContain("warning planning");
    expect(tasks).not.toContain("word clustering detection");
  });

  it("a number before a ratio's colon ends no name ('GPU-friendly 2:4 sparsity')", () => {
    const models = namesOf("model", "We rank widgets under GPU-friendly 2:4 block sparsity inside ViT-B.");
    expect(models).toEqual(["ViT-B"]);
  });
});

describe("names between commas after the proposal's noun phrase, and two definitions in a row", () => {
  it("'a novel widget encoding with gradual interpolation, QUIRE, to improve …' proposes QUIRE", () => {
    const found = extract(
      "Ranking widgets",
      "We propose a novel widget position encoding with gradual interpolation, QUIRE, to improve neural widget rankers.",
    );
    expect(find(found, "QUIRE")?.role).toBe("proposed");
  });

  it("'widget detection (WD) and instance segmentation (WIS)': the second long form holds no first definition", () => {
    const found = extract(
      "Ranking widgets",
      "This paper studies neural widget rankers for widget detection (WD) and instance segmentation (WIS).",
    );
    expect(find(found, "WIS")?.aliases.join(" ")).not.toMatch(/\(|WD/);
  });
});

describe("capitals that spell a mixed-case acronym", () => {
  it("'DEep' in 'DeWIRE: DEep WIdget Ranking Embeddings' is the word deep, not a name", () => {
    const found = extract(
      "DeWIRE: DEep WIdget Ranking Embeddings",
      "Here we describe a fresh method, DeWIRE, for learning deep widget representations with neural rankers.",
    );
    expect(found.map((m) => m.name)).not.toContain("DEep");
    expect(find(found, "DeWIRE")?.role).toBe("proposed");
  });
});

describe("a proposal named by a word and a known acronym", () => {
  it("'We propose Quokka ASR, the first …' proposes Quokka ASR", () => {
    const found = extract(
      "Widget speech",
      "We propose Quokka ASR, the first automatic speech recognition model built on the Mamba architecture.",
    );
    expect(find(found, "Quokka ASR")?.role).toBe("proposed");
  });
});

describe("data named by a raised score and by definitions listed under datasets", () => {
  it("'tasks, including WUNSD (0.78 to 0.84), WORD (0.94 to 0.96)' names data", () => {
    const found = extract(
      "Ranking widgets",
      "QuillNet outperforms neural widget rankers on document understanding tasks, including WUNSD (0.7895 to " +
        "0.8420), WORD (0.9493 to 0.9601), and WocVQA (0.7295 to 0.8672).",
    );
    for (const name of ["WUNSD", "WORD", "WocVQA"]) expect(find(found, name)?.type).toBe("dataset");
  });

  it("'datasets, including the Widget Connectome Project (WCP), Gadget Brain Study (GBS), and …' are all data", () => {
    const found = extract(
      "Ranking widgets",
      "We evaluate QuillNet using large-scale widget datasets, including the Widget Connectome Project (WCP), " +
        "Gadget Brain Study (GBS), and UK Widgetbank (UKW) datasets, to predict widget ranks.",
    );
    for (const name of ["WCP", "GBS", "UKW"]) expect(find(found, name)?.type).toBe("dataset");
  });
});

describe("a task names what a metric measures, and recovery tasks", () => {
  it("'in terms of classification accuracy' is the metric classification accuracy", () => {
    const metrics = namesOf(
      "metric",
      "QuillNet outperforms neural widget rankers in terms of classification accuracy.",
    );
    expect(metrics).toEqual(["classification accuracy"]);
  });

  it("'human mesh recovery' is a task; 'simultaneous estimation' keeps no 'simultaneous'", () => {
    const tasks = namesOf(
      "task",
      "We rank widgets for monocular human mesh recovery and simultaneous pose estimation with neural rankers.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["monocular human mesh recovery", "pose estimation"]));
    expect(tasks.filter((t) => t.startsWith("simultaneous"))).toEqual([]);
  });
});

describe("building on others' work, naming by reference, and task long forms", () => {
  it("'We build on RANKP [Weiss et al., 2021]' proposes nothing; 'We refer to these rankers as Widget Programs' does", () => {
    const found = extract(
      "Ranking widgets",
      "We build on RANKP [Weiss et al., 2021], a widget language. Our changed widget ranker can be " +
        "tuned by gradient descent. We refer to these rankers as Widget Programs.",
    );
    expect(find(found, "RANKP")?.role).toBe("used");
    expect(find(found, "Widget Programs")?.role).toBe("proposed");
  });

  it("'Inverse Widget Task (IWT)' is a task; 'a Dropped Widget Task (DWT) algorithm' is not", () => {
    const found = extract(
      "Ranking widgets",
      "The pre-training tasks we studied for neural widget rankers are Inverse Widget Task (IWT) and others. " +
        "We propose a Dropped Widget Task (DWT) algorithm.",
    );
    expect(find(found, "IWT")?.type).toBe("task");
    expect(find(found, "DWT")?.type).toBe("model");
  });
});

describe("how well a task is done is no part of its name", () => {
  it("'precise object localization', 'optimal kernel regression' are object localization and kernel regression", () => {
    const tasks = namesOf(
      "task",
      "Neural widget rankers enable precise object localization and optimal kernel regression.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["object localization", "kernel regression"]));
    expect(tasks.filter((t) => /precise|optimal/.test(t))).toEqual([]);
  });
});

describe("words run together where a space was lost", () => {
  it("'viaWidgetNet', 'andQRanker', 'QRANKfollowed', 'subsetA' are no names", () => {
    const found = extract(
      "Ranking widgets",
      "We rank widgets viaWidgetNet with neural rankers andQRanker; QRANKfollowed the protocol we followed on " +
        "subsetA of the widget subset.",
    );
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual([]);
  });
});

describe("coordinated things before a shared task head", () => {
  it("'tasks such as accent, emotion, and language recognition' name no bare 'emotion' task", () => {
    const tasks = namesOf(
      "task",
      "Widget rankers carry over to clip-level tasks such as accent, emotion, and language recognition, each of which " +
        "still needs labelled tuning of neural networks.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["emotion recognition", "language recognition"]));
    expect(tasks).not.toContain("emotion");
  });

  it("'marked and consistent accuracy improvement' reports accuracy", () => {
    const metrics = namesOf("metric", "Widget rankers bring a marked and consistent accuracy improvement of 2%.");
    expect(metrics).toEqual(["accuracy"]);
  });
});

describe("parts named after a colon, and formula symbols", () => {
  it("'we introduce two components: QW Adapter and Chunk Widget' proposes both", () => {
    const found = extract(
      "Ranking widgets",
      "We propose QuillNet, a widget ranker. Specifically, we introduce two components: QW Adapter and Chunk " +
        "Widget Adapter.",
    );
    expect(find(found, "QW Adapter")?.role).toBe("proposed");
    expect(find(found, "Chunk Widget Adapter")?.role).toBe("proposed");
  });

  it("'(2N+4)L-layer', 'N-layer', '14K+' are no names", () => {
    const models = namesOf(
      "model",
      "We build a (2N+4)L-layer widget ranker that emulates L rounds of an N-layer ReLU net over 14K+ widgets.",
    );
    expect(models).toEqual([]);
  });
});

describe("generic acronyms a proposing sentence spells out, and existing data inside a proposal", () => {
  it("'a robust widget ranker in bird's eye view (BEV)' and 'State-of-The-Art (SoTA) models' coin nothing", () => {
    const models = namesOf(
      "model",
      "We propose QuillNet, a robust widget ranker in bird's eye view (BEV). We present results of State-of-The-Art " +
        "(SoTA) models.",
    );
    expect(models).toEqual(["QuillNet"]);
  });

  it("'a testbed of six publicly available data sources---WFCC, WidgetCaps---' uses them as data", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce a testbed of six publicly available data sources---WFCC, LAION, WidgetCaps---to study neural " +
        "widget rankers.",
    );
    for (const name of ["WFCC", "WidgetCaps"]) {
      expect(find(found, name)?.type).toBe("dataset");
      expect(find(found, name)?.role).toBe("used");
    }
  });
});

describe("what a proposal's description says is used", () => {
  it("'Greedy Widget Search (GWS) … is used to solve …' is used; '(LWS) module is used to …' is own", () => {
    const found = extract(
      "Ranking widgets",
      "We propose QuillNet, a neural widget ranker. Greedy Widget Search (GWS) with a bespoke fitness function is " +
        "used to solve the ranking problem. A Local Widget Selection (LWS) module is used to fuse widget features.",
    );
    expect(find(found, "GWS")?.role).toBe("used");
    expect(find(found, "LWS")?.role).toBe("proposed");
  });

  it("'our QuillNet stabilizes training under WidgetGANv2-ada frameworks' does not make the framework own", () => {
    const found = extract(
      "Ranking widgets",
      "We propose QuillNet. Our QuillNet effectively stabilizes training under WidgetGANv2-ada frameworks.",
    );
    expect(find(found, "WidgetGANv2-ada")?.role).toBe("used");
  });
});

describe("what an appositive says the proposal extends", () => {
  it("'Structural Widget Propagation (SWP), an extension of Widget Propagation (WP)' proposes SWP, not WP", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce Structural Widget Propagation (SWP), an extension of Widget Propagation (WP) which ranks " +
        "widgets. We add an Out-of-Distribution (OoD) detector at each node of the neural widget ranker.",
    );
    expect(find(found, "SWP")?.role).toBe("proposed");
    expect(find(found, "WP")?.role).toBe("used");
    expect(find(found, "OoD")).toBeUndefined();
  });
});

describe("compound participles before a task", () => {
  it("'well-studied', 'so-called', 'auto-generated' describe; 'text-guided' names the task's kind", () => {
    const tasks = namesOf(
      "task",
      "The well-studied widget captioning and so-called style transfer remain hard. We train on auto-generated " +
        "widget parsing labels. We also study text-guided image editing.",
    );
    expect(tasks).toContain("widget captioning");
    expect(tasks).toContain("style transfer");
    expect(tasks).toContain("text-guided image editing");
    expect(tasks.filter((t) => /well-studied|so-called|auto-generated/.test(t))).toEqual([]);
  });

  it("a verb after a comma is no task modifier ('generalize across tasks, exhibit planning, and reasoning')", () => {
    const tasks = namesOf(
      "task",
      "We ask whether widget rankers generalize across tasks, exhibit planning, and reason.",
    );
    expect(tasks.filter((t) => t.includes("exhibit"))).toEqual([]);
  });
});

describe("time measures and what is not a stated result", () => {
  it("'reduces the running time by 40%' and 'lower wall-clock time' are metrics; 'at runtime' is not", () => {
    const metrics = namesOf(
      "metric",
      "QuillNet reduces the running time by 40% and shows lower wall-clock time. Errors are caught at runtime.",
    );
    expect(metrics).toEqual(["running time", "wall-clock time"]);
  });

  it("a dimension count is no stated result: 'slow inference speed … for 3D widget detectors'", () => {
    const metrics = namesOf(
      "metric",
      "Slow inference speed is a crucial concern for deploying 3D widget detectors. QuillNet ranks widgets.",
    );
    expect(metrics).toEqual([]);
  });

  it("'bits per dimension' and 'edit distance' are metrics of the field", () => {
    const metrics = namesOf(
      "metric",
      "QuillNet reaches 3.41 bits per dimension on WidgetImages-64 and is measured by edit distance and BLEU.",
    );
    expect(metrics).toEqual(expect.arrayContaining(["bits per dimension", "edit distance", "BLEU"]));
  });
});

describe("links to the Hugging Face site's own pages", () => {
  it("documentation names no Hub repository; a model repository does", () => {
    const found = extract(
      "Ranking widgets",
      "QuillNet is integrated into the library: https://huggingface.co/docs/transformers/model_doc/quillnet. " +
        "Weights: https://huggingface.co/acme/quillnet-base.",
    );
    expect(found.filter((m) => m.type === "hf").map((m) => m.name)).toEqual(["huggingface.co/acme/quillnet-base"]);
  });
});

describe("sizes and spellings of the paper's own model", () => {
  it("'Quillnet-L' and 'QuillNet-7B' beside the proposed 'QuillNet' are the paper's own", () => {
    const found = extract(
      "Ranking widgets",
      "We propose QuillNet, a widget ranker. Quillnet-L reaches 85.7% accuracy and QuillNet-7B ranks faster " +
        "than WidgetBERT-L.",
    );
    expect(find(found, "Quillnet-L")?.role).toBe("proposed");
    expect(find(found, "QuillNet-7B")?.role).toBe("proposed");
    expect(find(found, "WidgetBERT-L")?.role).toBe("used");
  });

  it("a name run into the noun after its number ('QuillNet2model') is no name", () => {
    const models = namesOf("model", "We propose QuillNet2. The QuillNet2model outperforms the WidgetRNN model.");
    expect(models).not.toContain("QuillNet2model");
    expect(models).toContain("WidgetRNN");
  });

  it("a name and its acronym side by side ('the Vision Transformer ViT') are one model, not a longer name", () => {
    const found = extract("Ranking widgets", "Widget rankers adopted the Vision Transformer ViT for ranking.");
    const models = found.filter((m) => m.type === "model");
    expect(models).toHaveLength(1);
    expect([models[0]!.name, ...models[0]!.aliases]).toContain("ViT");
    expect(models[0]!.name).not.toBe("Vision Transformer ViT");
  });
});

describe("title catchphrases", () => {
  it("'Fast Transformer Decoding: …' names an activity on a generic family, not a method", () => {
    const models = namesOf(
      "model",
      "We propose a variant called widget-query attention.",
      "Fast Transformer Decoding: One Widget is All You Need",
    );
    expect(models).not.toContain("Fast Transformer Decoding");
  });
});

describe("single-word task names and counted reductions", () => {
  it("'lemmatization', 'colorization' and 'lip reading' are tasks; 'image colorization' has its head", () => {
    const tasks = namesOf("task", "We study lemmatization of widget labels, lip reading, and image colorization.");
    expect(tasks).toEqual(expect.arrayContaining(["lemmatization", "image colorization"]));
    expect(tasks.some((t) => /lip ?reading/.test(t))).toBe(true);
  });

  it("'a 47 times reduction in parameters' reports a measure", () => {
    const metrics = namesOf("metric", "QuillNet needs a 47 times reduction in parameters against WidgetBERT.");
    expect(metrics).toEqual(["parameters"]);
  });
});

describe("short forms a cue names inside the parenthesis, before or after them, and a title's name spelt out", () => {
  it("'Widget Ranking Transformer (abbreviated as WRFormer)' is one model named by its short form", () => {
    const found = extract(
      "Ranking widgets",
      "We design a widget block, dubbed Widget Ranking Transformer (abbreviated as WRFormer). WRFormer is fast.",
    );
    const models = found.filter((m) => m.type === "model");
    expect(models.map((m) => [m.name, m.aliases])).toEqual([["WRFormer", ["Widget Ranking Transformer"]]]);
  });

  it("so does one after it ('widget trimmed ranker (WTR for short)')", () => {
    const found = extract(
      "Ranking widgets",
      "We extend the widget ranker into a sparse neural network, called widget trimmed ranker (WTR for short), and " +
        "solve WTR with gradient descent.",
    );
    const models = found.filter((m) => m.type === "model");
    expect(models.map((m) => [m.name, m.aliases, m.role])).toEqual([["WTR", ["widget trimmed ranker"], "proposed"]]);
  });

  it("a phrase the abstract defines with its own acronym is not the title's name spelt out", () => {
    const found = extract(
      "WMUFormer: A Spiking Model With Widget Memory Units",
      "Inspired by Widget Memory Units (WMU) in ranking tasks, we propose WMUFormer, which augments the WMU.",
    );
    expect(find(found, "WMUFormer")?.aliases).toEqual([]);
    expect(find(found, "WMU")?.aliases).toEqual(["Widget Memory Units"]);
  });
});

describe("what 'we provide' and a cue inside a parenthesis propose", () => {
  it("'we provide Generic Widget Suite (gWS), a configurable benchmark' proposes it; 'we provide an analysis of' does not", () => {
    const found = extract(
      "Ranking widgets",
      "First we provide an analysis of WidgetNet scores. Lastly, we provide Generic Widget Suite (gWS), a tunable " +
        "benchmark with several splits.",
    );
    expect(find(found, "gWS")?.role).toBe("proposed");
    expect(find(found, "gWS")?.type).toBe("benchmark");
    expect(find(found, "WidgetNet")?.role).toBe("used");
  });

  it("'a function of the history (called AIS)' spells nothing out; the name is still coined", () => {
    const found = extract(
      "Ranking widgets",
      "We show that if a function of the history (called AIS) satisfies these properties, widgets rank well.",
    );
    expect(find(found, "AIS")?.role).toBe("proposed");
    expect(find(found, "AIS")?.aliases).toEqual([]);
  });

  it("a representation 'known as the Widget Particle Representation (WPR)' is used, not a part of the proposal", () => {
    const found = extract(
      "Ranking widgets",
      "We present WPR-Net, a widget ranker. WPR-Net operates on a sparse representation known as the Widget " +
        "Particle Representation (WPR).",
    );
    expect(find(found, "WPR")?.role).toBe("used");
    expect(find(found, "WPR-Net")?.role).toBe("proposed");
  });

  it("'with the most compact model size and the fastest speed' compares measures", () => {
    const metrics = namesOf(
      "metric",
      "QuillNet shows top accuracy with the most compact model size and the fastest speed.",
    );
    expect(metrics).toEqual(expect.arrayContaining(["model size", "speed"]));
  });
});

describe("what a proposal is based on, and lowercase shorthands", () => {
  it("'we propose a Widget Policy Gradient based algorithm' does not propose the gradient method", () => {
    const found = extract("Ranking widgets", "We propose a Widget Policy Gradient based algorithm for ranking.");
    expect(find(found, "Widget Policy Gradient")?.role).not.toBe("proposed");
  });

  it("'parameter-free (dubbed ep-free)' names no model", () => {
    const models = namesOf("model", "QuillNet is extrinsic parameter-free (dubbed ep-free) in this sense.");
    expect(models).not.toContain("ep-free");
  });
});

describe("number formats, lowercase method acronyms and a generative metric", () => {
  it("'our FP6 training recipe … ultra-low precision training' names no model and no metric", () => {
    const found = extract(
      "Ranking widgets",
      "Our FP6 training recipe matches the accuracy of BF16. It opens the way to cheap ultra-low " +
        "precision training.",
    );
    expect(found.filter((m) => m.type === "model")).toEqual([]);
    expect(found.filter((m) => m.type === "metric").map((m) => m.name)).toEqual(["accuracy"]);
  });

  it("'we propose the elastic sparse attention (ESA)' coins a model though the acronym is an agency's", () => {
    const found = extract("Ranking widgets", "We propose the novel elastic sparse attention (ESA) for widgets.");
    expect(find(found, "ESA")?.type).toBe("model");
    expect(find(found, "ESA")?.role).toBe("proposed");
  });

  it("'the 1-Nearest Neighbor Accuracy' is one metric, not a model '1-Nearest'", () => {
    const found = extract(
      "Ranking widgets",
      "QuillNet brings the 1-Nearest Neighbor Accuracy down by 4.59 against WidgetGAN.",
    );
    expect(find(found, "1-NNA")?.type).toBe("metric");
    expect(find(found, "1-Nearest")).toBeUndefined();
  });
});

describe("family placeholders, lowercase family acronyms and names after a colon", () => {
  it("'GPT-x' is a family's placeholder, not a model", () => {
    expect(namesOf("model", "Advances in widget ranking such as GPT-x and BERT help.")).toEqual(["BERT"]);
  });

  it("'an artificial neural network (ANN)' and 'multi-task learning (MTL)' coin nothing in a proposing sentence", () => {
    const models = namesOf(
      "model",
      "We propose QuillNet, an artificial neural network (ANN) for widgets. We introduce a formulation of " +
        "multi-task learning (MTL) for ranking.",
    );
    expect(models).toEqual(["QuillNet"]);
  });

  it("'we put forward a novel model based on X: Spiking Widget Ranking Model (SWRM), …' proposes SWRM", () => {
    const found = extract(
      "Ranking widgets",
      "We put forward a novel ranking model based on Widget Networks: Spiking Widget Ranking Model (SWRM), a new " +
        "brain-inspired ranker.",
    );
    expect(find(found, "SWRM")?.role).toBe("proposed");
  });

  it("'Widget Properties Drive Early In-Context Learning' names the task without the subject and its verb", () => {
    const tasks = namesOf("task", "We study it.", "Bursty Widget Properties Drive Early In-Context Learning");
    expect(tasks.filter((t) => /drive|propert/i.test(t))).toEqual([]);
  });
});

describe("task names in titles and a quantifier that is part of one", () => {
  it("a capitalised plural modifier in a title stays ('Dental Caries Classification')", () => {
    const tasks = namesOf("task", "We study it.", "Deep Multiple Instance Learning for Dental Caries Classification");
    expect(tasks).toContain("dental caries classification");
  });

  it("'multiple choice QA' keeps its 'multiple'", () => {
    const tasks = namesOf("task", "QuillNet is evaluated on multiple choice QA over widget manuals.");
    expect(tasks).toEqual(["multiple choice QA"]);
  });
});

describe("articles in titles, enumerated parts and scores", () => {
  it("'An Efficient Widget Transformer for …' and 'The Lazy Widget Phenomenon: …' describe, naming nothing", () => {
    const found = extract(
      "An Efficient Widget Transformer for Knowledge-Intensive Ranking",
      "We propose the Efficient Widget Transformer (EWT) for ranking widgets.",
    );
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual(["EWT"]);
    expect(namesOf("model", "We study widget neurons.", "The Lazy Widget Phenomenon: Sparse Activations")).toEqual([]);
  });

  it("'two core and two refinement modules: (1) A (AA) …; (2) B (BB) …' proposes both parts as models", () => {
    const found = extract(
      "Ranking widgets",
      "We propose two core and two refinement modules: (1) Cross Widget Fusion (CWF) shares features; " +
        "(2) Patch Widget Alignment (PWA) aligns the patches.",
    );
    for (const name of ["CWF", "PWA"]) {
      expect(find(found, name)?.type).toBe("model");
      expect(find(found, name)?.role).toBe("proposed");
    }
  });

  it("'47.6 EM on NQ' reports a metric on a dataset, not the EM algorithm", () => {
    const found = extract("Ranking widgets", "QuillNet lifts scores (31.2 -> 47.6 EM on NQ).");
    expect(find(found, "EM")?.type).toBe("metric");
    expect(find(found, "NQ")?.type).toBe("dataset");
  });
});

describe("data named after its noun and environments", () => {
  it("'a new widget dataset (termed QuillPoint)' proposes a dataset; '… (WFW) databases' are data", () => {
    const found = extract(
      "Ranking widgets",
      "We verify on Widget Faces in the Wild (WFW) databases. Experiments on a new widget surveillance dataset " +
        "(termed QuillPoint) show gains.",
    );
    expect(find(found, "WFW")?.type).toBe("dataset");
    expect(find(found, "WFW")?.role).toBe("used");
    expect(find(found, "QuillPoint")?.type).toBe("dataset");
    expect(find(found, "QuillPoint")?.role).toBe("proposed");
  });

  it("'environments (e.g. Minecraft)' is a benchmark environment, not a model", () => {
    const found = extract(
      "Ranking widgets",
      "Many reinforcement learning environments (e.g. Minecraft) give sparse rewards.",
    );
    expect(find(found, "Minecraft")?.type).toBe("benchmark");
  });
});

describe("a metric between dashes and groups of transformations", () => {
  it("'we propose a metric—Widget Norm—to predict …' proposes a metric", () => {
    const found = extract(
      "Ranking widgets",
      "We propose a metric—Widget Norm—to predict a ranker's error on new widgets.",
    );
    expect(find(found, "Widget Norm")?.type).toBe("metric");
    expect(find(found, "Widget Norm")?.role).toBe("proposed");
  });

  it("'part-level SE(3) equivariance' names no model", () => {
    expect(namesOf("model", "We introduce the concept of part-level SE(3) equivariance for widget poses.")).toEqual([]);
  });
});

describe("lowercase sizes, plural described kinds and known names inside a coined long form", () => {
  it("'GPT-2 small' and 'BERT base' keep their size", () => {
    const models = namesOf("model", "We align GPT-2 small with GPT-2 medium widgets and fine-tune BERT base.");
    expect(models).toEqual(["GPT-2 small", "GPT-2 medium", "BERT base"]);
  });

  it("'Efficient Long-Range Transformers: …' names a class, not a model", () => {
    const models = namesOf("model", "We propose QuillFormer.", "Efficient Long-Range Transformers: Attend Less Often");
    expect(models).toEqual(["QuillFormer"]);
  });

  it("'an effective ranking network, Sparse Transformer (QuillSformer)' does not use the known Sparse Transformer", () => {
    const found = extract(
      "Ranking widgets",
      "We propose an effective widget ranking network, Sparse Transformer (QuillSformer) that keeps useful values.",
    );
    expect(find(found, "QuillSformer")?.role).toBe("proposed");
    expect(find(found, "Sparse Transformer")).toBeUndefined();
  });
});

describe("what a coordination's left side is", () => {
  it("'the widget domain's zoom capability and 3D object tracking' names no 'capability tracking'", () => {
    const tasks = namesOf(
      "task",
      "Given the widget domain's zoom capability and 3D object tracking over time, we rank widgets.",
    );
    expect(tasks.filter((t) => t.includes("capability"))).toEqual([]);
    expect(tasks).toContain("3D object tracking");
  });
});

describe("the sixth read's last cases", () => {
  it("'computer vision, pattern recognition' names no 'vision recognition'", () => {
    const tasks = namesOf("task", "Problems in computer vision, pattern recognition, and widget ranking are hard.");
    expect(tasks).toContain("pattern recognition");
    expect(tasks.filter((t) => t.includes("vision"))).toEqual([]);
  });

  it("a line break inside a name is a space", () => {
    const found = extract("Ranking widgets", "We introduce a design called Columnar\nWidget Network (CWNet).");
    expect(find(found, "CWNet")?.aliases).toEqual(["Columnar Widget Network"]);
  });

  it("'effective widget memorization (EWM), a metric measuring …' is a metric", () => {
    const found = extract(
      "Ranking widgets",
      "We define effective widget memorization (EWM), a metric measuring recall.",
    );
    expect(find(found, "EWM")?.type).toBe("metric");
  });
});

describe("a list of new metrics after a colon", () => {
  it("'introduce new metrics: Widget Understanding (WU), Widget Stubbornness (WS)' proposes two metrics", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce new metrics: Widget Understanding (WU), Widget Stubbornness (WSt), and more for rankers.",
    );
    for (const name of ["WU", "WSt"]) {
      expect(find(found, name)?.type).toBe("metric");
      expect(find(found, name)?.role).toBe("proposed");
    }
  });
});

describe("task names led by a dimension", () => {
  it("'3D shape reconstruction' and '6D pose estimation' are tasks the taxonomy names", () => {
    const tasks = namesOf(
      "task",
      "Our widget prior helps 3D shape reconstruction and 6D pose estimation from sparse views.",
    );
    expect(tasks).toContain("3D shape reconstruction");
    expect(tasks).toContain("6D pose estimation");
  });
});

describe("efficiency measures and the numbers around them", () => {
  it("a list item's marker is no stated result: '(2) the serving latency … might be too high'", () => {
    const metrics = namesOf(
      "metric",
      "We see two challenges: (1) rankers ignore widget context; (2) the serving latency of widget rankers might be too high.",
    );
    expect(metrics).not.toContain("latency");
  });

  it("'admits linear speedup' states a result; 'memory usage is O(1)' does too", () => {
    expect(namesOf("metric", "Our widget solver admits linear speedup in the number of workers.")).toContain("speedup");
    expect(namesOf("metric", "For each widget, memory usage is O(1) per query.")).toContain("memory usage");
  });

  it("a measure's word before a kind of method names the method; 'N times higher run-time speed' is a result", () => {
    const metrics = namesOf(
      "metric",
      "We offer a speed-up alternative to gadget ranking with comparable accuracy, and compare speedup techniques. " +
        "Our widget ranker matches the best accuracy at 12 times higher run-time speed.",
    );
    expect(metrics.filter((x) => /speed-?up/.test(x))).toEqual([]);
    expect(metrics).toContain("run-time speed");
  });
});

describe("an acronym's long form spelt by word initials", () => {
  it("'Gated Gadget Learning (GGL)' is not spelt by 'Gadget Learning' alone", () => {
    const found = extract("Ranking widgets", "We compare Q-learning to our Gated Gadget Learning (GGL) algorithm.");
    expect(find(found, "GGL")?.aliases).toEqual(["Gated Gadget Learning"]);
    expect(find(found, "GGL")?.role).toBe("proposed");
  });
});

describe("a task's name among its spellings", () => {
  it("a bare head joined to a longer name is named by the longer one", () => {
    const tasks = namesOf(
      "task",
      "This article introduces an approach to the classification of categorical widget series. To construct features for categorical widget series classification, we consider quantities.",
      "Interpretable Classification of Categorical Widget Series",
    );
    expect(tasks).toContain("categorical widget series classification");
    expect(tasks).not.toContain("classification");
  });

  it("'Large Scale Classification' names no 'scale classification'; 'can automatically discover clustering' no verb", () => {
    expect(
      namesOf("task", "We rank widgets.", "Practical Large Scale Classification with Widget Kernels"),
    ).not.toContain("scale classification");
    const tasks = namesOf("task", "Our widget kernel can automatically discover clustering structure from data.");
    expect(tasks.filter((t) => t.includes("discover"))).toEqual([]);
  });
});

describe("classic statistical families are generic", () => {
  it("a Gaussian mixture model fed by the paper's widget encoder is no model of its own", () => {
    const found = extract(
      "Deep Widget Models",
      "We present a Deep Widget Model (DWM). Our model feeds its codes into a Gaussian Mixture Model (GMM) and a k-NN classifier.",
    );
    expect(find(found, "DWM")?.role).toBe("proposed");
    expect(find(found, "GMM")).toBeUndefined();
    expect(find(found, "k-NN")).toBeUndefined();
  });
});

describe("a length that says which input a task takes", () => {
  it("'long sequence generation' and 'short text clustering' keep their length", () => {
    const tasks = namesOf(
      "task",
      "Our widget decoder needs less memory for long sequence generation and helps short text clustering.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["long sequence generation", "short text clustering"]));
  });
});

describe("a dash lost between a name and the next words", () => {
  it("'WidgetUNet-all transformer-based-came out best' names WidgetUNet", () => {
    const found = extract(
      "Ranking widgets",
      "Segmenter and WidgetUNet-all transformer-based-came out as the best rankers.",
    );
    expect(find(found, "WidgetUNet")?.type).toBe("model");
    expect(find(found, "WidgetUNet-all")).toBeUndefined();
  });
});

describe("definitions next to data nouns and attached suffixes", () => {
  it("'public datasets has enabled widget privacy (WP) guarantees' lists no dataset", () => {
    const found = extract(
      "Ranking widgets",
      "Pre-training rankers on large public datasets has enabled strong widget privacy (WP) guarantees.",
    );
    expect(find(found, "WP")?.type).not.toBe("dataset");
  });

  it("'Widget Ranker-based (WR-based) system' defines WR", () => {
    const found = extract("Ranking widgets", "We build a Widget Ranker-based (WR-based) system for shops.");
    expect(find(found, "WR")?.aliases).toEqual(["Widget Ranker"]);
    expect(find(found, "WR-based")).toBeUndefined();
  });
});

describe("what holds datasets or tasks", () => {
  it("'gains on 4 datasets from WidgetEmbed' makes WidgetEmbed a benchmark", () => {
    const found = extract("Ranking widgets", "Our ranker brings 0.8% gains on 4 datasets from WidgetEmbed and beyond.");
    expect(find(found, "WidgetEmbed")?.type).toBe("benchmark");
  });
});

describe("a possessive after a task head", () => {
  it("'the classification network's ability' names no task", () => {
    expect(namesOf("task", "We strengthen the classification network's ability to rank widgets.")).toEqual([]);
  });
});

describe("a hyphenated variant before a data noun", () => {
  it("'the challenging Widgetax-classic benchmark' is a benchmark, though 'classic' is an ordinary word", () => {
    const found = extract(
      "Ranking widgets",
      "Our classic ranker and a classic baseline set records on the challenging Widgetax-classic benchmark.",
    );
    expect(find(found, "Widgetax-classic")?.type).toBe("benchmark");
  });
});

describe("a defined acronym whose long form ends in a known task", () => {
  it("'widget neural architecture search (WidgetNAS)' defines a task; 'adversarial widget models (AWM)' does not", () => {
    const found = extract(
      "Ranking widgets",
      "Widget neural architecture search (WidgetNAS) has drawn attention. Adversarial topic models (ATM) and WidgetNAS differ.",
    );
    expect(find(found, "WidgetNAS")?.type).toBe("task");
    expect(find(found, "WidgetNAS")?.aliases).toEqual(["widget neural architecture search"]);
    expect(find(found, "ATM")?.type).not.toBe("task");
  });
});

describe("'by introducing' after a longer clause", () => {
  it("'We fix some weaknesses of current SSM-based rankers by introducing X' proposes X", () => {
    const found = extract(
      "Ranking widgets",
      "We fix some weaknesses of current SSM-based widget rankers by introducing the Dense Widget Ranker (DWR).",
    );
    expect(find(found, "DWR")?.role).toBe("proposed");
  });
});

describe("likeness in a task's modifiers", () => {
  it("'Sora-like video generation models' name video generation; 'glass-like object segmentation' keeps its object", () => {
    const tasks = namesOf(
      "task",
      "Widgetora-like video generation models have made progress. We also study glass-like object segmentation.",
    );
    expect(tasks).toContain("video generation");
    expect(tasks.filter((t) => t.includes("widgetora"))).toEqual([]);
    expect(tasks).toContain("glass-like object segmentation");
  });
});

describe("a version in a title's name", () => {
  it("'WidgetNet v2: Exploring …' coins WidgetNet v2", () => {
    const found = extract(
      "WidgetNet v2: Exploring Sparsity of Widget Rankers",
      "We study the sparsity of dense rankers.",
    );
    expect(find(found, "WidgetNet v2")?.role).toBe("proposed");
  });
});

describe("a count and 'shot' written apart", () => {
  it("'few shot learning' and 'zero shot classification' are the few-shot and zero-shot tasks", () => {
    const tasks = namesOf(
      "task",
      "Our ranker is good at few shot learning and at zero shot classification of widgets.",
    );
    expect(tasks).toContain("few shot learning");
    expect(tasks).toContain("zero shot classification");
  });
});

describe("'unseen' before a task head", () => {
  it("describes the data: 'unseen regression tasks' name regression", () => {
    const tasks = namesOf("task", "The ranker then solves unseen regression tasks in context.");
    expect(tasks).toContain("regression");
    expect(tasks.filter((t) => t.includes("unseen"))).toEqual([]);
  });
});

describe("a coordinated head after a taxonomy name written with 'of'", () => {
  it("'Part of Speech Tagging and Transliteration' shares no 'speech' with transliteration", () => {
    const tasks = namesOf("task", "We rank widgets.", "Part of Speech Tagging and Transliteration of Widget Texts");
    expect(tasks).toContain("transliteration");
    expect(tasks.filter((t) => t.includes("speech transliteration"))).toEqual([]);
  });
});

describe("a copula that calls a phrase a task", () => {
  it("'Widget reasoning is a key yet difficult task' names widget reasoning", () => {
    expect(namesOf("task", "Widget reasoning is a key yet difficult task for rankers.")).toContain("widget reasoning");
  });
});

describe("a title-case long form headed by an operation", () => {
  it("'Bipartite Widget Matching (BWM)' is a method, 'Widget Structure Prediction (WSP)' a task", () => {
    const found = extract(
      "Ranking widgets",
      "Prior rankers build on Bipartite Widget Matching (BWM). Widget Structure Prediction (WSP) remains open; BWM helps WSP.",
    );
    expect(find(found, "BWM")?.type).toBe("model");
    expect(find(found, "WSP")?.type).toBe("task");
  });
});

describe("a name and a data noun", () => {
  it("'WidgetQA Dataset: …' and 'the GizmoSet Benchmark' name WidgetQA and GizmoSet", () => {
    const found = extract(
      "WidgetQA Dataset: Ranking Widgets in the Wild",
      "We release the WidgetQA dataset of 10,000 widgets. We also evaluate on the GizmoSet Benchmark.",
    );
    expect(find(found, "WidgetQA")?.type).toBe("dataset");
    expect(find(found, "WidgetQA Dataset")).toBeUndefined();
    expect(find(found, "GizmoSet")?.type).toBe("benchmark");
    expect(find(found, "GizmoSet Benchmark")).toBeUndefined();
  });
  it("a title's data name keeps its type though the acronym spells a task ('Widget Use-Wear Analysis (WUWA)')", () => {
    const found = extract(
      "WUWA Dataset: Learning Widget Use-Wear Analysis",
      "Widget Use-Wear Analysis (WUWA) is underexplored. We built the largest WUWA dataset with 23,130 images.",
    );
    expect(find(found, "WUWA")?.type).toBe("dataset");
  });
  it("a title-case long form headed by 'Set' is data ('Widget Optical Imaging Set (WOIS)')", () => {
    const found = extract("Ranking widgets", "We introduce the Widget Optical Imaging Set (WOIS), with 200k images.");
    expect(find(found, "WOIS")?.type).toBe("dataset");
  });
});

describe("an efficiency measure cut by a fraction in words", () => {
  it("'trim the shortest training time by half' reports training time", () => {
    expect(namesOf("metric", "Our two widget schedules trim the shortest training time by half on GPUs.")).toContain(
      "training time",
    );
  });
});

describe("British spellings of task names", () => {
  it("'object localisation' and 'text summarisation' are tasks, as their American spellings are", () => {
    const tasks = namesOf("task", "We study object localisation and text summarisation with widget rankers.");
    expect(tasks).toContain("object localisation");
    expect(tasks).toContain("text summarisation");
  });
});

describe("a word right after a modal", () => {
  it("is a verb: 'can condition generation on attributes' names no 'condition generation'", () => {
    const tasks = namesOf("task", "The widget ranker can condition generation on attributes such as widget type.");
    expect(tasks.filter((t) => t.includes("condition"))).toEqual([]);
  });
});

describe("a known dataset's year", () => {
  it("stays in its name ('IWSLT 2015'), and types the list item beside it ('OpenSubtitles 2018')", () => {
    const found = extract(
      "Ranking widgets",
      "We evaluate the widget ranker on IWSLT 2015 and WidgetSubs 2018, with better BLEU scores than in 2015.",
    );
    expect(find(found, "IWSLT 2015")?.type).toBe("dataset");
    expect(find(found, "WidgetSubs 2018")?.type).toBe("dataset");
    expect(find(found, "BLEU")?.type).toBe("metric");
  });
});

describe("a verb before a metric head", () => {
  it("is no modifier: 'and report top-1 accuracy of 78.5%' names top-1 accuracy", () => {
    const metrics = namesOf("metric", "We train a widget ranker and report top-1 accuracy of 78.5% on WidgetNet.");
    expect(metrics).toContain("top-1 accuracy");
    expect(metrics.filter((m) => m.includes("report"))).toEqual([]);
  });
});

describe("an acronym joined to a metric", () => {
  it("is a metric when it spells one ('report EM and F1' is exact match), not a model it also abbreviates", () => {
    const found = extract("Ranking widgets", "We fine-tune WidgetBERT on WidgetQA v1.1 and report EM and F1.");
    expect(find(found, "EM")?.type).toBe("metric");
    expect(find(found, "EM")?.aliases).toContain("exact match");
    expect(find(found, "WidgetQA v1.1")?.type).toBe("dataset");
  });
  it("stays what it is when it spells no metric ('compare accuracy and BERT')", () => {
    const found = extract("Ranking widgets", "We compare accuracy and BERT on WidgetQA.");
    expect(find(found, "BERT")?.type).toBe("model");
  });
});

describe("a known metric's acronym after a lowercase letter", () => {
  it("is a metric: 'rFID', 'gFID'", () => {
    const found = extract(
      "Ranking widgets",
      "WidgetFlow surpasses GadgetTok by 0.15 in rFID and 0.2 in gFID on WidgetNet.",
    );
    expect(find(found, "rFID")?.type).toBe("metric");
    expect(find(found, "gFID")?.type).toBe("metric");
  });
});

describe("'on average' before a task head", () => {
  it("is said of the score: '75% on average understanding benchmarks' names no 'average understanding'", () => {
    const tasks = namesOf("task", "The widget ranker reaches 75% on average understanding benchmarks.");
    expect(tasks.filter((t) => t.includes("average"))).toEqual([]);
  });
});

describe("a taxonomy task right before another head", () => {
  it("is a task of its own: 'reading comprehension question-answering task' names both", () => {
    const tasks = namesOf(
      "task",
      "We evaluate the widget ranker on the reading comprehension question-answering task.",
    );
    expect(tasks).toContain("reading comprehension");
    expect(tasks).toContain("question-answering");
    expect(tasks.filter((t) => t.includes("comprehension question"))).toEqual([]);
  });
});

describe("a mapping to a plain word", () => {
  it("is no model: 'LLM-to-brain similarity' names nothing, 'WidgetNet-to-GadgetNet distillation' keeps a name", () => {
    const found = extract(
      "Ranking widgets",
      "To measure LLM-to-brain similarity, we probe the brain of a widget ranker. We also study WidgetNet-to-GadgetNet distillation.",
    );
    expect(find(found, "LLM-to-brain")).toBeUndefined();
    expect(find(found, "WidgetNet-to-GadgetNet")).toBeDefined();
  });
});

describe("what a paper says it contributes", () => {
  it("is its own: 'Our key contribution is a … technique, WidgetEn' proposes WidgetEn", () => {
    const found = extract(
      "Ranking widgets",
      "We study widget ranking with two cameras. Our key contribution is a probabilistic ensembling technique, WidgetEn, a simple method that fuses rankings.",
    );
    expect(find(found, "WidgetEn")?.role).toBe("proposed");
  });
});

describe("a defined task-like long form before a method noun", () => {
  it("names one method when the noun is singular ('a multi-thread parsing (MTP) algorithm'), a task when plural", () => {
    const found = extract(
      "Ranking widgets",
      "Then, a multi-widget parsing (MWP) algorithm is adopted to rank widgets. Existing open-set recognition (OSR) methods rely on familiarity.",
    );
    expect(find(found, "MWP")?.type).toBe("model");
    expect(find(found, "OSR")?.type).toBe("task");
  });
});

describe("a count and a plain word", () => {
  it("is no name ('Accurate 8-Bit Attention'), a count of things may be ('7-Scenes')", () => {
    const found = extract(
      "WidgetAttention: Accurate 8-Bit Attention for Widget Ranking",
      "We propose WidgetAttention, a widget ranker that spends one bit per weight, and test it on the 7-Widgets dataset.",
    );
    expect(find(found, "8-Bit")).toBeUndefined();
    expect(find(found, "7-Widgets")?.type).toBe("dataset");
  });
});

describe("a coordinated item that reaches back past the modifier kept", () => {
  it("is a task of its own: 'large language processing, image generation' names no 'processing generation'", () => {
    const tasks = namesOf(
      "task",
      "Our widget ranker holds up in large language processing, image generation, audio generation, and video generation.",
    );
    expect(tasks).toContain("image generation");
    expect(tasks.filter((t) => t.includes("processing generation"))).toEqual([]);
  });
});

describe("licences", () => {
  it("are no models: 'released under AGPL v3', 'CC BY-NC 4.0', 'Apache-2.0'", () => {
    const models = namesOf(
      "model",
      "We release WidgetGPT under AGPL v3, its data under CC BY-NC 4.0 and its tools under Apache-2.0.",
    );
    expect(models).toContain("WidgetGPT");
    expect(models.filter((m) => /AGPL|BY-NC|Apache/.test(m))).toEqual([]);
  });
});

describe("a person's law or rule", () => {
  it("names no model: 'Newton’s laws', while 'Zephyr’s decoder' may", () => {
    const models = namesOf(
      "model",
      "The equation follows first principles (e.g., Newton’s laws) and gives cues to rankers such as Zephyr’s decoder.",
    );
    expect(models).not.toContain("Newton");
    expect(models).toContain("Zephyr");
  });
});

describe("a campaign's one-digit edition", () => {
  it("is a benchmark its entrants use: 'DSTC8-AVSD: …', 'CHiME-6'", () => {
    const found = extract(
      "DSTC8-AVSD: A Widget Transformer with a Word Generator",
      "We evaluate a widget transformer on the DSTC8 track and on CHiME-6.",
    );
    expect(find(found, "DSTC8-AVSD")?.type).toBe("benchmark");
    expect(find(found, "DSTC8-AVSD")?.role).toBe("used");
    expect(find(found, "CHiME-6")?.type).toBe("benchmark");
  });
});

describe("a release's version", () => {
  it("keeps a descriptive first word in the name: '(Faster Widget Transformer v4.0)'", () => {
    const models = namesOf(
      "model",
      "Compared with the best widget inference library (Faster Widget Transformer v4.0), QuillNet is fast.",
    );
    expect(models).toContain("Faster Widget Transformer v4.0");
  });
});

describe("a release's own name between a known family and its size", () => {
  it("is part of the name: 'RWKV-v6 Quill 7B/14B' names two models", () => {
    const models = namesOf("model", "Our widget ranker outperforms RecurrentGemma 9B and RWKV-v6 Quill 7B/14B.");
    expect(models).toContain("RWKV-v6 Quill 7B");
    expect(models).toContain("RWKV-v6 Quill 14B");
  });
});

describe("a change in an acronym by a number", () => {
  it("makes it a metric: 'a 7.8% decrease in MAE for forecasting', not 'improvement in OVEN entity task'", () => {
    const found = extract(
      "Ranking widgets",
      "WidgetVQ gives a 7.8% decrease in MAE for widget forecasting and a 9% improvement in GIZMO entity tasks.",
    );
    expect(find(found, "MAE")?.type).toBe("metric");
    expect(find(found, "GIZMO")?.type).not.toBe("metric");
  });
});

describe("a coordinated process noun", () => {
  it("is a step of its own: 'pre-processing and triple extraction tasks' names no 'pre-processing extraction'", () => {
    const tasks = namesOf("task", "The widget pipeline chains several pre-processing and triple extraction tasks.");
    expect(tasks).toContain("triple extraction");
    expect(tasks.filter((t) => t.includes("processing"))).toEqual([]);
  });
});

describe("what a proposal is for", () => {
  it("is the task it addresses: 'a new framework for joint incremental widget object detection (jWOD)'", () => {
    const found = extract(
      "Ranking widgets",
      "This work offers a new framework for joint incremental widget object detection (jWOD) with transformers. We also propose a framework for widget contrastive learning (WidCLR).",
    );
    expect(find(found, "jWOD")?.type).toBe("task");
    expect(find(found, "jWOD")?.role).toBe("used");
    expect(find(found, "WidCLR")?.role).toBe("proposed");
  });
});

describe("'data sets' written apart", () => {
  it("lists data as 'datasets' does: 'three data sets: IAM, Quillmes, and StAZW'", () => {
    const found = extract(
      "Ranking widgets",
      "We evaluate the widget ranker on three widget data sets: IAM, Quillmes, and StAZW.",
    );
    expect(find(found, "Quillmes")?.type).toBe("dataset");
    expect(find(found, "StAZW")?.type).toBe("dataset");
  });
});

describe("a known model in a title that applies it", () => {
  it("is used: 'Vision Transformer for Small Widget Datasets' does not propose ViT", () => {
    const found = extract(
      "Vision Transformer for Small Widget Datasets",
      "Lately, the Vision Transformer (ViT) has beaten convolutional networks. This paper proposes Rolling Widget Tokenization (RWT).",
    );
    expect(find(found, "ViT")?.role).toBe("used");
    expect(find(found, "RWT")?.role).toBe("proposed");
  });
});

describe("'named' set off before a lowercase name", () => {
  it("coins it: 'Our approach, named conditional WidgetDETR, …', while 'named entity recognition' stays a task", () => {
    const found = extract(
      "Ranking widgets",
      "Our approach, named conditional WidgetDETR, learns a spatial query. We also run named entity recognition.",
    );
    expect(find(found, "conditional WidgetDETR")?.role).toBe("proposed");
    expect(find(found, "named entity recognition")?.type).toBe("task");
  });
});

describe("a known dataset's name after a word of its own", () => {
  it("is a dataset of that family: 'MedMNIST', 'PartImageNet'", () => {
    const found = extract(
      "Ranking widgets",
      "Our widget ranker is tested on MedMNIST. PartImageNet is also hard for it.",
    );
    expect(find(found, "MedMNIST")?.type).toBe("dataset");
    expect(find(found, "PartImageNet")?.type).toBe("dataset");
  });
});

describe("a name after an opening phrase about data, before a modal", () => {
  it("is the clause's subject: 'On the mixed datasets, WidgetMoLE can even outperform …' is no dataset", () => {
    const found = extract(
      "WidgetMoLE: A Mixture of Widget Experts",
      "We propose WidgetMoLE, a mixture of widget experts. On the mixed datasets, WidgetMoLE can even outperform the baseline.",
    );
    expect(find(found, "WidgetMoLE")?.type).toBe("model");
  });
});

describe("a title's own name of one hyphenated word", () => {
  it("is coined even when each part alone is generic: 'NVIDIA-GAN: …'", () => {
    const found = extract(
      "NVIDIA-GAN: A Unified Framework for Widget Synthesis",
      "We propose a framework, named NVIDIA-GAN, that renders widgets.",
    );
    expect(find(found, "NVIDIA-GAN")?.role).toBe("proposed");
  });
});

describe("one capitalised word after a hyphen and the paper's own model", () => {
  it("names a variant of it, whatever the word: 'WidgetViT-Gaint'", () => {
    const found = extract(
      "WidgetViT: Widget Vision Transformers",
      "We introduce Widget Vision Transformers (WidgetViT). Scaled up, WidgetViT-Gaint reaches 90.4% top-1 accuracy.",
    );
    expect(find(found, "WidgetViT-Gaint")?.role).toBe("proposed");
  });
});

describe("a single capital before an architecture's noun", () => {
  it("coins a name wherever it stands: '(W-Adapter and K-Adapter)', 'use Z-Former', but not 'X-Ray'", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce a widget adapter (W-Adapter and K-Adapter). We also use Z-Former for alignment of X-Ray images.",
    );
    expect(find(found, "W-Adapter")?.type).toBe("model");
    expect(find(found, "Z-Former")?.type).toBe("model");
    expect(find(found, "X-Ray")).toBeUndefined();
  });
});

describe("a model written in the plural and the singular", () => {
  it("is named by the singular: 'WidgetNets' and 'WidgetNet' give WidgetNet", () => {
    const found = extract(
      "Ranking widgets",
      "WidgetNets are strong rankers. We compare with WidgetNets and find that WidgetNet fails on long widgets.",
    );
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual(["WidgetNet"]);
  });
});

describe("a name built on 'bench'", () => {
  it("is a benchmark's: 'WidgetBench', 'Gizmo-Bench'", () => {
    const found = extract(
      "Ranking widgets",
      "The code of our testing framework, WidgetBench, is public. We also compare rankers on Gizmo-Bench.",
    );
    expect(find(found, "WidgetBench")?.type).toBe("benchmark");
    expect(find(found, "Gizmo-Bench")?.type).toBe("benchmark");
  });
});

describe("names before 'data sets' written apart", () => {
  it("are datasets, as before 'datasets': 'the WidgetLab and GizmoSet data sets'", () => {
    const found = extract("Ranking widgets", "We rank schedules drawn from the WidgetLab and GizmoSet data sets.");
    expect(find(found, "WidgetLab")?.type).toBe("dataset");
    expect(find(found, "GizmoSet")?.type).toBe("dataset");
  });
});

describe("a long form after 'the problem of'", () => {
  it("names a task: 'the problem of Widget Strong Rankability (WSR)'", () => {
    const found = extract(
      "On widget rankability",
      "We study the problem of Widget Strong Rankability (WSR) of widget networks. We solve the WSR problem with a linear program.",
    );
    expect(find(found, "WSR")?.type).toBe("task");
  });
});

describe("a short acronym spelling a task the paper names, in a proposing sentence", () => {
  it("is that task, not a proposal: 'a pragmatic WD scenario' beside 'widget detection'", () => {
    const found = extract(
      "Widget Detection on Small Devices",
      "In practical widget detection scenarios, devices differ. We introduce a pragmatic WD scenario with bitwidth heterogeneity. We validate it against WD baselines.",
    );
    expect(found.filter((m) => m.type === "model")).toEqual([]);
    expect(find(found, "widget detection")?.aliases).toContain("WD");
  });
});

describe("'our' and a few lowercase words before a noun and the name", () => {
  it("makes the name the paper's own: 'our testing framework, i.e., WidgetBench'", () => {
    const found = extract(
      "Evaluating widgets",
      "The code of our testing framework, i.e., WidgetBench, is public. On our newly proposed dataset, GizmoSet, rankers fail.",
    );
    expect(find(found, "WidgetBench")?.role).toBe("proposed");
    expect(find(found, "GizmoSet")?.role).toBe("proposed");
  });
});

describe("what a proposal is a translation or version of", () => {
  it("is someone else's: 'we introduce GizmoSet-HR -- a translation of the Widget Plausible Alternatives (WPA) dataset'", () => {
    const found = extract(
      "Ranking widgets in Croatian",
      "For evaluation, we introduce GizmoSet-HR -- a translation of the Widget Plausible Alternatives (WPA) dataset into Croatian.",
    );
    expect(find(found, "WPA")?.role).toBe("used");
  });
});

describe("a lowercase name coined after a score's noun", () => {
  it("is a metric the paper proposes: 'a data valuation score, called widget-gap score'", () => {
    const found = extract(
      "Widget valuation without training",
      "We provide a training-free data valuation score, called widget-gap score, which quantifies the influence of widgets.",
    );
    expect(find(found, "widget-gap score")?.type).toBe("metric");
    expect(find(found, "widget-gap score")?.role).toBe("proposed");
  });
});

describe("a task negated by 'non-'", () => {
  it("is another task, not a kind of the plain one: 'non-hierarchical widget clustering'", () => {
    const found = extract(
      "Hierarchical Widget Clustering made Simple",
      "Deep models are designed for hierarchical widget clustering. We build on non-hierarchical widget clustering models.",
    );
    const tasks = found.filter((m) => m.type === "task").map((m) => m.name);
    expect(tasks).toEqual(
      expect.arrayContaining(["hierarchical widget clustering", "non-hierarchical widget clustering"]),
    );
  });
});

describe("a name defined in a finding after the proposal", () => {
  it("is used, not a part: 'We reveal that the heuristic Widget PageRank (WPR) can …', while 'our Widget Router (WR)' is", () => {
    const found = extract(
      "One-shot widget reasoning",
      "In this work, we propose one-shot widget ranking. We reveal that the heuristic Widget PageRank (WPR) can identify answers. We show that our Widget Router (WR) helps.",
    );
    expect(find(found, "WPR")?.role).toBe("used");
    expect(find(found, "WR")?.role).toBe("proposed");
  });
});

describe("a capitalised word joined to a known model's name", () => {
  it("names a model of that family: 'Widget-Mamba', where 'Top-2' or 'Top-K' name nothing", () => {
    const found = extract(
      "Ranking widgets",
      "We distill a Phi-1.5 model into a recurrent one (Widget-Mamba). Widget-Mamba beats Top-2 routing across benchmarks, and Top-K routing too.",
    );
    expect(find(found, "Widget-Mamba")?.type).toBe("model");
    expect(find(found, "Top-2")).toBeUndefined();
    expect(find(found, "Top-K")).toBeUndefined();
  });
});

describe("a lowercase long form headed by a component's noun", () => {
  it("names that component: 'the day-to-night widget transforming module (DWTM)', not 'an intensive care unit (ICU)'", () => {
    const found = extract(
      "Debiased widgets",
      "We propose a debiased widget teacher. Concretely, the day-to-night widget transforming module (DWTM) leverages priors. Data come from an intensive care unit (ICU).",
    );
    expect(find(found, "DWTM")?.type).toBe("model");
    expect(find(found, "ICU")).toBeUndefined();
  });
});

describe("a title-case long form of a taxonomy task headed by 'Assessment'", () => {
  it("is that task: 'Image Quality Assessment (IQA) metrics', while 'human assessment' names none", () => {
    const found = extract(
      "Guarding widget quality",
      "Modern Image Quality Assessment (IQA) metrics are vulnerable to widget attacks. We also run a human assessment.",
    );
    expect(find(found, "IQA")?.type).toBe("task");
    expect(find(found, "human assessment")).toBeUndefined();
  });
});

describe("an activity after an acronym, before 'and'", () => {
  it("is a task phrase of its own: 'WX grading and lesion discovery' names no 'grading discovery'", () => {
    const found = namesOf("task", "Our deep widget network does WX grading and lesion discovery in one pass.");
    expect(found).toContain("lesion discovery");
    expect(found).not.toContain("grading discovery");
  });
});

describe("a data noun or an order word before a task head", () => {
  it("is no part of the task: 'benchmark visual domain adaptation', 'each successive generation'", () => {
    const found = namesOf(
      "task",
      "Our widget model improves on the benchmark visual domain adaptation tasks, and each successive generation of " +
        "widgets learns faster.",
    );
    expect(found).toContain("visual domain adaptation");
    expect(found.some((t) => t.includes("benchmark") || t.includes("successive"))).toBe(false);
  });
});

describe("'mere' before a task", () => {
  it("describes it: 'by mere widget regression' names widget regression", () => {
    expect(namesOf("task", "The graph follows by mere nonparametric widget regression.")).toEqual([
      "nonparametric widget regression",
    ]);
  });
});

describe("'at inference time'", () => {
  it("is a phase, not a measure, while a cut inference time is one", () => {
    expect(namesOf("metric", "Each ranker prunes widgets, increasing nothing at inference time.")).toEqual([]);
    expect(namesOf("metric", "Our ranker cuts inference time by 30%.")).toEqual(["inference time"]);
  });
});

describe("a '-based' compound on a generic family or a known model before a task", () => {
  it("describes the method: 'Transformer-based Widget Recognition' names widget recognition; 'text-based' stays", () => {
    const found = extract(
      "WidgetOCR: Transformer-based Widget Recognition",
      "We also study text-based widget retrieval and BERT-driven widget classification.",
    );
    const tasks = found.filter((m) => m.type === "task").map((m) => m.name);
    expect(tasks).toEqual(
      expect.arrayContaining(["widget recognition", "text-based widget retrieval", "widget classification"]),
    );
    expect(tasks).not.toContain("transformer-based widget recognition");
  });
});

describe("a modality pair before another noun", () => {
  it("modifies that noun: 'a 3D-to-2D mapping matrix' names no task, 'a text-to-3D generative model' does", () => {
    expect(namesOf("task", "Widgets are correlated via a 3D-to-2D mapping matrix.")).toEqual([]);
    expect(namesOf("task", "We train a text-to-3D generative model of widgets.")).toEqual(["text-to-3D"]);
  });
});

describe("a short form joining a qualifier to a generic family's acronym", () => {
  it("names a variant model: 'differentially private stochastic gradient descent (DP-SGD)'; 'Our bounds' proposes nothing", () => {
    const found = extract(
      "Generalization bounds for widgets",
      "Our generalization bounds shed light on applications, including differentially private stochastic gradient descent (DP-SGD).",
    );
    expect(find(found, "DP-SGD")?.type).toBe("model");
    expect(find(found, "DP-SGD")?.role).toBe("used");
  });
});

describe("a title's acronym spelt by the capitals of the words after its colon", () => {
  it("is defined by them when they name a method, not when they hold a task or go on", () => {
    const own = extract("WTTA: Widget-aware Test-Time Adaptation for Gizmo Detection", "We propose WTTA.");
    expect(find(own, "WTTA")?.aliases).toContain("Widget-aware Test-Time Adaptation");
    expect(own.filter((m) => m.type === "task").map((m) => m.name)).not.toContain("widget-aware test-time adaptation");
    // The capitals run on inside the title's noun phrase: no definition.
    const inside = extract("SWART: Simultaneous Widget-Agent Recurrent Trajectory Prediction", "We propose SWART.");
    expect(find(inside, "SWART")?.aliases).toEqual([]);
  });
});

describe("autoencoders", () => {
  it("are a generic family however written: 'stacked AutoEncoders', 'Autoencoders (AE)' keep no model", () => {
    const found = extract("Ranking widgets", "We compare with stacked AutoEncoders and Autoencoders (AE) on widgets.");
    expect(found.filter((m) => m.type === "model")).toEqual([]);
  });
});

describe("an appositive after a name and its parenthesised long form", () => {
  it("types the name: 'WIMA (Widget Multimodal reAsoning), a benchmark targeting …'", () => {
    const found = extract(
      "Ranking widgets",
      "We introduce WIMA (Widget Multimodal reAsoning), a benchmark targeting organic multimodal reasoning across widgets.",
    );
    expect(find(found, "WIMA")?.type).toBe("benchmark");
    expect(found.filter((m) => m.type === "task").map((m) => m.name)).toEqual(["organic multimodal reasoning"]);
  });
});

describe("a defined name the text says is a framework or a technique", () => {
  it("is a method: 'widget correcting output codes (WCOC) is a general framework', not 'federated widget learning (FWL)'", () => {
    const found = extract(
      "Spectral widget codes",
      "The widget correcting output codes (WCOC) is a general framework to extend any binary classifier. Federated widget learning (FWL) is a distributed framework.",
    );
    expect(find(found, "WCOC")?.type).toBe("model");
    expect(find(found, "FWL")?.type).not.toBe("model");
  });

  it("is a method when said to be an optimizer, a solver, a sampler or an estimator", () => {
    const found = extract(
      "Quiet gradients",
      "Sign descent with widget voting (SD-WV) is a lean and sturdy optimizer for many workers. Gadget " +
        "coordinate sweeps (GCS) is a standard solver, and median of gizmos (MoG) is a robust estimator. We " +
        "compare SD-WV, GCS and MoG on widget regression.",
    );
    for (const name of ["SD-WV", "GCS", "MoG"]) expect(find(found, name)?.type, name).toBe("model");
  });
});

describe("offline reinforcement learning", () => {
  it("is a task (the taxonomy's Offline RL), written out or short", () => {
    expect(namesOf("task", "We frame offline reinforcement learning for widgets as sequence modeling.")).toContain(
      "offline reinforcement learning",
    );
  });
});

describe("a count at the end of a data name", () => {
  it("is the data's size when the title or the text says data: 'WidgetSet-1M: A Large Reasoning Dataset'", () => {
    const titled = extract("WidgetSet-1M: A Large Reasoning Dataset for Widget Tuning", "We introduce WidgetSet-1M.");
    expect(find(titled, "WidgetSet-1M")?.type).toBe("dataset");
    // "over three datasets" after a model says where it was scored, not what it is.
    const scored = extract(
      "Ranking widgets",
      "Our ranker improves the accuracy of Gizmo-3-8B over three datasets by 2%.",
    );
    expect(find(scored, "Gizmo-3-8B")?.type).toBe("model");
  });
});

describe("a paradigm", () => {
  it("is never data, whatever surrounds it: 'the increase in supervised learning (SL) performance'", () => {
    const found = extract(
      "Active widget learning",
      "AL algorithms are usually evaluated by measuring the increase in supervised learning (SL) performance at consecutive acquisition steps.",
    );
    expect(found.filter((m) => m.type === "dataset" || m.type === "benchmark")).toEqual([]);
  });
});

describe("'next generation'", () => {
  it("is an idiom, no task: 'next generation reactor design'", () => {
    expect(namesOf("task", "Widget turbulence is vital for next generation reactor design.")).toEqual([]);
  });
});

describe("a setting of a learning paradigm that the taxonomy names", () => {
  it("is a task, unlike the bare paradigm: 'personalized federated learning (PFL)'", () => {
    const found = extract(
      "Widget personalization",
      "Personalized federated learning (PFL) offers a flexible framework for aggregating widget data across clients.",
    );
    expect(find(found, "PFL")?.type).toBe("task");
  });
});

describe("a known task that a proposal is of", () => {
  it("stays a task: 'a fresh reformulation of temporal action detection (TAD)'; a method named so is the proposal", () => {
    const of = extract(
      "WidgetTAD",
      "We propose a fresh reformulation of temporal action detection (TAD) as a widget matching game.",
    );
    expect(find(of, "TAD")?.type).toBe("task");
    const named = extract(
      "Widget edges",
      "Our proposed method, holistically-nested edge detection (HED), turns pixels into edges.",
    );
    expect(find(named, "HED")?.type).toBe("model");
  });
});

describe("a coordinated modifier that shares more than the head", () => {
  it("takes what the taxonomy knows: 'hate and offensive speech detection', 'depth and surface normal estimation'", () => {
    const tasks = namesOf(
      "task",
      "Widget rankers serve hate and offensive speech detection on forums, plus depth and surface normal estimation.",
    );
    expect(tasks).toEqual(
      expect.arrayContaining([
        "hate speech detection",
        "offensive speech detection",
        "depth estimation",
        "surface normal estimation",
      ]),
    );
  });
});

describe("a describing adjective and one head noun the taxonomy lists", () => {
  it("describe, as in the gazetteer: 'general classification tasks' name classification", () => {
    expect(namesOf("task", "Our widget transform contributes to general classification tasks.")).toEqual([
      "classification",
    ]);
  });
});

describe("reasoning models named by a letter and a digit", () => {
  it("are models in their own case only: 'o1', 'o3-mini', not the 'O$^3$' of a title's 'O$^3$Widget'", () => {
    const found = extract(
      "O$^3$Widget: One-Shot Widget Grounding",
      "Reasoning models like o1 and o3-mini fail on widgets.",
    );
    // The title's coined name keeps its superscript whole, as "IA-RED$^2$" does.
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual(["O^3Widget", "o1", "o3-mini"]);
    expect(found.find((m) => m.name === "O^3Widget")?.role).toBe("proposed");
  });
});

describe("a sized name listed after a data noun", () => {
  it("is data, its count the data's size: 'a large-size dataset such as WFT-300M'", () => {
    const found = extract("Ranking widgets", "Our ranker is pre-trained on a large-size dataset such as WFT-300M.");
    expect(find(found, "WFT-300M")?.type).toBe("dataset");
  });
});

describe("'named entity' after a list comma", () => {
  it("is the task, not a coinage: 'into classification, named entity recognition (NER), and summarization'", () => {
    const found = extract(
      "Grounding widget QA",
      "We decompose widget question generation into classification, named entity recognition (NER), and summarization.",
    );
    expect(find(found, "NER")?.type).toBe("task");
    expect(find(found, "entity recognition")).toBeUndefined();
  });
});

describe("a name with a training or adapting participle attached", () => {
  it("is the name: 'WidgetNet-adapted models', 'GizmoSet-trained rankers'", () => {
    const found = extract("Ranking widgets", "We compare WidgetNet-adapted models with GizmoSet-trained rankers.");
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toContain("WidgetNet");
    expect(found.map((m) => m.name)).not.toContain("GizmoSet-trained");
  });
});

describe("a multilayer perceptron written in camel case, and 'distinct'", () => {
  it("are generic and describing: 'MultiLayer Perceptron training on two distinct widget classification problems'", () => {
    const found = extract(
      "Noise in widgets",
      "We analyse analog noise during MultiLayer Perceptron training on two distinct widget classification problems.",
    );
    expect(found.filter((m) => m.type === "model")).toEqual([]);
    expect(found.filter((m) => m.type === "task").map((m) => m.name)).toEqual(["widget classification"]);
  });
});

describe("another paper's method defined with a mixed-case acronym", () => {
  it("is a model: 'baselines such as gated widget attention (GaWiA)', not 'multi-head widget attention (MHWA)'", () => {
    const found = extract(
      "Streaming widget recognition",
      "Our decoder outperforms baselines such as gated widget attention (GaWiA) and multi-head widget attention (MHWA).",
    );
    expect(find(found, "GaWiA")?.type).toBe("model");
    expect(find(found, "GaWiA")?.role).toBe("used");
    expect(find(found, "MHWA")).toBeUndefined();
  });
});

describe("a language before a title-case task", () => {
  it("names the data, not a name the task ends: 'three English Question Answering datasets'; 'Spanish ASR' is ASR", () => {
    const found = extract(
      "Widget answering",
      "We score our widget ranker on three English Question Answering datasets and on Spanish ASR with RGB-D SLAM.",
    );
    const tasks = found.filter((m) => m.type === "task").map((m) => m.name);
    expect(tasks).toContain("English question answering");
    expect(tasks).toContain("ASR");
    expect(tasks).not.toContain("Spanish ASR");
    expect(tasks).toContain("RGB-D SLAM");
  });
});

describe("a name a verb says it shortens", () => {
  it("has the long form as its alias: 'GizmoNet, short for Gated Image Zoom Model Network', 'which is abbreviated from'", () => {
    const found = extract(
      "Widget parsing with deep networks",
      "We propose GizmoNet, short for Gated Image Zoom Model Network, a neural widget parser. Its encoder is " +
        "Widformer, which is abbreviated from the `Widget-friendly Transformer'. GizmoNet beats BERT on WidgetBench.",
    );
    expect(find(found, "GizmoNet")?.aliases).toEqual(["Gated Image Zoom Model Network"]);
    expect(find(found, "Widformer")?.aliases).toEqual(["Widget-friendly Transformer"]);
    expect(found.map((m) => m.name)).not.toContain("Gated Image Zoom Model Network");
    expect(found.map((m) => m.name)).not.toContain("Widget-friendly Transformer");
  });
});

describe("languages between a data name and its data noun", () => {
  it("type the name and stay out of it: 'the WIDG 2021 Hindi and Marathi widget datasets', 'the GizmoSet English corpus'", () => {
    const found = extract(
      "Widget detection in Hindi with transformers",
      "We fine-tune BERT on the WIDG 2021 Hindi and Marathi widget datasets and on the GizmoSet English corpus " +
        "with a neural classifier.",
    );
    const data = found.filter((m) => m.type === "dataset" || m.type === "benchmark").map((m) => m.name);
    expect(data).toContain("WIDG 2021");
    expect(data).toContain("GizmoSet");
    expect(found.map((m) => m.name)).not.toContain("GizmoSet English");
  });
});

describe("a hyphenated word before a field of learning", () => {
  it("names a field, not a model: 'a Meta-Reinforcement Learning algorithm', 'Semi-Supervised Learning methods'", () => {
    const found = extract(
      "Widget agents",
      "We argue that transformers suit a Meta-Reinforcement Learning algorithm and Semi-Supervised Learning methods " +
        "for widget control with deep neural networks.",
    );
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual([]);
  });
});

describe("a list of data names whose items carry a gloss in parentheses", () => {
  it("shares the data type: 'datasets: GizmoSet (widget typing), WiDGET (relation classification)'", () => {
    const found = extract(
      "Widget representations with neural networks",
      "It scores best on three familiar datasets: GizmoSet-7 (widget typing), WiDGET " +
        "(relation classification), and SQuAD 1.1 (reading comprehension).",
    );
    expect(find(found, "WiDGET")?.type).toBe("dataset");
  });
});

describe("a bit width in a title", () => {
  it("names nothing: 'Accurate 8-Bit Attention', '4-Bit FP Quantization'", () => {
    const found = extract(
      "GizmoAttention: Accurate 8-Bit Attention and 4-Bit FP Quantization",
      "We propose GizmoAttention.",
    );
    expect(found.map((m) => m.name).filter((n) => /bit/i.test(n))).toEqual([]);
  });
});

describe("a possessive ends a name", () => {
  it("what follows it is not the name's version or size: 'GizmoNet-V2's 51.3', 'Sprocket-7's 1.3B model'", () => {
    const found = extract(
      "Widget ranking with neural networks",
      "Our ranker reaches 55.0 accuracy on WidgetBench against GizmoNet-V2's 51.3 and Sprocket-7's 1.3B model, " +
        "and it replaces QuillFormer's S6 layer.",
    );
    const models = found.filter((m) => m.type === "model").map((m) => m.name);
    expect(models).toEqual(expect.arrayContaining(["GizmoNet-V2", "Sprocket-7"]));
    expect(models.filter((n) => /['’]s|\d+\.\d|1\.3B|S6/.test(n))).toEqual([]);
  });
});

describe("a definition of a condition, a property or a disease", () => {
  it("defines no model: 'the Widget-Gadget (WG) condition', 'Gizmo's disease (GD)', 'Sprocket Flux Syndrome (SFS)'", () => {
    const found = extract(
      "Widget convergence",
      "We prove convergence of gradient descent under the Widget-Gadget (WG) condition and the Law of Gizmo " +
        "Balance (LoGB) property, and apply it to imaging of Gizmo's disease (GD) and the Sprocket Flux Syndrome " +
        "(SFS) with deep neural networks.",
    );
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual([]);
  });
});

describe("a lexicon entry spelt two ways that differ only in case", () => {
  it("matches either spelling: 'NDCG' and 'nDCG' are the metric, 'IMDb' and 'IMDB' the dataset", () => {
    for (const [abstract, name, type] of [
      ["Our widget ranker improves NDCG by 3 points over BM25.", "NDCG", "metric"],
      ["Our widget ranker improves nDCG by 3 points over BM25.", "NDCG", "metric"],
      ["We classify the sentiment of IMDb reviews with a small widget network.", "IMDb", "dataset"],
      ["We classify the sentiment of IMDB reviews with a small widget network.", "IMDb", "dataset"],
    ]) {
      const found = find(extract("Widget ranking", abstract!), name!);
      expect([abstract, found?.type]).toEqual([abstract, type]);
    }
  });
});

describe("a definition written inside an outer parenthesis", () => {
  it("keeps that parenthesis out of the long form: '(gizmo visual question answering (GVQA) and …)'", () => {
    const found = extract(
      "Widget reasoning with neural networks",
      "The suite holds two generation tasks (gizmo visual question answering (GVQA) and widget captioning) and " +
        "we propose WidgetPrune [Gizmo Routing Networks (GRN)] for them.",
    );
    const longForms = found.flatMap((m) => [m.name, ...m.aliases]);
    expect(longForms).toEqual(expect.arrayContaining(["gizmo visual question answering", "Gizmo Routing Networks"]));
    expect(longForms.filter((n) => /^[([]/.test(n))).toEqual([]);
  });
});

describe("a long form and the parentheses before it", () => {
  it("never starts in one or runs on past one: 'AlexNet) similar to the black box architecture (AlexNet)'", () => {
    const found = extract(
      "Widget attacks on neural networks",
      "Visual Mamba widgets (ViWs) extend the selective state space model (Mamba) to widget tasks. The attacker " +
        "uses a surrogate (AlexNet-half and AlexNet) similar to the black box architecture (AlexNet). WidgetDETR " +
        "improves DETR (ResNet-50) by +3.4 AP and achieves 50.9 (ResNet-50) on WidgetBench.",
    );
    const aliases = found.flatMap((m) => m.aliases);
    expect(aliases.filter((a) => /[()]|\b(?:extend|similar|achieves)\b/.test(a))).toEqual([]);
    expect(found.map((m) => m.name)).toEqual(expect.arrayContaining(["Mamba", "AlexNet", "ResNet-50"]));
  });
});

describe("a definition headed by a phenomenon, an effect, a sensor or a language", () => {
  it("defines no model: 'Widget Collapse (WC)', 'Gizmo Aperture Radar (GAR)', 'Widget Description Language (WDL)'", () => {
    const found = extract(
      "Widget geometry of neural networks",
      "We study Widget Collapse (WC) in deep neural networks trained on Gizmo Aperture Radar (GAR) images, written " +
        "in the Widget Description Language (WDL), and the Average Gadget Effect (AGE) of their weights.",
    );
    expect(found.filter((m) => m.type === "model").map((m) => m.name)).toEqual([]);
  });
});

describe("a measure stated in a unit that is itself a metric", () => {
  it("is that one metric: 'an inference speed of 12.8 FPS', 'a complexity of only 4.1 GFLOPs'", () => {
    const found = extract(
      "Fast widget detection",
      "WidgetDet reaches 41.2 mAP on WidgetBench with an inference speed of 12.8 FPS and a computational cost of " +
        "only 4.1 GFLOPs, while its latency is lower than GizmoNet's.",
    );
    const metrics = found.filter((m) => m.type === "metric").map((m) => m.name);
    expect(metrics).toEqual(expect.arrayContaining(["FPS", "GFLOPs", "latency"]));
    expect(metrics.filter((n) => /speed|cost/.test(n))).toEqual([]);
  });
});

describe("a task the taxonomy names only within a longer name", () => {
  it("is a task: 'shape reconstruction' of '3D Shape Reconstruction'; 'modern data analysis' is none", () => {
    const found = extract(
      "Widget grids for shapes",
      "Our widget grids help shape reconstruction as well as shape generation, and they matter for modern data " +
        "analysis. We compare methods in terms of accuracy, error correction, and computational complexity.",
    );
    const tasks = found.filter((m) => m.type === "task").map((m) => m.name);
    expect(tasks).toEqual(expect.arrayContaining(["shape reconstruction", "shape generation"]));
    expect(tasks.filter((n) => /data analysis|accuracy/.test(n))).toEqual([]);
  });
});

describe("a colon title led by 'The'", () => {
  it("coins the model its name's head says it is: 'The Gizmo Machine: …', not 'The Lazy Widget Phenomenon: …'", () => {
    const proposed = (title: string) =>
      extract(title, "We study widgets with deep neural networks trained on WidgetBench.")
        .filter((m) => m.type === "model" && m.role === "proposed")
        .map((m) => m.name);
    expect(proposed("The Gizmo Machine: A Generative Widget Memory")).toEqual(["Gizmo Machine"]);
    expect(proposed("The Sprocket Transformer: Attention Widgets in the Infinite Width Limit")).toEqual([
      "Sprocket Transformer",
    ]);
    expect(proposed("The Lazy Widget Phenomenon: On Emergence of Sparsity in Transformers")).toEqual([]);
    expect(proposed("The Gizmo Transformer: A Survey")).toEqual([]);
  });
});

describe("a coined name set off by commas after the name it shortens", () => {
  it("is one entity: 'a novel Gizmo Routing Widget framework, GiRoW, for …'", () => {
    const found = extract(
      "Ranking widgets",
      "Here we present our Gizmo Routing Widget framework, GiRoW, for widget ranking. GiRoW routes " + "gizmos.",
    );
    const models = found.filter((m) => m.type === "model");
    expect(models.map((m) => [m.name, m.aliases, m.role])).toEqual([["GiRoW", ["Gizmo Routing Widget"], "proposed"]]);
  });
});

describe("a modality of two words in a coordination of task modifiers", () => {
  it("shares the head: 'image, point cloud, audio, and video recognition'", () => {
    const found = extract(
      "Widget pathways",
      "We train deep neural networks with transformers on WidgetNet. For image, point cloud, audio, and video " +
        "recognition, our widgets raise accuracy.",
    );
    const tasks = found.filter((m) => m.type === "task").map((m) => m.name);
    expect(tasks).toEqual(
      expect.arrayContaining([
        "image recognition",
        "point cloud recognition",
        "video recognition",
        "audio recognition",
      ]),
    );
  });
});

describe("an acronym of lowercase words listed with commas", () => {
  it("is spelt out by them and names no model: 'gizmo, widget, and sprocket (GWS)', 'GWS-optimized', 'GWS-unawareness'", () => {
    const found = extract(
      "Widget decoding",
      "Widget compilers built on large language models lose gizmo, widget, and sprocket (GWS) efficiency. " +
        "We produce GWS-optimized code and address the GWS-unawareness of large language models, with a 31.8% " +
        "gain over the Generative Pre-trained Widget Transformer (GPWT).",
    );
    const models = found.filter((m) => m.type === "model").flatMap((m) => [m.name, ...m.aliases]);
    expect(models.filter((n) => n.includes("GWS"))).toEqual([]);
    expect(models).toContain("Generative Pre-trained Widget Transformer");
  });
});

describe("an acronym of a title's name in its abstract", () => {
  it("is that name shortened: 'Recurrent Gizmo Network' and 'RGN' are one entity named 'RGN'", () => {
    const found = extract(
      "Recurrent Gizmo Network",
      "Here we present a gizmo-augmented recurrent network (RGN) for long widget streams. RGN performs on par " +
        "with Transformer-XL on language modeling, which makes Recurrent Gizmo Network a promising architecture.",
    );
    const own = found.filter((m) => m.type === "model" && m.role === "proposed");
    expect(own.map((m) => [m.name, m.aliases])).toEqual([["RGN", ["Recurrent Gizmo Network"]]]);
  });
});

describe("a capitalised participle mid-sentence", () => {
  it("describes, even where no paper writes it in lowercase: 'trained in Unsupervised and Supervised settings'", () => {
    const found = extract(
      "Relevance-guided widget translation",
      "Our widget translation recipe, trained in Unsupervised and " +
        "Supervised settings with deep neural networks, outperforms Quokka.",
    );
    const models = found.filter((m) => m.type === "model").map((m) => m.name);
    expect(models).toContain("Quokka");
    expect(models.filter((n) => /supervised/i.test(n))).toEqual([]);
  });
});

describe("a well-known model a title applies to something, written in the plural", () => {
  it("is used, not proposed: 'Vision Transformers for Widget Ranking'", () => {
    const found = extract(
      "Vision Transformers for Widget Ranking",
      "We build dense widget rankers on vision transformers instead of convolutional networks " +
        "and top the WidgetBench leaderboard.",
    );
    const vit = found.find((m) => m.type === "model" && /vision transformer/i.test(m.name));
    expect(vit?.role).toBe("used");
  });
});

describe("a long form in parentheses whose leading listed words spell the name", () => {
  it("defines it, with what it is for: 'SEA (Sort, Embed and Aggregate for Long Widget Search)'", () => {
    const found = extract(
      "Long widget search with neural networks",
      "To tackle long widgets, we propose SEA (Sort, Embed and Aggregate for Long Widget Search), which splits widgets " +
        "into blocks with deep neural networks. SEA achieves a mean reciprocal rank of 0.785 on WidgetBench.",
    );
    const models = found.filter((m) => m.type === "model");
    expect(models.map((m) => [m.name, m.aliases])).toEqual([
      ["SEA", ["Sort, Embed and Aggregate for Long Widget Search"]],
    ]);
  });
});

describe("examples of data after an aside set off by a comma", () => {
  it("are data: 'corpora, some of them general (e.g., WidgetWiki, GizmoCorpus)'", () => {
    const found = extract(
      "Widget complexity prediction",
      "Our widget rankers are language models pre-trained on corpora, some of them general " +
        "(e.g., WidgetWiki, GizmoCorpus), and we report Pearson correlation.",
    );
    const types = Object.fromEntries(found.map((m) => [m.name, m.type]));
    expect([types["WidgetWiki"], types["GizmoCorpus"]]).toEqual(["dataset", "dataset"]);
  });
});

describe("names in parentheses after a task, each with its gain", () => {
  it("are the data: 'widget ranking (GizmoTrap by 4.2%)', '(WQ-Open by 1.3% and WQ-Swap by 2.8%)'", () => {
    const found = extract(
      "Widget decoding",
      "Our widget decoder for large language models helps on widget ranking (GizmoTrap by " +
        "4.2%) and gizmo question answering (WQ-Open by 1.3% and WQ-Swap by 2.8%).",
    );
    const types = Object.fromEntries(found.map((m) => [m.name, m.type]));
    expect([types["GizmoTrap"], types["WQ-Open"], types["WQ-Swap"]]).toEqual(["dataset", "dataset", "dataset"]);
  });
});

describe("a proposal's parts given by example", () => {
  it("are its own: 'we also introduce lightweight modules such as Gizmo Fusion Block (GFB), …'", () => {
    const found = extract(
      "WidgetViT: a widget transformer",
      "We also introduce lightweight modules such as Convolutional Multigroup Widgetization (CMW), " +
        "Lightweight Multi-head Gizmo Attention (LMGA), and Gizmo Fusion Block (GFB) to improve the model on ImageNet.",
    );
    const roles = Object.fromEntries(found.filter((m) => m.type === "model").map((m) => [m.name, m.role]));
    expect([roles["CMW"], roles["LMGA"], roles["GFB"]]).toEqual(["proposed", "proposed", "proposed"]);
  });
});

describe("a connective adverb after a colon", () => {
  it("is no name: 'we propose Gizmo Pose (GP): Instead of one fixed widget frame, …'", () => {
    const found = extract(
      "GizmoPose: relative widget attention",
      "In this work, we propose Gizmo Pose (GP): Instead of one fixed widget frame, each gizmo gets its own " +
        "frame in deep neural networks; Rather than rendering, we compare against WidgetNet.",
    );
    const models = found.filter((m) => m.type === "model").map((m) => m.name);
    expect(models).toContain("WidgetNet");
    expect(models.filter((n) => /^(?:Instead|Rather)$/.test(n))).toEqual([]);
  });
});

describe("numbers joined by slashes", () => {
  it("a stem and a suffix shared by slashed numbers name each variant ('QuillNet-18/34', 'Gizmo0-2/3mix')", () => {
    const abstract =
      "We train QuillNet-18/34 backbones on Gizmo0-2/3mix and evaluate a ViT-B/16 encoder on 2/3 of the data.";
    expect(namesOf("model", abstract)).toEqual(expect.arrayContaining(["QuillNet-18", "QuillNet-34", "ViT-B/16"]));
    const data = extract("Ranking widgets", abstract).filter((m) => DATA_TYPES.includes(m.type) || m.type === "model");
    expect(data.map((m) => m.name)).toEqual(expect.arrayContaining(["Gizmo0-2mix", "Gizmo0-3mix"]));
    expect(data.some((m) => /^(?:Gizmo0-2|3mix|QuillNet-18\/34)$/.test(m.name))).toBe(false);
  });
});

describe("'namely' with an indefinite article", () => {
  it("describes one of a kind, no name; 'namely' before a bare phrase after a method noun still coins one", () => {
    const abstract =
      "We propose a new approach to widget ranking with deep networks. Our method combines two " +
      "transformer-based networks, namely a gizmo decoder and a quill decoder, to order widgets. We also design a " +
      "novel loss, namely widget smoothing.";
    const models = namesOf("model", abstract);
    expect(models).toContain("widget smoothing");
    expect(models.filter((n) => /decoder/.test(n))).toEqual([]);
  });
});

describe("an acronym hyphenated to an ordinary word", () => {
  it("describes and names nothing ('AI-human', 'KD-tree', 'SQ-hard'); a variant, tool, measure or task head keeps it", () => {
    const found = extract(
      "Widget ranking with neural networks",
      "A human ranks widgets with a tree index, which is hard to scale. Natural AI-human teaming needs a KD-tree of " +
        "gizmos, and ranking is SQ-hard. We fine-tune WRN-large and a QRT-pruner, report the WRN-random baseline, " +
        "score with AUC-score and tag with POS-tagging on the GZM-campus dataset, with a BERT-projection as the widget projection.",
    ).map((m) => `${m.type}:${m.name}`);
    expect(found.filter((n) => /AI-|KD-|SQ-|BERT-/.test(n))).toEqual([]);
    expect(found).toEqual(
      expect.arrayContaining(["model:WRN-large", "model:QRT-pruner", "model:WRN-random", "dataset:GZM-campus"]),
    );
  });
});

describe("a pair written with a slash", () => {
  it("is no version of the name before it ('the QZ L/NL regressor' names no 'QZ L')", () => {
    const m = extractPaper({
      title: "Widget pressure synthesis with neural networks",
      abstract:
        "We train deep networks on widget signals. A gizmo-domain (QZ) linear/non-linear (L/NL) regressor is " +
        "learned next, and the QZ L/NL regressor beats the transformer baseline on the GizmoBench benchmark.",
    });
    expect(m.map((x) => x.name)).not.toContain("QZ L");
  });
});

describe("a proposing verb after 'are able to' or a modal", () => {
  it("still proposes ('we are able to curate a dataset, namely X'; 'we were able to design a network Y')", () => {
    const m = extract(
      "Widget sounds for neural perception",
      "With this simulator we are able to curate a synthetic widget dataset, namely GizmoSounds-9K, for " +
        "neural widget perception. Later we were able to design a fast widget detection network QuillDet.",
    );
    expect(find(m, "GizmoSounds-9K")?.role).toBe("proposed");
    expect(find(m, "QuillDet")?.role).toBe("proposed");
  });
});

describe("a language before a known model in a proposal", () => {
  it("says which language's version it is and names nothing of its own ('a Dutch BERT model called X')", () => {
    const m = extract(
      "QuillBERT: A Welsh Language Model",
      "We built and tested a monolingual Welsh BERT model called QuillBERT for widget tagging with deep " +
        "networks. QuillBERT beats multilingual BERT on the GizmoTag benchmark.",
    );
    expect(m.map((x) => x.name)).not.toContain("Welsh BERT");
    expect(find(m, "QuillBERT")?.role).toBe("proposed");
  });
});

describe("a proposal made 'by creating' or 'by building'", () => {
  it("is the paper's own ('We do so by creating GizmoEditBench, a … benchmark')", () => {
    const m = extract(
      "Sparse features of widget diffusion networks",
      "We study sparse autoencoders on neural widget generators. We do so by creating GizmoEditBench, a " +
        "feature-based widget editing benchmark, and we test ten generators on it.",
    );
    expect(find(m, "GizmoEditBench")?.role).toBe("proposed");
  });
});

describe("where a proposal's object ends", () => {
  it("goes on past a lowercase basis ('a sparse attention based framework \"QUILT\"')", () => {
    const m = extract(
      "Widget inpainting with neural networks",
      'To keep every input widget, we propose a sparse attention based framework "QUILT" for widget inpainting.',
    );
    expect(find(m, "QUILT")?.role).toBe("proposed");
  });

  it("stops at what it combines or leverages, and at a second verb ('and tackle …')", () => {
    const m = extract(
      "Widget mixtures with neural networks",
      "We introduce GizmoMix, a framework integrating Widget Linear Mixed Models (WLMM) and Gadget Instance " +
        "Learning (GIL) for widget ranking. We also propose efficient widget ranking networks (EWRN) and tackle " +
        "widget problems of the QRW 2019 challenge.",
    );
    expect(find(m, "GizmoMix")?.role).toBe("proposed");
    for (const name of ["WLMM", "GIL", "QRW 2019"]) expect(find(m, name)?.role).not.toBe("proposed");
  });
});

describe("what the paper's own method is said to combine or extend", () => {
  it("is used, not proposed ('Our method, GizmoMix, combines QuillGrad and WidgetSGD …')", () => {
    for (const verb of ["combines", "extends", "leverages"]) {
      const m = extract(
        "Widget optimisation",
        `Our method, GizmoMix, ${verb} QuillGrad and WidgetSGD with new stabilisation steps for widget ranking.`,
      );
      expect(find(m, "GizmoMix")?.role).toBe("proposed");
      for (const name of ["QuillGrad", "WidgetSGD"]) expect(find(m, name)?.role).toBe("used");
    }
    // What it leverages and calls novel is its own.
    const own = extract(
      "Widget animation",
      "Our approach leverages a novel GizmoVAE architecture for widget sequences.",
    );
    expect(find(own, "GizmoVAE")?.role).toBe("proposed");
  });
});

describe("a proposal that is a variant or an extension of a named method", () => {
  it("leaves the base used and names the variant ('a variant of GizmoNet, called QuillNet')", () => {
    for (const kind of ["a variant", "an extension", "a practical version"]) {
      const m = extract(
        "Widget ranking",
        `We propose ${kind} of GizmoNet, called QuillNet, for widget ranking on the WidgetRank benchmark.`,
      );
      expect(find(m, "GizmoNet")?.role).toBe("used");
      expect(find(m, "QuillNet")?.role).toBe("proposed");
    }
  });

  it("names no fragment of a lowercase long form ('called follow the gizmo leader (FGL)')", () => {
    const m = extract(
      "Widget ranking",
      "Here we propose a widget variant of one follow the quill leader (FQL) algorithm called follow the gizmo leader (FGL).",
    );
    expect(find(m, "FGL")?.role).toBe("proposed");
    expect(m.map((x) => x.name).filter((n) => /^follow$/i.test(n))).toEqual([]);
    expect(find(m, "FQL")?.role).not.toBe("proposed");
  });
});

describe("a title's slogan", () => {
  it("with a verb between two nouns names no model ('Uncertainty Meets Variety: …', 'Sparse Beats Dense: …')", () => {
    for (const title of [
      "Uncertainty Meets Variety: A Widget Learning Framework",
      "Sparse Beats Dense: Widget Ranking",
    ]) {
      const m = extract(title, "We train deep neural networks for widget ranking on the GizmoRank benchmark.");
      expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual([]);
    }
  });

  it("ending in a verb or a 'revisited' is about its topic, no model ('Gadget Salience Matters: …', 'X Revisited: …')", () => {
    for (const title of ["Gadget Salience Matters: Widget Ranking with Depth", "Context Helps: Widget Ranking"]) {
      const m = extract(title, "We train deep neural networks for widget ranking on the GizmoRank benchmark.");
      expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual([]);
    }
    for (const title of ["GizmoNet Revisited: Widget Ranking", "GizmoNet Strikes Back: Widget Ranking"]) {
      const m = extract(title, "We revisit GizmoNet, a neural network for widget ranking, on the GizmoRank benchmark.");
      expect(m.filter((x) => x.type === "model" && x.role === "proposed").map((x) => x.name)).toEqual([]);
      expect(find(m, "GizmoNet")?.role).toBe("used");
    }
    // A plural head that is a model's own noun still names one.
    const named = extract("Gizmo Networks: Widget Ranking", "We train Gizmo Networks on the GizmoRank benchmark.");
    expect(find(named, "Gizmo Networks")?.role).toBe("proposed");
  });
});

describe("a capitalised word alone in parentheses after a proposal", () => {
  it("names the proposal ('This work proposes widget-aware gadget insertion (Quokkel), …')", () => {
    const m = extract(
      "Neural widget calibration",
      "This work proposes widget-aware gadget insertion (Quokkel), adding parameters to a transformer network " +
        "to predict calibration signals. Quokkel saves 86% of the extra time on the GizmoCal benchmark.",
    );
    expect(find(m, "Quokkel")?.role).toBe("proposed");
  });
});

describe("'that we refer to as' before a definition", () => {
  it("coins the defined name ('a first-order solver …, that we refer to as widget-aware … solver (WIPG)')", () => {
    const m = extract(
      "Neural widget inequalities",
      "We extend gradient descent into a first-order solver for widget inequalities, that we refer to as " +
        "widget-aware interior-point solver for bounded gadgets (WIPG). We give guarantees for WIPG.",
    );
    expect(find(m, "WIPG")?.role).toBe("proposed");
  });
});

describe("an acronym defined in passing and introduced later as 'the X algorithm'", () => {
  it("names the paper's own method ('learning WCC (LWCC)' … 'we … introduce the LWCC algorithm')", () => {
    const m = extract(
      "Widget cluster comparison for neural latent models",
      "Earlier we sketched widget cluster comparison (WCC) and a two-step procedure for learning WCC (LWCC) " +
        "with neural networks. Here we formally introduce the LWCC algorithm and test it on the GizmoCause benchmark.",
    );
    expect(find(m, "LWCC")?.type).toBe("model");
    expect(find(m, "LWCC")?.role).toBe("proposed");
  });
});

describe("'This network, X,' after a proposal", () => {
  it("names the proposal ('we propose a widget mesh recovery network … This network, QMR 2.0, …')", () => {
    const m = extract(
      "Widgets in 4D",
      "Centrally, we propose a widget mesh recovery network built only from transformer layers. This network, " +
        "QMR 2.0, beats earlier deep networks on the GizmoMesh benchmark.",
    );
    expect(find(m, "QMR 2.0")?.role).toBe("proposed");
  });
});

describe("a lowercase name set off after ', named'", () => {
  it("is coined when it ends in a method's noun ('a fresh scoring mechanism, named widget attention, to …')", () => {
    const m = extract(
      "Widget analytics with neural networks",
      "We develop a widget analytics tool, QUIRA, which uses a fresh scoring mechanism, named widget attention, " +
        "to cut its cost. Widget attention groups the tokens of a deep network.",
    );
    expect(find(m, "widget attention")?.role).toBe("proposed");
  });
});

describe("an acronym both a model and a measure spell out is a measure beside its score", () => {
  const typeOf = (abstract: string, name: string) =>
    extract("Ranking widgets", abstract).find((m) => m.name === name)?.type;

  it("reads MAE (mean absolute error) and EM (exact match) with a score as measures", () => {
    expect(typeOf("WidgetNet reaches an MAE of 2.9 on the catalogue.", "MAE")).toBe("metric");
    expect(typeOf("WidgetNet improves the catalogue score by 3.1 EM.", "EM")).toBe("metric");
  });

  it("keeps the model where no score stands beside it", () => {
    expect(typeOf("WidgetNet is compared with ViT, MAE, DINO and BERT.", "MAE")).toBe("model");
    expect(typeOf("MAE reaches 85% accuracy on the widget catalogue.", "MAE")).toBe("model");
  });
});

describe("a recording or imaging modality is no model", () => {
  it("leaves sMRI, ECoG and fNIRS out and keeps the model beside them", () => {
    const abstract =
      "We predict widget preferences from sMRI, ECoG and fNIRS recordings of 300 subjects. Our model, WidgetBrain, " +
      "ranks widgets from these scans.";
    const models = extract("Ranking widgets from brain scans", abstract)
      .filter((m) => m.type === "model")
      .map((m) => m.name);
    expect(models).toContain("WidgetBrain");
    for (const modality of ["sMRI", "ECoG", "fNIRS"]) expect(models).not.toContain(modality);
  });
});

describe("a name in quotes", () => {
  it("is typed by the words around the quotes", () => {
    const typeOf = (abstract: string, name: string) =>
      extract("Ranking widgets", abstract).find((m) => m.name === name)?.type;
    expect(typeOf('We introduce a novel "Widget-1M" dataset for neural widget ranking.', "Widget-1M")).toBe("dataset");
    expect(typeOf("Neural rankers are evaluated on the “QuillSet” dataset.", "QuillSet")).toBe("dataset");
  });

  it("after 'our' is the paper's own", () => {
    const found = extract(
      "Ranking widgets",
      "We compare neural widget rankers, including our novel ``WidgetPatches'' dataset, with BERT.",
    );
    expect(find(found, "WidgetPatches")).toMatchObject({ type: "dataset", role: "proposed" });
  });
});

describe("a learning paradigm leading a title", () => {
  it("is the paper's topic, not a method it coins ('Online Learning: …')", () => {
    const found = extract(
      "Online Learning: Widget Statistics and the Quill Method",
      "We study online learning of widget rankers and bound the regret of the Quill method.",
    );
    expect(found.filter((m) => m.role === "proposed").map((m) => m.name)).not.toContain("Online Learning");
    expect(found.map((m) => m.name.toLowerCase())).not.toContain("online learning");
  });
});

describe("phrases an acronym abbreviates as a whole", () => {
  it("a coined lowercase phrase cut before a function word is no name when an acronym of it follows", () => {
    const m = extract(
      "Plan Ahead, Step Now: Widget Agents",
      "We propose a framework that interleaves planning and acting, which we call plan for horizon, step for " +
        "today (PHST). We call our variant gated pooling for trees (GPFT).",
    );
    expect(find(m, "plan")).toBeUndefined();
    expect(find(m, "gated pooling")).toBeUndefined();
    expect(find(m, "PHST")?.role).toBe("proposed");
  });

  it("a lowercase compound adjective abbreviated inside a noun phrase names nothing", () => {
    const m = extract(
      "Robust widget parsers",
      "This study presents an evaluation of three recent open-lexicon (OL) foundation widget detection models, " +
        "and of closed-world (CW) ranking systems.",
    );
    expect(find(m, "OL")).toBeUndefined();
    expect(find(m, "CW")).toBeUndefined();
    // "foundation" describes the models, not the task.
    expect(m.filter((x) => x.type === "task").map((x) => x.name)).toContain("widget detection");
  });

  it("a compound whose last word is a method's or a task's noun still names one", () => {
    const m = extract(
      "Widget ranking",
      "We design a gated-network (GN) module for widget ranking. We study widget-segmentation (WS) models on photos.",
    );
    expect(find(m, "GN")?.type).toBe("model");
    expect(find(m, "WS")?.type).toBe("task");
  });

  it("a compound the proposing verb introduces names the proposal", () => {
    const m = extract("Widget learning", "We introduce a try-and-show (TaS) learning framework for widgets.");
    expect(find(m, "TaS")).toMatchObject({ type: "model", role: "proposed" });
  });
});

describe("words that describe a tool, not a task", () => {
  it("external, third-party and auxiliary never lead a task's name", () => {
    const tasks = namesOf(
      "task",
      "Text is read with external OCR engines or third-party speech recognition services, and an auxiliary " +
        "depth estimation branch guides the widget parser.",
    );
    expect(tasks).toEqual(expect.arrayContaining(["OCR", "speech recognition", "depth estimation"]));
    expect(tasks.some((t) => /^(?:external|third-party|auxiliary)\b/.test(t))).toBe(false);
  });
});

describe("a long form headed by a model's noun is no data", () => {
  it("whatever evaluation words surround it", () => {
    const m = extract(
      "Widget learning",
      "Plenty of benchmarks exist for testing long-range widget models (LRWMs). We run experiments on a widget " +
        "benchmark made of three datasets, where our proposed Gizmo Prototype Network (GPN) does well.",
    );
    expect(find(m, "GPN")).toMatchObject({ type: "model", role: "proposed" });
    expect(["dataset", "benchmark"]).not.toContain(find(m, "LRWMs")?.type);
  });
});

describe("items of a list beside a known model", () => {
  it("are models, where only the evaluation wording said data", () => {
    const m = extract(
      "Faster widget generators",
      "Extensive experiments on GizmoGen-alpha, QuillSora, and DiT show our speed-ups. We also evaluate on " +
        "ImageNet, Quokka-7 and COCO.",
    );
    expect(find(m, "GizmoGen-alpha")?.type).toBe("model");
    expect(find(m, "QuillSora")?.type).toBe("model");
    expect(find(m, "Quokka-7")?.type).toBe("dataset");
  });

  it("but not in a list a data noun introduces, where the model's name is a namesake", () => {
    const m = extract(
      "Widget pose",
      "Experiments on multiple benchmarks including REAL-417, GadgetHouse9D, and ROPE show the method's gains.",
    );
    expect(DATA_TYPES).toContain(find(m, "REAL-417")?.type);
    expect(DATA_TYPES).toContain(find(m, "GadgetHouse9D")?.type);
  });
});

describe("question formats", () => {
  it("multiple-choice questions are no data, however results on them are worded", () => {
    const m = extract(
      "Widget VLM bench",
      "The best model reaches only 38.6% accuracy on MCQs and 47.1% on multiple-choice questions of Quokka-7.",
    );
    expect(find(m, "MCQs")).toBeUndefined();
    expect(find(m, "multiple-choice questions")).toBeUndefined();
  });
});

describe("data drawn from a study", () => {
  it("data from a named study or cohort is that data; from a sensor, no data", () => {
    const m = extract(
      "Bayesian widget regression for brain scans",
      "We fit our regression model to gizmo-task fMRI data from the Quokka Brain Widget Development (QBWD) " +
        "study, and a spiking network to event data from Dynamic Widget Sensors (DWS). Our neural model beats a " +
        "deep learning baseline.",
    );
    expect(find(m, "QBWD")?.type).toBe("dataset");
    expect(find(m, "DWS")).toBeUndefined();
  });
});

describe("capitals spelling an acronym across a phrase", () => {
  it("a word spelling letters after a capitalised word of its phrase is no name; a lone one stays", () => {
    const m = extract(
      "Widget analysis",
      "Scene understanding matters. We test on the Large-scale Scene UNderstanding and Quokka-7 source " +
        "identification problems, and train the policy with DAgger.",
    );
    expect(find(m, "UNderstanding")).toBeUndefined();
    expect(find(m, "DAgger")?.type).toBe("model");
  });
});

describe("comparisons before a task", () => {
  it("a comparative or superlative adjective never leads a task's name; nearest neighbour does", () => {
    const tasks = namesOf(
      "task",
      "Our model gives clearer topic clustering, deeper widget retrieval and longer plan generation than the " +
        "largest baselines, and it speeds up nearest neighbor classification.",
    );
    expect(tasks).toEqual(
      expect.arrayContaining([
        "topic clustering",
        "widget retrieval",
        "plan generation",
        "nearest neighbor classification",
      ]),
    );
    expect(tasks.some((t) => /^(?:clearer|deeper|longer|largest)\b/.test(t))).toBe(false);
  });
});

describe("a task the text names", () => {
  it("a name termed for a task or a problem is that task; one termed for a network stays a model", () => {
    const m = extract(
      "Describing widget sets",
      "We look at the task of telling in words how two sets of widget images differ, which we term Set " +
        "Widget Captioning, and a new problem that we call Gizmo Ranking, solved by a neural network we term QuillNet.",
    );
    expect(find(m, "Set Widget Captioning")?.type).toBe("task");
    expect(find(m, "Gizmo Ranking")?.type).toBe("task");
    expect(find(m, "QuillNet")?.type).toBe("model");
  });

  it("online social networks are the place studied, no model", () => {
    const m = extract(
      "Temporal widget graph learning for gadget ranking in online social networks",
      "For widget ranking in Online Social Networks—OSNs—neural ranking is a busy corner of machine " +
        "learning. We propose QuillGraph, a neural temporal graph model.",
    );
    expect(find(m, "OSNs")).toBeUndefined();
  });
});

describe("a lowercase phrase abbreviated before the noun it describes", () => {
  it("is no data, whatever the training or evaluation wording around it", () => {
    const m = extract(
      "Tone mapping for widget detection",
      "Widget detectors on small chips are mostly trained on low widget range (LWR) inputs. We evaluate on " +
        "the user-made widget clips (UWC) dataset.",
    );
    expect(find(m, "LWR")).toBeUndefined();
    expect(find(m, "UWC")?.type).toBe("dataset");
  });

  it("the area under a curve spelled out is that metric", () => {
    const m = extract(
      "Clinical widget series",
      "Our neural approach improves the area under the receiver operating characteristic curve (AUROC) over a " +
        "baseline CNN, and the area under the precision-recall curve (AUPRC).",
    );
    expect(find(m, "AUROC")?.type).toBe("metric");
    expect(find(m, "AUPRC")?.type).toBe("metric");
  });
});

describe("a long form within its clause", () => {
  it("spans no colon: the words before a list's colon are no part of a defined name", () => {
    const m = extract(
      "Widget images",
      "We propose a framework that contains three modules: the human-centred gizmo quantising module (TTNet), " +
        "and a widget difficulty control (WDC) module.",
    );
    expect(find(m, "TTNet")?.aliases.join(" ")).not.toMatch(/three modules/);
    expect(find(m, "WDC")?.aliases).toContain("widget difficulty control");
  });
});

describe("planning and puzzle environments", () => {
  it("classic environments named with function words or spaces are benchmarks, not models or tasks", () => {
    const m = extract(
      "Planning with gizmo language models",
      "We test GizmoPlanner, a neural planner, on Blocks World, the Tower of Hanoi, Sokoban and the Game of 24.",
    );
    expect(m.filter((x) => x.type === "benchmark").map((x) => x.name)).toEqual([
      "Blocks World",
      "Tower of Hanoi",
      "Sokoban",
      "Game of 24",
    ]);
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual(["GizmoPlanner"]);
  });
});

describe("authors named in the text", () => {
  it("two capitalised words paired before a reported finding are its authors, not models", () => {
    const m = extract(
      "Safe widget probability",
      "Grünwald and Halpern have shown that conditioning on neural widget models fails; Zorbinski and Quell " +
        "proved that a fix exists, which we test on ImageNet with our GizmoNet. Mamba and Hyena have shown strong " +
        "results.",
    );
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual(["GizmoNet", "Mamba", "Hyena"]);
  });
});

describe("evaluation environments", () => {
  it("a name before 'environment' or 'simulator' is a benchmark, not an acronym's definition before it", () => {
    const m = extract(
      "Widget navigation",
      "Neural agents in Sparsely Lit (SL) environments must remember. We train our GizmoNav agent in the " +
        "GrizHome3D environment and in the ZorbCity simulator.",
    );
    expect(m.filter((x) => x.type === "benchmark").map((x) => x.name)).toEqual(["GrizHome3D", "ZorbCity"]);
  });
});

describe("a versioned acronym is defined like any other", () => {
  it("'Widget Quill Network v2 (WQN v2)' is one model with its long form as alias", () => {
    const m = extract(
      "A closer look at widgets",
      "The recent transformer-based Widget Quill-data Fitted Network v2 (WQN v2) reaches strong in-context " +
        "learning. We find that WQN v2 can infer attribute relations.",
    );
    const wqn = find(m, "WQN v2");
    expect(wqn?.type).toBe("model");
    expect(wqn?.aliases).toContain("Widget Quill-data Fitted Network v2");
    expect(m.filter((x) => x.type === "model").map((x) => x.name)).toEqual(["WQN v2"]);
  });
});

describe("a long form headed by the word before 'of'", () => {
  it("'a sparse Mixture of Widget Experts (MoWE)' is one model, whatever the plural after 'of'", () => {
    const m = extract(
      "Sparse gizmos for instruction tuning",
      "We apply a routed design, namely a sparse Mixture of Widget Experts (MoWE) for instruction tuning of " +
        "multimodal language models.",
    );
    expect(find(m, "MoWE")?.type).toBe("model");
    expect(find(m, "MoWE")?.aliases).toContain("Mixture of Widget Experts");
  });
});

describe("an acronym the text calls its own", () => {
  it("is the paper's method whatever its long form reads as, but not a generic one", () => {
    const m = extract(
      "Widget demoireing",
      "We propose to use both raw and gizmo data for widget demoireing (RGWD) with a neural network. Experiments " +
        "show that our RGWD outperforms prior methods, and our CNN is small.",
    );
    expect(find(m, "RGWD")).toMatchObject({ type: "model", role: "proposed" });
    expect(find(m, "RGWD")?.aliases).toEqual([]);
    expect(find(m, "CNN")).toBeUndefined();
  });
});
