// Typing a name by its context: head nouns after it ("X dataset", "X benchmark"), evaluation phrasing before it
// ("evaluated on X"), list membership ("datasets: A, B and C"), and metric wording ("X score").

import type { EntityType } from "../../domain/types.js";
import { fold } from "./fold.js";
import { isLanguage, lexicons } from "./lexicon.js";
import type { Scan } from "./scan.js";
import { QUOTE_MARKS, sentenceAt } from "./text.js";
import { STRENGTH, type Strength } from "./types.js";

export interface Typing {
  type: EntityType;
  strength: Strength;
  /** The words say the name is data something was drawn from ("scenes from X"): used, whoever is proposing. */
  source?: boolean;
}

// The data noun may follow a few lowercase modifiers ("Zentra skin lesion dataset", "Quokka instruction
// following benchmark"); function words end the noun phrase, so "BERT on the dataset" is no dataset name.
const MODIFIERS_THEN = String.raw`^\s*(?:\([^()]{1,24}\)\s*)?(?:-\s*)?(?:(?!(?:on|in|of|to|the|a|an|and|or|for|with|from|by|as|at|is|are|was|were|that|which|this|its|their|our|over|across|under|into|using|than|via|three|two|four|five|several|many|multiple|various)\b)[a-z][\w-]*\s+){0,3}`;
// "a database system", "a dataset generator": a data noun that modifies a system's noun names no data.
// Nor one that names a process done to data ("X - Dataset Augmentation of …", "corpus construction").
const NOT_DATA_HEAD = String.raw`(?!\s+(?:system|systems|engine|engines|server|management|generator|generators|tool|tools|software|platform|(?!collection)[A-Za-z]+(?:tion|sion))\b)`;
/** An acronym ending in a task's known acronym ("KGQA", "MedNER"); a source's ("UCI", "UCR") does not. */
function endsInTaskAcronym(name: string): boolean {
  if (!/^\p{L}[\p{L}\d-]{1,9}$/u.test(name)) return false;
  for (let k = 1; k <= name.length - 2; k++) {
    const tail = name.slice(k);
    if (/^\p{Lu}{2,}$/u.test(tail) && lexicons().entities.get(fold(tail))?.type === "task") return true;
  }
  return false;
}

const PLURAL_DATA_AFTER = /^\s+(?:datasets|benchmarks|corpora|data sets)\b/i;
const COUNTED_BEFORE =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|various|many|numerous|diverse)\s+(?:(?:public|publicly available|standard|popular|benchmark|challenging|widely[- ]used|large-scale|real-world)\s+)*$/i;
const DATASET_AFTER = new RegExp(
  `${MODIFIERS_THEN}(?:dataset|datasets|data sets?|corpus|corpora|databases?|atlas|atlases|repositories|archives)\\b${NOT_DATA_HEAD}`,
  "i",
);
// "X, which offers captions for 20,000 point clouds", "X contains 1.2M images": a name said to hold a count of data
// units is data. (The verb alone first: a cheap anchored test before the long pattern.)
const HOLDS_VERB_AFTER = /^\s*,?\s*(?:which\s+|that\s+)?(?:contain|consist|compris|includ|offer|provid|cover|span)/i;
const HOLDS_DATA_AFTER =
  /^\s*,?\s*(?:which\s+|that\s+)?(?:contains?|consists? of|comprises?|includes?|offers?|provides?|covers?|spans?)\s+(?:[\w-]+\s+){0,6}?(?:over\s+|more than\s+|about\s+|nearly\s+)?\d[\d,.]*\s*(?:[KkM]\b|million|thousand|billion)?\s+(?:[\w-]+\s+){0,3}?(?:images|photos|videos|point clouds|scans|scenes|clips|frames|samples|pairs|questions|sentences|documents|articles|utterances|hours|annotations|captions|examples|instances|trajectories|episodes|dialogues|conversations|recordings|subjects|patients|records|tweets|reviews|prompts|tokens)\b/i;
