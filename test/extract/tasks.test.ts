// Task and metric phrases (issue 12), each mechanism over sentences written for these tests.

import { describe, expect, it } from "vitest";
import { confidentOnly } from "../../domain/confidence.js";
import type { Mention } from "../../domain/types.js";
import { extractPaper } from "../../ingest/extract/index.js";

const of = (mentions: Mention[], type: string) =>
  confidentOnly(mentions)
    .filter((m) => m.type === type)
    .map((m) => m.name);

const extract = (title: string, abstract: string) => extractPaper({ title, abstract });

describe("task names as written", () => {
  it("a task acronym the text never spells out keeps its written form, the long form an alias", () => {
    const m = extract(
      "Widget speech models",
      "We train QuillNet for English ASR on public widgets, and QuillNet is strong at ASR on three benchmarks.",
    );
    const asr = confidentOnly(m).find((x) => x.type === "task" && x.name === "ASR");
    expect(asr, JSON.stringify(of(m, "task"))).toBeDefined();
    expect(asr!.aliases.map((a) => a.toLowerCase())).toContain("automatic speech recognition");
  });
});

describe("names of the public task taxonomy", () => {
  it("are tasks whatever their last word, and a describing adjective with one noun is none", () => {
    const m = extract(
      "Widget agents",
      "We train QuillNet with deep learning for instruction following and multi-task learning on household widgets, " +
        "then tune it by reinforcement learning.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["instruction following", "multi-task learning"]));
    expect(of(m, "task")).not.toContain("deep learning");
    expect(of(m, "task")).not.toContain("reinforcement learning");
  });

  it("may start with a signal's short acronym ('EEG decoding')", () => {
    const m = extract("Widget signals", "We propose QuillFormer, a neural network tailored for EEG decoding.");
    expect(of(m, "task")).toContain("EEG decoding");
  });

  it("keep a setting or a language written before them, and no other word ('pool-based active learning')", () => {
    const m = extract(
      "Gizmo Agents for Cross-Domain Face Reenactment",
      "Our neural agent does cross-domain face reenactment, Swahili offline instruction following and online " +
        "multi-task learning, and helps pool-based active learning and widget metric learning.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining([
        "cross-domain face reenactment",
        "Swahili offline instruction following",
        "online multi-task learning",
        "active learning",
        "metric learning",
      ]),
    );
    expect(of(m, "task").filter((t) => /pool-based|widget metric/.test(t))).toEqual([]);
  });

  it("a head after describing adjectives alone names no task ('odd and unique retrieval jobs')", () => {
    const m = extract(
      "Widget search",
      "Widget search covers plenty of odd and unique retrieval jobs, and we train QuillNet for gadget retrieval.",
    );
    expect(of(m, "task")).toContain("gadget retrieval");
    expect(of(m, "task").filter((t) => /unique|odd/.test(t))).toEqual([]);
  });

  it("are named by the systems that perform them, but not by their results", () => {
    const m = extract(
      "Comparing Semantic Segmentation Networks on Widget Photos",
      "We train QuillNet, a transformer encoder, on a new widget dataset. Modern information retrieval systems rank " +
        "widgets well, and QuillNet improves them. We also report object detection results on three widget benchmarks.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["semantic segmentation", "information retrieval"]));
    expect(of(m, "task")).not.toContain("object detection");
  });

  it("named before what performs them, leave a longer task its name and a paradigm none", () => {
    const m = extract(
      "Widget pose",
      "We study 3D human pose estimation from widget photos with a transformer trained on a new widget dataset. " +
        "Existing pose estimation networks and representation learning methods ignore the widgets.",
    );
    expect(of(m, "task")).toContain("3D human pose estimation");
    expect(of(m, "task")).not.toContain("pose estimation");
    expect(of(m, "task")).not.toContain("representation learning");
  });

  it("keep a describing word the taxonomy names with them", () => {
    const m = extract("Widget labels", "QuillNet is a dual encoder for extreme multi-label classification of widgets.");
    expect(of(m, "task")).toContain("extreme multi-label classification");
  });
});

