// Pass 1 over one paper: every rule's hits, typed by lexicon, definition and context, grouped into mentions.

import { fold } from "./fold.js";
import { singular } from "../../domain/identity.js";
import type { EntityType } from "../../domain/types.js";
import { findDefinitions, longFormStart, titleDefinition, type Definition } from "./definitions.js";
import { spellsLexiconName } from "./canonical.js";
import { groupHits } from "./group.js";
import { foldTask, isLanguage, knownAfterPrefix, lexicons } from "./lexicon.js";
import { ML_GATE, mlScore, OFF_DOMAIN_FACTOR } from "./domain-gate.js";
import { namesNoReportedMetric } from "./background.js";
import { efficiencyMetrics } from "./efficiency.js";
import { findLinks } from "./links.js";
import { metricPhrases, NUMBER_FORMAT_WORDS } from "./metric-phrases.js";
import {
  transferPair,
  coinedByOthers,
  coinedCandidates,
  lexiconCandidates,
  numberedAlternatives,
  shapeCandidates,
  titleCandidate,
  titleType,
  type Candidate,
  dataHeadType,
  DATA_HEAD,
  writtenAsName,
} from "./names.js";
import { isDescribingWord } from "./pos.js";
import { inRanges, proposingRanges, rangeStartsIn, type Range } from "./roles.js";
import { joined, scanPaper, sentenceInitial, type Scan } from "./scan.js";
import {
  cleanWord,
  isEponymQuality,
  isFalseName,
  isNameShape,
  keyOf,
  singularAcronym,
  spellsAcronym,
} from "./shape.js";
import {
  acronymModifiedTasks,
  actNoun,
  adverbialGerund,
  findTasks,
  firstModifier,
  MEASURES,
  modifiedAfterTask,
  taskNameOf,
} from "./tasks.js";
import { firstAtOrAfter, phraseFinder, SpanIndex } from "./spans.js";
import { sentenceAt, type Sentence } from "./text.js";
import { STRENGTH, type CorpusContext, type Hit, type PaperInput, type PaperMention, type Strength } from "./types.js";
import { inOpeningPhrase, listNeighbours, subjectAfterOpening, typeByContext } from "./typing.js";
import { FUNCTION_WORDS, isModelHead, MODEL_HEADS } from "./words.js";

/** What an acronym definition says about the entity it defines; `concept` means it names no entity. */
type DefinedAs =
  { type: EntityType; strength: Strength; proposed: boolean; known?: boolean; alias?: string } | "concept";

// "we present a new Graph Transformer for widget layout, namely WidgetFormer": the kind the proposal belongs
// to, named later in the clause.
const INDEFINITE_BEFORE = /\b(?:[Aa]|[Aa]n)\s+(?:(?!(?:of|for|in|on|and|or|with|to|by|from)\s)[a-z][\w-]*\s+){0,3}$/;
const TITLE_HEAD_WITH_FUNCTION_WORD =
  /^(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*\s+(?:[Oo]f|[Ff]or|[Ww]ith|[Aa]s|[Ii]n|[Oo]n|[Tt]o|[Aa]nd)\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*):\s/u;
const NAMED_LATER = /^[^.;]{0,80}?,?\s+(?:namely|called|named|dubbed|termed|coined)\s/i;
function kindBeforeItsName(scan: Scan, c: { start: number; end: number }): boolean {
  return (
    INDEFINITE_BEFORE.test(scan.text.slice(Math.max(0, c.start - 40), c.start)) &&
    NAMED_LATER.test(scan.text.slice(c.end, c.end + 100))
  );
}

/** The title's name with its last word, a known short name, written as one of that name's long spellings. */
function spellsOutTitle(titleName: string, long: string): boolean {
  const words = titleName.split(/\s+/);
  if (words.length < 2) return false;
  const entry = lexicons().entities.get(fold(words.pop()!));
  const head = fold(words.join(" "));
  const spelled = entry ? lexicons().spellings.get(entry.name) : undefined;
  return !!spelled?.some((s) => head + fold(s) === fold(long));
}

const OWN_NAMED_BEFORE =
  /\b(?:our|the proposed)\s+(?:(?:new|novel|proposed)\s+)?(?:model|method|architecture|framework|network|system|algorithm|approach),?\s+(?:called\s+|named\s+)?$/i;
// A name, a comma and an appositive's article and first words: "Quill, a training-free ", "SPF), an efficient ".
// (Not a sentence's first word: "Then, a widget parsing (WP) algorithm".)
const NAMED_THEN_APPOSITIVE = /(?:[\p{L}\p{N})] +|\()\p{Lu}[\p{L}\p{N}-]*\)?,\s+an?\s+(?:[\p{L}-]+\s+){0,4}$/u;
const COINED_BEFORE =
  /\b(?:dubbed|termed|called|named|namely|coined|we refer to as|(?:refer(?:red)? to|we (?:dub|call|name|term)) (?:this|these|our|it|the resulting) (?:[\w-]+\s+)?(?:approach|method|model|framework|operation|module|technique|algorithm|architecture|network|layer|block|mechanism|strategy|scheme|procedure|step)s?|we (?:dub|call|name|term) (?:it|them))(?:\s+as)?,?\s+(?:the\s+)?["'“]?$/i;
// Narrower than METRIC_HEADS, which types a defined long form: a name alone has no definition to vouch for it
// ("Learning Rate", "Edit Distance" are no measures a paper reports).
const MEASURE_NAME_HEAD = /^(?:Metric|Measure|Score|Error|Coefficient|Accuracy)$/;
const METRIC_HEADS =
  /(?:rate|error|score|distance|accuracy|precision|recall|similarity|coefficient|ratio|utili[sz]ation)$/i;
// A word after a phrase that makes the phrase its modifier: not a function word, not punctuation.
const MODIFIES_AFTER = /^[ -](?!(?:and|or|of|for|in|on|with|to|by|as|at|from|is|are|was|were|which|that|via)\b)\p{L}/iu;
// A rate spelled out is a measure ("operations per second (OPS)", "tokens per second (TPS)").
const PER_UNIT = /\sper\s+(?:second|sec|minute|hour|token|sample|image|frame|query|step|iteration|watt|joule)s?$/i;
const REUSED_CODE =
  /\b(?:based on|built (?:on|upon)|adapted from|borrowed from|taken from|of the original|provided by)\b/i;

// A finding reported by a pair of authors: "A and B have shown that …", the name either of the pair.
const REPORTS_THAT = String.raw`\s+(?:have\s+|has\s+|had\s+)?(?:shown|showed|proved|proven|observed|argued|found|demonstrated|suggested|established|conjectured|noted)\s+that\b`;
const SURNAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
const FIRST_OF_PAIR_REPORTS = new RegExp(String.raw`^\s+(?:and|&)\s+${SURNAME}${REPORTS_THAT}`, "u");
const SECOND_OF_PAIR_BEFORE = new RegExp(String.raw`(?:^|[\s(])${SURNAME}\s+(?:and|&)\s+$`, "u");
const REPORTS_THAT_AFTER = new RegExp(`^${REPORTS_THAT}`, "u");
const CITED_AFTER =
  /^\s*(?:(?:,|and)\s+[\p{Lu}][\p{L}-]+\s*)*(?:\(\s*(?:19|20)\d{2}|,\s*(?:19|20)\d{2}\s*[);]|et al\b)/u;

// A translation direction between two language codes ("en-de", "En-Fr"); in capitals only of common codes and
// locales ("EN-DE", "PT-BR"), since most two-by-two capitals are acronyms ("SC-GS", "AD-MT"). Only codes of
// languages (ISO 639-1): two short words joined so are a name otherwise ("Re-Ex", "Go-Bo").
const LANGUAGE_CODES =
  "en|de|fr|es|zh|ja|ko|ru|ar|pt|it|nl|cs|ro|fi|tr|hi|vi|pl|sv|uk|et|lt|lv|kk|gu|ne|si|km|ps|my|ta|te|bn|ur|fa|he|id|ms|th|el|hu|bg|hr|sr|sl|sk|da|no|nb|is|ga|cy|eu|ca|gl|af|sw|yo|ha|ig|zu|xh|am|so|mn|ka|hy|az|uz|ky|tg|be|mk|sq|bs|mt|lb|mr|pa|ml|kn|or|as|jv|tl|la|eo|iu|qu";
const LANGUAGE_PAIR = new RegExp(
  `^(?:(?:${LANGUAGE_CODES})-(?:${LANGUAGE_CODES})|(?:EN|DE|FR|ES|ZH|JA|KO|RU|AR|PT|IT|NL|CS|RO|FI|TR|HI|VI|PL|SV|UK|ET|LT|LV)-(?:EN|DE|FR|ES|ZH|JA|KO|RU|AR|PT|IT|NL|CS|RO|FI|TR|HI|VI|PL|SV|UK|ET|LT|LV|US|GB|BR|CN|TW|MX|CA))$`,
);
const isLanguagePair = (w: string) =>
  w.length === 5 &&
  (LANGUAGE_PAIR.test(w) || (/^[A-Za-z][a-z]-[A-Za-z][A-Za-z]$/.test(w) && LANGUAGE_PAIR.test(w.toLowerCase())));
// A model's or edition's word may come between ("the Vivo X80 Pro smartphone", "a Jetson AGX Orin board").
const HARDWARE_AFTER =
  /^\s*(?:[\p{Lu}\d][\p{L}\d+]*\s+){0,2}(?:[CGTN]PUs?|chips?|chipsets?|processors?|SoCs?|microcontrollers?|FPGAs?|smartphones?|phones?|tablets?|laptops?|boards?|sensors?|cameras?|devices?)\b/u;

const FIELDS_LISTED_BEFORE =
  /\b(?:domains?|fields?|areas?|sectors?|industries|disciplines?)\s*,?\s*(?:such as|like|including|e\.g\.,?)\s+(?:[\p{L}-]+(?:\s+[\p{L}-]+)?,\s+(?:and\s+|or\s+)?)*(?:and\s+|or\s+)?$/iu;
// A field or modality written capitalised ("on Vision and Speech benchmarks", "MAE models in Vision").
const FIELD_NAME =
  /^(?:Vision|Speech|Language|Audio|Text|Video|Image|Graph|Music|Robotics|Medicine|Healthcare|Finance|Law|Biology|Chemistry|Physics|Mathematics|Math|Code|STEM)$/;
/** "a Weights and Biases project": the second half of a generic name joined by "and" is no name of its own. */
function secondHalfOfGeneric(scan: Scan, c: Candidate): boolean {
  const joinedBy = /(\p{Lu}[\p{L}-]*)\s+(?:and|&)\s+$/u.exec(scan.text.slice(Math.max(0, c.start - 30), c.start));
  return !!joinedBy && lexicons().generic.has(fold(`${joinedBy[1]} and ${c.surface}`));
}

const NOT_A_METHOD_AFTER =
  /^\s+(?:criterion|criteria|standards?|guidelines?|(?:programming\s+)?languages?(?!\s+models?))\b/;

// "X-based", "X-inspired": a name written as the base of something else.
const ATTACHED_BASE = /^-(?:based|like|style|inspired|derived|initiali[sz]ed)\b/i;
const writtenAsBase = (scan: Scan, end: number) => ATTACHED_BASE.test(scan.text.slice(end, end + 14));

const lastWord = (s: string) => s.split(/\s+/).pop() ?? "";
const isTitleCase = (s: string) =>
  s
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|in|and|with|to|on|the|a|an|via|v\d+(?:\.\d+)*)$/.test(w))
    .every((w) => /^[\p{Lu}\d]/u.test(w));

function taskHeadOf(word: string): boolean {
  const heads = lexicons().taskHeads;
  const w = word.toLowerCase();
  return heads.has(w) || heads.has(w.slice(w.lastIndexOf("-") + 1));
}

const MEASURE_HEADS = new Set(["criterion", "criteria", "index", "divergence"]);
// The noun after a defined acronym that makes it a named part of a model.
const PART_NAMED_AFTER =
  /^\)?\s*(?:modules?|blocks?|layers?|units?|mechanisms?|branch(?:es)?|heads?|adapters?|encoders?|decoders?)\b/;
const CONCEPT_HEADS = new Set(
  `problem problems regulation law privacy camera query queries content format information theory
  theorem hypothesis principle distribution condition conditions property graph modality view box space disease
  diseases disorder disorders syndrome collapse effect effects phenomenon radar lidar language sensor sensors
  device devices scanner scanners`.split(/\s+/),
);
// The noun right after a definition that says it names a statement or a condition, not a method ("the
// Polyak-Lojasiewicz (PL) condition", "the restricted isometry property (RIP)" is caught by its own head).
const CONCEPT_AFTER =
  /^\s*\)?\s*(?:condition|conditions|inequality|assumption|assumptions|property|theorem|lemma|disease|disorder|syndrome)\b/i;

// A name (a word or two) and a year: "NTIRE 2022", "ICDAR 2013", "TRECVID MED 2011".
const DATED_EDITION = /^\p{Lu}[\p{L}\d&+-]*(?:\s\p{Lu}[\p{L}\d&+-]*)?[\s-](?:19|20)\d{2}$/u;

// "a web-scale dataset like JFT-300M": a name listed after a data noun is data, its count the data's size.
const DATA_LISTED_BEFORE = /\b(?:data ?sets?|corpus|corpora)\s*,?\s*(?:such as|like|including|e\.g\.,?)\s+$/i;
// "we introduce a …", "this paper proposes the novel …": right before the phrase that names what is proposed.
const PROPOSAL_OBJECT_BEFORE =
  /\b(?:we|this (?:paper|work))\s+(?:[\w-]+\s+)?(?:propose|introduce|present|design|develop|devise)[sd]?\s+(?:(?:a|an|the|our)\s+)?(?:(?:new|novel|simple)\s+)?$/i;
// "we define a novel score, the …", "this paper proposes the …": the words right before a measure the paper coins.
const MEASURE_PROPOSED_BEFORE =
  /\b(?:we|this (?:paper|work))\s+(?:[\w-]+\s+){0,2}?(?:propose|introduce|present|define|design|develop|devise)[sd]?\s+(?:(?:a|an|the|our)\s+)?(?:(?:new|novel|simple)\s+)?(?:(?:evaluation\s+)?(?:metric|measure|score|criterion),?\s+(?:(?:called|named|termed|dubbed)\s+)?(?:the\s+)?)?$/i;
const MEASURE_MODIFIES_AFTER =
  /^\)?\s*(?:-based\b|(?:variant|version|testing|test|constraint|loss|regulari[sz]er|regulari[sz]ation|term|objective|framework|method|approach|algorithm|module|estimator|minimi[sz]ation|maximi[sz]ation|optimi[sz]ation)s?\b)/i;
// "(ECOC) is a general framework to …": the text says what the defined name is.
const SAID_METHOD_AFTER =
  /^\)?\s*(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:framework|method|algorithm|technique|model|approach|architecture|paradigm|optimi[sz]er|solver|sampler|estimator)\b/i;
// Nouns that head a component's name ("… transforming module (DNDT)").
const PART_HEAD = /^(?:module|branch|component)s?$/i;
// "the problem of Expected Value Strong Controllability (EvSC)".
const PROBLEM_OF_BEFORE = /\b(?:the|a|this|new)\s+(?:[\w-]+\s+)?(?:tasks?|problems?)\s+of\s+$/i;

// Nouns that head a family's or a paradigm's name rather than one method's.
const FAMILY_HEAD = /^(?:networks?|learning|models?|fields?|functions?|systems?|machines?|frameworks?|layers?)$/i;

// Words of a sentence about data: its size, its samples, its release.
const DATA_SENTENCE =
  /\b(?:largest|publicly available|open-source|released?|images|videos|samples|recordings|annotat\w+|collected|curated|hours of)\b/i;
const sentenceOf = (scan: Scan, at: number) => scan.sentences[sentenceAt(scan.sentences, at)]!.text;

// Heads of operations that name methods, not problems, when the taxonomy does not know the name.
const OPERATION_HEADS = /^(?:matching|alignment|analysis|reconstruction|pruning|correction|extraction|recovery)$/i;

