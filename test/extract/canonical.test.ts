// The canonical layer end to end: extracted mentions through buildGraphBatch give one node per real-world entity,
// named canonically, with every surface form the papers wrote among its aliases (which the search index reads).

import { describe, expect, it } from "vitest";
import { aliasKey, singular } from "../../domain/identity.js";
import { canonicalNames, DefinedPairs } from "../../ingest/extract/canonical.js";
import { CorpusTally } from "../../ingest/extract/corpus-tally.js";
import { corpusContext, extractCorpus } from "../../ingest/extract/index.js";
import { extractPaperMentions } from "../../ingest/extract/paper.js";
import { STRENGTH, type PaperMention } from "../../ingest/extract/types.js";
import { buildGraphBatch } from "../../ingest/graph-batch.js";
import { toPaper } from "../../ingest/merge.js";

const record = (id: string, abstract: string) => ({
  title: `Study ${id}`,
  abstract,
  origin: { source: `fixture-${id}` },
});

/** The graph a corpus of these records gives, after the corpus pass. */
function graphOf(records: ReturnType<typeof record>[]) {
  const papers = records.map(toPaper);
  return buildGraphBatch(papers, extractCorpus(papers));
}

describe("canonical entities", () => {
  it("one node per entity across papers, with every written form as an alias", () => {
    const papers = [
      record("a", "We evaluate a Vision Transformer (ViT) on MS COCO."),
      record("b", "Our detector beats Vision Transformers on Microsoft COCO."),
      record("c", "A plain ViT is trained on COCO with GPT 4 labels."),
      record("d", "Labels come from gpt-4 and the Segment Anything Model."),
    ].map(toPaper);
    const mentions = extractCorpus(papers);
    const batch = buildGraphBatch(papers, mentions);
    const node = (type: string, name: string) => batch.entities.filter((e) => e.type === type && e.name === name);
    expect(node("dataset", "COCO")).toHaveLength(1);
    expect(node("dataset", "COCO")[0]!.aliases).toEqual(expect.arrayContaining(["MS COCO", "Microsoft COCO"]));
    expect(node("model", "ViT")).toHaveLength(1);
    expect(node("model", "ViT")[0]!.aliases).toEqual(expect.arrayContaining(["Vision Transformer"]));
    expect(batch.entities.filter((e) => e.type === "dataset")).toHaveLength(1);
    const gpt4 = batch.entities.filter((e) => e.type === "model" && /gpt/i.test(e.name));
    expect(gpt4).toHaveLength(1);
    // Every paper that names COCO in any form links to the one node.
    const coco = node("dataset", "COCO")[0]!.id;
    expect(new Set(batch.relations.filter((r) => r.entityId === coco).map((r) => r.paperId)).size).toBe(3);
  });

  it("a well-known acronym spelt out otherwise is another entity; spelt with a word more it is the same", () => {
    const batch = graphOf([
      record("a", "We compare our widget ranker with OPT and BART, and with the DETR detector."),
      record("b", "We propose Optimal Partial Widgets (OPT), a widget transport method, and fit it with DETR."),
      record("c", "We model widgets with Bayesian Additive Regression Trees (BART)."),
      record("d", "Although detection with Transformer (DETR) is popular, widgets slow DETR down."),
    ]);
    const ids = (paper: string) =>
      batch.relations
        .filter((r) => r.paperId === batch.papers.find((p) => p.title === `Study ${paper}`)!.id)
        .map((r) => r.entityId);
    expect(ids("a")).toEqual(expect.arrayContaining(["model:opt", "model:bart", "model:detr"]));
    expect(ids("b")).not.toContain("model:opt");
    expect(ids("c")).not.toContain("model:bart");
    expect(ids("d")).toContain("model:detr");
  });

  it("keeps a dataset's splits apart and a plural model name on its model", () => {
    const batch = graphOf([
      record("a", "We forecast ETTh1 and ETTh2 with a transformer, and compare ViTs on ADE 20K."),
      record("b", "We forecast ETTh1 with a transformer and train a ViT on ADE20K."),
    ]);
    const names = (type: string) =>
      batch.entities
        .filter((e) => e.type === type)
        .map((e) => e.name)
        .sort();
    expect(names("dataset")).toEqual(["ADE20K", "ETTh1", "ETTh2"]);
    expect(names("model")).toEqual(["ViT"]);
  });

  it("takes an edition's year in four digits or two for one entity, in a paper and across papers", () => {
    const batch = graphOf([
      record("a", "Our neural widget model ranks first on the GRIZ 2021 benchmark, as the GRIZ21 leaderboard shows."),
      record("b", "A transformer is evaluated on the GRIZ21 benchmark and on the GRIZ 2019 benchmark."),
    ]);
    const data = batch.entities.filter((e) => e.type === "benchmark" || e.type === "dataset");
    expect(data).toHaveLength(2);
    const edition = data.find((e) => e.name !== "GRIZ 2019")!;
    expect([edition.name, ...edition.aliases]).toEqual(expect.arrayContaining(["GRIZ 2021", "GRIZ21"]));
    expect(aliasKey("dataset", "WMT 2022")).toBe(aliasKey("benchmark", "WMT22"));
    expect(aliasKey("dataset", "COCO 2014")).not.toBe(aliasKey("dataset", "COCO 2017"));
  });

  it("folds plurals but not sizes", () => {
    expect(singular("ViTs")).toBe("ViT");
    expect(singular("DeiT-S")).toBe("DeiT-S");
    expect(singular("speed-ups")).toBe("speed-up");
    expect(aliasKey("dataset", "COCO")).toBe(aliasKey("benchmark", "coco"));
    expect(aliasKey("model", "ResNet 50")).toBe(aliasKey("model", "ResNet-50"));
  });

  it("names a task or metric by its long form, the acronym an alias; a model by its short name", () => {
    const mention = (type: PaperMention["type"], name: string, pair?: [string, string]): PaperMention => ({
      type,
      name,
      aliases: [],
      role: "used",
      count: 1,
      confidence: 0.9,
      evidence: { sentence: name, start: 0, end: name.length },
      typeStrength: STRENGTH.explicit,
      ...(pair ? { shortForm: pair[0], longForm: pair[1] } : {}),
    });
    const mentions = [
      mention("task", "FL", ["FL", "federated learning"]),
      mention("task", "FL"),
      mention("task", "federated learning"),
      mention("model", "GQA", ["GQA", "Grouped Query Attention"]),
      mention("model", "Grouped Query Attention"),
    ];
    const expected = ["federated learning", "federated learning", "federated learning", "GQA", "GQA"];
    expect(canonicalNames(mentions).names).toEqual(expected);
    // The streamed corpus pass decides the same.
    const tally = new CorpusTally();
    tally.add(mentions);
    const resolved = tally.resolver().resolve(mentions);
    expect(resolved.map((m) => `${m.type} ${m.canonical ?? m.name}`).sort()).toEqual([
      "model GQA",
      "task federated learning",
    ]);
  });

  it("keeps an acronym that one paper defines from renaming a phrase others write, or taking the lexicon's meaning", () => {
    const batch = graphOf([
      record("a", "We report an attack success rate (ASR) of 90% against our defence on CIFAR-10."),
      record("c", "We measure the generalized average accuracy (gAcc) on CIFAR-100."),
      record("d", "Our model improves the average accuracy by 3% on CIFAR-100."),
    ]);
    const named = (type: string, name: string) => batch.entities.find((e) => e.type === type && e.name === name);
    // "ASR" is automatic speech recognition in the lexicon; this paper spells it out as a metric.
    expect(named("metric", "attack success rate")?.aliases).toContain("ASR");
    expect(batch.entities.some((e) => e.aliases.includes("attack success rate") && e.type !== "metric")).toBe(false);
    // A rare acronym is an alias of the phrase, never the name of the node every "average accuracy" links to.
    expect(batch.entities.some((e) => e.name === "gAcc")).toBe(false);
    const average = named("metric", "average accuracy")!;
    expect(batch.relations.filter((r) => r.entityId === average.id).length).toBe(2);
  });

  it("keeps an edition's numbered acronym from renaming the series it belongs to", () => {
    const batch = graphOf([
      record(
        "a",
        "This paper describes our neural tracker for the 2021 Harbor Drone Challenge (HDC21), ranked second.",
      ),
      record("b", "We train a neural tracker and test it on the Harbor Drone Challenge benchmark."),
      record("c", "Our neural detector wins the Harbor Drone Challenge."),
    ]);
    const series = batch.entities.find((e) => e.type === "benchmark" && e.name === "Harbor Drone Challenge");
    expect(series).toBeDefined();
    expect(batch.relations.filter((r) => r.entityId === series!.id)).toHaveLength(2);
    expect(batch.entities.find((e) => e.name === "HDC21")?.id).not.toBe(series!.id);
  });

  it("names a task acronym by the long form most papers give it, though one spells it otherwise", () => {
    const batch = graphOf([
      record("a", "We study widget anomaly detection (WAD) with a neural network trained on a dataset."),
      record("b", "Widget anomaly detection (WAD) is hard; our deep model is trained on a dataset for it."),
      record("c", "A neural model for wide-angle detection (WAD) on a dataset."),
      record("d", "Our neural WAD method beats prior WAD methods on a dataset."),
    ]);
    const tasks = batch.entities.filter((e) => e.type === "task");
    expect(tasks.map((e) => e.name)).toContain("widget anomaly detection");
    expect(tasks.map((e) => e.name)).not.toContain("WAD");
    expect(tasks.find((e) => e.name === "widget anomaly detection")!.aliases).toContain("WAD");
  });

  it("types an acronym written alone as the task other papers define it as", () => {
    const batch = graphOf([
      record("d", "Widget pose estimation (WPE) builds maps. We test on KITTI."),
      record("e", "We study widget pose estimation (WPE) with event cameras on KITTI."),
      record("f", "Our WPE system runs in real time on KITTI."),
    ]);
    expect(batch.entities.filter((e) => e.type === "model")).toEqual([]);
    const wpe = batch.entities.find((e) => e.type === "task" && e.name === "widget pose estimation");
    expect(wpe?.aliases).toContain("WPE");
    expect(new Set(batch.relations.filter((r) => r.entityId === wpe!.id).map((r) => r.paperId)).size).toBe(3);
  });

  it("leaves a paper's own proposal named like another paper's task acronym as it is, in both corpus passes", () => {
    const papers = [
      record("d", "Widget pose estimation (WPE) builds maps. We test on KITTI."),
      record("e", "We study widget pose estimation (WPE) with event cameras on KITTI."),
      {
        ...record("f", "We propose WPE, a two-sided gizmo method for bilevel ranking, and test it on KITTI."),
        title: "WPE",
      },
    ].map(toPaper);
    const own = (mentions: { name: string; type: string; role: string }[] | undefined) =>
      mentions?.find((m) => m.name === "WPE");
    expect(own(extractCorpus(papers).get(papers[2]!.id))).toMatchObject({ type: "model", role: "proposed" });
    // The streamed corpus pass decides the same.
    const context = corpusContext(papers);
    const perPaper = papers.map((p) => extractPaperMentions(p, context));
    const tally = new CorpusTally();
    perPaper.forEach((mentions) => tally.add(mentions));
    expect(own(tally.resolver().resolve(perPaper[2]!))).toMatchObject({ type: "model", role: "proposed" });
    // The other papers' acronym stays their task.
    expect(own(extractCorpus(papers).get(papers[0]!.id))?.type).toBe("task");
  });

  it("joins an acronym the corpus defines for an entity the lexicons know, when more than one paper defines it", () => {
    const batch = graphOf([
      record("a", "We train on the Waymo Open Dataset (WOD) with a ranker."),
      record("b", "Unlike prior work on the Waymo Open Dataset (WOD), our ranker plans."),
      record("c", "We evaluate on WOD and on Stanford Cars (SCars)."),
      record("d", "A ranker is trained on SCars, on Stanford Cars and on the Waymo Open Dataset."),
    ]);
    const data = batch.entities.filter((e) => e.type === "dataset" || e.type === "benchmark");
    const waymo = data.find((e) => e.name === "Waymo Open Dataset");
    expect(waymo?.aliases).toContain("WOD");
    expect(data.map((e) => e.name).filter((n) => n === "WOD")).toEqual([]);
    expect(
      new Set(batch.relations.filter((r) => r.entityId === waymo!.id).map((r) => r.paperId)).size,
    ).toBeGreaterThanOrEqual(3);
    // One paper's definition leaves the acronym its own node.
    expect(data.map((e) => e.name).sort()).toEqual(["SCars", "Stanford Cars", "Waymo Open Dataset"]);
  });

  it("names an acronym with other meanings by the long form its paper defines, in both corpus passes", () => {
    const records = [
      record("a", "We rank widgets with a Widget Tree (WT) and with gradient boosting."),
      record("b", "We train a Widget Transformer (WT) on offline widget trajectories."),
      record("c", "Our Widget Transformer (WT) variant ranks widgets."),
      record("d", "We fine-tune widget rankers with Sharpness-Aware Minimization (SAM) for flat minima."),
      record("e", "We segment widgets with the Segment Anything Model (SAM)."),
      record("f", "A Widget Transformer ranks widget trajectories offline."),
      record("g", "The emergence of Segment Anything (SAM) sparked research in widget segmentation."),
    ];
    const batch = graphOf(records);
    const models = batch.entities.filter((e) => e.type === "model");
    const paperOf = (name: string) => {
      const node = models.find((e) => e.name === name);
      return batch.relations.filter((r) => r.entityId === node?.id).map((r) => r.paperId);
    };
    // The usual meaning (two of three definitions) keeps the acronym, and its long form written alone joins it; the
    // other meaning is its own node, WT an alias.
    expect(paperOf("WT")).toHaveLength(3);
    expect(paperOf("Widget Transformer")).toHaveLength(0);
    expect(paperOf("Widget Tree")).toHaveLength(1);
    expect(models.find((e) => e.name === "Widget Tree")?.aliases).toContain("WT");
    // The lexicon's SAM is the Segment Anything Model (spelled with a word less too); a paper that spells SAM
    // otherwise is not linked to it.
    expect(paperOf("SAM")).toHaveLength(2);
    expect(paperOf("Sharpness-Aware Minimization")).toHaveLength(1);

    // The streamed corpus pass decides the same.
    const papers = records.map(toPaper);
    const context = corpusContext(papers);
    const perPaper = papers.map((p) => extractPaperMentions(p, context));
    const tally = new CorpusTally();
    perPaper.forEach((mentions) => tally.add(mentions));
    const resolver = tally.resolver();
    const streamed = perPaper.flatMap((mentions) => resolver.resolve(mentions)).map((m) => m.canonical ?? m.name);
    const whole = [...extractCorpus(papers).values()].flat().map((m) => m.canonical ?? m.name);
    expect(streamed).toEqual(whole);
    expect(streamed).toEqual(expect.arrayContaining(["Widget Tree", "Sharpness-Aware Minimization"]));
  });

  it("joins an acronym to the known entity it usually means, though one paper spells it otherwise", () => {
    const batch = graphOf([
      record("a", "We rank widgets with a Dual Tokenizer (DT) and with gradient boosting."),
      record("b", "We train a Decision Transformer (DT) on offline widget trajectories."),
      record("c", "Our Decision Transformer (DT) variant ranks widgets."),
      record("d", "A Decision Transformer ranks widget trajectories offline."),
    ]);
    const models = batch.entities.filter((e) => e.type === "model");
    const transformer = models.find((e) => e.name === "Decision Transformer")!;
    expect(transformer.aliases).toContain("DT");
    expect(new Set(batch.relations.filter((r) => r.entityId === transformer.id).map((r) => r.paperId)).size).toBe(3);
    expect(models.map((e) => e.name).sort()).toEqual(["Decision Transformer", "Dual Tokenizer"]);
  });

  it("counts long forms that differ by a plural or an adjective's '-al' as one meaning of an acronym", () => {
    const batch = graphOf([
      record("a", "We rank widgets with a Spectral Convolution Net (SCN) on graphs."),
      record("b", "Our Spectral Convolutional Nets (SCN) rank widget graphs."),
      record("c", "We rank widgets with a Sparse Coding Network (SCN)."),
    ]);
    const models = batch.entities.filter((e) => e.type === "model");
    const scn = models.find((e) => e.name === "SCN");
    expect(new Set(batch.relations.filter((r) => r.entityId === scn?.id).map((r) => r.paperId)).size).toBe(2);
    expect(models.map((e) => e.name).sort()).toEqual(["SCN", "Sparse Coding Network"]);
  });

  it("takes a plural in -es for the same meaning as its singular ('Widget Process', 'Widget Processes')", () => {
    const pairs = new DefinedPairs();
    pairs.add("model", "WP", "Widget Process", 2);
    pairs.add("model", "WP", "Widget Processes");
    pairs.add("model", "WP", "Widget Programming");
    // Three of four definitions mean the process: it is WP's usual meaning, the programming its own.
    expect(pairs.meaningOf("model", "WP", "Widget Processes")).toBeUndefined();
    expect(pairs.meaningOf("model", "WP", "Widget Programming")).toBe("Widget Programming");
    expect(pairs.nameFor("model", "Widget Process", false)?.name).toBe("WP");
  });
});