const BENCHMARK_AFTER = new RegExp(
  `${MODIFIERS_THEN}(?:benchmarks?|leaderboard|challenge|test suite|evaluation suite|arena|(environments?|simulator))\\b|^\\s*(?:-\\s*)?suite\\b`,
  "i",
);
// Describing words in a list before an appositive's noun ("a large-scale, diverse, and annotated"): each item one
// word and a comma, then at most two words, none a determiner, so "GizmoNet, a network, and the WidgetSet dataset"
// lists no data.
const DESCRIBING_LIST = String.raw`(?:[\w-]+,\s+){1,3}(?:(?:and|or)\s+)?(?:(?!(?:a|an|the|our|its|their)\b)[\w-]+\s+){0,2}?`;
// Up to seven describing words, none a word that starts a relation ("a large and evenly balanced multi-lingual gizmo
// review dataset"; not "a model trained on the X dataset").
const DESCRIBING_WORDS = String.raw`(?:(?!(?:on|in|of|to|for|with|from|by|at|as|over|into|using|via|than|that|which|trained|built|based|derived|used|fine-tuned|pre-trained)\b)[\w-]+\s+){5,7}?`;
// An appositive that says what the name is: "Quokka-7, a new multilingual corpus of …", "FLASK, a fine-grained
// evaluation protocol".
// Set off by a dash too ("Quokka-7 — a corpus of …"); or made from other data ("Quokka-HR -- a translation of the
// Widget Questions (WQ) dataset into Croatian"). Its describing words may be a list (DESCRIBING_LIST).
const DATA_APPOSITIVE = new RegExp(
  String.raw`^\s*(?:\([^()]{1,60}\)\s*)?\)?\s*(?:,|--|—|–)\s*(?:a|an|the|our)\s+(?:${DESCRIBING_LIST}|(?:[\w-]+\s+){0,4}?|${DESCRIBING_WORDS}|(?:[\w-]+\s+){0,2}?(?:translation|version|variant|subset|extension|adaptation|split|portion|re-?annotation)\s+of\s+[^.;:]{0,80}?)(?:(dataset|corpus|database|(?:collection|suite|family) of (?:[\w-]+\s+){0,4}?(?:datasets|corpora))|(benchmark|test suite|evaluation (?:suite|protocol|framework)|challenge|leaderboard|arena))\b${NOT_DATA_HEAD}`,
  "i",
);
// "BLEU scores", not the verb: "CLAM scores 0.925", "X scores higher".
// "effective model memorization (EMM), a metric measuring …": an appositive says what the name is.
const METRIC_APPOSITIVE =
  /^\s*\)?\s*,\s*(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:metric|measure)\s+(?:measuring|of|for|that|which)\b/i;
// "we present X, a novel approach that …": an appositive naming a kind of method says the name is one,
// whatever a later "the X score" suggests (a method's output is often a score). The words between name no other kind,
// or are a list (DESCRIBING_LIST).
const METHOD_APPOSITIVE = new RegExp(
  String.raw`^\s*\)?\s*,\s*(?:a|an|our)\s+(?:${DESCRIBING_LIST}|(?:(?!(?:metric|measure|score|data|dataset|benchmark|corpus|task|problem|evaluation)s?\b)[\w-]+\s+){0,4}?)(?:approach|method|framework|model|architecture|algorithm|technique|network|pipeline)\s+(?:that|which|for|to|based|with|combining|leveraging)\b`,
  "i",
);
// "LVOS test (73.0%)", "MOSE val (74.0%)", "the WidgetSet validation split": a split of the name is data. ("KS test"
// alone is a statistical test, so "test" needs a score or a set after it.)
const SPLIT_AFTER =
  /^\s+(?:(?:test|val|validation|dev)\s+(?:set|split|subset)s?\b|(?:val|validation|dev)\b(?=\s*[(,;:]|\s+and\b)|test\s*\(\s*\d)/i;
// What an evaluation framework says of itself in its appositive: METHOD_APPOSITIVE's exception.
const EVALUATES = /^[^.;]{0,100}?\b(?:evaluat\w*|benchmark\w*|assess\w*)/i;
const METRIC_AFTER =
  /^\s*(?:score\b|scores\b(?!\s+(?:\d|an?\b|the\b|higher|lower|better|worse|best|well|above|below|over|up\b))|metrics\b)/i;
// "the CKA similarity metric", "(LPIPS) perceptual metric": one metric says what the name is (one word may say what
// it measures); not metric learning, nor "(IQA) metrics", the metrics of a task.
const METRIC_NOUN_AFTER =
  /^\s*\)?\s*(?:(?:similarity|distance|perceptual|evaluation|quality|divergence)\s+)?metric\b(?!\s+learning)/i;
// "the NLI task", "ABSA problems": an acronym that names a task; "X (Y) is the task of …": a name said to be a task.
const TASK_AFTER =
  /^\s*(?:-\s*)?(?:task|tasks|problem|problems)\b|^\s*(?:\([^()]{1,20}\)\s*)?(?:is|are)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:task|problem)\s+(?:of|that|where|which|in)\b/i;