// A possessive then the noun of an eponymous term: "'s model", "'s theorem", "'s inequality".
const EPONYM_AFTER =
  /^['’]s\s+(?:model|theorem|lemma|inequality|bound|conjecture|law|criterion|paradox|dimension|complexity|conditions?|rule|algorithm|method)\b/;

// A naming verb in the passive, right before its cue ("… is termed", "are called").
const PASSIVE_NAMING = /\b(?:is|are|was|were|been|be)\s+(?:often\s+|commonly\s+|usually\s+|also\s+)?$/i;

const USED_BY_BEFORE = /\b(?:for|in|at|on|to)\s+(?:the\s+)?(?:\d{4}\s+)?$/i;

// The capitalised word right after an acronym's parenthesis ("(CWA) Attention").
const HEAD_AFTER_SHORT = /^\)\s+(\p{Lu}\p{Ll}+)\b/u;
// Nouns after a name that say it is a method ("the Frank-Wolfe (FW) method").
const METHOD_NOUN =
  /^(?:methods?|algorithms?|approach(?:es)?|techniques?|procedures?|schemes?|tests?|rules?|attacks?)$/;

// What a proposal is for, ending where a task's long form starts: right after "for", or after a first task
// abbreviated and coordinated with it.
const PURPOSE_BEFORE = /\bfor\s+(?:[\w-]+\s+)?(?:(?:[\w-]+\s+){0,6}\([^()]{1,20}\),?\s+(?:and|or)\s+)?$/i;

/** True when the name at `start`–`end` is one of two capitalised words that report a finding ("A and B showed that"). */
function reportedByPair(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (FIRST_OF_PAIR_REPORTS.test(after)) return true;
  return REPORTS_THAT_AFTER.test(after) && SECOND_OF_PAIR_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Decides what an acronym definition defines. */
function defineAs(
  def: Definition,
  proposed: boolean,
  scan: Scan,
  named = false,
  titled = false,
  forTitle = false,
): DefinedAs {
  const { entities, generic, taskNames } = lexicons();
  // Whether the public task taxonomy names the long form: asked by several of the rules below.
  const taxonomyTask = taskNames.has(foldTask(def.long));
  // A measure is the paper's own only where it is the object of the proposing verb or named by a cue ("we propose
  // the Widget Error Rate (WER)"), not one a proposing sentence goes on to report, nor one that only modifies the
  // proposal's noun ("a new Widget Distance (WD) variant", "WD testing").
  const ownMeasure = () =>
    proposed &&
    !MEASURE_MODIFIES_AFTER.test(scan.text.slice(def.shortEnd, def.shortEnd + 30)) &&
    (named || MEASURE_PROPOSED_BEFORE.test(scan.text.slice(Math.max(0, def.longStart - 90), def.longStart)));
  // An edition's year, number or version after the head leaves the head as it is ("Widget City Challenge 2020",
  // "Widget Fitted Network v2").
  const head = lastWord(def.long.replace(/(?:\s+(?:\d+|v\d+(?:\.\d+)*))+$/, "")) || lastWord(def.long);
  let known = entities.get(fold(def.long)) ?? entities.get(fold(def.short)) ?? entities.get(keyOf(def.short));
  // The long form's head types an acronym the lexicon knows as something else ("Grouped Query Attention (GQA)" is
  // no visual question answering dataset): only the long form says which entity this paper means.
  if (known && !entities.has(fold(def.long)) && known.type !== "model" && MODEL_HEADS.has(head)) known = undefined;
  // Nor is an acronym the paper spells out otherwise the lexicon's entity: "attack success rate (ASR)" is no
  // automatic speech recognition, "autoregressive (AR)" no average recall.
  // A spelling with a word more or less is the lexicon's own ("detection with Transformer (DETR)").
  const longKnown =
    entities.has(fold(def.long)) ||
    entities.has(fold(singular(def.long))) ||
    (known !== undefined && spellsLexiconName(known.name, def.long));
  if (known && !longKnown && (known.spelledOut || ![fold(def.short), fold(def.long)].includes(fold(known.name)))) {
    known = undefined;
  }
  if (!known && CONCEPT_AFTER.test(scan.text.slice(def.shortEnd, def.shortEnd + 30))) return "concept";
  if (known) {
    // A well-known entity is the paper's own only when its title coins it (the paper that introduced it): "we
    // design an alternating direction method of multipliers (ADMM) solver" uses ADMM.
    // Not one a title applies to something ("Vision Transformer for Small-Size Datasets" uses ViT).
    // So does a title that spells it out where the abstract proposes it ("Widget Biases Enable …: …" with "we
    // introduce …, Widget Biases (WiB)").
    const own = proposed && (titled || titleSpellsOut(scan, def)) && known.type !== "task" && !forTitle;
    return { type: known.type, strength: STRENGTH.explicit, proposed: own, known: true };
  }
  // A paper that proposes a name may reuse a generic acronym for it ("Plan, Eliminate, and Track (PET)").
  // Not one written in lowercase words, though ("a detection model in bird's eye view (BEV)"), or a lone compound
  // adjective ("an Out-of-Distribution (OoD) detector").
  // A lowercase long form headed by a method's own noun still names one ("exponential smoothing attention (ESA)");
  // one headed by a family's noun names the family ("artificial neural network (ANN)", "multi-task learning (MTL)").
  const methodHead = isModelHead(head) && !FAMILY_HEAD.test(head);
  const coinedName = proposed && (/\p{Lu}/u.test(def.long) || methodHead) && def.long.includes(" ");
  // A generic acronym spelled out as an activity the taxonomy names is that task ("symbolic regression (SR)", though
  // SR is mostly super-resolution's).
  if (generic.has(keyOf(def.short)) && !coinedName && !generic.has(fold(def.long))) {
    // Not a paradigm or a process ("multi-task learning (MTL)", "Bayesian optimization (BO)" stay generic).
    const taskHead = taskHeadOf(head) && !/^(?:learning|optimi[sz]ation|analysis|modell?ing|inference)$/i.test(head);
    return taskHead && taxonomyTask ? { type: "task", strength: STRENGTH.context, proposed: false } : "concept";
  }
  if (generic.has(fold(def.long))) return "concept";
  // The words around either form may say what it is ("a problem known as Long Form (LF)", "LF is the task of …").
  const context =
    typeByContext(scan, def.shortStart, def.shortEnd + 1) ?? typeByContext(scan, def.longStart, def.longEnd);
  // A score beside a name is weak evidence of a metric; a new metric said to be one ("a new … metric, X") is not.
  const metricSaid = context?.type === "metric" && context.strength === STRENGTH.explicit;
  // A paradigm is never data, whatever surrounds it ("the increase in supervised learning (SL) performance").
  const paradigmAsData = DATA.has(context?.type ?? "model") && /^learning$/i.test(head);
  // Evaluation or training phrasing says data, weakly: the long form may say otherwise.
  const weakData = DATA.has(context?.type ?? "model") && context!.strength !== STRENGTH.explicit;
  // Nor is a task the taxonomy knows that the paper does not propose, where only the evaluation phrasing says data
  // ("surpasses all methods on visual speech recognition (VSR) on LRS3"; "a new benchmark for … visual question
  // answering (XY-VQA)" is data).
  const taskAsData = !proposed && weakData && (taxonomyTask || endsInKnownTask(def.long));
  // Nor a measure, spelled out with a measure's head, where only the evaluation phrasing says data ("by 6.5% in
  // average multi-widget tracking accuracy (AMWTA)"), nor a model or a family of them ("benchmarks exist for
  // evaluating long-range widget models (LRWMs)").
  const measureAsData = weakData && METRIC_HEADS.test(head);
  const modelAsData = weakData && isModelHead(singular(head));
  // Nor is a lowercase phrase abbreviated before the noun it describes ("trained on low widget range (LWR) inputs"),
  // nor a concept or a device ("event data from Dynamic Widget Sensors (DWS)").
  const wordAfter = /^\)?\s+(\p{Ll}+)/u.exec(scan.text.slice(def.shortEnd, def.shortEnd + 24))?.[1];
  const describesNounAfter = wordAfter !== undefined && !FUNCTION_WORDS.has(wordAfter);
  if (
    weakData &&
    ((!/\p{Lu}/u.test(def.long) &&
      describesNounAfter &&
      !dataHeadType(head) &&
      !METRIC_HEADS.test(head) &&
      !isModelHead(singular(head)) &&
      !taskHeadOf(head)) ||
      CONCEPT_HEADS.has(head.toLowerCase()))
  ) {
    return "concept";
  }
  if (
    context &&
    context.type !== "model" &&
    (context.type !== "metric" || metricSaid) &&
    !paradigmAsData &&
    !taskAsData &&
    !measureAsData &&
    !modelAsData
  ) {
    return { ...context, proposed };
  }
  // So is a method said to be one, whatever its long form's head ("Wida (Widget Domain Acquisition), a framework for …").
  if (context?.type === "model" && context.strength === STRENGTH.explicit) return { ...context, proposed };
  // "We study the problem of Expected Value Strong Controllability (EvSC)": what a problem's "of" names is one.
  if (!context && PROBLEM_OF_BEFORE.test(scan.text.slice(Math.max(0, def.longStart - 40), def.longStart))) {
    return { type: "task", strength: STRENGTH.context, proposed };
  }
  // A long form headed by a data or evaluation noun names that data, whoever made it.
  // So does a title-case one headed by "Set" or "Collection" in a sentence about data ("we introduce the … Thin
  // Section Optical-polarization Set (LITHOS), the largest … publicly available"), not a property ("Dynamic
  // Reachability Set").
  const dataSet = /^(?:Set|Collection)$/.test(head) && DATA_SENTENCE.test(sentenceOf(scan, def.longStart));
  const dataType = dataHeadType(head) ?? (dataSet ? "dataset" : undefined);
  if (dataType) {
    // Data or a challenge that a proposal is for or is tried on is used ("our solution for the … Challenge (WCC20)").
    const usedBy = USED_BY_BEFORE.test(scan.text.slice(Math.max(0, def.longStart - 24), def.longStart));
    return { type: dataType, strength: STRENGTH.context, proposed: proposed && !usedBy };
  }
  // (Not one named before a method's noun: "the Gradient Widget Ratio (GWR) attack" is an attack.)
  const methodNamed = /^\)?\s*(?:attacks?|algorithms?|methods?|frameworks?|approach(?:es)?|models?)\b/i.test(
    scan.text.slice(def.shortEnd, def.shortEnd + 16),
  );
  if ((METRIC_HEADS.test(head) || PER_UNIT.test(def.long)) && !methodNamed) {
    return { type: "metric", strength: STRENGTH.context, proposed: ownMeasure() };
  }
  // "Inverse Cloze Task (ICT)": a long form headed by "Task" names one, not "a Dropped-Scheduled Task (DST) algorithm".
  // The noun right after the short form: "a multi-thread parsing (MTP) algorithm" names one method, "open-set
  // recognition (OSR) methods" are methods for a task.
  const nounAfter = /^\)?\s*(algorithm|method|framework|model|approach|technique)(s?)\b/i.exec(
    scan.text.slice(def.shortEnd, def.shortEnd + 24),
  );
  const methodAfter = !!nounAfter && !/^technique$/i.test(nounAfter[1]!);
  const oneMethodAfter = !!nounAfter && !nounAfter[2] && !/^model$/i.test(nounAfter[1]!);
  if (/^Tasks?$/.test(head) && !proposed && !methodAfter) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  // A title-case name headed by an operation the taxonomy does not know is a method's ("Bipartite Soft Matching
  // (BSM)", "Kernel Feature Analysis"), unlike "Video Object Segmentation (VOS)"; predicting, reasoning and modeling
  // name problems ("Crystal Structure Prediction (CSP)", "Masked Image Modeling (MIM)").
  const methodLike = isTitleCase(def.long) && OPERATION_HEADS.test(head) && !taxonomyTask && !endsInKnownTask(def.long);
  // What a proposal is for, written in lowercase, is the task it addresses ("a new framework for continual
  // low-light widget detection (CLWD)"), not the proposal's name.
  // So is the second of two such tasks ("for unified few-shot widget detection (FSWD) and widget segmentation (FSWS)").
  const purpose =
    proposed &&
    !/\p{Lu}/u.test(def.long.slice(1)) &&
    PURPOSE_BEFORE.test(scan.text.slice(Math.max(0, def.longStart - 100), def.longStart));
  // A known task that a proposal is of, in lowercase, stays a task ("we recast temporal action
  // detection (TAD) as a matching problem"); one the proposal is named ("our approach, multi-scale widget
  // detection (MSWD)") is the proposal.
  const knownTaskNamed =
    proposed &&
    !/\p{Lu}/u.test(def.long.slice(1)) &&
    /\b(?:of|to)\s+$/i.test(scan.text.slice(Math.max(0, def.longStart - 4), def.longStart)) &&
    (taxonomyTask || endsInKnownTask(def.long));
  // "We present Quill, a training-free widget segmentation (WS) framework": where an appositive describes a proposal
  // already named, the acronym before its noun is the task it does, not a second name for it.
  const describesNamed =
    !/\p{Lu}/u.test(def.long.slice(1)) &&
    NAMED_THEN_APPOSITIVE.test(scan.text.slice(Math.max(0, def.longStart - 80), def.longStart));
  if (
    taskHeadOf(head) &&
    !MODEL_HEADS.has(head) &&
    (!proposed || purpose || knownTaskNamed || describesNamed) &&
    !methodLike &&
    (!oneMethodAfter || describesNamed)
  ) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  if (oneMethodAfter && !proposed && taskHeadOf(head)) return { type: "model", strength: STRENGTH.context, proposed };
  // A lone lowercase compound adjective abbreviated inside a noun phrase describes what follows ("three
  // open-lexicon (OL) foundation parsing models"), whatever sentence it is in; one headed by a method's or a task's
  // own noun may still name one ("self-attention (SA) layers").
  // Not the object of a proposing verb, which names the proposal ("we introduce a trial-and-error (TnE) learning
  // framework"), nor one before a function word ("the widget-pixel-downsample (WP-Down) and …") or a part's noun
  // (the "… (VAD) module" is named, as below).
  const lastPart = head.slice(head.lastIndexOf("-") + 1);
  if (
    !named &&
    /^\p{Ll}[\p{Ll}\d]*(?:-[\p{Ll}\d]+)+$/u.test(def.long) &&
    !isModelHead(lastPart) &&
    !taskHeadOf(lastPart) &&
    describesNounAfter &&
    !PART_NAMED_AFTER.test(scan.text.slice(def.shortEnd, def.shortEnd + 24)) &&
    !PROPOSAL_OBJECT_BEFORE.test(scan.text.slice(Math.max(0, def.longStart - 60), def.longStart))
  ) {
    return "concept";
  }
  // A name the text coins ("termed X (Y)") is a model's even when earlier work coined it.
  if (proposed || named) return { type: "model", strength: STRENGTH.context, proposed };
  // An acronym named as a part ("a gated cross-widget attention (GCWA) block") names that part, unless its
  // long form only describes the part ("a fully-connected (FC) layer", "a differentially private (DP) mechanism").
  if (
    PART_NAMED_AFTER.test(scan.text.slice(def.shortEnd, def.shortEnd + 24)) &&
    !isDescribingWord(head.toLowerCase().split("-").pop()!)
  ) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  // "the day-to-night domain transforming module (DNDT)": a long form headed by a component's noun names it.
  if (PART_HEAD.test(head) && def.long.split(/[\s-]+/).length >= 3) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  // The head of a title-case long form says what else it may be: a measure ("Akaike Information Criterion"), an
  // activity the public task taxonomy names ("Face Anti-Spoofing"; other activities are methods: "Backward
  // Compatible Training") or a concept ("Constraint Satisfaction Problem", "General Data Protection Regulation").
  const headWord = head.toLowerCase();
  // Unless the text says it is a method ("The Differentiable Widget Index (DWI) is a paradigm for …").
  const saidMethod = SAID_METHOD_AFTER.test(scan.text.slice(def.shortEnd, def.shortEnd + 60));
  if (MEASURE_HEADS.has(headWord) && !saidMethod) {
    return { type: "metric", strength: STRENGTH.context, proposed: ownMeasure() };
  }
  // "Learning" is left out: "federated learning (FL)" names a paradigm, which annotators list as generic; a
  // setting of one the taxonomy names is a task ("personalized federated learning (PFL)").
  const setting = headWord !== "learning" || def.long.split(/\s+/).length >= 3;
  // (A method's "-ing" head, "Positional Encoding", is no activity; "Learning" heads a setting of learning.)
  const activity = /ing$/.test(headWord) && setting && (!MODEL_HEADS.has(head) || headWord === "learning");
  if (activity && taxonomyTask) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  // A lowercase long form ending in a task the taxonomy names is that task in a setting ("Graph neural
  // architecture search (GraphNAS)"). Not a paradigm's or a technique's ("generative adversarial imitation learning
  // (GAIL)", "particle swarm optimization (PSO)", "adversarial topic models (ATM)" are methods), nor a plural
  // acronym's (things: "video large language models (VLLMs)"), nor data ("multivariate time series (MTS)").
  if (
    !proposed &&
    !isTitleCase(def.long) &&
    !/^(?:learning|optimi[sz]ation|analysis|series|data)$/i.test(head) &&
    !FAMILY_HEAD.test(head) &&
    !/\p{Lu}s$/u.test(def.short) &&
    endsInKnownTask(def.long)
  ) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  // An acronym coined with lowercase letters inside, for a long form headed by a method's own noun that names no
  // task, is one method whoever made it ("monotonic chunkwise attention (MoChA)"); an all-capital one may be a
  // family's ("multi-head attention (MHA)").
  if (methodHead && /^\p{Lu}[\p{L}\d]*\p{Ll}[\p{L}\d]*\p{Lu}/u.test(def.short) && !/\p{Lu}s$/u.test(def.short)) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  // "the fitted widget iteration (FWI) algorithm", "an ICP (iterative closest point) method": a lowercase phrase of
  // nouns abbreviated right before one method's noun names that method, whoever made it; an adjective's does not
  // ("a differentially private (DP) algorithm"), and a setting of learning is a task's ("task-incremental learning").
  const oneMethodAfterBoth = /^\)?\s*(?:algorithm|method|procedure|solver)\b/i.test(
    scan.text.slice(Math.max(def.shortEnd, def.longEnd), Math.max(def.shortEnd, def.longEnd) + 16),
  );
  if (
    oneMethodAfterBoth &&
    def.long.includes(" ") &&
    /^\p{Lu}[\p{Lu}\d-]*\p{Lu}$/u.test(def.short) &&
    !/(?:al|ive|ous|ed|ic|able|ible|ary|ent|ant)$/.test(headWord) &&
    headWord !== "learning" &&
    !isDescribingWord(headWord)
  ) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  if (CONCEPT_HEADS.has(headWord)) return "concept";
  // "The error correcting output codes (ECOC) is a general framework to …": the text says it is a method.
  // Not a paradigm ("Federated learning (FL) is a distributed … framework") nor a family ("DPPs are a …").
  if (headWord !== "learning" && !/\p{Lu}s$/u.test(def.short) && saidMethod) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  // A short form that joins a qualifier to a generic family's acronym names a variant of it ("differentially private
  // stochastic gradient descent (DP-SGD)").
  const parts = def.short.split("-");
  if (
    parts.length === 2 &&
    parts.every((p) => /^\p{Lu}{2,}$/u.test(p)) &&
    generic.has(fold(parts[1]!)) &&
    headWord !== "learning"
  ) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  // One capitalised compound led by an adjective, abbreviated before the noun it describes ("the Direct-Current (DC)
  // component", "Normal-Light (NL) images"), is a property; before a part's, a method's or a task's noun it names
  // one ("Squeeze-Excitation (SE) block", "the Frank-Wolfe (FW) method").
  if (
    /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(def.long) &&
    describesNounAfter &&
    isDescribingWord(def.long.slice(0, def.long.indexOf("-")).toLowerCase()) &&
    !PART_NAMED_AFTER.test(scan.text.slice(def.shortEnd, def.shortEnd + 24)) &&
    !METHOD_NOUN.test(wordAfter) &&
    !isModelHead(singular(wordAfter)) &&
    !taskHeadOf(wordAfter)
  ) {
    return "concept";
  }
  // A process the public task taxonomy names, abbreviated ("… Domain Adaptation (…DA)"), is that task, where the paper
  // does not propose it.
  if (!proposed && taxonomyTask && /(?:tion|sion|ment)$/.test(headWord) && !MODEL_HEADS.has(head)) {
    return { type: "task", strength: STRENGTH.context, proposed: false };
  }
  if (
    isTitleCase(def.long) &&
    !/^(?:un)?learning$/i.test(head) &&
    (!/[^s]s$/.test(head) || namesOnePlural(def, head) || HEAD_BEFORE_OF.test(def.long))
  ) {
    return { type: "model", strength: STRENGTH.context, proposed: false };
  }
  // Introduced elsewhere before a method's noun, the short form names the paper's own method ("a … algorithm for
  // learning PCC (LPCC)", then "we … introduce the LPCC algorithm").
  if (introducedAsMethod(scan, def.short)) return { type: "model", strength: STRENGTH.context, proposed: true };
  return "concept";
}