describe("the spelling shown for an entity", () => {
  it("is the lexicon's where the corpus writes the entity several ways, in both corpus passes", () => {
    const records = [
      record("a", "We fine-tune a vision transformer on widget photos and rank them."),
      record("b", "A vision transformer with gizmo tokens ranks widget photos."),
      record(
        "c",
        "Our vision transformer baseline ranks widgets; a Vision Transformer with more layers ranks them too.",
      ),
      record("d", "We compare Thompson Sampling with a widget bandit on gizmo clicks. Thompson Sampling wins."),
      record("e", "Thompson sampling explores gizmo arms in our widget bandit."),
    ];
    const papers = records.map(toPaper);
    const shown = (mentions: { name: string }[]) => mentions.map((m) => m.name);
    const whole = [...extractCorpus(papers).values()].flatMap(shown);
    expect(whole).toContain("Vision Transformer");
    expect(whole).not.toContain("vision transformer");
    // Of two spellings the lexicon writes, its line's first wins, though the corpus writes the other more often.
    expect(whole).toContain("Thompson sampling");
    expect(whole).not.toContain("Thompson Sampling");
    // The streamed corpus pass shows the same.
    const context = corpusContext(papers);
    const perPaper = papers.map((p) => extractPaperMentions(p, context));
    const tally = new CorpusTally();
    perPaper.forEach((mentions) => tally.add(mentions));
    const resolver = tally.resolver();
    expect(perPaper.flatMap((mentions) => shown(resolver.resolve(mentions)))).toEqual(whole);
  });
});