// "a new task, called X", "a problem known as X", "a dataset named X", "This benchmark, which we call X": the noun
// before a naming cue types the name.
const NAMED_AFTER_NOUN =
  /\b(?:(tasks?|problems?)|(data ?sets?|corpus|corpora)|(benchmarks?|leaderboards?|test suites?)|(metrics?|measures?|scores?))(?:[,:]?\s+|\s*\(\s*)(?:which\s+(?:we|is)\s+)?(?:called|named|termed|dubbed|coined|known as|referred to as|denoted(?: as)?|namely|(?<=which\s+we\s+)(?:call|name|term|dub|refer to as))\s+(?:the\s+)?["'“‘]?$/i;
// "This paper defines a new task, Zero-Shot Widget Retrieval (ZS-WR)": a name set off after a new task's noun is it.
// Only where the noun phrase introduces it ("a new task,"; not "For this new task, GizmoNet reaches …"), and not an
// optimisation problem: "a novel optimization problem, Contrastive Widget Estimation (CWE)" is a method's.
const NEW_TASK_BEFORE =
  /\ban?\s+(?:new|novel)\s+(?:[\w-]+\s+){0,2}?(?:task|(?<!optimi[sz]ation\s)problem)(?:\s+setting)?\s*[,:]\s*$/i;
// "we explore the task of describing how two widget sets differ, which we term X": a task the text names.
const TERMED_BEFORE = /\bwe\s+(?:term|call|dub|name|coin)\s+(?:as\s+)?["'“‘]?$/i;
const TASK_TERMED_BEFORE =
  /\b(?:task|problem)\b(?:\s+of\s+[^.;()]{0,120}?)?,?\s+(?:which|that)\s+we\s+(?:term|call|dub|name|coin)\s+(?:as\s+)?["'“‘]?$/i;
// "200k pairs collected from X", "900 indoor scenes from X": units of data drawn from a source name the source data.
// Not what a generator produced ("synthetic samples from X"), nor a name modifying a noun ("recordings from X neurons").
const DRAWN_FROM =
  /(?<!\b(?:synthetic|synthesi[sz]ed|generated|fake|rendered)\s+)\b(?:data|images|photos|videos|scenes|clips|frames|samples|pairs|questions|sentences|documents|articles|recordings|utterances|examples|instances|trajectories|episodes|annotations|captions|dialogues|conversations|records|tweets|posts|reviews|prompts)\s+(?:(?:collected|taken|sampled|drawn|crawled|sourced|gathered|extracted|selected|derived|curated|obtained|mined|scraped|filtered)\s+)?from\s+(?:the\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
// A lowercase content word right after the name: the name modifies it. Not a study or a cohort, which hold the
// data ("scans from the Widget Ageing (WA) study").
const NOUN_AFTER =
  /^\)?\s+(?!(?:and|or|to|for|in|with|as|which|that|by|on|at|into|of|are|is|were|was|we|via|using|study|cohort)\b)\p{Ll}/u;
// An architecture's closing word ("D2Net", "GizmoFormer", "QuillGAN-2").
const ARCHITECTURE_NAME = /(?:Net|Nets|Former|GAN|BERT|GPT|ViT)(?:[-\s]?v?\d+)?$/;
// "1.2% better on 5 datasets from WidgetBench", "tasks drawn from BIG-bench": what holds datasets or tasks is a benchmark.
const COLLECTION_BEFORE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|all|various)\s+(?:[\w-]+\s+)?(?:datasets|tasks|subsets|sub-tasks|subtasks)\s+(?:(?:drawn|taken|selected|sampled)\s+)?(?:from|of|in)\s+(?:the\s+)?$/i;
// "a new widget fairness metric, Mean Exposure Gap (MEG)": a name set beside a new metric it introduces.
// Or between dashes: "we propose a metric—Projection Norm—to predict …".
const NEW_METRIC_BEFORE =
  /\b(?:a|an)\s+(?:(?:new|novel)\s+(?:[\w-]+\s+){0,3}?(?:metric|measure)\s*[,:—–]|(?:[\w-]+\s+){0,3}?(?:metric|measure)\s*[—–])\s*$/i;
// "against other methods like GQA or MLA": a name listed as a method is one, even where the lexicon knows a dataset by it.
// "new metrics: True Understanding (TU), IGnorance (IG), …", "metrics such as A and B": the items of a metric list.
// So are the names a quality is "measured by" ("visual quality (measured by FVD, QuillScore and GIM-Gap)").
const METRICS_LISTED_BEFORE =
  /\b(?:(?:metrics|measures)\s*(?::|,?\s*(?:such as|like|including|namely|e\.g\.,?))|(?:measured|quantified)\s+(?:by|with|using|via|in))\s*(?:[^.;:]{0,120}?(?:,|\band|\bor)\s*)?$/i;
const TASKS_LISTED_BEFORE =
  /\btasks(?<!\b(?:control|locomotion|manipulation|RL|reinforcement learning|Atari|game)\stasks)\s*(?:we\s+\w+\s+)?(?::|,?\s*(?:are|include|namely))\s*(?:[^.;:]{0,120}?(?:,|\band|\bor)\s*)?$/i;
// "The datasets are "Acted Widgets (AW)" and …": the items a copula lists as data.
const DATA_LISTED_BEFORE =
  /\b(?:(data ?sets|corpora)|(benchmarks))\s*(?:we\s+\w+\s+)?,?\s*(?:are|include|namely)\s*["'“‘]?(?:[^.;:]{0,120}?(?:,|\band|\bor)\s*["'“‘]?)?$/i;
const METHODS_LISTED_BEFORE =
  /\b(?:methods|models|approaches|architectures|baselines|variants|mechanisms|techniques)\s*,?\s*(?:such as|like|including|e\.g\.,?)\s+(?:the\s+)?$/i;
const MODEL_AFTER = /^\s*(?:-\s*)?(?:model|models|architecture|backbone|backbones|network|encoder|decoder|baseline)\b/i;
// "datasets such as", "benchmarks for scene understanding (i.e., …": a data noun, a short modifier, a list cue.
const LIST_CUE = String.raw`(?:,|:|\(|-{2,3}|—|(?:such as|like|including|namely)(?:\s+the)?|e\.g\.,?|i\.e\.,?|\(\s*(?:e\.g|i\.e)\.,?)`;
// "a dataset based on X", "a corpus derived from X": the data another is made from is data too.
const MADE_FROM = String.raw`(?:based on|built (?:on|from)|derived from|constructed from|collected from|sampled from)`;
// Words between a data noun and its list, not across a verb of another clause: "on public datasets has enabled
// differential privacy (DP)" lists nothing.
const WORDS_BEFORE_LIST = String.raw`(?:\s+(?!(?:has|have|had|is|are|was|were|will|can|could|may|might|does|do|did)\b)[\w-]+){1,6}?`;
// "corpora, some of them general (e.g., …": a clause set off by a comma, then examples in parentheses.
const ASIDE_BEFORE_EXAMPLES = String.raw`,(?:\s+[\w-]+){1,4}\s*\(\s*(?:e\.g|i\.e)\.,?`;
const DATA_BEFORE = new RegExp(
  String.raw`\b(?:data ?sets?|benchmarks?|corpus|corpora|test sets?|data sources?)(?:\s*,?\s*${LIST_CUE}?|${WORDS_BEFORE_LIST}\s*${LIST_CUE}|${ASIDE_BEFORE_EXAMPLES}|(?:\s+[\w-]+){0,2}?\s+${MADE_FROM}(?:\s+the)?)\s*$`,
  "i",
);
// Lowercase and right before the list: "Markov Games (MG)" and "the environment perception of … (VI)" list nothing.
const ENVIRONMENT_BEFORE =
  /\b(?:environments?|envs|games|(?:control|locomotion|manipulation|RL|reinforcement learning) tasks)\s*(?:,?\s*(?:such as|like|including|e\.g\.,?)|:|\(\s*(?:e\.g\.,?\s*)?)(?:\s*[\w-]+,)*\s*$/;
// What ENVIRONMENT_BEFORE needs somewhere in the window: a cheap test before its scan.
const ENVIRONMENT_NOUN = /environment|envs|games|tasks/;
const BENCHMARK_BEFORE = new RegExp(
  String.raw`\bbenchmarks?(?:\s*,?\s*${LIST_CUE}?|${WORDS_BEFORE_LIST}\s*${LIST_CUE})\s*$`,
  "i",
);
// "52.1% NDS", "27.3 BLEU", "CCC of 0.64", "an error of 0.038 (EPE3D)": a name right beside a stated score, or in
// the parenthesis after it, is the metric it is measured in.
const SCORE_BEFORE = /(?:(?:\d\.\d+|\d)\s*%|\d\.\d+)\s*(?:\(\s*)?$/;
const SCORE_AFTER = /^\s*(?:of|=)\s*\d/;
// "reduces the QZE by 12%", "a QZE improvement of 30%": what a figure changes by is a measure.
const CHANGED_BEFORE =
  /\b(?:improv|reduc|lower|decreas|increas|rais|boost|halv|cut)\w*\s+(?:the|its|their|our)\s+(?:average\s+|mean\s+|overall\s+)?$/i;
// "using pAP and DSC as metrics", "with QZE as the evaluation metric": a name used as a measure is one.
const AS_METRIC_AFTER =
  /^(?:\s*(?:,|and|or)\s+[\p{L}\d@-]+)*\s+as\s+(?:the\s+|our\s+|an?\s+)?(?:(?:main|primary|evaluation|performance)\s+)?(?:metrics?|measures?)\b/u;
const CHANGED_BY_AFTER = /^\s+(?:by|from)\s+[+\-−]?\d/;
const CHANGE_NOUN = String.raw`(?:improvements?|reductions?|gains?|drops?|decreases?|increases?)`;
const CHANGE_AFTER = new RegExp(String.raw`^\s+${CHANGE_NOUN}\s+(?:of|by)\s+[+\-−]?\d`, "i");
// "a 24.0% EPE3D reduction": a figure, the name, then the change it measures.
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s+${CHANGE_NOUN}\b`, "i");
// "FUNSD (0.7895 to 0.8420), CORD (…)": a score raised from one figure to another is reported on data.
const RAISED_SCORE_AFTER = /^\s*\(\s*\d+(?:\.\d+)?\s*%?\s*(?:to|→|->)\s*\d+(?:\.\d+)?\s*%?\s*\)/;
// "widget ranking (GizmoTrap by 4.2%)": a name in parentheses after a task, with the gain on it, is the data.
// So is the next one in that parenthesis ("(WQ-Open by 1.3% and WQ-Swap by 2.8%)").
const GAIN_AFTER_TASK =
  /\b\p{Ll}[\p{Ll}-]+\s+\(\s*(?:[^()\s]+\s+by\s+[+]?\d+(?:\.\d+)?\s*%\s*(?:,\s*(?:and\s+)?|and\s+))*$/u;
const GAIN_AFTER = /^\s+by\s+[+]?\d+(?:\.\d+)?\s*(?:%|points?\b|pp\b)/;
const EVALUATED_ON =
  /\b(?:evaluat\w*|experiments?|test(?:s|ed|ing)?|results?|accuracy|performance|scores?|sota|state[- ]of[- ]the[- ]art|achiev\w*|obtain\w*|trained|training|pre-?train\w*|fine-?tun\w*|finetun\w*|gains?|outperform\w*|surpass\w*)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\b(?:on|in)\s+(?:the\s+)?(?:(?:challenging|popular|standard|public|widely[- ]used|large-scale|well-known|recent|diverse|real-world|established)\s+(?:and\s+)?)*$/i;
// "We train a graph network on X": what the present tense trains on (not in: "trains the retriever in X").
const TRAINED_ON = /\btrains?\b[^.;]{0,60}\bon\s+(?:the\s+)?$/i;
const ON_OR_IN = /\b(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
// "methods based on X", "experiments based on X", "relying on X": what a method or a run rests on, not what it is
// evaluated on ("evaluation results based on the X database" are still on X).
const RESTS_ON =
  /(?<!\b(?:results?|evaluations?|scores?)\s)\b(?:based|built|rel(?:y|ies|ying)|depend\w*|conditioned)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
// An item may carry a gloss in parentheses ("datasets: WidgetQA (question answering), GizmoNLI (inference)").
const LIST_SEPARATOR = /^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)$/i;

// A sentence's opening prepositional phrase, after a short lead ("For example, on ImageNet-1K, …").
const OPENING_LEAD = String.raw`^\s*(?:[\w-]+(?:\s+[\w-]+){0,2},\s+)?`;
// "Built on ResNet-50 and ImageNet-1K, WidgetNet reaches …": a participle may lead the opening phrase, and a
// subordinator it ("When evaluated on the X and Y benchmarks, WidgetNet …").
const SETTING_VERB = String.raw`(?:(?:(?:when|if|once|while|after)\s+(?:being\s+)?)?(?:based|built|trained|tested|evaluated|validated|assessed|benchmarked|compared)\s+)?`;
const OPENING = new RegExp(
  String.raw`${OPENING_LEAD}${SETTING_VERB}(?:on|in|for|with|across|from|at|over|under|beyond)\s+(?:the\s+)?$`,
  "i",
);
const OPENS_ON = new RegExp(String.raw`${OPENING_LEAD}on\s+(?:the\s+)?$`, "i");
// "Through experiments on 8 public datasets, WidgetNet achieves …": experiments may lead it too.
const EXPERIMENTS_LEAD = String.raw`(?:(?:through|in|with|from|across|by)\s+)?(?:[\w-]+\s+){0,2}?(?:experiments|evaluations?|results|tests|studies)\s+`;
const SUBJECT_AFTER_OPENING = new RegExp(
  String.raw`${OPENING_LEAD}(?:${SETTING_VERB}|${EXPERIMENTS_LEAD})(?:on|in|for|across|over|with)\s[^,;]*,\s*$`,
  "i",
);
// "Unlike models that read every token of a corpus, WidgetLM reads …": a subordinate clause opens the sentence and
// its comma ends it, whatever noun it ended on; examples set off inside it do not ("When it comes to larger images,
// e.g. on LSUN and CelebA-HQ, WidgetGAN still …").
const SUBORDINATE_OPENING =
  /^\s*(?:unlike|when|whenever|while|whereas|although|though|since|because|once|if|after|before|given|despite|compared (?:to|with))\b[^,;]*(?:,\s*(?:such as|e\.g\.|including|like)\s[^,;]*)?,\s*$/i;
const VERB_AFTER =
  /^\s+(?:also\s+|further\s+|still\s+|consistently\s+|significantly\s+|even\s+)?(?:\p{Ll}+(?:s|ed)\b|(?:can|could|may|might|will|would|should|must|cannot)\b)/u;
const BENCH_NAME = /[\p{L}\d](?<![Ww]ork)-?[Bb]ench(?:[-\s]?v?\d[\w.]*|\s+\p{Lu}\p{Ll}+)?$/u;
const TRANSFER_FROM = /(?:^|\s)([\p{L}\d][\p{L}\d.-]*)\s+to\s*$/u;
const TRANSFER_TO = /^\s+to\s+([\p{L}\d][\p{L}\d.-]*[\p{L}\d])/u;
const knownData = (name: string) => {
  const type = lexicons().entities.get(fold(name))?.type;
  return type === "dataset" || type === "benchmark";
};

/** True when the name's last hyphenated parts are data the lexicon knows ("10-split-CIFAR-100", "Split-MNIST"). */
function endsInKnownData(name: string): boolean {
  const parts = name.split("-");
  for (let k = 1; k < parts.length; k++) if (knownData(parts.slice(k).join("-"))) return true;
  return false;
}

const LANGUAGE_RUN = /^\s+(\p{Lu}\p{Ll}+)(?:,?\s+(?:and|or)\s+|,\s+|(?=\s))/u;

/**
 * The text after a name without the languages that lead it: "XYZ-2020 Tamil and Bengali sentiment corpora" says
 * what XYZ-2020 is as "XYZ-2020 sentiment corpora" would.
 */
function afterLanguages(after: string): string {
  let rest = after;
  for (let m = LANGUAGE_RUN.exec(rest); m && isLanguage(m[1]!); m = LANGUAGE_RUN.exec(rest)) {
    rest = rest.slice(m[0].length);
  }
  return rest === after ? after.slice(0, 96) : ` ${rest.trimStart()}`.slice(0, 96);
}

/** The type the words right around [start, end) give a name, or undefined when they say nothing. */
export function typeByContext(scan: Scan, start: number, end: number): Typing | undefined {
  // A name in quotes (a novel "Insect-1M" dataset) is typed by the words around the quotes.
  while (QUOTE_MARKS.includes(scan.text[end] ?? " ")) end++;
  while (start > 0 && QUOTE_MARKS.includes(scan.text[start - 1]!)) start--;
  const after = afterLanguages(scan.text.slice(end, end + 96));
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)]!;
  const before = scan.text.slice(Math.max(sentence.start, start - 120), start);
  // (The anchored test first: this runs for every candidate.)
  if (CHANGE_NOUN_AFTER.test(after) && SCORE_BEFORE.test(before))
    return { type: "metric", strength: STRENGTH.explicit };
  // "on two benchmark KGQA datasets": an acronym counted in plural data names the task the data are for.
  if (PLURAL_DATA_AFTER.test(after) && COUNTED_BEFORE.test(before) && endsInTaskAcronym(scan.text.slice(start, end))) {
    return { type: "task", strength: STRENGTH.explicit };
  }
  if (DATASET_AFTER.test(after)) return { type: "dataset", strength: STRENGTH.explicit };
  // "the HM3D environment", "the CARLA simulator" name an evaluation environment; not an acronym's definition
  // ("Partially Observable (PO) environments" describe the environments).
  const benchmark = BENCHMARK_AFTER.exec(after);
  if (benchmark && (!benchmark[1] || (scan.text[end - 1] !== ")" && !/^\s*\(/.test(after)))) {
    return { type: "benchmark", strength: STRENGTH.explicit };
  }
  if (HOLDS_VERB_AFTER.test(after) && HOLDS_DATA_AFTER.test(scan.text.slice(end, end + 120))) {
    return { type: "dataset", strength: STRENGTH.context };
  }
  if (METRIC_APPOSITIVE.test(after)) return { type: "metric", strength: STRENGTH.explicit };
  const appositive = DATA_APPOSITIVE.exec(after);
  if (appositive) return { type: appositive[1] ? "dataset" : "benchmark", strength: STRENGTH.explicit };
  // (Not a framework that evaluates or benchmarks: "WidgetBench, a framework that evaluates agents on …".)
  if (METHOD_APPOSITIVE.test(after) && !EVALUATES.test(after) && !BENCH_NAME.test(scan.text.slice(start, end))) {
    return { type: "model", strength: STRENGTH.explicit };
  }
  const named = NAMED_AFTER_NOUN.exec(before);
  // A name built like an architecture's ("D2Net", "GizmoFormer") is no problem's, whatever noun the cue follows.
  const architecture = ARCHITECTURE_NAME.test(scan.text.slice(start, end));
  // (The short cue first: this runs for every candidate, the task's window only where a name is termed.)
  const termedTask = TERMED_BEFORE.test(before) && TASK_TERMED_BEFORE.test(before);
  if ((NEW_TASK_BEFORE.test(before) || termedTask) && !architecture)
    return { type: "task", strength: STRENGTH.explicit };
  if (named && !(named[1] && architecture)) {
    const type = named[1] ? "task" : named[2] ? "dataset" : named[3] ? "benchmark" : "metric";
    return { type, strength: STRENGTH.explicit };
  }
  if (COLLECTION_BEFORE.test(before)) return { type: "benchmark", strength: STRENGTH.explicit };
  // (The cheap anchored test first: the unanchored one scans the whole window.)
  if (FROM_BEFORE.test(before) && DRAWN_FROM.test(before) && !NOUN_AFTER.test(after))
    return { type: "dataset", strength: STRENGTH.context, source: true };
  if (
    NEW_METRIC_BEFORE.test(before) ||
    METRICS_LISTED_BEFORE.test(before) ||
    (CHANGED_BY_AFTER.test(after) && CHANGED_BEFORE.test(before)) ||
    AS_METRIC_AFTER.test(after) ||
    CHANGE_AFTER.test(after)
  ) {
    return { type: "metric", strength: STRENGTH.explicit };
  }
  if (METHODS_LISTED_BEFORE.test(before)) return { type: "model", strength: STRENGTH.explicit };
  const dataListed = /(?:sets|corpora|benchmarks)\b/i.test(before) ? DATA_LISTED_BEFORE.exec(before) : null;
  if (dataListed) return { type: dataListed[1] ? "dataset" : "benchmark", strength: STRENGTH.explicit };
  // "the pre-training tasks we study are Widget Cloze Ranking (WCR), …": spelled-out phrases listed as tasks are
  // tasks (a one-word name there may be a dataset's: "two tasks: QuillQA and ZetaNLI").
  if (before.includes("tasks") && TASKS_LISTED_BEFORE.test(before) && /\s/.test(scan.text.slice(start, end).trim())) {
    return { type: "task", strength: STRENGTH.explicit };
  }
  // "EmotionBench", "SWE-bench Verified": a name built on "bench" is a benchmark's.
  if (BENCH_NAME.test(scan.text.slice(start, end))) return { type: "benchmark", strength: STRENGTH.context };
  if (METRIC_NOUN_AFTER.test(after)) return { type: "metric", strength: STRENGTH.explicit };
  if (METRIC_AFTER.test(after)) return { type: "metric", strength: STRENGTH.context };
  if (MODEL_AFTER.test(after)) return { type: "model", strength: STRENGTH.context };
  if (TASK_AFTER.test(after)) {
    // "the 10-split-CIFAR-100 task": a split of known data set as a task is that data.
    const data = endsInKnownData(scan.text.slice(start, end));
    return { type: data ? "dataset" : "task", strength: STRENGTH.context };
  }
  if (SCORE_BEFORE.test(before) || SCORE_AFTER.test(after)) return { type: "metric", strength: STRENGTH.context };
  if (RAISED_SCORE_AFTER.test(after) || SPLIT_AFTER.test(after)) return { type: "dataset", strength: STRENGTH.context };
  if (GAIN_AFTER.test(after) && GAIN_AFTER_TASK.test(before)) return { type: "dataset", strength: STRENGTH.context };
  // "On the KITTI benchmark with a single camera, WidgetDet reaches …": the data noun sits in the sentence's
  // opening phrase and the name after its comma is the clause's subject.
  const listed = BENCHMARK_BEFORE.test(before) ? "benchmark" : DATA_BEFORE.test(before) ? "dataset" : undefined;
  // (Tests written out, not as closures: this runs for every candidate.)
  if (listed && !subjectAfterOpening(scan, start, end)) return { type: listed, strength: STRENGTH.context };
  // "Atari games (Pong, Breakout)", "MuJoCo environments such as Hopper": the environments a policy is evaluated in.
  // A lone name in the parenthesis defines the noun's acronym instead ("potential games (PGs)").
  if (
    ENVIRONMENT_NOUN.test(before) &&
    ENVIRONMENT_BEFORE.test(before) &&
    !(/\(\s*$/.test(before) && (/^\s*\)/.test(after) || scan.text[end - 1] === ")")) &&
    !subjectAfterOpening(scan, start, end)
  )
    return { type: "benchmark", strength: STRENGTH.context };
  // "from COCO to X", "X to Cityscapes": the other side of a transfer from or to a known dataset is data too.
  const other = / to\s*$/.test(before) ? TRANSFER_FROM.exec(before) : TRANSFER_TO.exec(after);
  if (other && knownData(other[1]!)) return { type: "dataset", strength: STRENGTH.context };
  // The cheap test first: the expensive one only runs where "on"/"in" directly precedes the name.
  if (ON_OR_IN.test(before) && (EVALUATED_ON.test(before) || TRAINED_ON.test(before)) && !RESTS_ON.test(before))
    return { type: "dataset", strength: STRENGTH.context };
  // "On FlyingThings3D, GMSF reduces …": a sentence that opens on a name reports a result on that data.
  if (OPENS_ON.test(scan.text.slice(sentence.start, start)) && /^\s*,/.test(after)) {
    return { type: "dataset", strength: STRENGTH.context };
  }
  return undefined;
}

/** True when the name at `start` is the object of its sentence's opening phrase ("On ImageNet-1K, …"). */
export function inOpeningPhrase(scan: Scan, start: number): boolean {
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)]!;
  return OPENING.test(scan.text.slice(sentence.start, start));
}

/** True when the name at `start` follows its sentence's opening phrase or clause and a verb follows it: the subject. */
export function subjectAfterOpening(scan: Scan, start: number, end: number): boolean {
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)]!;
  if (!VERB_AFTER.test(scan.text.slice(end, end + 40))) return false;
  const opening = scan.text.slice(sentence.start, start);
  return SUBJECT_AFTER_OPENING.test(opening) || SUBORDINATE_OPENING.test(opening);
}

// The list goes on after an item: a conjunction before the next item, within the clause.
const LIST_GOES_ON = /^[^.;:()]*?\s(?:and|or)\s/;

/**
 * True when only list separators lie between two spans: they are items of one list. In a text stripped of its
 * commas one space parts items too ("benchmarks: WidgetSet GadgetBench and GizmoQA"), but not after the last item,
 * where the space is inside a name ("… and Widget Kitchen").
 */
export function listNeighbours(scan: Scan, leftEnd: number, rightStart: number): boolean {
  if (rightStart <= leftEnd) return false;
  const gap = scan.text.slice(leftEnd, rightStart);
  if (LIST_SEPARATOR.test(gap)) return true;
  return scan.commaless && gap === " " && LIST_GOES_ON.test(scan.text.slice(rightStart, rightStart + 120));
}