// "we … introduce the LPCC algorithm": a name after a proposing verb and an article, before a method's noun.
const INTRODUCED_METHOD =
  /\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:[\w-]+\s+){0,3}?(?:introduce|propose|present|develop|design)[sd]?\s+(?:the|our)\s+(\S+)\s+(?:algorithm|method|framework|model|architecture)\b/g;
// Read once per paper, however many acronyms it defines (a long record defines thousands).
const introducedMethods = new WeakMap<Scan, Set<string>>();

/** True when the paper introduces the short form as its method ("we … introduce the LPCC algorithm"). */
function introducedAsMethod(scan: Scan, short: string): boolean {
  let names = introducedMethods.get(scan);
  if (!names) {
    names = new Set([...scan.text.matchAll(INTRODUCED_METHOD)].map((m) => m[1]!));
    introducedMethods.set(scan, names);
  }
  return names.has(short);
}

/** True when the title writes a long form defined after it, as a phrase of its own. */
function titleSpellsOut(scan: Scan, def: Definition): boolean {
  const title = scan.sentences[0];
  if (!title || def.longStart < title.end || !def.long.includes(" ")) return false;
  const at = title.text.toLowerCase().indexOf(def.long.toLowerCase());
  // Not inside a longer name ("The Recurrent Widget Kernel" is another entity than "Widget Kernel").
  return (
    at >= 0 &&
    !/(?:\p{Lu}[\p{L}\d-]*\s+|[\w-])$/u.test(title.text.slice(0, at)) &&
    !/\w/.test(title.text[at + def.long.length] ?? " ")
  );
}

/** True when the last two or more words of `long` (not all of them) are a task name the taxonomy knows. */
function endsInKnownTask(long: string): boolean {
  const words = long.split(/\s+/);
  for (let k = 1; k <= words.length - 2; k++) {
    if (lexicons().taskNames.has(foldTask(words.slice(k).join(" ")))) return true;
  }
  return false;
}

// "Mixture of Widget Experts", "Tree of Gizmos": the word before "of" heads the phrase, not the plural after it.
const HEAD_BEFORE_OF = /^\p{Lu}\p{Ll}+ of (?:[\p{Lu}\d][\p{L}\d-]* )*\p{Lu}[\p{L}\d-]*$/u;

/**
 * A plural long form a singular acronym names is one method ("Deformable Partial Radiance Fields (DPaRF)",
 * "Importance Weighted Autoencoders (IWAE)"); a plural acronym goes with a family ("Graph Attention Networks
 * (GATs)"), and so do plural "Models" ("Generalized Linear Models (GLM)", "Deep Generative Models (DGM)").
 */
const namesOnePlural = (def: Definition, head: string) =>
  !/s$/.test(def.short) && head !== "Models" && MODEL_HEADS.has(head.replace(/s$/, ""));

/** The index of the first token at or after `offset` (binary search). */
function tokenAtOrAfter(scan: Scan, offset: number): number {
  let lo = 0;
  let hi = scan.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markTaken(scan: Scan, taken: Uint8Array, start: number, end: number): void {
  for (let i = tokenAtOrAfter(scan, start); i < scan.tokens.length && scan.tokens[i]!.start < end; i++) taken[i] = 1;
}

const NAME_GOES_ON = /^(?:[ -][\p{Lu}\d]|-\p{L})/u;
// … or began before it ("Adaptive Widget Steering" of "Widget Steering"), not a sentence's opening word.
const NAME_BEGAN =
  /(?:^|[^.:;!?]\s)(?!(?:The|A|An|Our|This|These|Its|In|On|With|For|By|And)[ -]$)\p{Lu}[\p{L}\d]*[ -]$/u;

/**
 * A title's coined name of several words, wherever the text writes it as the title does, is that name, and a known
 * name inside it is not mentioned there ("SegFormer" of "Wobbly SegFormer"): the title's span and each repeat are
 * taken, and each repeat is a candidate of its own.
 */
function titleRepeats(
  scan: Scan,
  title: Candidate,
  taken: Uint8Array,
  occurrences: (phrase: string) => number[],
): Candidate[] {
  // A data name keeps the known names inside it ("Extended WidgetSet Dataset" is built on WidgetSet).
  const head = title.surface.slice(title.surface.lastIndexOf(" ") + 1);
  if (title.lexicon || title.versionOf || title.dataset || title.benchmark || dataHeadType(head)) return [];
  if (!title.surface.includes(" ")) return [];
  if (NAME_GOES_ON.test(scan.text.slice(title.end, title.end + 2))) return [];
  markTaken(scan, taken, title.start, title.end);
  const repeats: Candidate[] = [];
  // A plural title's name recurs in the singular, its modifiers perhaps in lowercase ("Adaptively Gizmo
  // Transformers", then "we build the adaptively gizmo Transformer"); other names recur as written.
  const plural = /[^s]s$/.test(head) && MODEL_HEADS.has(head.slice(0, -1));
  const phrase = plural ? title.surface.slice(0, -1) : title.surface;
  const found = occurrences(phrase.toLowerCase());
  if (plural) found.push(...occurrences(title.surface.toLowerCase()));
  for (const at of found) {
    const end = at + phrase.length + (plural && scan.text[at + phrase.length] === "s" ? 1 : 0);
    if (at === title.start) continue;
    const written = scan.text.slice(at, end);
    if (plural ? !written.endsWith(head.slice(0, -1)) && !written.endsWith(head) : written !== title.surface) continue;
    const first = tokenAtOrAfter(scan, at);
    // A longer name goes on past it ("Widget Mamba 7B", "Widget News Captioner"): left to the other candidates.
    if (taken[first] || NAME_GOES_ON.test(scan.text.slice(end, end + 2)) || NAME_BEGAN.test(scan.text.slice(0, at))) {
      continue;
    }
    markTaken(scan, taken, at, end);
    repeats.push({ ...title, start: at, end, first, last: tokenAtOrAfter(scan, end) - 1, forTitle: false });
  }
  return repeats;
}

// "mixed precision", "we recall", "the rank-1 case": words that are metrics only when the text is reporting numbers
// or other metrics.
const AMBIGUOUS_METRICS = new Set([
  "precision",
  "recall",
  "sensitivity",
  "specificity",
  "rank-1",
  "rank1",
  "rank-5",
  "rank5",
  // The translation metric, and a commonsense model of the same name.
  "comet",
]);
// Words that name a property more often than a measure ("global sensitivity", "strong specificity"): a measure only
// beside its score, paired ("sensitivity and specificity"), or where the text lists measures ("metrics such as
// sensitivity").
const PROPERTY_METRICS = new Set(["sensitivity", "specificity"]);
const MEASURES_LISTED_BEFORE =
  /\b(?:(?:metrics?|measures?)\s*,?\s*(?:such as|like|including|e\.g\.,?)|in terms of(?:\s+(?:the\s+)?[\w-]+\s*(?:,|and))?)\s+$/i;
const NOT_METRIC_BEFORE = new RegExp(String.raw`\b(?:${NUMBER_FORMAT_WORDS}|lower|higher|we|to)[- ]$`, "i");

// "IoU heads", "accuracy predictor": a metric's name before a part of a model names the part.
const PART_AFTER =
  /^[- ](?:heads?|branch(?:es)?|modules?|layers?|networks?|tokens?|embeddings?|predictors?|estimators?)\b/i;

// A score beside the name: "AR@100", "AR of 45.2", "45.2 AR".
const SCORE_AFTER = /^\s*(?:@|(?:of|=|:)\s*\d|\d)/;
const SCORE_BEFORE = /\d\s*%?\s*$/;

/**
 * Whether a lexicon metric is one here. Words that are also plain words ("precision", "recall") and acronyms the
 * field also uses for a generic concept ("AR": average recall, but also autoregressive, augmented reality) need
 * a score beside them or other metrics in their sentence.
 */
function metricInContext(scan: Scan, c: Candidate): boolean {
  if (PART_AFTER.test(scan.text.slice(c.end, c.end + 16))) return false;
  const ambiguous = AMBIGUOUS_METRICS.has(c.surface.toLowerCase()) || lexicons().generic.has(keyOf(c.surface));
  if (!ambiguous) return true;
  if (NOT_METRIC_BEFORE.test(scan.text.slice(Math.max(0, c.start - 20), c.start))) return false;
  const before = scan.text.slice(Math.max(0, c.start - 8), c.start);
  if (SCORE_AFTER.test(scan.text.slice(c.end, c.end + 8)) || SCORE_BEFORE.test(before)) {
    return true;
  }
  const sentence = scan.sentences[scan.tokens[c.first]!.sentence]!.text;
  if (PROPERTY_METRICS.has(c.surface.toLowerCase())) {
    return (
      /\bsensitivity,?\s+(?:and\s+)?specificity\b|\bspecificity,?\s+(?:and\s+)?sensitivity\b/i.test(sentence) ||
      MEASURES_LISTED_BEFORE.test(scan.text.slice(Math.max(0, c.start - 60), c.start))
    );
  }
  // "in terms of X", "W.R.T the X": what a result is stated in.
  if (
    /\b(?:in terms of|w\.?r\.?t\.?|with respect to)\s+(?:the\s+)?$/i.test(
      scan.text.slice(Math.max(0, c.start - 24), c.start),
    )
  ) {
    return true;
  }
  return /\d\s*%|\bprecision\b.*\brecall\b|\brecall\b.*\bprecision\b|\bF1\b|\baccuracy\b|\bm?AP\b|\b(?:(?:sacre)?BLEU|chrF|BLEURT|METEOR)\b/i.test(
    sentence,
  );
}

/** A capitalised plain word the paper (or corpus) also writes in lowercase, never capitalised inside the abstract. */
function titleWordOnly(scan: Scan, surface: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(surface)) return false;
  const lower = surface.toLowerCase();
  if (!scan.common.has(lower) && !scan.common.has(`${lower}s`)) return false;
  return !writtenAsName(scan, surface);
}

/**
 * "GPU-CPU", "RGB-D LiDAR", "Attention-based Transformer", "7B-LLMs": every part a generic word, an attached suffix
 * or a size.
 */
function allPartsGeneric(surface: string): boolean {
  if (!/[-\s/]/.test(surface)) return false;
  const words = surface
    .split(/\s+/)
    .map(cleanWord)
    .flatMap((w) => w.split(/[-/]+/))
    .filter((w) => w && w !== "to");
  // A leading parameter count sizes a family ("7B-LLMs"); a trailing one names a variant ("Llama-7B").
  const parts = MODEL_SIZE.test(words[0] ?? "") ? words.slice(1) : words;
  return (
    (parts.length > 1 || (parts.length === 1 && words.length > 1)) &&
    parts.every((p) => lexicons().generic.has(fold(singularAcronym(p))))
  );
}

const MODEL_SIZE = /^\d+(?:\.\d+)?[BM]$/;

/** A generic concept or a task the lexicons know ("Reinforcement Learning", "Active Learning"). */
function isConceptOrTask(phrase: string): boolean {
  const { generic, entities, taskNames } = lexicons();
  const known = entities.get(fold(phrase));
  return (
    generic.has(fold(phrase)) ||
    known?.type === "task" ||
    (!known && taskNames.has(foldTask(phrase))) ||
    allPartsGeneric(phrase)
  );
}