describe("cue words around a task", () => {
  it("'the task of X' and 'X tasks' make a phrase with a weak head a task", () => {
    const m = extract(
      "Widget forecasts",
      "We study QuillNet for the task of next widget prediction, and fine-tune it on shelf alignment tasks.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["next widget prediction", "shelf alignment"]));
  });

  it("without a cue a weak head with an unknown modifier is no task", () => {
    const m = extract("Widget forecasts", "QuillNet improves shelf alignment of widgets in stores.");
    expect(of(m, "task")).not.toContain("shelf alignment");
  });

  it("a modality with a describing prefix still names what is modelled", () => {
    const m = extract("Widget sequences", "We revisit long-sequence modeling with QuillNet.");
    expect(of(m, "task")).toContain("long-sequence modeling");
  });

  it("a participle the taxonomy names tasks with, and a sensing acronym, stay modifiers", () => {
    const m = extract(
      "Widget pretraining",
      "QuillNet is pretrained by masked image modeling and evaluated on RGB-D widget segmentation and 3D LiDAR " +
        "object tracking.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["masked image modeling", "RGB-D widget segmentation", "3D lidar object tracking"]),
    );
  });
});

describe("a task inside a hyphenated compound", () => {
  it("is the compound task, named by the whole words", () => {
    const m = extract(
      "Efficient image super-resolution",
      "We study single-image super-resolution of widgets with a neural model, and low-resolution generation.",
    );
    const tasks = of(m, "task");
    expect(tasks).toContain("single-image super-resolution");
    expect(tasks).not.toContain("image super-resolution");
    expect(tasks).toContain("low-resolution generation");
    // A model is no kind of generation ("with a neural model, and low-resolution generation").
    expect(tasks).not.toContain("model generation");
  });
});

describe("a task's head in the plural", () => {
  it("names what the task outputs, no task ('noisy depth estimations'); what a task is about stays ('interactions')", () => {
    const names = of(
      extract(
        "Widget depth from gizmo cameras",
        "A neural network cleans the noisy depth estimations of each camera, fuses the object detections of " +
          "each frame, and model human-object interactions for depth estimation.",
      ),
      "task",
    );
    expect(names).toContain("depth estimation");
    expect(names.filter((n) => /^human-object interactions?$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /(?:estimations|detections)$/.test(n))).toEqual([]);
  });
});

describe("undefined acronyms of tasks", () => {
  it("an acronym spelling the initials of a task the paper names is that task, not a model", () => {
    const m = extract(
      "QuillTrack: Memory for Online Widget Instance Segmentation",
      "We propose QuillTrack, a neural tracker that makes the OWIS process reliable across frames.",
    );
    expect(of(m, "model")).not.toContain("OWIS");
    const task = confidentOnly(m).find((x) => x.type === "task" && /widget instance/i.test(x.name));
    expect(task?.aliases ?? []).toContain("OWIS");
  });
});

describe("coordinated modifiers", () => {
  it("share the head; a plural before 'and' is no modifier of it", () => {
    const m = extract(
      "Widget vision",
      "Our neural model QuillNet handles semantic, instance, and panoptic segmentation, but ignores their dynamics and " +
        "video-text alignment.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["semantic segmentation", "instance segmentation", "panoptic segmentation"]),
    );
    expect(of(m, "task")).not.toContain("dynamics alignment");
  });

  it("a lone gerund is a task of its own, no modifier ('coding and commonsense reasoning')", () => {
    const m = extract(
      "Widget language models",
      "We evaluate our large language model on widget puzzles, coding and commonsense reasoning, and on retrieval, " +
        "ranking and question answering.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["commonsense reasoning", "question answering"]));
    expect(of(m, "task").filter((t) => /coding reasoning|ranking answering/.test(t))).toEqual([]);
  });

  it("lone words listed after 'tasks including' share the last item's head ('scene, event and action recognition')", () => {
    const m = extract(
      "Widget recognition",
      "QuillNet is tested on several perception tasks including scene, event and gesture recognition, and on " +
        "tasks such as detection, classification and semantic segmentation. Our widget model also handles " +
        "tasks such as widget path prediction, imputation, or gadget recovery.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["scene recognition", "event recognition", "gesture recognition", "classification"]),
    );
    expect(of(m, "task")).not.toContain("scene");
    expect(of(m, "task")).not.toContain("classification segmentation");
    expect(of(m, "task")).not.toContain("imputation recovery");
  });
});

describe("acronyms and modality pairs", () => {
  it("a task acronym keeps the modifiers written before it", () => {
    const m = extract("Widget answers", "Our neural model QuillNet is evaluated on open QA with widget passages.");
    expect(of(m, "task")).toContain("open QA");
  });

  it("a mapping between two modalities is a task; one to itself or between sequences is a format", () => {
    const m = extract(
      "Widget pictures",
      "We adapt pretrained text-to-image diffusion models and an image-to-text captioner; the text-to-text and " +
        "sequence-to-sequence encoder stays frozen.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["text-to-image", "image-to-text"]));
    expect(of(m, "task")).not.toContain("text-to-text");
    expect(of(m, "task")).not.toContain("sequence-to-sequence");
  });
});

describe("slash coordination", () => {
  it("a modifier before a slash shares the head with the phrase after it", () => {
    const m = extract(
      "Widget tracking",
      "Our neural model QuillNet matches embeddings for shelf/aisle re-identification in widget stores.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["shelf re-identification", "aisle re-identification"]));
  });
});

describe("a head named in general", () => {
  it("before 'tasks' is a task of its own beside a modified one, but not after a name-like modifier", () => {
    const m = extract(
      "Widget vision",
      "Our neural model QuillNet does interactive widget segmentation and transfers to segmentation tasks; " +
        "it also handles shelf translation, as in the Widget-to-Shelf translation tasks.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["interactive widget segmentation", "segmentation"]));
    expect(of(m, "task")).not.toContain("translation");
  });
});

describe("metrics", () => {
  it("a coordinated measure shares the head, and a parameter count may say whose parameters", () => {
    const m = extract(
      "Widget ranking",
      "Our neural model QuillNet keeps memory and computational efficiency, cutting the number of overall " +
        "parameters by 40%.",
    );
    expect(of(m, "metric")).toEqual(expect.arrayContaining(["memory efficiency", "number of overall parameters"]));
  });

  it("a participle that says how a measure counts stays in its name", () => {
    const m = extract(
      "Widget text",
      "Our neural model QuillNet outperforms mBERT on masked language model accuracy (61%).",
    );
    expect(of(m, "metric")).toContain("masked language model accuracy");
  });

  it("average recall is a metric, and a metric's name before a model part is none", () => {
    const m = extract(
      "Widget detection",
      "Our neural detector adds IoU heads to find widgets and reaches 41.2 average recall on the shelf benchmark.",
    );
    expect(of(m, "metric")).toContain("average recall");
    expect(of(m, "metric")).not.toContain("IoU");
  });
});

describe("reasoning", () => {
  it("is a weak task head: named by its modality or a cue, not by any adjective", () => {
    const m = extract(
      "Widget reasoning",
      "Our neural model QuillNet improves video reasoning over widgets and needs careful reasoning less often.",
    );
    expect(of(m, "task")).toContain("video reasoning");
    expect(of(m, "task")).not.toContain("careful reasoning");
  });
});

describe("a method named like a task", () => {
  it("connectionist temporal classification is a model, not a task", () => {
    const m = extract(
      "Widget speech",
      "Our neural recognizer is trained with connectionist temporal classification on widget speech.",
    );
    expect(of(m, "task")).not.toContain("connectionist temporal classification");
    expect(of(m, "model").map((x) => x.toLowerCase())).toEqual(
      expect.arrayContaining([expect.stringMatching(/connectionist temporal classification|ctc/)]),
    );
  });
});

describe("what follows a head", () => {
  it("a head before 'based', 'focused' or an unknown setting modifies something else", () => {
    const m = extract(
      "Widget search",
      "We train pre-trained retrieval focused encoders and a Logistic Regression based model, and test them in " +
        "noisy shelf retrieval settings and under unsupervised domain adaptation settings.",
    );
    const tasks = of(m, "task");
    expect(tasks.join("|")).not.toMatch(/pre-trained|shelf retrieval|^regression$/);
    expect(tasks).toContain("unsupervised domain adaptation");
  });

  it("a head before 'procedures' names steps of a method, as before 'procedure'", () => {
    const m = extract(
      "Widget ranking",
      "Earlier gizmo pipelines need manual cleaning and multi-stage classification procedures before a neural widget " +
        "ranker can run.",
    );
    expect(of(m, "task")).not.toContain("multi-stage classification");
  });

  it("plural measures after a head are measures, as their singulars are", () => {
    const m = extract(
      "Widget ranking",
      "Shifted gizmo scenes can lead to unsatisfactory detection accuracies. Our neural widget ranker keeps the " +
        "object detection accuracies of the deep baseline.",
    );
    expect(of(m, "task")).not.toContain("unsatisfactory detection");
    expect(of(m, "task")).toContain("object detection");
  });

  it("'based on' after a head opens what the task rests on: the task is still named", () => {
    const m = extract(
      "Gizmo: Conditional Widget Shape Generation based on Aligned Latent Codes",
      "We approach widget depth estimation based on gizmo priors with a deep neural network.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["conditional widget shape generation", "widget depth estimation"]),
    );
  });
});

describe("a leading -ing word", () => {
  it("is a verb unless task names of the taxonomy use it", () => {
    const m = extract(
      "Widget pictures",
      "Neural diffusion models facilitating widget image synthesis are popular; handwriting recognition is not.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["widget image synthesis", "handwriting recognition"]));
    expect(of(m, "task").join("|")).not.toMatch(/facilitating/);
  });
});

describe("a title-case title", () => {
  it("a head before another capitalised word modifies it; before 'Using' it ends the task", () => {
    const m = extract(
      "Next Generation Widget Trackers: Shelf Image Segmentation Using Hierarchies",
      "Our neural trackers are compared with random set methods on widget shelves.",
    );
    expect(of(m, "task")).not.toContain("next generation");
    expect(of(m, "task")).toContain("shelf image segmentation");
  });

  it("what its 'with' names is the method's part, unless the taxonomy knows it as a task", () => {
    const m = extract(
      "GizmoFormer: Widget Transformer with Local Gadget Enhancement for Shelf Image Segmentation",
      "Our neural widget transformer refines gadget tokens before the attention layers of a deep network.",
    );
    expect(of(m, "task")).not.toContain("gadget enhancement");
    expect(of(m, "task")).toContain("shelf image segmentation");
    const known = extract(
      "Widget Ranking with Named Entity Recognition",
      "Our neural widget ranker reads gadget names with a deep network.",
    );
    expect(of(known, "task")).toContain("named entity recognition");
  });
});

describe("an adverb leading a compound", () => {
  it("describes and is no modifier of a task", () => {
    const m = extract("Widget video", "Our neural model QuillNet beats widely-used video super-resolution baselines.");
    expect(of(m, "task")).toContain("video super-resolution");
    expect(of(m, "task").join("|")).not.toMatch(/widely/);
  });
});

describe("describing words before a task", () => {
  it("are dropped unless the taxonomy names the task with them", () => {
    const m = extract(
      "Widget vision",
      "Our neural model QuillNet targets real-time semantic segmentation and high-quality shelf image synthesis.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["real-time semantic segmentation", "shelf image synthesis"]));
    expect(of(m, "task").join("|")).not.toMatch(/high-quality/);
  });

  it("drop a word of speed and a verb in -ize, which describe or act rather than classify", () => {
    const m = extract(
      "Widget vision",
      "Our neural model QuillNet enables rapid shelf detection and learns to parallelize widget generation.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["shelf detection", "widget generation"]));
    expect(of(m, "task").join("|")).not.toMatch(/rapid|parallelize/);
  });
});

describe("a generic adjective", () => {
  it("modifies a task, while a generic family does not", () => {
    const m = extract(
      "Widget text",
      "Our neural model QuillNet improves auto-regressive language modeling and transformer widget detection.",
    );
    expect(of(m, "task")).toContain("auto-regressive language modeling");
    expect(of(m, "task").join("|")).not.toMatch(/transformer widget/);
  });
});

describe("a task or metric named inside a longer one", () => {
  it("is the longer one in that paper, and is not one of its aliases", () => {
    const m = extract(
      "Guarding language models against jailbreak attacks",
      "We fine-tune QuillNet, a large language model, adding a guard that lowers the attack success rate from 80% to " +
        "5% and keeps the success rate of benign requests. It also raises average accuracy on our benchmark by 3 " +
        "points, to 71% accuracy.",
    );
    const metrics = confidentOnly(m).filter((x) => x.type === "metric");
    expect(metrics.map((x) => x.name).sort()).toEqual(["attack success rate", "average accuracy"]);
    // Each node keeps its own name: "success rate" and "accuracy" stay names of their own nodes.
    for (const metric of metrics) {
      expect(metric.aliases.map((a) => a.toLowerCase())).not.toContain("success rate");
      expect(metric.aliases.map((a) => a.toLowerCase())).not.toContain("accuracy");
    }
  });
});

describe("acronyms of well-known tasks", () => {
  it("are tasks that carry their long form, not models", () => {
    const m = extract(
      "Widget robots",
      "Unsupervised Domain Adaptation (UDA) transfers a deep neural network from labelled widgets; our UDA method " +
        "beats prior work. For HOI our transformer improves on HICO-DET, and our SLAM beats QuillNet on widget scenes.",
    );
    const tasks = confidentOnly(m).filter((x) => x.type === "task");
    const names = tasks.flatMap((x) => [x.name, ...x.aliases].map((n) => n.toLowerCase()));
    expect(names).toEqual(
      expect.arrayContaining([
        "unsupervised domain adaptation",
        "human-object interaction",
        "simultaneous localization and mapping",
      ]),
    );
    expect(of(m, "model")).not.toEqual(expect.arrayContaining(["UDA"]));
    expect(of(m, "model")).not.toContain("HOI");
    expect(of(m, "model")).not.toContain("SLAM");
    expect(of(m, "dataset")).toContain("HICO-DET");
  });
});

describe("taxonomy names and gerunds", () => {
  it("a taxonomy name ending in an activity noun of no suffix is a task ('code search', 'shadow removal')", () => {
    const m = extract(
      "Widget retrieval",
      "We fine-tune a Transformer encoder for code search and train a diffusion model for shadow removal; both beat " +
        "strong baselines in accuracy.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["code search", "shadow removal"]));
  });

  it("so are taxonomy names ending in correspondence, constancy, avoidance, odometry or try-on", () => {
    const m = extract(
      "Widget matching",
      "Our neural matcher is trained for semantic correspondence and reused, unchanged, for color constancy, " +
        "visual odometry, collision avoidance and virtual try-on, beating each baseline on accuracy.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining([
        "semantic correspondence",
        "color constancy",
        "visual odometry",
        "collision avoidance",
        "virtual try-on",
      ]),
    );
  });

  it("an -ing word after a manner adverb is a verb, not the task it spells ('by jointly clustering tokens')", () => {
    const m = extract(
      "Widget detection",
      "Our transformer finds widgets by jointly clustering patch tokens, reaching 41.2 mAP on COCO.",
    );
    expect(of(m, "task")).not.toContain("clustering");
    expect(of(extract("Widget detection", "Our transformer studies clustering of widgets on COCO."), "task")).toContain(
      "clustering",
    );
  });

  it("a gerund the taxonomy uses leads a task the text calls one ('Building extraction … is a hard task')", () => {
    const m = extract(
      "Widget maps",
      "Building extraction from aerial photographs is a hard task because roofs vary. We train a convolutional " +
        "network on ImageNet for it.",
    );
    expect(of(m, "task")).toContain("building extraction");
    const verbs = extract(
      "Widget maps",
      "Solving regression on widgets is a hard problem. We train a convolutional network on ImageNet for it.",
    );
    expect(of(verbs, "task").filter((t) => t.startsWith("solving"))).toEqual([]);
  });
});

describe("verbs before task names", () => {
  it("a verb after 'to' and an adverb is no part of the task ('to further refine lane detection')", () => {
    const m = extract(
      "Widget maps",
      "We fine-tune BERT on ImageNet. A module reads the road atlas to further refine centerline detection and to jointly " +
        "improve lane detection.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["centerline detection", "lane detection"]));
    expect(of(m, "task").filter((t) => /refine|improve/.test(t))).toEqual([]);
  });

  it("a verb after 'not' is no modifier ('does not hinder estimation'), nor is 'state of the art' written apart", () => {
    const m = extract(
      "Widget labels",
      "Missing labels of the neural widget classifier do not hinder estimation of the test loss, and we compare " +
        "against a state of the art gadget estimation algorithm.",
    );
    expect(of(m, "task")).toContain("gadget estimation");
    expect(of(m, "task").filter((t) => /hinder|art /.test(t))).toEqual([]);
  });
});

describe("numeric precision is no metric", () => {
  it("'FP4 precision', '8-bit precision' name a number format, not the precision metric", () => {
    const m = extract(
      "Exploring FP6 Precision in Widget Language Models",
      "While FP8 precision helps, FP6 training of LLMs is hard. Our FP6 scheme reaches accuracy comparable to BF16 " +
        "with an 8-bit precision optimizer.",
    );
    expect(of(m, "metric")).toContain("accuracy");
    expect(of(m, "metric").map((x) => x.toLowerCase())).not.toContain("precision");
  });
});

describe("coordinations of task modifiers", () => {
  it("a listed item that compounds with a noun before it modifies no task ('gradient descent, …')", () => {
    const m = extract(
      "Widget learners",
      "Trained widget transformers mimic the predictors of gradient descent, lasso regression, and weighted " +
        "least-squares regression on our benchmark.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["lasso regression", "least-squares regression"]));
    expect(of(m, "task")).not.toContain("descent regression");
  });

  it("commas alone share a head only from an item that stands alone after a function word", () => {
    const m = extract(
      "Widget hashing",
      "Owing to its low gizmo cost and high search speed, cross-modal retrieval of widgets suits deep hashing. We " +
        "also rank gadgets across image, audio, video understanding tasks with neural networks.",
    );
    expect(of(m, "task")).not.toContain("speed retrieval");
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["cross-modal retrieval", "image understanding", "audio understanding"]),
    );
  });
});

describe("action nouns and title verbs", () => {
  it("an action noun the taxonomy never uses as a modifier is no modifier ('locomotion and dexterous manipulation')", () => {
    const m = extract(
      "Widget agents",
      "We train a neural policy in simulated environments for locomotion and dexterous manipulation, and a network " +
        "for emotion and speaker recognition on VoxCeleb.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["dexterous manipulation", "emotion recognition", "speaker recognition"]),
    );
    expect(of(m, "task")).not.toContain("locomotion manipulation");
  });

  it("a title's verb after its plural subject is no part of the task ('Can Transformers Help 3D … Learning?')", () => {
    const m = extract(
      "Can Widget Transformers Help 3D Representation Learning?",
      "We train a neural network on ImageNet.",
    );
    expect(of(m, "task")).toContain("3D representation learning");
    expect(of(m, "task").filter((t) => t.startsWith("help"))).toEqual([]);
  });
});

describe("'automatic' before a task", () => {
  it("leaves a task the taxonomy does not name so ('automatic gadget detection'), stays in one it does", () => {
    const m = extract(
      "Gadget inspection",
      "We train a neural network on a dataset for automatic gadget defect detection and automated widget texture " +
        "synthesis, compare it with automatic speech recognition systems, and score an automatic segmentation.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["gadget defect detection", "widget texture synthesis", "automatic speech recognition"]),
    );
    expect(of(m, "task").filter((t) => /^automat/.test(t) && t !== "automatic speech recognition")).toEqual([]);
  });
});

describe("acronyms before a task head", () => {
  it("a defined acronym of a phrase names the task with the head, the spelled-out form an alias", () => {
    const m = extract(
      "Gizmo scans",
      "We study gizmo tissue scan (GTS) classification with a neural network trained on public data. Our GTS " +
        "classification model beats a widget vector machine (WVM) classification baseline, and GTS analysis is slow.",
    );
    const gts = confidentOnly(m).find((x) => x.type === "task" && x.name === "GTS classification");
    expect(gts, JSON.stringify(of(m, "task"))).toBeDefined();
    expect(gts!.aliases).toContain("gizmo tissue scan classification");
    // A method's acronym says how, not what; a weak head names no task the taxonomy lacks.
    expect(of(m, "task").filter((t) => /WVM|analysis/.test(t))).toEqual([]);
    expect(of(m, "task")).not.toContain("classification");
  });

  it("a modifier or two between a defined acronym and its head keep one task, whichever form the text writes", () => {
    const m = extract(
      "Sparse Gizmo Networks for Widget Graph Link Prediction",
      "Widget graph (WG) link prediction asks which edges are missing. Our neural network improves WG link " +
        "prediction on three public graphs, and WG based detection and WG widgets ranking are left aside.",
    );
    const wg = confidentOnly(m).find((x) => x.type === "task" && x.name === "WG link prediction");
    expect(wg, JSON.stringify(of(m, "task"))).toBeDefined();
    expect(wg!.aliases).toContain("widget graph link prediction");
    // The title's spelled-out form, and the head that both forms hold, are the same task.
    expect(of(m, "task").filter((t) => /link prediction/.test(t))).toEqual(["WG link prediction"]);
    // A participle or a plural between them is no modifier of a task.
    expect(of(m, "task").filter((t) => /based|widgets/.test(t))).toEqual([]);
  });

  it("a task written with an acronym the paper defines is the task written with its long form", () => {
    const m = extract(
      "Gizmo Policies Learned From Logs",
      "Offline reinforcement learning (RL) learns a gizmo policy from a fixed log of widget moves. Most offline RL " +
        "algorithms fit a critic to the log. Offline RL algorithms also add knobs. We fit a plain baseline to " +
        "offline RL with neural networks.",
    );
    const tasks = confidentOnly(m).filter((x) => x.type === "task" && /offline/i.test(x.name));
    expect(tasks.map((t) => [t.name, ...t.aliases].map((n) => n.toLowerCase()).sort())).toEqual([
      ["offline reinforcement learning", "offline rl"],
    ]);
  });

  it("the field's common data and settings written as acronyms modify a task like sensing modalities", () => {
    const m = extract(
      "Gizmo detectors",
      "We train a neural network for OOD detection and UAV tracking, and compare it with BERT classification.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["OOD detection", "UAV tracking"]));
    expect(of(m, "task").filter((t) => t.includes("BERT"))).toEqual([]);
  });
});

describe("modalities listed before a task", () => {
  it("a modality right before the last item of a task list shares its head; a task item does not", () => {
    const m = extract(
      "Gizmo encoders",
      "Our neural encoder helps tasks including widget ranking, gadget imputation, audio-text, and video-text " +
        "retrieval.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["audio-text retrieval", "video-text retrieval"]));
    expect(of(m, "task")).not.toContain("audio-text");
    expect(of(m, "task").filter((t) => /imputation retrieval/.test(t))).toEqual([]);
  });
});

describe("a task acronym before a head", () => {
  it("'widget-gadget interaction (WGI)' typed a task still modifies 'WGI detection', one entity with its long form", () => {
    const m = extract(
      "Gizmo transformers for widget-gadget interaction detection",
      "We propose a neural detector for widget-gadget interaction (WGI) detection that reaches the best mAP. " +
        "Gizmo acquisition functions are cheap.",
    );
    const wgi = confidentOnly(m).find((x) => x.type === "task" && x.name === "WGI detection");
    expect(wgi, JSON.stringify(of(m, "task"))).toBeDefined();
    expect(wgi!.aliases).toContain("widget-gadget interaction detection");
    expect(of(m, "task")).not.toContain("widget-gadget interaction detection");
    // What a function acquires names no task.
    expect(of(m, "task").filter((t) => /acquisition/.test(t))).toEqual([]);
  });
});

describe("generic acronyms spelled out as a task", () => {
  it("'symbolic regression (SR)' is the task, though SR alone is generic; 'Bayesian optimization (BO)' stays generic", () => {
    const m = extract(
      "Gizmo planning for widget equations",
      "Symbolic regression (SR) is a hard task for neural networks. We tune GizmoNet by Bayesian optimization (BO).",
    );
    const sr = confidentOnly(m).find((x) => x.name === "SR");
    expect(sr?.type, JSON.stringify(of(m, "task"))).toBe("task");
    expect(sr!.aliases.map((a) => a.toLowerCase())).toContain("symbolic regression");
    expect(confidentOnly(m).some((x) => x.name === "BO")).toBe(false);
  });
});

describe("Latin modifiers", () => {
  it("'de novo' is one modifier of a task ('de novo widget generation', not 'novo widget generation')", () => {
    const m = extract("Gizmo design with neural networks", "Our neural generator handles de novo widget generation.");
    expect(of(m, "task")).toEqual(["de novo widget generation"]);
  });
});

describe("spelled-out tasks and measures", () => {
  it("keep acronyms and languages as written ('area under the ROC curve', 'English widget detection')", () => {
    const m = extract(
      "Widget detection",
      "Our neural detector works in English Widget Detection (EWD), scored by the area under the ROC curve (AUC).",
    );
    const aliases = (name: string) => confidentOnly(m).find((x) => x.name === name)?.aliases;
    expect(aliases("EWD")).toEqual(["English widget detection"]);
    expect(aliases("AUC")).toEqual(["area under the ROC curve"]);
  });
});

describe("people's names in tasks", () => {
  it("keep their capital in a lowercase task name ('Bayesian inference'); a title's other capitals do not", () => {
    const m = extract(
      "Pedestrian Detection and Bayesian Inference with Neural Networks",
      "Our neural widget ranker performs Gaussian process regression and Bayesian optimization (BO) on widgets.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["pedestrian detection", "Bayesian inference", "Gaussian process regression"]),
    );
  });
});

describe("what a method rests on", () => {
  it("a technique's compound describes the method, not the task; what the task takes, or a taxonomy name, stays", () => {
    const m = extract(
      "Gizmo estimation with neural networks",
      "Our neural widget network improves learning-based depth estimation and diffusion-based image editing, as " +
        "well as text-based image retrieval and model-based reinforcement learning.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining(["depth estimation", "image editing", "text-based image retrieval"]),
    );
    expect(of(m, "task").filter((t) => /^(?:learning|diffusion)-based/.test(t))).toEqual([]);
  });
});

describe("problems a paper names", () => {
  it("'the inverse problem of Widget Compressive Imaging (WCI)' names a task", () => {
    const m = extract(
      "Widget transformers for imaging",
      "Neural transformers solve the inverse problem of Widget Compressive Imaging (WCI) for video.",
    );
    expect(confidentOnly(m).find((x) => x.name === "WCI")?.type).toBe("task");
  });

  it("a task and a longer one each defined with its own acronym stay two ('widget detection (WD)', '… (MC-OWD)')", () => {
    const m = extract(
      "Online widget detection under memory constraints",
      "Widget detection (WD) trains neural detectors on widget streams. We introduce the novel problem of " +
        "Memory-Constrained Online Widget Detection (MC-OWD) and a neural WD approach for it.",
    );
    const wd = confidentOnly(m).find((x) => x.name === "WD");
    expect(wd?.aliases.map((a) => a.toLowerCase())).toEqual(["widget detection"]);
    expect(confidentOnly(m).find((x) => x.name === "MC-OWD")?.type).toBe("task");
  });
});

describe("suspended hyphens", () => {
  it("'single- and multi-frame widget estimation' names both; a list's 'video- and sensor-based …' too", () => {
    const m = extract(
      "Neural widget models",
      "Our neural network handles single- and multi-frame widget estimation. We test it on two tasks: video- and " +
        "sensor-based gizmo classification, and widget retrieval.",
    );
    expect(of(m, "task")).toEqual(
      expect.arrayContaining([
        "single-frame widget estimation",
        "multi-frame widget estimation",
        "video-based gizmo classification",
      ]),
    );
    expect(of(m, "task").filter((t) => /-(?:\s|$)/.test(t))).toEqual([]);
  });
});

describe("a word right after a subject pronoun", () => {
  it("is the verb, not a task's modifier ('we abstract planning as …')", () => {
    const m = extractPaper({
      title: "Widget planners as neural networks",
      abstract:
        "We train a transformer network end to end on widget routes. We abstract planning as a search over widget " +
        "graphs, and they distil planning into a small policy network evaluated on the GizmoRoute benchmark.",
    });
    expect(m.map((x) => x.name)).not.toContain("abstract planning");
    expect(m.map((x) => x.name)).not.toContain("distil planning");
  });
});

describe("words that praise an output", () => {
  it("describe it and stay out of the task's name ('photorealistic widget reconstruction')", () => {
    const m = extractPaper({
      title: "Neural widget scenes",
      abstract:
        "A neural network is trained for photorealistic widget scene reconstruction and for realistic conditional " +
        "generation of gizmos, evaluated on the GizmoScenes benchmark with deep learning baselines.",
    });
    const tasks = m.filter((x) => x.type === "task").map((x) => x.name);
    expect(tasks).toContain("widget scene reconstruction");
    expect(tasks.some((t) => /realistic/.test(t))).toBe(false);
  });
});

describe("a task spelt the British way", () => {
  it("is found as the lexicon's American spelling is ('summarisation', 'image colourisation')", () => {
    const m = extractPaper({
      title: "Neural widget decoding",
      abstract:
        "We train a transformer network end to end and evaluate it on summarisation (GizmoSum by 3.1%) and on " +
        "image colourisation of widget photographs.",
    });
    const tasks = m.filter((x) => x.type === "task").map((x) => x.name);
    expect(tasks).toContain("summarisation");
    expect(tasks).toContain("image colourisation");
  });
});

describe("coordinated modifiers of a task", () => {
  it("keep a dimension's capital and take no lone letter ('2D and 3D object detection'; 'e.g, gadget planning')", () => {
    const m = extractPaper({
      title: "Neural widget perception",
      abstract:
        "Deep neural networks are trained here on 2D and 3D object detection of widgets, and for several planning " +
        "problems, e.g, gadget planning.",
    });
    const tasks = m.filter((x) => x.type === "task").map((x) => x.name);
    expect(tasks).toContain("2D object detection");
    expect(tasks.some((t) => /^g\b/.test(t))).toBe(false);
  });
});

describe("a head noun before a coordination", () => {
  it("makes a compound of its own, no modifier of the head after ('a tracking module and gadget tracking')", () => {
    const m = extract(
      "Neural widget sorting",
      "We train QuillNet with a pairwise tracking module and gadget tracking, then add a ranking loss and text ranking.",
    );
    const tasks = of(m, "task");
    expect(tasks).toContain("gadget tracking");
    expect(tasks.filter((t) => /^(?:loss|module)\b/.test(t))).toEqual([]);
  });
});

describe("tasks the field names without a task's head, and dates that describe", () => {
  it("next-token prediction is a task; 'contemporary' joins no task's name", () => {
    const m = extract(
      "Widget language models",
      "QuillNet learns widgets by next-token prediction and tops contemporary semantic segmentation benchmarks.",
    );
    const tasks = confidentOnly(m).filter((x) => x.type === "task");
    expect(tasks.map((t) => t.name)).toEqual(
      expect.arrayContaining(["next-token prediction", "semantic segmentation"]),
    );
    expect(tasks.flatMap((t) => [t.name, ...t.aliases]).filter((n) => /contemporary/.test(n))).toEqual([]);
  });
});

describe("words that grade or describe are no part of a task's name", () => {
  it("'rigorous' and a 'general purpose' tool leave the task bare; 'generalizable' is a setting, as the taxonomy's", () => {
    const m = extract(
      "Widget audio",
      "We build a general purpose audio generation tool and a production ready speech recognition kit, run a " +
        "rigorous verification of its widgets, and study the task of generalizable gadget detection.",
    );
    const names = confidentOnly(m)
      .filter((x) => x.type === "task")
      .flatMap((t) => [t.name, ...t.aliases]);
    expect(names).toEqual(
      expect.arrayContaining(["audio generation", "speech recognition", "generalizable gadget detection"]),
    );
    expect(names.filter((n) => /purpose|rigorous|ready/.test(n))).toEqual([]);
  });

  it("a measure's compound modifier is kept whole ('point cloud classification accuracy')", () => {
    const m = extract("Widget clouds", "QuillNet reaches the best point cloud classification accuracy on GadgetNet40.");
    expect(of(m, "metric")).toEqual(["point cloud classification accuracy"]);
  });
});

describe("a kind named by a head's word", () => {
  it("'next-generation sequencing' names no generation task, nor does a coordination before it", () => {
    const m = extract(
      "Widget genomics",
      "Widgets are read with short- and long-read next-generation sequencing before active learning.",
    );
    expect(of(m, "task").filter((t) => /generation/.test(t))).toEqual([]);
  });
});

describe("ranking as a task's head", () => {
  it("names a task with its modifier ('text ranking'), not alone nor in a component's name", () => {
    const m = extract(
      "Neural widget ranking",
      "Text ranking orders widgets by relevance. QuillNet is trained with a listwise ranking loss, " +
        "and the ranking of systems is stable.",
    );
    const tasks = of(m, "task");
    expect(tasks).toContain("text ranking");
    expect(tasks.filter((t) => /^ranking|loss/.test(t))).toEqual([]);
  });
});

describe("a task's name before 'outcomes' or 'decisions'", () => {
  it("says what is decided, no task of the paper's ('unfavorable classification outcomes')", () => {
    const m = extractPaper({
      title: "Robust widget recourse",
      abstract:
        "Widget recourse helps people overcome unfavorable classification outcomes of deep neural networks, and " +
        "our gizmo models make texture-based ranking decisions less often on the GizmoRank benchmark.",
    });
    const tasks = m.filter((x) => x.type === "task").map((x) => x.name);
    expect(tasks.filter((t) => /classification|ranking/.test(t))).toEqual([]);
  });
});

describe("how a task's words are written", () => {
  it("a word joined to an acronym keeps its capitals ('VideoQA'); 'LiDAR' is the word lidar", () => {
    const m = extract(
      "Widget QA",
      "We study VideoQA with neural video models, and LiDAR object tracking with a widget network.",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["VideoQA", "lidar object tracking"]));
  });
});

describe("a verb before a task", () => {
  it("a gerund that takes the task as its object is no part of its name", () => {
    const m = extract(
      "A probabilistic widget framework",
      "Our neural widget system, jointly solving segmentation and gizmo tracking, links 3D scene grounding to " +
        "motion generation; we also study entity linking.",
    );
    const tasks = of(m, "task");
    expect(tasks).toEqual(expect.arrayContaining(["segmentation", "3D scene grounding", "entity linking"]));
    expect(tasks.some((t) => /^(?:solving|linking)\b/.test(t))).toBe(false);
  });
});

describe("tasks listed after their noun", () => {
  it("spelled-out phrases listed as the tasks studied are tasks, whatever their head", () => {
    const m = extract(
      "Widget pretraining for retrieval",
      "The sentence-level pre-training tasks we compare are Gizmo Order Selection (GOS), Quill Span Ranking " +
        "(QSR) and Widget Link Choice (WLC).",
    );
    expect(of(m, "task")).toEqual(expect.arrayContaining(["GOS", "QSR", "WLC"]));
    expect(of(m, "model")).toEqual([]);
  });
});

describe("what an appositive says a named proposal does", () => {
  it("an acronym before the appositive's noun is the task, without what the proposal is free of", () => {
    const m = extract(
      "Quill: widget parsing",
      "We present Quill, a training-free open-vocabulary gizmo parsing (OVGP) framework built on neural " +
        "vision-language models. Quill beats earlier work on OVGP.",
    );
    const task = m.find((x) => x.name === "OVGP");
    expect(task?.type).toBe("task");
    expect(task?.aliases).toEqual(["open-vocabulary gizmo parsing"]);
    expect(of(m, "model")).toEqual(["Quill"]);
  });
});

describe("how data was gathered", () => {
  it("describes the data, not the task named before the data noun", () => {
    const m = extract(
      "Widget lanes",
      "We propose QuillLane, a neural lane detector, and also try it on our self-collected lane detection dataset.",
    );
    expect(of(m, "task")).toEqual(["lane detection"]);
  });
});

describe("a setting of learning the taxonomy names, abbreviated", () => {
  it("is a task, though 'Learning' may end a method's name", () => {
    const m = extract(
      "A widget framework",
      "We study Compositional Zero-Shot Learning (CZSL), where a neural network must name unseen pairs of widgets " +
        "and gizmos.",
    );
    const czsl = m.find((x) => x.name === "CZSL");
    expect(czsl?.type).toBe("task");
  });
});

describe("an acronym counted in plural data", () => {
  it("names the task the data are for when it ends in a task's acronym, not a source's name", () => {
    const m = extract(
      "Reasoning on widgets",
      "We propose QuillRoG, a neural reasoner. Experiments on two benchmark WGQA datasets and several UCI datasets " +
        "show that QuillRoG is strong.",
    );
    expect(m.find((x) => x.name === "WGQA")?.type).toBe("task");
    expect(m.find((x) => x.name === "UCI")?.type).toBe("dataset");
  });
});