/**
 * Whether the text calls `short` its own and says what it does ("our RRID outperforms …", "our proposed RRID
 * method"); only a coined acronym of three letters or more, no generic one ("our CNN", "our RL agent") nor a plural.
 */
function calledOurs(text: string, short: string): boolean {
  if (!/^\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*$/u.test(short) || short.length < 3 || /\p{Lu}s$/u.test(short)) return false;
  const { generic, entities } = lexicons();
  if (generic.has(keyOf(short)) || entities.has(fold(short))) return false;
  return new RegExp(`\\bour\\s+(?:proposed\\s+|new\\s+)?${short}\\s+(?:${OWN_DOES})\\b`, "u").test(text);
}
const OWN_DOES =
  "outperforms|achieves|surpasses|improves|yields|obtains|reaches|beats|is|method|model|framework|approach|algorithm|network|system";

/** "our (proposed) X": the paper's own name, whatever its words. */
const writtenAsOurs = (scan: Scan, start: number) =>
  /\bour\s+(?:[\w-]+\s+)?$/i.test(scan.text.slice(Math.max(0, start - 24), start));

/** Whether a word of the candidate is an ordinary word highlighted to spell an acronym of its sentence. */
function spellsPartOfAcronym(scan: Scan, c: Candidate): boolean {
  const sentence = scan.tokens[c.first]!.sentence;
  // Listed only for a word of the highlighted shape, and once.
  let words: string[] | undefined;
  const sentenceWords = () => (words ??= scan.tokens.filter((t) => t.sentence === sentence).map((t) => t.text));
  for (let k = c.first; k <= c.last; k++) {
    // The word as written, and without what it is joined to ("DIffusion-based" of ODISE).
    const { text } = scan.tokens[k]!;
    if (spellsAcronym(text, scan.common, sentenceWords)) return true;
    if (scan.clean[k] !== text && spellsAcronym(scan.clean[k]!, scan.common, sentenceWords)) return true;
  }
  return false;
}

function isFieldOfLearning(phrase: string): boolean {
  const words = phrase.split(" ");
  if (words.length === 3) return words[2] === "Learning" && isConceptOrTask(words.slice(1).join(" "));
  // The word joined by a hyphen ("Meta-Reinforcement Learning", "Semi-Supervised Learning").
  const joinedTo = /^\p{L}+-(\p{L}+)$/u.exec(words[0]!)?.[1];
  return words.length === 2 && words[1] === "Learning" && !!joinedTo && isConceptOrTask(`${joinedTo} Learning`);
}

/**
 * A task written in title case right after a plain capitalised word the corpus never writes in lowercase, inside a
 * sentence, is the end of a name ("inspired by Matryoshka Representation Learning", "Montreal Video Description"),
 * not the task; after a dataset's name it is that dataset's task ("CoNLL Named Entity Recognition").
 */
function endsTitleCaseName(scan: Scan, start: number, end: number): boolean {
  const k = firstAtOrAfter(scan.tokens, start);
  if (k < 1 || scan.tokens[k]!.sentence === 0) return false;
  for (let i = k; i < scan.tokens.length && scan.tokens[i]!.start < end; i++) {
    if (!/^\p{Lu}/u.test(scan.tokens[i]!.text)) return false;
  }
  const before = scan.tokens[k - 1]!.text;
  return (
    joined(scan, k - 1) &&
    /^\p{Lu}\p{Ll}+$/u.test(before) &&
    !scan.common.has(before.toLowerCase()) &&
    // A language is written with a capital and names the data ("two English Question Answering datasets").
    !isLanguage(before) &&
    !sentenceInitial(scan, k - 1)
  );
}

const RANK_K = /^rank-?\d+$/i;
const ALGEBRA_AFTER =
  /^[\s-]+(?:tensors?|matri(?:x|ces)|approximations?|updates?|decompositions?|factori[sz]ations?|constraints?|perturbations?|structures?|projections?|components?|terms?|sensing|completion|recovery|spikes?|signals?|modifications?|corrections?|estimat\w*|models?|bandits?|subspaces?)\b/i;

/**
 * Extends a candidate over up to two following title-case words of its sentence, or up to four that run to a data
 * noun ("the GizmoSet Street Object Detection dataset"), mutating it.
 */
function extendOverTitleWords(scan: Scan, c: Candidate): void {
  let last = c.last;
  while (
    last - c.last < 4 &&
    joined(scan, last) &&
    scan.title[last + 1] &&
    !FUNCTION_WORDS.has(scan.lower[last + 1]!) &&
    // The data noun after a name is not part of it ("the WidgetQA Dataset" names WidgetQA).
    !DATA_HEAD.test(scan.lower[last + 1]!) &&
    // Nor is a language, which names the part of the data used ("the XYZ-2020 Tamil and Bengali corpora").
    !isLanguage(scan.tokens[last + 1]!.text)
  ) {
    last++;
  }
  if (last - c.last > 2 && !(joined(scan, last) && DATA_HEAD.test(scan.lower[last + 1] ?? ""))) last = c.last + 2;
  if (last === c.last) return;
  c.last = last;
  c.end = scan.tokens[last]!.end;
  c.surface = scan.text.slice(c.start, c.end);
}

// Platforms and countries that lead a data name ("Twitter US Airline", "Reddit TIFU"), generic on their own.
const DATA_NAME_LEADS = /^(?:Twitter|Reddit|YouTube|Weibo|Yelp|Wikipedia|US|UK|EU)$/;
// A campaign's part that a number follows ("SemEval 2021 Task 1"), and a numbered part written alone ("Track2", a
// ranking's "TOP 3").
const NUMBERED_PART = /\s(?:Task|Track|Subtask)$/;
const NUMBERED_PART_ALONE = /^(?:Track|Task|Subtask|Phase|Stage|Round|Part|Step|Level|Top)[- ]?\d+[a-z]?$/i;
// A data noun later in the same list ("on the Twitter US Gadget, IMDb and Yelp datasets").
const DATA_NOUN_LATER = /^[^.;]{0,80}?\b(?:datasets|corpora|benchmarks)\b/;

/** A data name's leading platform or country words, which name nothing alone, are part of it. */
function extendBackOverPlatform(scan: Scan, c: Candidate): void {
  let first = c.first;
  while (first > 0 && c.first - first < 2 && DATA_NAME_LEADS.test(scan.clean[first - 1]!) && joined(scan, first - 1)) {
    first--;
  }
  if (first === c.first) return;
  c.first = first;
  c.start = scan.tokens[first]!.start;
  c.surface = scan.text.slice(c.start, c.end);
}

/**
 * A parameter count or a scale ends a model's name ("Llama3-8B", "Qwen2.5-Omni-7B", "PVTv2-B0"): datasets are not
 * sized so.
 */
const SIZED = /[-_ ]\d+(?:\.\d+)?[BM]$|[-_ ](?:[Tt]iny|[Ss]mall|[Bb]ase|[Ll]arge|[Hh]uge|XL|XXL|B[0-7])$/;

/** A count of thousands ends a dataset's name ("AP-10K", "APT-36K"); models are sized in B and M instead. */
const COUNTED = /[-_ ]\d+(?:\.\d+)?K$/;
const countedData = (surface: string) =>
  COUNTED.test(surface) &&
  !/\d(?:\.\d+)?[BM]\b/.test(surface) &&
  // A known model's context length is no count ("GPT-4-32K").
  lexicons().entities.get(fold(surface.replace(COUNTED, "")))?.type !== "model";

/**
 * Average precision and recall by IoU cut-off or range of cut-offs, object size, box or mask, detections kept
 * ("AP50", "APm", "ARb100", "mAP50-95").
 */
const DETECTION_METRIC = /^(?:m?AP|AR)(?:_?(?:[bmslr]|box|mask|bbox))?(?:_?\d{1,3}(?:[-:]\d{1,3})?)?$/;

/** A known dataset's name after a word of its own: a dataset of that family ("MedMNIST", "NonMNIST"). */
const prefixedDataset = (surface: string) =>
  knownAfterPrefix(surface, /^\p{L}\p{Ll}+(\p{Lu}[\p{L}\d]{4,})$/u, "dataset");
/**
 * A known metric's acronym after a lowercase letter that says what is measured ("rFID", "gFID", "cIoU"), or after a
 * capitalised word that says in what domain ("ArtFID").
 */
const prefixedMetric = (surface: string) =>
  knownAfterPrefix(surface, /^\p{Ll}(\p{Lu}[\p{L}\d]+)$/u, "metric") ||
  // (Only measures with acronyms no method ends in: "SimPER" is a method.)
  knownAfterPrefix(surface, /^\p{Lu}\p{Ll}{2,}(FID|KID|FVD|SSIM|PSNR|LPIPS|BLEU|IoU)$/u, "metric");

/** All hits in one paper, plus the acronym definitions that tie short and long forms together. */
export function findHits(
  paper: PaperInput,
  context?: CorpusContext,
): { hits: Hit[]; definitions: Definition[]; sentences: Sentence[]; ml: number } {
  const scan = scanPaper(paper, context);
  const { generic } = lexicons();
  const hits: Hit[] = [];
  const proposing = proposingRanges(scan);
  const taken = new Uint8Array(scan.tokens.length);

  for (const link of findLinks(scan.text)) {
    const sentence = scan.sentences[sentenceAt(scan.sentences, link.start)];
    const proposed = !REUSED_CODE.test(sentence && link.start < sentence.end ? sentence.text : "");
    hits.push({ ...link, surface: link.name, strength: STRENGTH.explicit, proposed });
    markTaken(scan, taken, link.start, link.end);
  }

  // Text inside any URL names nothing ("docs.google.com/…/1ZtC0Seb…"), even one whose scheme lost its place to
  // spaces ("https : //drive.google.com/…").
  if (scan.text.includes("http") || scan.text.includes("www.")) {
    for (const url of scan.text.matchAll(/\b(?:https?\s?:\s?\/\/|www\.)\S+/g)) {
      markTaken(scan, taken, url.index!, url.index! + url[0].length);
    }
  }

  const titleSentence = scan.sentences[0];
  const definitions = [
    ...(titleSentence ? titleDefinition(titleSentence.text, titleSentence.start, taskHeadOf) : []),
    ...scan.sentences.flatMap((s) => findDefinitions(s.text, s.start)),
  ];
  const defined = new Map<string, DefinedAs>();
  const title = titleCandidate(scan);
  const titleKey = title && keyOf(title.surface);
  // A title's words before its colon that the abstract spells out as a long form ("Tree of Thoughts: …" and "Tree
  // of Thoughts (ToT)") coin the name, even when they read as a phrase no title candidate takes.
  // Only a title-case phrase with a function word inside, which is what no title candidate takes ("Once for All").
  const titleHead = titleSentence && TITLE_HEAD_WITH_FUNCTION_WORD.exec(titleSentence.text);
  const titleHeadKey = titleHead ? fold(titleHead[1]!) : undefined;
  for (const def of definitions) {
    // The cue stands before whichever form comes first ("called LW (Literal-Weighted) encoding").
    const first = Math.min(def.longStart, def.shortStart);
    // Or inside the parenthesis, before the short form ("Algorithm Transformer (termed AlgoFormer)").
    const before = COINED_BEFORE.exec(scan.text.slice(Math.max(0, first - 30), first));
    const cueAt = before ? Math.max(0, first - 30) + before.index : def.named ? def.shortStart : undefined;
    const cue = cueAt !== undefined;
    const sentenceStart = scan.sentences[sentenceAt(scan.sentences, def.longStart)]!.start;
    // A name coined by earlier work ("a recent architecture termed X (Y)") is not this paper's, even inside the
    // object of its proposing verb ("we adapt …").
    // So is a task the text says is so called, not by the paper ("Addressing this task … is termed open-set
    // recognition (OSR)").
    const byOthers =
      cue &&
      (coinedByOthers(scan.text, sentenceStart, cueAt) ||
        (PASSIVE_NAMING.test(scan.text.slice(sentenceStart, cueAt)) &&
          taskHeadOf(lastWord(def.long)) &&
          !/\b(?:we|our)\b/i.test(scan.text.slice(sentenceStart, cueAt))));
    const titled = keyOf(def.short) === titleKey || fold(def.long) === titleKey || fold(def.long) === titleHeadKey;
    // "LUWA Dataset: …" with "Lithic Use-Wear Analysis (LUWA)": the title names data after what the acronym spells.
    if (titled && (title?.dataset || title?.benchmark) && keyOf(def.short) === titleKey) {
      const type = title.benchmark ? "benchmark" : "dataset";
      defined.set(titleKey, { type, strength: STRENGTH.explicit, proposed: true });
      continue;
    }
    // "a decoder-only GizmoFormer language model (GizmoLM)", "a GizmoFormer-based ViT (GizmoViT)": a long form built
    // on the title's coined name names a variant of the paper's own.
    const ownVariant = !!title && !title.dataset && !title.benchmark && !titled && builtOn(def.long, title.surface);
    const proposed =
      !byOthers &&
      (cue || inRanges(proposing, def.longStart) || inRanges(proposing, def.shortStart) || titled || ownVariant);
    let as = defineAs(def, proposed, scan, cue, titled, titled && !!title?.forTitle);
    // "… data for image demoireing (RRID)", then "our RRID outperforms …": what the paper calls its own is its method,
    // whatever the long form reads as.
    // (Its long form, read as a concept, is no other name for it.)
    const oursOnly = as === "concept" && calledOurs(scan.text, def.short);
    if (oursOnly) as = { type: "model", strength: STRENGTH.context, proposed: true };
    // "Domain Adaptation (DA)", then "Unsupervised DA (UDA) methods": a long form headed by a task's acronym names a
    // setting of that task, whatever noun follows.
    if (as !== "concept" && as.type === "model" && !as.proposed && headsWithTaskAcronym(def.long, defined)) {
      as = { type: "task", strength: STRENGTH.context, proposed: false };
    }
    defined.set(keyOf(def.short), as);
    defined.set(fold(def.long), as);
    if (as === "concept") continue;
    // "Tokens-to-Token ViT: …" and "Tokens-To-Token Vision Transformer (T2T-ViT)": the title's name with its known
    // short word spelled out is the defined entity.
    if (title && titleKey && !defined.has(titleKey) && spellsOutTitle(title.surface, def.long)) {
      defined.set(titleKey, { ...as, alias: def.short });
    }
    // "a Core Widget Aware (CWA) Attention": a model's head written after the parenthesis belongs to the name, so
    // "Core Widget Aware Attention" (a title's, say) and "CWA Attention" are this entity too.
    const headAfter =
      as.type === "model" ? HEAD_AFTER_SHORT.exec(scan.text.slice(def.shortEnd, def.shortEnd + 24)) : null;
    if (headAfter && MODEL_HEADS.has(headAfter[1]!)) {
      for (const form of [def.long, def.short])
        defined.set(keyOf(`${form} ${headAfter[1]}`), { ...as, alias: def.short });
    }
    const name = as.type === "task" || as.type === "metric" ? taskNameOf(def.long) : def.long;
    if (!oursOnly) hits.push({ ...as, surface: name, start: def.longStart, end: def.longEnd, defined: true });
    hits.push({ ...as, surface: def.short, start: def.shortStart, end: def.shortEnd });
  }
  // Words inside a definition belong to it, not to candidates of their own ("Mixture" of "Mixture of Experts"),
  // wherever the long form recurs (a title's "Sparse Vision Transformer" is not "Vision Transformer").
  const occurrences = phraseFinder(scan.text.toLowerCase());
  const searched = new Set<string>();
  for (const def of definitions) {
    markTaken(scan, taken, def.shortStart, def.shortEnd);
    const as = defined.get(fold(def.long));
    const long = def.long.toLowerCase();
    // A long form defined twice is searched once: its occurrences are the same.
    if (searched.has(long)) continue;
    searched.add(long);
    // An entity's plural is the same entity too (a title's "Sandglass Diffusion Transformers" beside the abstract's
    // "Sandglass Diffusion Transformer (SDiT)"): the whole word is taken, the name stays as defined. So is a plural's
    // singular ("Gated grizzly vIsion Transformers (GaViT)" beside a title's "… vIsion Transformer"), unless it
    // modifies a noun after it ("Large Language Model Compression" beside "Large Language Models (LLMs)").
    const entity = as !== undefined && as !== "concept";
    const forms: Array<[at: number, length: number]> = occurrences(long).map((at) => [at, long.length]);
    if (entity && /[a-rt-z]$/.test(long)) {
      for (const at of occurrences(`${long}s`)) forms.push([at, long.length + 1]);
    }
    if (entity && /[^s]s$/.test(long)) {
      for (const at of occurrences(long.slice(0, -1))) {
        if (!MODIFIES_AFTER.test(scan.text.slice(at + long.length - 1))) forms.push([at, long.length - 1]);
      }
    }
    for (const [at, length] of forms) {
      markTaken(scan, taken, at, at + length);
      if (entity && at !== def.longStart) {
        // The name as defined, or the singular as written.
        const end = at + Math.min(length, long.length);
        const surface = scan.text.slice(at, end);
        hits.push({
          ...as,
          surface: as.type === "task" || as.type === "metric" ? taskNameOf(surface) : surface,
          start: at,
          end,
        });
      }
    }
  }

  const candidates: Candidate[] = [
    ...(title ? [title, ...titleRepeats(scan, title, taken, occurrences)] : []),
    ...coinedCandidates(scan),
    ...numberedAlternatives(scan, taken),
    ...lexiconCandidates(scan, taken),
    ...shapeCandidates(scan, taken, (offset) => inRanges(proposing, offset)),
  ];
  const forcedType = titleType(scan);
  const ownNames = new Set<string>();
  for (const c of candidates) {
    const key = keyOf(c.surface);
    if (!key) continue;
    if (c.concept && !defined.has(key)) defined.set(key, "concept");
    const def = defined.get(key);
    if (def === "concept") continue;
    // "called widget the gizmo (WTG)": a lowercase coinage cut at a function word is the start of a long
    // form the definition names whole.
    if (c.source === "coined" && definitions.some((d) => d.longStart === c.start && d.longEnd > c.end)) continue;
    // "the Track2 in …", "Track-1", "Subtask 3": a numbered part of a challenge or a paper names nothing alone.
    if (NUMBERED_PART_ALONE.test(c.surface)) continue;
    // "Hits@10", "Recall@20": the word before an "@k" cut-off is that metric's (metricPhrases), whatever lists it.
    if (!c.lexicon && scan.text[c.end] === "@") continue;
    // "SD map", "HD maps": a name with the noun after it makes a generic phrase.
    const nextWord = c.lexicon ? undefined : /^ (\p{L}[\p{L}-]*)/u.exec(scan.text.slice(c.end, c.end + 24))?.[1];
    if (nextWord && generic.has(fold(`${c.surface} ${nextWord}`))) continue;
    // "Valiant's model", "Angluin's model of learning": a surname before an eponym's noun names its author.
    if (!c.lexicon && /^\p{Lu}\p{Ll}+$/u.test(c.surface) && EPONYM_AFTER.test(scan.text.slice(c.end, c.end + 24))) {
      continue;
    }
    if (def) {
      hits.push({ ...def, surface: c.surface, start: c.start, end: c.end, proposed: def.proposed });
      continue;
    }
    if (
      !c.lexicon &&
      (generic.has(key) ||
        generic.has(fold(c.surface)) ||
        // A title's own name of one hyphenated word is coined whatever its parts ("Meta-Transformer: …").
        (allPartsGeneric(c.surface) && !(c === title && !/\s/.test(c.surface))) ||
        (c.source === "shape" && c.surface.includes(" ") && generic.has(fold(c.surface.split(" ")[0]!))) ||
        // An accelerator with its memory ("A800-80G", "A100-80GB").
        (/-\d+\s?GB?$/.test(c.surface) && generic.has(fold(c.surface.replace(/-\d+\s?GB?$/, "")))) ||
        // A venue and its year ("NeurIPS'21", "STOC ’21", "CVPR2020").
        (/(?:['’]\d{2}|\d{4})$/.test(c.surface) &&
          lexicons().venues.has(fold(c.surface.replace(/\s*(?:['’](?:\d{2}|\d{4})|\d{4})$/, "")))))
    )
      continue;
    // A weak head ("Module", "Embedding") names a model outside the proposal only after three title-case words.
    if (c.weak && !inRanges(proposing, c.start) && (c.surface.split(/[\s-]+/).length < 3 || / Units?$/.test(c.surface)))
      continue;
    // "Graph Machine Learning", "Continual Reinforcement Learning": one word before a field of learning names a field;
    // longer names are methods ("Maximum Causal Entropy Inverse Reinforcement Learning").
    if (c.weak && !inRanges(proposing, c.start) && isFieldOfLearning(c.surface) && !writtenAsOurs(scan, c.start)) {
      continue;
    }
    // "Reinforcement Learning strategy", "Long Short-Term Memory networks": a component noun after a generic
    // concept or a known task names no component of its own.
    if (c.bare && isConceptOrTask(c.bare)) continue;
    if (
      !c.lexicon &&
      !c.versionOf &&
      (isFalseName(c.surface, scan.common) ||
        isLanguagePair(c.surface) ||
        isEponymQuality(c.surface, lexicons().eponyms))
    ) {
      continue;
    }
    if (!c.lexicon && spellsPartOfAcronym(scan, c)) continue;
    // A number before a colon and another number is a ratio's ("GPU-friendly 2:4 sparsity"), not a name's.
    if (!c.lexicon && /\d$/.test(c.surface) && /^:\d/.test(scan.text.slice(c.end, c.end + 2))) continue;
    // A number alone names nothing, whatever coined it ("termed $\mathcal{D}^2$-Sparse" read as "2").
    if (/^[\d.,]+$/.test(c.surface)) continue;
    // A group of transformations with its dimension ("SE(3)", "SO(2)") is mathematics, not a name.
    if (!c.lexicon && /^\p{Lu}{1,3}$/u.test(c.surface) && /^\(\d\)/.test(scan.text.slice(c.end, c.end + 3))) continue;
    // A task's head written with a capital inside ("an effective DeRaining network") is that word, not a name.
    if (!c.lexicon && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(c.surface) && taskHeadOf(c.surface)) continue;
    // A known name that is also a plain word, capitalised only by a title-case title ("… Rewired Widget Performer" with
    // "performers" in the abstract), is that word unless the abstract writes it as a name.
    if (
      c.lexicon &&
      NAMED_TYPES.has(c.lexicon.type) &&
      scan.tokens[c.first]?.sentence === 0 &&
      titleWordOnly(scan, c.surface)
    ) {
      continue;
    }
    // "Luo and Schapire (2014)", "(Hazan and Koren, 2016)", "Zhao et al.": a capitalised word cited is an author.
    if (c.source === "capitalized" && CITED_AFTER.test(scan.text.slice(c.end, c.end + 48))) continue;
    // "Grünwald and Halpern have shown that …": two capitalised words paired before a verb that reports a finding
    // are its authors.
    if (c.source === "capitalized" && reportedByPair(scan.text, c.start, c.end)) continue;
    // An undefined two-letter acronym is a concept far more often than a model ("GT", "EA", "ST").
    if (c.source === "shape" && /^\p{Lu}{2}s?$/u.test(c.surface) && !inRanges(proposing, c.start)) continue;
    // A well-known name is no coinage of this paper's ("a language model called BERT") unless the title coins it
    // (the paper that introduced it); a name with an attached suffix is what this paper's own builds on ("our
    // X-based models").
    if (c.source === "coined" && c !== title && !c.lexicon) {
      const known = lexicons().entities.get(key);
      if (known) c.lexicon = known;
    }
    // Nor is a well-known name a title applies to something ("Vision Transformers for Widget Ranking").
    if (c === title && c.forTitle && !c.lexicon) {
      const known = lexicons().entities.get(key) ?? lexicons().entities.get(fold(singular(c.surface)));
      if (known?.type === "model") c.lexicon = known;
    }
    // "Our new method, HELM, …": the paper's own name, whatever else the lexicon knows by it.
    if (
      c.lexicon &&
      c.lexicon.type !== "model" &&
      OWN_NAMED_BEFORE.test(scan.text.slice(Math.max(0, c.start - 60), c.start))
    ) {
      ownNames.add(key);
      c.lexicon = undefined;
    }
    const context = typeByContext(scan, c.start, c.end);
    // A campaign's edition ("DSTC8-AVSD") is its organisers', whoever enters it; the data a proposal is drawn from
    // is used ("scenes from X").
    const proposed =
      !c.lexicon &&
      !c.byOthers &&
      !writtenAsBase(scan, c.end) &&
      !lexicons().campaign.test(c.surface) &&
      (c.source === "coined" ||
        (inRanges(proposing, c.start) && !kindBeforeItsName(scan, c) && !context?.source) ||
        (titleKey !== undefined && key === titleKey));
    // A count in a data name is the data's size, not a model's ("MMAT-1M: A Large Reasoning Dataset").
    const dataSized = () =>
      (forcedType !== undefined && key === titleKey) ||
      (context?.strength === STRENGTH.explicit && DATA.has(context.type)) ||
      DATA_LISTED_BEFORE.test(scan.text.slice(Math.max(0, c.start - 40), c.start));
    let type: EntityType = "model";
    let strength: Strength = STRENGTH.shape;
    let phrase = false;
    if (c.lexicon) {
      type = c.lexicon.type;
      strength = STRENGTH.explicit;
      // The text's own word wins between dataset and benchmark ("the COCO benchmark").
      const dataTypes = ["dataset", "benchmark"];
      if (
        context &&
        context.strength === STRENGTH.explicit &&
        dataTypes.includes(type) &&
        dataTypes.includes(context.type)
      ) {
        type = context.type;
      }
      // So does it between a data acronym and a method of the same letters ("methods like GQA").
      if (context?.type === "model" && context.strength === STRENGTH.explicit && c.lexicon.caseExact) type = "model";
      // And between a model's acronym and a measure's ("improves the MAE by 25%"); for one a measure of the lexicon
      // spells out (mean absolute error), a score beside it is enough ("an MAE of 2.9 years").
      if (
        context?.type === "metric" &&
        c.lexicon.caseExact &&
        (context.strength === STRENGTH.explicit || spellsLexiconMetric(c.surface))
      )
        type = "metric";
    } else if (transferPair(c.surface)) {
      // "GTAV-to-Cityscapes": a transfer setting between two datasets is a benchmark, and each side a dataset.
      type = "benchmark";
      strength = STRENGTH.explicit;
      const [from, to] = transferPair(c.surface)!;
      hits.push(
        { type: "dataset", surface: from, start: c.start, end: c.start + from.length, strength, proposed: false },
        { type: "dataset", surface: to, start: c.end - to.length, end: c.end, strength, proposed: false },
      );
    } else if (c.benchmark || c.dataset) {
      type = c.benchmark ? "benchmark" : "dataset";
      strength = STRENGTH.explicit;
      phrase = true;
    } else if (c.versionOf) {
      type = c.versionOf.type;
      strength = STRENGTH.explicit;
      // The text's words choose between dataset and benchmark: a variant of a dataset is often a benchmark made from
      // it ("the Widget-C benchmark", "benchmarks such as Widget-100").
      if (context && DATA.has(type) && DATA.has(context.type)) type = context.type;
    } else if (lexicons().campaign.test(c.surface)) {
      type = "benchmark";
      strength = STRENGTH.explicit;
    } else if (DETECTION_METRIC.test(c.surface) || (c.source === "shape" && prefixedMetric(c.surface))) {
      type = "metric";
      strength = STRENGTH.explicit;
    } else if (SIZED.test(c.surface) && !dataSized()) {
      strength = STRENGTH.explicit;
    } else if (c.surface.includes(" ") && MEASURE_NAME_HEAD.test(lastWord(c.surface))) {
      // "the Widget Smoothness Score", "a Gadget Drift Metric": a name headed by a measure's noun names a measure.
      type = "metric";
      strength = STRENGTH.context;
    } else if (context) {
      ({ type, strength } = context);
      // A lowercase metric only where the text coins it ("a … score, called complexity-gap score").
      if (type === "metric" && !isNameShape(c.surface) && c.source !== "coined") continue;
    } else if (countedData(c.surface) || (c.source === "shape" && prefixedDataset(c.surface))) {
      type = "dataset";
      strength = STRENGTH.context;
    } else if (c.source !== "coined" && DATED_EDITION.test(c.surface)) {
      // "PASCAL 2010", "ICDAR 2013", "NTIRE 2022": a name with a year is an edition of data or of a challenge on it
      // (a campaign the lexicon knows is a benchmark above; list neighbours still choose, propagateListTypes).
      type = "dataset";
      strength = STRENGTH.context;
    } else if (c === title && forcedType) {
      type = forcedType;
      strength = STRENGTH.context;
    } else if (c === title && c.surface.includes(" ") && dataHeadType(lastWord(c.surface).toLowerCase())) {
      // "Multimodal Humor Dataset: Predicting …": a title's name headed by a data noun names that data.
      type = dataHeadType(lastWord(c.surface).toLowerCase())!;
      strength = STRENGTH.context;
    }
    if (type === "metric" && c.lexicon && !metricInContext(scan, c)) continue;
    // "a rank-1 tensor", "rank-1 matrix sensing": a rank before an algebraic object is no retrieval measure.
    if (RANK_K.test(c.surface) && ALGEBRA_AFTER.test(scan.text.slice(c.end, c.end + 30))) continue;
    // A data name typed by its context runs over the capitalised words after it ("two datasets, QRS Widgets and …").
    if (c.source === "shape" || c.source === "capitalized") {
      if (DATA.has(type)) extendOverTitleWords(scan, c);
      // The cheap test first: most names have no platform before them.
      const lead = c.first > 0 && DATA_NAME_LEADS.test(scan.clean[c.first - 1]!);
      if (lead && (DATA.has(type) || DATA_NOUN_LATER.test(scan.text.slice(c.end, c.end + 80)))) {
        extendBackOverPlatform(scan, c);
      }
    }
    // "SemEval 2021 Task 1": a campaign's numbered task or track keeps its number.
    if (DATA.has(type) && NUMBERED_PART.test(c.surface)) {
      const taskNumber = /^\s\d{1,2}\b(?![.,]\d)/.exec(scan.text.slice(c.end, c.end + 4));
      if (taskNumber) {
        c.end += taskNumber[0].length;
        c.surface = scan.text.slice(c.start, c.end);
        if (scan.tokens[c.last + 1]?.end === c.end) c.last++;
      }
    }
    if (type === "task" && c.lexicon) {
      if (endsTitleCaseName(scan, c.start, c.end)) {
        // "inspired by Grizzlewick Representation Learning": a way of learning named so is a method.
        if (/ Learning$/.test(c.surface)) {
          const start = scan.tokens[c.first - 1]!.start;
          hits.push({
            type: "model",
            surface: scan.text.slice(start, c.end),
            start,
            end: c.end,
            strength: STRENGTH.shape,
            proposed: inRanges(proposing, start),
          });
        }
        continue;
      }
      const [after = "", following] = scan.text
        .slice(c.end + 1, c.end + 40)
        .toLowerCase()
        .split(/[^\w-]+/);
      // A name of more than one word still names the task before how well it is done ("language modeling
      // efficiency"), as the taxonomy's names do (tasks.ts).
      const measured = MEASURES.has(after) && c.surface.includes(" ");
      if (modifiedAfterTask(after, following) && !measured) continue;
      // A task acronym ("ASR") is named as written, its lexicon long form an alias (the text may never spell it
      // out); a known task keeps the modifiers before it ("graph representation learning").
      // An acronym keeps its modifiers too ("multiple choice QA", "open QA").
      const acronym = /^\p{Lu}{2,}s?$/u.test(c.surface);
      let first = firstModifier(scan, c.first);
      // A language before a task's acronym names the data it is done on ("English ASR" is ASR, one node with it).
      while (acronym && first < c.first && isLanguage(scan.tokens[first]!.text)) first++;
      if (first === c.first && c.first === c.last && (actNoun(scan, c.first) || adverbialGerund(scan, c.first)))
        continue;
      const start = scan.tokens[first]!.start;
      const modifiers = taskNameOf(scan.text.slice(start, c.start));
      const surface = acronym ? modifiers + c.surface : taskNameOf(scan.text.slice(start, c.end));
      hits.push({
        type,
        surface,
        start,
        end: c.end,
        strength,
        proposed: false,
        ...(acronym && !modifiers && c.lexicon.name !== c.surface ? { alias: c.lexicon.name } : {}),
        ...(measured ? { attributive: true } : {}),
      });
      continue;
    }
    // "an ARM v8 CPU", "one RTX A4000 GPU": a name before a hardware noun names the hardware.
    // A name the context alone makes data ("measured on the Vivo X80 Pro smartphone") is hardware too.
    if (
      (type === "model" || (type === "dataset" && !c.lexicon)) &&
      HARDWARE_AFTER.test(scan.text.slice(c.end, c.end + 40))
    )
      continue;
    // "domains such as Finance, Law", "Speech benchmarks": fields of application; "the Zeta criterion", "in
    // ZetaQL language": standards and languages a method meets or writes, not methods. Cheapest tests first.
    if (
      !c.lexicon &&
      c.source !== "coined" &&
      (FIELD_NAME.test(c.surface) ||
        (type === "model" && NOT_A_METHOD_AFTER.test(scan.text.slice(c.end, c.end + 24))) ||
        secondHalfOfGeneric(scan, c) ||
        FIELDS_LISTED_BEFORE.test(scan.text.slice(Math.max(0, c.start - 80), c.start)))
    ) {
      continue;
    }
    // The name as written; the lexicon's canonical name becomes an alias. A component is named without its
    // component noun ("Widget Fusion" for "Widget Fusion module"), as the text names it elsewhere.
    const alias = c.lexicon && c.lexicon.name !== c.surface ? c.lexicon.name : c.bare && c.surface;
    hits.push({
      type,
      surface: c.bare ?? c.surface,
      start: c.start,
      end: c.end,
      strength,
      proposed,
      ...(alias ? { alias } : {}),
      ...(c.lexicon ? { known: true } : {}),
      ...(phrase ? { phrase } : {}),
    });
  }
  // Every mention of a name the paper calls its own method is that method.
  if (ownNames.size) {
    for (const h of hits) {
      if (!ownNames.has(keyOf(h.surface))) continue;
      h.type = "model";
      h.strength = STRENGTH.explicit;
      h.proposed = true;
      delete h.known;
    }
  }
  joinIntoBenchmarks(scan, hits);
  propagateListTypes(scan, hits);
  dropLoneAcronyms(scan, hits);
  if (title) expandsTitleName(scan, hits, title);
  if (title) shortensTitleName(hits, title);
  if (title) prefixesTitleName(hits, title);
  joinSecondHalves(hits);
  joinAdjacentModels(scan, hits);
  dropDescriptionsOfOwnNames(scan, hits);
  joinSpelledAppositives(scan, hits);
  shareCoordinatedHead(scan, hits);
  expandSizeVariants(scan, hits);
  keepPatchSizes(scan, hits);
  typeVersionsOfModels(scan, hits);
  typeScoredAcronyms(scan, hits);
  markOwnParts(scan, hits, proposing);

  hits.push(...metricPhrases(scan), ...efficiencyMetrics(scan));

  for (const t of findTasks(scan)) {
    const def = defined.get(fold(t.name));
    if (def === "concept" || (def && def.type !== "task")) continue;
    if (endsTitleCaseName(scan, t.start, t.end)) continue;
    // "next generation reactor design": the idiom names no task.
    if (/^next[- ]generation$/i.test(t.name)) continue;
    hits.push({
      type: "task",
      surface: t.name,
      start: t.start,
      end: t.end,
      strength: STRENGTH.context,
      proposed: false,
      ...(t.general ? { general: true } : {}),
      ...(t.attributive ? { attributive: true } : {}),
    });
  }
  // Of a concept or of a task: "human-object interaction (HOI)" is typed a task, and "HOI detection" is its own.
  const modifiers = definitions.filter((d) => {
    const as = defined.get(keyOf(d.short));
    return as === "concept" || as?.type === "task";
  });
  for (const t of acronymModifiedTasks(scan, modifiers)) {
    hits.push({
      type: "task",
      surface: t.name,
      alias: t.alias,
      start: t.start,
      end: t.end,
      strength: STRENGTH.context,
      proposed: false,
    });
  }
  typeAcronymsOfTasks(hits);
  dropPartsOfLongerNames(scan, hits);
  // A metric named only in a background claim ("such networks now reach human-level accuracy") is not one
  // the paper reports.
  const reported = hits.filter(
    (h) =>
      h.type !== "metric" ||
      !namesNoReportedMetric(scan.sentences, sentenceAt(scan.sentences, h.start), h.byComparison === true),
  );
  return { hits: dropCovered(reported), definitions, sentences: scan.sentences, ml: mlScore(scan, knownNames(hits)) };
}

/** How many distinct models, datasets and benchmarks of the lexicons the hits name, as the paper's or others'. */
function knownNames(hits: Hit[]): number {
  const names = new Set<string>();
  for (const h of hits) if (h.known && (h.type === "model" || DATA.has(h.type))) names.add(keyOf(h.surface));
  return names.size;
}

const DATA = new Set<EntityType>(["dataset", "benchmark"]);

/**
 * A name found by its shape that the text only ever writes inside a longer model name ("PatchNorm" in a title
 * "Dual PatchNorm" that the abstract also names) is part of that name, not a model of its own.
 */
function dropPartsOfLongerNames(scan: Scan, hits: Hit[]): void {
  const longer = [...new Set(hits.filter((h) => h.type === "model" && /[\s-]/.test(h.surface)).map((h) => h.surface))];
  if (longer.length === 0) return;
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  const decided = new Map<string, boolean>();
  /** Whether every occurrence of `name` in the text lies inside one of the longer names around it. */
  const onlyInside = (name: string): boolean => {
    const containers = longer.filter((l) => {
      const k = l !== name ? l.indexOf(name) : -1;
      return (
        k >= 0 &&
        (k === 0 || /[\s-]/.test(l[k - 1]!)) &&
        (k + name.length === l.length || /[\s-]/.test(l[k + name.length]!))
      );
    });
    if (containers.length === 0) return false;
    let seen = 0;
    for (let at = scan.text.indexOf(name); at >= 0; at = scan.text.indexOf(name, at + 1)) {
      if (isWordChar(scan.text[at - 1]) || isWordChar(scan.text[at + name.length])) continue;
      seen++;
      if (!containers.some((l) => scan.text.startsWith(l, at - l.indexOf(name)))) return false;
    }
    return seen > 0;
  };
  const drop = new Set<Hit>();
  for (const h of hits) {
    if (h.type !== "model" || h.known || h.defined || h.strength > STRENGTH.shape) continue;
    let inside = decided.get(h.surface);
    if (inside === undefined) decided.set(h.surface, (inside = onlyInside(h.surface)));
    if (inside) drop.add(h);
  }
  if (drop.size === 0) return;
  const kept = hits.filter((h) => !drop.has(h));
  hits.length = 0;
  hits.push(...kept);
}

let lexiconMetricInitials: Set<string> | undefined;
/** Whether an acronym is the initials of a measure the lexicon knows ("MAE": mean absolute error). */
function spellsLexiconMetric(acronym: string): boolean {
  lexiconMetricInitials ??= new Set(
    [...lexicons().entities.values()].filter((e) => e.type === "metric").map((e) => wordInitials(e.name)),
  );
  return lexiconMetricInitials.has(acronym);
}

/** The initials of a phrase's words and of their hyphenated parts ("video instance segmentation" → "VIS"). */
const wordInitials = (phrase: string) =>
  phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join("");

/**
 * An acronym the paper never defines but whose letters are the initials of a task it names ("VIS" beside "Video
 * Instance Segmentation") is that task's short form, not a model.
 */
function typeAcronymsOfTasks(hits: Hit[]): void {
  const tasks = new Map<string, string>();
  for (const h of hits) if (h.type === "task" && /\s/.test(h.surface)) tasks.set(wordInitials(h.surface), h.surface);
  if (tasks.size === 0) return;
  // Only an acronym that nothing else in the paper types: every one of its hits a model by shape alone; a short one
  // may be proposed only by standing in a proposing sentence ("we introduce a pragmatic FL scenario" beside
  // "federated learning"), a longer one so placed is a coinage ("a new Vision-Language-based SA (VLSA) paradigm").
  const shapeOnly = (h: Hit) =>
    h.type === "model" &&
    !h.known &&
    !h.defined &&
    (!h.proposed || h.surface.length <= 3) &&
    h.strength === STRENGTH.shape;
  const typedElsewhere = new Set(hits.filter((h) => !shapeOnly(h)).map((h) => keyOf(h.surface)));
  for (const h of hits) {
    if (!shapeOnly(h) || typedElsewhere.has(keyOf(h.surface))) continue;
    const long = /^\p{Lu}{2,6}s?$/u.test(h.surface) ? tasks.get(singularAcronym(h.surface)) : undefined;
    if (!long) continue;
    h.type = "task";
    h.proposed = false;
    h.strength = STRENGTH.context;
    h.alias = long;
  }
}
const VERSION_SUFFIX = /[-_ ]?(?:v?\d+(?:\.\d+)*[a-z]?|XL|XXL|Pro|Plus|Max|Mini|Large|Base|Small|Tiny|Turbo)$/i;

// "our novel acquisition mechanism (X)", "two innovations, namely … X": the paper's own parts.
const NOVELTY_BEFORE = /\b(?:novel|our|innovative|innovations?)\b[^.;]{0,60}$/i;
// Between the cue and the name only a noun phrase or a list may stand, not a relation to another model.
const NOT_SAME_PHRASE =
  /\b(?:of|on|in|with|from|to|by|at|for|than|over|under|during|across|within|into|between|replac\w*|instead|rather|outperform\w*|surpass\w*|compared|versus|vs|against|beat\w*|unlike|baselines?|retains?|achieves?|uses?|using|is|are|was|were|(?:increas|decreas|reduc|improv|boost|lower|rais|yield|obtain|reach)\w*)\b/i;
// "Our method, QuillNet, combines WidgetNet and GizmoGAN": what the paper's own method is then said to combine,
// extend or build on is someone else's; a finite verb, lowercase ("our unified model" is a noun phrase still).
const RELATES_TO_OTHERS =
  /\b(?:combines|merges|extends|generali[sz]es|unifies|leverages|adopts|exploits|relies|borrows|inherits)\b/;
/** The relation verb stands between the cue and the name, with no cue of its own after it ("leverages a novel X"). */
function relatesToOthers(between: string): boolean {
  const verb = RELATES_TO_OTHERS.exec(between);
  return !!verb && !/\b(?:novel|new|our|proposed)\b/i.test(between.slice(verb.index));
}
// "QuillNet consists of … the Widget Router (WR)", "QuillNet introduces a … router, WR": parts of a proposed model
// are proposed.
const HAS_PARTS =
  /^(.+?)\s+(?:(?:is|are)\s+)?(?:\w+ly\s+)?(?:consists of|comprises|composed of|made up of|contains|includes|integrates|features|introduces)\b/;
// A sentence's link to the one before, ahead of its subject ("Moreover, QuillNet consists of …").
const SENTENCE_LINK =
  /^(?:moreover|furthermore|additionally|in addition|in contrast|specifically|in particular|besides|then|finally|first|second|third|concretely|technically|to this end|as a result|overall|notably|importantly),\s+/i;
const INTRODUCED_OBJECT_END = /,\s*\w+ing\b|\b(?:to|for|of|on|in|with|by|from|than|which|that|and)\b/;
// "Experiments show that X achieves …": the subject of the paper's reported results.
const RESULTS_SUBJECT_BEFORE =
  /^\s*(?:[\w-]+,\s+)?(?:extensive\s+|comprehensive\s+|our\s+)?(?:experiments?|results|evaluations?|experimental results|empirical results)\b[^.;]{0,60}?\b(?:show|shows|demonstrate|demonstrates|indicate|indicates|reveal|reveals|confirm|confirms|verify|verifies)\s+(?:that\s+)?(?:the\s+|our\s+)?(?:proposed\s+)?$/i;
// …and its verb, after an optional kind noun ("GPUSQ-ViT scheme achieves").
const RESULT_VERB_AFTER =
  /^\s+(?:(?:scheme|method|model|framework|approach|system|algorithm|network)\s+)?(?:\w+ly\s+)?(?:achieves|outperforms|improves|surpasses|reaches|attains|obtains|yields|reduces|can|provides|delivers|beats|accelerates|speeds)\b/;
// A comparison in a parts sentence: what follows it is compared with, not a part ("… and it outperforms X").
const COMPARED = /\b(?:outperform\w*|surpass\w*|compared|than|versus|vs\.?|against|beat\w*|unlike|baselines?)\b/i;
// "The framework consists of …", "It comprises …" after the paper has proposed: its parts are the paper's own.
const OWN_ANAPHOR =
  /^(?:it|(?:the|our|this)\s+(?:proposed\s+|overall\s+|whole\s+|entire\s+|new\s+)?(?:framework|model|method|approach|architecture|network|system|pipeline|algorithm|design))$/i;
// A sentence about others' work: a definition there names an existing model, not a part of this paper's.
const OTHERS_CUE =
  /\b(?:existing|previous|prior|previously|recent(?:ly)?|popular|conventional|traditional|baselines?|state-of-the-art|sota|compared?|outperform\w*|surpass\w*|such as|e\.g\.|et al\.?|widely|standard|original|vanilla|like|known as|well-known)\b|\[\d|\(\s*[A-Z][\w-]+,? (?:et al|\d{4})/i;

// "We reveal that the … heuristics Personalized PageRank (PPR) can …": a finding about a named thing, not a part.
const FINDING_BEFORE =
  /\bwe\s+(?:\w+\s+)?(?:reveal|show|find|observe|note|demonstrate|discover|prove|argue)\s+that\b(?![^.;]*\b(?:our|novel|new|proposed)\b)[^.;]*$/i;
const REPLACED_BEFORE = /\b(?:replac\w*|instead of|rather than|unlike)\b[^,;]*$/i;
// "much like the Recurrent Neural Network Transducer (RNN-T)", "borrowing the idea of Zone of Proximal
// Development (ZPD)", "extending Expectation Propagation (EP)": what the proposal is likened to or extends is
// someone else's.
const LIKENED_TO =
  /\b(?:similar to|akin to|analogous to|inspired by|(?:extension|variant|generali[sz]ation|adaptation)s? of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;
// "servers use Density-based Spatial Clustering (DBSCAN)", "X combines RoBERTa with Bidirectional LSTM (BiLSTM)":
// what the proposal uses or combines is not part of it, unless the words after the verb call it the paper's own
// ("we use a novel widget router (WR)").
const USED_BEFORE =
  /\b(?:use[sd]?|using|adopt(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|employ(?:s|ed|ing)?|utili[sz](?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|exploit(?:s|ed|ing)?|rel(?:y|ies|ied|ying) on|built on|based on|capitali[sz](?:e|es|ed|ing) on|draw(?:s|ing)? on|coupled with|combin(?:e|es|ed|ing)|integrat(?:e|es|ed|ing) with)\b(?![^.;]*\b(?:our|novel|new|proposed|introduc\w*|propos\w*|design\w*)\b)[^.;]*$/i;

const PART_NOUN_END = /\s(?:Module|Block|Layer|Unit|Component|Branch|Head)s?$/;

// "… is used to solve …" after a definition: the text says the defined thing is used.
const SAID_USED_AFTER = /^[^.;,]{0,60}?\b(?:is|are)\s+(?:\w+ly\s+)?(?:used|employed|adopted|utili[sz]ed|applied)\b/i;

// An enumeration marker and the words after it up to the name: "(ii) ", "(i) A and ".
const ENUMERATED = /\((?:i{1,3}|iv|v|vi{1,3}|[1-9]|[a-h])\)\s+([^()]{0,40})$/;

/** Marks models that are versions, novel parts or components of the paper's proposal as proposed too. */
function markOwnParts(scan: Scan, hits: Hit[], proposing: Range[]): void {
  const own = new Set(hits.filter((h) => h.proposed && h.type === "model").map((h) => keyOf(h.surface)));
  // A model this paper defines ("Long Form (LF)") after it has begun proposing, in a sentence that is not about
  // others' work, is one of its own parts: papers list their components after the proposing sentence.
  const firstProposal = Math.min(...proposing.map((r) => r.start));
  const definedHere = new Set(
    hits
      .filter((h) => h.defined && h.type === "model" && !h.known && h.start > firstProposal)
      .filter((h) => !OTHERS_CUE.test(scan.sentences[sentenceAt(scan.sentences, h.start)]!.text))
      // What a proposal replaces or uses is not part of it ("…, replacing the Random Sampling (RS) method").
      .filter((h) => {
        const sentence = scan.sentences[sentenceAt(scan.sentences, h.start)]!;
        const before = scan.text.slice(sentence.start, h.start);
        // The part's noun ends the long form ("a Lane Aggregation Layer (LAL)") or follows the short form ("Local
        // Widget Selection (LWS) module").
        const part =
          PART_NOUN_END.test(h.surface) ||
          /^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:module|block|layer|unit|component|branch|head)s?\b/i.test(
            scan.text.slice(h.end),
          );
        if (LIKENED_TO.test(before) || FINDING_BEFORE.test(before)) return false;
        // "Genetic Algorithm (GA) … is used to solve …": what the text says is used is not a part of the proposal,
        // unless it is named as one ("a … (LAFS) module is used to …").
        if (!part && SAID_USED_AFTER.test(scan.text.slice(h.end, sentence.end))) return false;
        return !REPLACED_BEFORE.test(before) && (part || !USED_BEFORE.test(before));
      })
      .map((h) => keyOf(h.surface)),
  );
  // A paper that names no model of its own in its proposing sentences may name it first where it reports results
  // ("We propose a compression scheme … Experiments show GadgetSQ achieves …").
  if (own.size === 0 && proposing.length > 0) {
    for (const h of hits) {
      if (h.proposed || h.known || h.type !== "model" || h.start < firstProposal) continue;
      const sentence = scan.sentences[sentenceAt(scan.sentences, h.start)]!;
      if (
        RESULTS_SUBJECT_BEFORE.test(scan.text.slice(sentence.start, h.start)) &&
        RESULT_VERB_AFTER.test(scan.text.slice(h.end, h.end + 40))
      )
        h.proposed = true;
    }
  }
  for (const h of hits) {
    if (h.proposed || h.known || h.type !== "model" || writtenAsBase(scan, h.end)) continue;
    // A size or version of the paper's own model is its own ("Spectformer-L" of "SpectFormer", "GWT-v2").
    const base = h.surface.replace(SIZE_END, "").replace(VERSION_SUFFIX, "");
    // One capitalised word after a hyphen names a variant too, whatever the word ("DaViT-Giant", "X-Lite"), and so
    // does a lowercase one that is not an adjective's ending ("X-linear", "X-hybrid"; not "X-like", "X-free").
    const named = h.surface.replace(/-\p{Lu}\p{Ll}+$/u, "").replace(LOWERCASE_VARIANT, "");
    if (
      (base !== h.surface && own.has(keyOf(base))) ||
      (named !== h.surface && own.has(keyOf(named))) ||
      definedHere.has(keyOf(h.surface))
    ) {
      h.proposed = true;
      continue;
    }
    const sentence = scan.sentences[sentenceAt(scan.sentences, h.start)]!;
    const before = scan.text.slice(Math.max(sentence.start, h.start - 80), h.start);
    const novelty = NOVELTY_BEFORE.exec(before);
    const between = novelty?.[0].slice(novelty[0].search(/\s/)) ?? "";
    if (novelty && !NOT_SAME_PHRASE.test(between) && !relatesToOthers(between) && !kindBeforeItsName(scan, h)) {
      h.proposed = true;
      continue;
    }
    // "we propose X, built from (i) A and B modules, (ii) C": items enumerated in a proposing sentence are its parts.
    const item = ENUMERATED.exec(before);
    if (item && !NOT_SAME_PHRASE.test(item[1]!) && rangeStartsIn(proposing, sentence.start, h.start)) {
      h.proposed = true;
      continue;
    }
    const parts = HAS_PARTS.exec(sentence.text);
    if (
      parts &&
      sentence.start + parts[0].length <= h.start &&
      // What a proposal introduces is its own only in the verb's object ("introduces a tokenizer, GrizTok"), not in
      // what the sentence goes on to say ("…, so that WTGs scale").
      !(
        parts[0].endsWith("introduces") &&
        INTRODUCED_OBJECT_END.test(scan.text.slice(sentence.start + parts[0].length, h.start))
      ) &&
      // Not past a comparison in the same sentence ("… a Widget Router block, and it outperforms QuillNet").
      !COMPARED.test(scan.text.slice(sentence.start + parts[0].length, h.start)) &&
      (own.has(keyOf(parts[1]!.replace(SENTENCE_LINK, "").replace(/^(?:the|our)\s+/i, ""))) ||
        (own.size > 0 &&
          sentence.start > firstProposal &&
          OWN_ANAPHOR.test(parts[1]!.trim().replace(/\s+(?:also|further|then|additionally)$/i, ""))))
    ) {
      h.proposed = true;
    }
  }
}

// A short acronym is a model's name only with some sign of it; alone it is a concept, a grade or a structure
// ("an ABA form", "ABX tests") far more often.
const SHORT_ACRONYM = /^\p{Lu}{2,3}\d?$/u;
const MODEL_CUE_BEFORE =
  /\b(?:vanilla|original|baselines?|such as|e\.g\.,?|including|compared (?:to|with)|than|outperform\w*|surpass\w*|over|versus|vs\.?|like)\s+(?:the\s+)?$/i;

/**
 * Drops undefined two- and three-letter acronyms typed as models by their shape alone when the text names them
 * once, outside the paper's own proposal, with no other model beside them in a list and no cue before them.
 */
function dropLoneAcronyms(scan: Scan, hits: Hit[]): void {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(keyOf(h.surface), (counts.get(keyOf(h.surface)) ?? 0) + 1);
  // Models in text order: a list neighbour is the model right before or after (linear in the hits).
  const models = hits.filter((h) => h.type === "model").sort((a, b) => a.start - b.start);
  const at = new Map(models.map((m, k) => [m, k]));
  const besideModel = (h: Hit) => {
    const k = at.get(h)!;
    const [prev, next] = [models[k - 1], models[k + 1]];
    return (!!prev && listNeighbours(scan, prev.end, h.start)) || (!!next && listNeighbours(scan, h.end, next.start));
  };
  const lone = (h: Hit) =>
    h.type === "model" &&
    h.strength === STRENGTH.shape &&
    !h.proposed &&
    !h.known &&
    !h.defined &&
    SHORT_ACRONYM.test(h.surface) &&
    counts.get(keyOf(h.surface)) === 1 &&
    !besideModel(h) &&
    !MODEL_CUE_BEFORE.test(scan.text.slice(Math.max(0, h.start - 30), h.start));
  const drop = new Set(hits.filter(lone));
  if (drop.size === 0) return;
  const kept = hits.filter((h) => !drop.has(h));
  hits.length = 0;
  hits.push(...kept);
}

/** The capitals of a name in order ("LaMP" → "LMP"), or the initials of a phrase's words and hyphenated parts. */
const capitalsOf = (name: string) => name.replace(/[^\p{Lu}]/gu, "");
const initialsOf = (phrase: string) =>
  phrase
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

/** True when three or more capitals start like `initials` and at least three appear in order in them. */
function abbreviates(letters: string, initials: string): boolean {
  if (letters.length < 3 || letters[0] !== initials[0]) return false;
  let k = 0;
  for (const c of initials) if (c === letters[k]) k++;
  return k >= 3;
}

/**
 * "TIPS: Text-Image Pretraining with …": a phrase whose initials spell the title's name is that name spelt out,
 * an alias of it rather than a model of its own.
 */
function expandsTitleName(scan: Scan, hits: Hit[], title: Candidate): void {
  const letters = capitalsOf(title.surface);
  const spelt = new Set<string>();
  // A phrase the abstract defines has its own short form ("Legendre Memory Units (LMU)" in "LMUFormer: …").
  const defined = new Set(hits.filter((h) => h.defined).map((h) => h.surface.toLowerCase()));
  for (const h of hits) {
    if (h.type !== "model" || h.known || defined.has(h.surface.toLowerCase()) || !/[\s-]/.test(h.surface)) continue;
    if (keyOf(h.surface) !== keyOf(title.surface) && abbreviates(letters, initialsOf(h.surface))) {
      spelt.add(h.surface.toLowerCase());
    }
  }
  if (spelt.size === 0) return;
  // Wherever the abstract repeats the spelt-out form or its first words, it is the same name.
  const same = (surface: string) => [...spelt].some((x) => x === surface || x.startsWith(`${surface} `));
  for (const h of hits) {
    if (h.type !== "model" || (!h.surface.includes(" ") && !h.surface.includes("-")) || !same(h.surface.toLowerCase()))
      continue;
    h.alias = h.surface;
    h.surface = title.surface;
  }
}

const NAMED_TYPES = new Set(["model", "dataset", "benchmark"]);

/**
 * "Recurrent Memory Transformer" with "… recurrent Transformer (RMT)" in its abstract: an acronym of the title's
 * name's initials is that name shortened, and the paper goes on with the short form, so the title's name is its alias.
 */
function shortensTitleName(hits: Hit[], title: Candidate): void {
  const words = title.surface.split(/[\s-]+/);
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return;
  const initials = initialsOf(title.surface);
  // A title's dataset too ("Zenseact Open Dataset" and "ZOD"), of the type the short form has.
  const type = hits.find((h) => h.surface === initials && h.start > title.end && NAMED_TYPES.has(h.type))?.type;
  if (!type) return;
  for (const h of hits) {
    if (h.type !== type || h.surface !== title.surface) continue;
    h.alias = h.surface;
    h.surface = initials;
  }
}

// A name led by lowercase letters that shorten words before its capitalised rest ("mmQuokka", "xLSTM").
const LOWERCASE_PREFIXED = /^(\p{Ll}{1,3})(\p{Lu}[\p{L}\d]*)$/u;

/**
 * "Multimodal Quokka: …" and "We propose mmQuokka": a title's name whose last word the paper's own name ends with, its
 * lowercase prefix spelling the words before, is that name spelled out, an alias of it (mutating the hits).
 */
function prefixesTitleName(hits: Hit[], title: Candidate): void {
  const words = title.surface.split(/\s+/);
  if (words.length < 2) return;
  const rest = words.slice(0, -1).join(" ");
  const short = hits.find((h) => {
    const m = h.type === "model" && h.proposed ? LOWERCASE_PREFIXED.exec(h.surface) : null;
    return !!m && m[2] === words.at(-1) && longFormStart(m[1]!, rest) === 0;
  });
  if (!short) return;
  for (const h of hits) {
    if (h.type !== "model" || h.surface !== title.surface) continue;
    h.alias = h.surface;
    h.surface = short.surface;
  }
}

// A proposal's name of two hyphenated parts whose second is a coinage of its own ("Quillan-TurboQ").
const TWO_PART_NAME = /^\p{Lu}[\p{L}\d]+-(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*)$/u;

/**
 * "Quillan-TurboQ … TurboQ also tops …": the coined second half of the paper's own two-part name, written alone,
 * is that name shortened (mutating the hits).
 */
function joinSecondHalves(hits: Hit[]): void {
  const halves = new Map<string, string>();
  const { entities, generic } = lexicons();
  // Not two names joined ("RoBERTa-BiLSTM", "Transformer-GCNFormer"): neither half is a known name or a family.
  const named = (part: string) => entities.has(fold(part)) || generic.has(fold(part));
  for (const h of hits) {
    const half = h.type === "model" && h.proposed ? TWO_PART_NAME.exec(h.surface)?.[1] : undefined;
    if (!half || half.length < 4 || named(half) || named(h.surface.slice(0, -half.length - 1))) continue;
    halves.set(half, h.surface);
  }
  if (halves.size === 0) return;
  for (const h of hits) {
    const whole = h.type === "model" && !h.known && !h.defined ? halves.get(h.surface) : undefined;
    if (!whole) continue;
    h.alias = h.surface;
    h.surface = whole;
    h.proposed = true;
  }
}

// A patch size after a slash is part of a sized model's name ("ViT-B/16", "DiT-XL/2"); after a number it lists
// siblings ("ResNet-50/101").
const PATCH_SIZE = /^\/\d{1,3}(?![\w./])/;

/** Extends models written with their patch size over it (mutating the hits). */
function keepPatchSizes(scan: Scan, hits: Hit[]): void {
  for (const h of hits) {
    if (h.type !== "model" || scan.text[h.end] !== "/" || !/\p{L}$/u.test(h.surface)) continue;
    const patch = PATCH_SIZE.exec(scan.text.slice(h.end, h.end + 8));
    if (!patch) continue;
    h.surface += patch[0];
    h.end += patch[0].length;
  }
}

// "PPMA-T/S/B", "Widget 7B/14B": sizes after a slash are sibling models; a number alone ("ViT-B/16") is a patch size.
const SIZE_END = /([-\s])([TSBLHMX]|\d+(?:\.\d+)?[BMK])$/;
// A lowercase word after a hyphen that names a variant, not an adjective's or a paradigm's ending (markOwnParts).
const LOWERCASE_VARIANT =
  /-(?!(?:based|like|style|free|only|aware|specific|driven|guided|inspired|enhanced|powered|augmented|related|type|level|wise|ready|compatible|friendly|agnostic|dependent|independent|conditioned|tuned|trained|generated|learning)$)\p{Ll}{3,}$/u;
const MORE_SIZES = /^(?:\/(?:[TSBLHMX]|\d+(?:\.\d+)?[BMK])(?!\w))+/;

/** Adds a model for every size written after a slash behind a sized model name. */
function expandSizeVariants(scan: Scan, hits: Hit[]): void {
  const added: Hit[] = [];
  for (const h of hits) {
    if (h.type !== "model" || scan.text[h.end] !== "/") continue;
    const size = SIZE_END.exec(h.surface);
    const more = MORE_SIZES.exec(scan.text.slice(h.end, h.end + 40));
    if (!size || !more) continue;
    const base = h.surface.slice(0, size.index + 1);
    let at = h.end;
    for (const variant of more[0].split("/").filter(Boolean)) {
      at = scan.text.indexOf(variant, at);
      added.push({ ...h, surface: base + variant, start: at, end: at + variant.length, alias: undefined });
      at += variant.length;
    }
  }
  hits.push(...added);
}

/**
 * "OGB Large-Scale Challenge": a one-word name right before a benchmark phrase ("… Challenge", "… Leaderboard") is
 * the first word of the benchmark's name, not a name of its own.
 */
function joinIntoBenchmarks(scan: Scan, hits: Hit[]): void {
  const benchmarks = hits.filter((h) => h.type === "benchmark" && h.phrase);
  if (benchmarks.length === 0) return;
  const endingAt = new Map(hits.filter((h) => !/\s/.test(h.surface)).map((h) => [h.end, h]));
  const dropped = new Set<Hit>();
  for (const b of benchmarks) {
    const a = endingAt.get(b.start - 1);
    if (!a || a === b || scan.text[a.end] !== " " || (a.type !== "model" && !DATA.has(a.type))) continue;
    b.surface = scan.text.slice(a.start, b.end);
    b.start = a.start;
    dropped.add(a);
  }
  removeHits(hits, dropped);
}

const ALL_CAPS_WORD = /^[\p{Lu}\d-]+$/u;

/** Takes `dropped` out of `hits`, in place. */
function removeHits(hits: Hit[], dropped: ReadonlySet<Hit>): void {
  if (dropped.size === 0) return;
  const kept = hits.filter((h) => !dropped.has(h));
  hits.length = 0;
  hits.push(...kept);
}

// An acronym that may stand for the name before it: capitals, a lowercase prefix letter, digits ("ViT", "GPT2").
const ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Ll}?\p{Lu}[\p{L}\d]*$/u;

/**
 * "Falcon Mamba 7B": two model names with only a space between them are one name (a family and its variant),
 * not two models.
 */
function joinAdjacentModels(scan: Scan, hits: Hit[]): void {
  const models = hits.filter((h) => h.type === "model").sort((a, b) => a.start - b.start);
  const dropped = new Set<Hit>();
  for (let k = 0; k + 1 < models.length; k++) {
    const [a, b] = [models[k]!, models[k + 1]!];
    if (dropped.has(a) || scan.text.slice(a.end, b.start) !== " " || !/^\p{Lu}/u.test(b.surface)) continue;
    // Two acronyms side by side are more often an organisation and its program, or two words in capitals.
    if (ALL_CAPS_WORD.test(a.surface) && ALL_CAPS_WORD.test(b.surface.split(" ")[0]!)) continue;
    if (sentenceAt(scan.sentences, a.start) !== sentenceAt(scan.sentences, b.start)) continue;
    // "the Vision Transformer ViT": a name and its acronym side by side are one entity, named twice.
    if (ACRONYM.test(b.surface) && longFormStart(b.surface, a.surface) === 0) {
      b.alias ??= a.surface;
      continue;
    }
    // "the bidirectional Transformer Language Model BERT": a kind ending in a model's head before a known name is that
    // name's description.
    if (b.known && !a.known && !a.proposed && MODEL_HEADS.has(a.surface.split(" ").pop()!)) {
      dropped.add(a);
      continue;
    }
    a.surface = scan.text.slice(a.start, b.end);
    a.end = b.end;
    a.known = false;
    delete a.alias;
    a.strength = Math.max(a.strength, b.strength) as Strength;
    dropped.add(b);
    models[k + 1] = a;
  }
  removeHits(hits, dropped);
}

// What a phrase is for, then the name in parentheses it describes ("a Pebble-based Ranking Model for Sparse Gadget
// Sorting (QuillDet)"); a known name only right before it.
const PURPOSE_THEN_NAME = /^(?:\s+(?:for|of|on|in|with|via)\s+[^().;,:]{1,80}?)?\s*\(([^()]{2,24})\)/;
const NAME_RIGHT_AFTER = /^\s*\(([^()]{2,24})\)/;

/**
 * Words right before the paper's own name in parentheses that describe that name are no model of their own: a known
 * name there is part of its long form ("a fast denoising network, Gated Transformer (GDformer)"), and so is a
 * title-case phrase the paper proposes, or that phrase and what it is for.
 */
function dropDescriptionsOfOwnNames(scan: Scan, hits: Hit[]): void {
  const own = new Set(hits.filter((h) => h.type === "model" && h.proposed).map((h) => keyOf(h.surface)));
  const dropped = new Set<Hit>();
  for (const h of hits) {
    if (h.type !== "model") continue;
    const known = h.known && !h.proposed;
    const described = h.proposed && !h.known && !h.defined && h.surface.includes(" ");
    if (!known && !described) continue;
    const after = scan.text.slice(h.end, h.end + 120);
    const name = (known ? NAME_RIGHT_AFTER : PURPOSE_THEN_NAME).exec(after)?.[1];
    if (!name || !own.has(keyOf(name))) continue;
    if (keyOf(name) === keyOf(h.surface) || (h.alias && keyOf(name) === keyOf(h.alias))) continue;
    dropped.add(h);
  }
  removeHits(hits, dropped);
}

// A family's noun after the last of coordinated names, which each of them takes ("Pre-QN and Post-QN Transformers").
const FAMILY_HEAD_AFTER = /^\s+(?:transformers?|attentions?|networks?|GANs?)\b/i;
const COORDINATION = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

/**
 * "Pre-QN and Post-QN Transformers": names of no known model coordinated before a family's noun are each that
 * family's variant, the noun part of each name (mutating the hits).
 */
function shareCoordinatedHead(scan: Scan, hits: Hit[]): void {
  const models = hits.filter((h) => h.type === "model" && !h.known).sort((a, b) => a.start - b.start);
  for (let k = models.length - 1; k > 0; k--) {
    const last = models[k]!;
    const head = FAMILY_HEAD_AFTER.exec(scan.text.slice(last.end, last.end + 16))?.[0];
    if (!head) continue;
    let first = k;
    while (first > 0 && COORDINATION.test(scan.text.slice(models[first - 1]!.end, models[first]!.start))) first--;
    if (first === k) continue;
    // Each is one model: the noun in the singular ("Post-QN Transformer").
    const noun = head.trim().replace(/s$/, "");
    for (let j = first; j <= k; j++) models[j]!.surface = `${models[j]!.surface} ${noun}`;
    k = first;
  }
}

/** Whether the letters of `part` occur in `whole` in the same order. */
function inOrderWithin(part: string, whole: string): boolean {
  let k = 0;
  for (const c of whole) if (c === part[k]) k++;
  return k === part.length;
}

// "X, a " / "X, an ": an appositive starts right after a name.
const APPOSITIVE_START = /^,\s+an?\s+/;

/**
 * "GRIZ, a Gated Rotary Image Zipper", "Time-QFM, a Quilled Foundation Model": a
 * title-case phrase of the paper's own set beside its new name, whose words' initials the name's capitals hold in
 * order, is that name spelled out (mutating the hits).
 */
function joinSpelledAppositives(scan: Scan, hits: Hit[]): void {
  const phrases = new Map<number, Hit>();
  for (const h of hits) {
    if (h.type === "model" && h.proposed && !h.known && !h.defined && h.surface.split(/\s+/).length >= 3) {
      phrases.set(h.start, h);
    }
  }
  if (phrases.size === 0) return;
  for (const name of hits) {
    if (name.type !== "model" || !name.proposed || /\s/.test(name.surface)) continue;
    const gap = APPOSITIVE_START.exec(scan.text.slice(name.end, name.end + 6))?.[0];
    const phrase = gap && phrases.get(name.end + gap.length);
    if (!phrase) continue;
    const initials = phrase.surface
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0]!);
    if (initials.length < 2 || !inOrderWithin(initials.join(""), capitalsOf(name.surface))) continue;
    for (const h of hits) {
      if (h.type !== "model" || keyOf(h.surface) !== keyOf(phrase.surface)) continue;
      h.alias = h.surface;
      h.surface = name.surface;
    }
  }
}

// A change by a number written before the measure: "a 17% decrease in", "a 4.2% relative improvement of".
const CHANGE_IN_BEFORE =
  /\d(?:\.\d+)?\s*%?\s+(?:relative\s+|absolute\s+)?(?:decrease|reduction|improvement|increase|drop|gain|rise)s?\s+(?:in|of)\s+(?:the\s+)?$/i;

/**
 * An acronym right after a score is the score's metric, whatever else the lexicon knows it as: "44.3 EM on NQ" is
 * exact match, not expectation–maximization; so is one a number changes ("a 17% decrease in MAE for …").
 */
function typeScoredAcronyms(scan: Scan, hits: Hit[]): void {
  for (const h of hits) {
    if (h.type !== "model" || !/^\p{Lu}{2,5}$/u.test(h.surface)) continue;
    const before = scan.text.slice(Math.max(0, h.start - 40), h.start);
    const after = scan.text.slice(h.end, h.end + 12);
    const scored = /(?:^|[^\w.])\d+(?:\.\d+)?\s*%?\s$/.test(before) && /^\s+(?:on|of|in|score|points?)\b/.test(after);
    // "17% decrease in MAE": a change in it, by a number, is a result.
    const changed =
      CHANGE_IN_BEFORE.test(before) && /^\s*(?:[,.;)]|(?:for|on|of|and|across|over|compared|than)\b|$)/.test(after);
    if (!scored && !changed) continue;
    h.type = "metric";
    h.proposed = false;
    delete h.alias;
  }
}

/**
 * A version of a model the paper names is a model too ("GWT-v2" beside "Gated Widget Transformer (GWT)"), unless a
 * data noun stands right before it ("our model WidgetTraj and a synthetic dataset WidgetTraj-10k").
 */
function typeVersionsOfModels(scan: Scan, hits: Hit[]): void {
  const models = new Set(
    hits.filter((h) => h.type === "model" && h.strength >= STRENGTH.context).map((h) => keyOf(h.surface)),
  );
  for (const h of hits) {
    if (!DATA.has(h.type) || h.strength > STRENGTH.context) continue;
    const base = h.surface.replace(VERSION_SUFFIX, "");
    if (base !== h.surface && models.has(keyOf(base)) && !DATA_NOUN_BEFORE.test(scan.text.slice(0, h.start))) {
      h.type = "model";
      h.strength = STRENGTH.context;
    }
  }
}

const DATA_NOUN = /\b(?:datasets?|benchmarks?|corpus|corpora)\b/i;
const DATA_NOUN_BEFORE = /\b(?:datasets?|benchmarks?|corpus|corpora),?\s+(?:called\s+|named\s+)?["'“‘`]?$/i;

/** The text between two hits, in whichever order they stand. */
const gapBetween = (scan: Scan, a: Hit, b: Hit) =>
  a.start < b.start ? scan.text.slice(a.end, b.start) : scan.text.slice(b.end, a.start);

/** Items of one list share a data type: "datasets: A, B and C" types A by context, B and C by being beside it. */
function propagateListTypes(scan: Scan, hits: Hit[]): void {
  const names = hits.filter((h) => h.type !== "task" && h.type !== "repo" && h.type !== "hf");
  names.sort((a, b) => a.start - b.start);
  // A short form in parentheses ("Widget Project (WP)"): the list goes on after its closing parenthesis.
  const short = (h: Hit) => scan.text[h.start - 1] === "(" && scan.text[h.end] === ")";
  // A sentence's opening phrase ends at its comma: "On ImageNet-1K, for instance, WidgetNet reaches …".
  const paired = (k: number) => {
    const a = names[k]!;
    const next = names[k + 1]!;
    if (!listNeighbours(scan, short(a) ? a.end + 1 : a.end, next.start)) return false;
    const between = scan.text.slice(a.end, next.start);
    if (/\b(?:and|or)\b|\//.test(between)) return true;
    return !inOpeningPhrase(scan, a.start) && !subjectAfterOpening(scan, next.start, next.end);
  };
  // Models beside a known model in a list typed by the evaluation wording before it ("experiments on GizmoGen-α,
  // QuillSora and DiT"): what the run was on is models here, as the known one says.
  const asModel = new Set<Hit>();
  const weakData = (h: Hit) =>
    DATA.has(h.type) && h.strength === STRENGTH.context && !h.known && !h.defined && !h.proposed;
  // Not a list a data noun introduces ("benchmarks including WidgetSet, GadgetHouse and ROPE"): a known model's
  // name there is a namesake.
  const dataListed = (h: Hit) => {
    const sentence = scan.sentences[sentenceAt(scan.sentences, h.start)]!;
    return DATA_NOUN.test(scan.text.slice(sentence.start, h.start));
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < names.length; i++) {
      const k = pass === 0 ? i : names.length - 2 - i;
      const [a, b] = pass === 0 ? [names[k]!, names[k + 1]!] : [names[k + 1]!, names[k]!];
      if (!paired(k)) continue;
      if (a.type === "model" && (a.known || asModel.has(a)) && weakData(b) && !dataListed(b)) {
        b.type = "model";
        asModel.add(b);
        continue;
      }
      // A defined name typed a model only by its long form's shape takes the type of a defined data name beside it
      // ("… datasets, including the Widget Project (WP), Gadget Study (GS), and …").
      const defs = (h: Hit) => h.defined || short(h);
      const weak =
        b.strength === STRENGTH.shape ||
        (defs(b) &&
          defs(a) &&
          !a.known &&
          !b.proposed &&
          !b.known &&
          b.strength === STRENGTH.context &&
          DATA_NOUN.test(scan.sentences[sentenceAt(scan.sentences, b.start)]!.text));
      if (DATA.has(a.type) && a.strength >= STRENGTH.context && b.type === "model" && weak) {
        b.type = a.type;
        b.strength = STRENGTH.context;
      }
      // An acronym joined to a metric is one too when it spells a metric's words, whatever else it abbreviates
      // ("report EM and F1": exact match, not expectation-maximization).
      const spelled = b.type === "model" && !b.proposed && !b.defined && lexicons().metricInitials.get(b.surface);
      if (a.type === "metric" && spelled && /^\s*(?:,\s*)?(?:and|or|\/)\s*$/.test(gapBetween(scan, a, b))) {
        b.type = "metric";
        b.alias = spelled;
      }
    }
  }
}

const ACTIVITY_NOUN = /(?:ing|tion|sion|ment|sis|ance|ence)$/i;
// Nouns in "-tion" that name things, not activities: "speaker, emotion, and language recognition".
const THING_NOUN = /^(?:emotion|motion|question|position|attention|nation|portion|fraction|function|section)$/i;
const isActivity = (word: string) => ACTIVITY_NOUN.test(word) && !THING_NOUN.test(word);

/**
 * A task or metric inside a longer one at the same place is part of it ("image generation" in "unconditional image
 * generation"), and a task inside a name is part of the name ("text spotting" in "… Text Spotting Transformer").
 */
function dropCovered(hits: Hit[]): Hit[] {
  const names = new SpanIndex(hits.filter((h) => h.type === "model" || DATA.has(h.type)));
  const taskList = hits.filter((h) => h.type === "task");
  const tasks = new SpanIndex(taskList);
  const metrics = new SpanIndex(hits.filter((h) => h.type === "metric"));
  const inside = (a: Hit, b: Hit) =>
    a !== b && a.start >= b.start && a.end <= b.end && a.end - a.start < b.end - b.start;
  // A coordinated item stands where its expansion stands: "text-to-video" of "text-to-video and image-to-video
  // generation" is "text-to-video generation". An activity stays a task of its own ("troubleshooting and fault
  // detection").
  const expanded = (a: Hit, b: Hit) =>
    a !== b &&
    !isActivity(a.surface) &&
    a.start === b.start &&
    a.end === b.end &&
    b.surface.length > a.surface.length &&
    b.surface.toLowerCase().startsWith(`${a.surface.toLowerCase()} `);
  const insideAny = (h: Hit, index: SpanIndex<Hit>) =>
    index.overlapping(h.start, h.end).some((o) => inside(h, o) || expanded(h, o));
  // A data name that ends a longer one after a space is the longer one's word ("Chatbot Arena" of "QZRT Chatbot
  // Arena"): the text names the longer one there. Joined ones name both ("GTAV-to-Cityscapes").
  const endsAfterSpace = (a: Hit, b: Hit) =>
    DATA.has(b.type) && inside(a, b) && a.end === b.end && b.surface[a.start - b.start - 1] === " ";
  return hits.filter(
    (h) =>
      (h.type !== "metric" || !insideAny(h, metrics)) &&
      (!DATA.has(h.type) || !names.overlapping(h.start, h.end).some((o) => endsAfterSpace(h, o))) &&
      (h.type !== "task" || h.defined || !(insideAny(h, tasks) || names.overlapping(h.start, h.end).length > 0)),
  );
}

/** Pass 1: one paper's mentions, before corpus-level voting. */
export function extractPaperMentions(paper: PaperInput, context?: CorpusContext): PaperMention[] {
  const { hits, definitions, sentences, ml } = findHits(paper, context);
  const mentions = groupHits(hits, definitions, sentences);
  // Outside machine learning names are demoted below the graph's threshold; links stay what they are.
  if (ml < ML_GATE) {
    for (const m of mentions) {
      if (m.type !== "repo" && m.type !== "hf") m.confidence = +(m.confidence * OFF_DOMAIN_FACTOR).toFixed(2);
    }
  }
  return mentions;
}

/**
 * Whether a long form is ordinary words before an acronym the paper defined as a task, or the lexicon knows as one
 * ("Zero-Shot CIR"; not "MMD-regularized UOT", whose other acronym names the method).
 */
function headsWithTaskAcronym(long: string, defined: ReadonlyMap<string, DefinedAs>): boolean {
  const m = /^((?:[\p{L}][\p{Ll}]*(?:-[\p{L}][\p{Ll}]*)*\s+)+)(\p{Lu}[\p{Lu}\d]+)$/u.exec(long);
  const head = m?.[2];
  if (!head) return false;
  const earlier = defined.get(keyOf(head));
  if (earlier !== undefined) return earlier !== "concept" && earlier.type === "task";
  return lexicons().entities.get(fold(head))?.type === "task";
}

/** Whether `long` holds the one-word name `name` as a word of its own or a hyphenated compound's first part. */
function builtOn(long: string, name: string): boolean {
  if (/\s/.test(name) || name.length < 3) return false;
  return long.split(/\s+/).some((word) => word === name || word.startsWith(`${name}-`));
}
