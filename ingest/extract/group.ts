// Grouping hits into one mention per entity: same folded name, acronym ↔ long form, plural ↔ singular,
// and a task named inside exactly one longer task; then type, canonical name, role, evidence and confidence.

import { fold } from "./fold.js";
import { lexicons } from "./lexicon.js";
import type { EntityType } from "../../domain/types.js";
import type { Definition } from "./definitions.js";
import { isNameShape, keyOf, singularAcronym } from "./shape.js";
import { sentenceAt, type Sentence } from "./text.js";
import type { Hit, PaperMention } from "./types.js";

const ARCHITECTURE_NOUN_AFTER = /^(\S+) (?:Transformers?|Network|Model|Framework)$/;
// Between equally firm typings the more specific type wins.
const TYPE_ORDER: EntityType[] = ["repo", "hf", "benchmark", "dataset", "metric", "task", "model"];
const CAN_BE_PROPOSED = new Set<EntityType>(["model", "metric", "dataset", "benchmark", "repo", "hf"]);

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The lexicographically smaller root wins so grouping does not depend on hit order.
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function mostFrequent(surfaces: string[]): string {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort(
    (a, b) => b[1] - a[1] || shoutedFirst(a[0], b[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

// Capitals throughout are a shouting title's or an emphasis's, not the name's spelling ("FLASHATTENTION2" beside
// "FlashAttention2"): between two spellings of one name, seen as often, the other wins.
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
// A task is shouted when its head is an ordinary word in capitals ("MOMENT RETRIEVAL"), not an acronym ("RGB-D SLAM").
const shoutedTask = (surface: string) =>
  SHOUTED.test(surface) &&
  /\s/.test(surface) &&
  lexicons().taskHeads.has(surface.slice(surface.lastIndexOf(" ") + 1).toLowerCase());
const shoutedFirst = (a: string, b: string) =>
  fold(a) === fold(b) ? Number(SHOUTED.test(a)) - Number(SHOUTED.test(b)) : 0;

/** The most frequent surface, ties to the shortest: junk modifiers are rarer than the plain name. */
function mostFrequentShortest(surfaces: string[]): string {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Word-level suffix: "object detection" is a suffix of "small object detection", and of a hyphenated compound's
 * last part ("image super-resolution" of "single-image super-resolution").
 */
const wordSuffix = (short: string, long: string) =>
  long.length > short.length &&
  (long.endsWith(` ${short}`) || (long.endsWith(`-${short}`) && !NEGATED.test(long.slice(0, -short.length))));
// A negating prefix makes another thing, not a kind of it ("non-hierarchical clustering").
const NEGATED = /(?:^|[\s-])non-$/;

/** True when `surface` holds a whole word of `length` characters at `at`. */
const wordAt = (surface: string, at: number, length: number) =>
  (at === 0 || /[\s-]/.test(surface[at - 1]!)) &&
  (at + length === surface.length || /[\s-]/.test(surface[at + length]!));

/** Runs of white space as one space; most names have none to replace (a test is cheaper than a replace). */
const oneSpaced = (name: string) => (/\s\s|[^\S ]/.test(name) ? name.replace(/\s+/g, " ") : name);

/** One mention per entity from the hits of one paper. */
export function groupHits(hits: Hit[], definitions: Definition[], sentences: Sentence[]): PaperMention[] {
  const uf = new UnionFind();
  const keyed = hits
    .map((h) => ({ hit: h, key: h.type === "repo" || h.type === "hf" ? `link:${h.surface}` : keyOf(h.surface) }))
    .filter((k) => k.key);
  const keys = new Set(keyed.map((k) => k.key));
  for (const d of definitions) {
    const a = keyOf(d.short);
    const b = fold(d.long);
    if (keys.has(a) && keys.has(b)) uf.union(a, b);
  }
  // A lexicon alias ties a written variant to its canonical entry ("Vision Transformer" and "ViT").
  for (const { hit, key } of keyed) if (hit.alias) uf.union(key, keyOf(hit.alias));
  for (const k of keys) if (k.endsWith("s") && keys.has(k.slice(0, -1))) uf.union(k, k.slice(0, -1));
  // "CSWin Transformer" and "CSWin": the paper's own coined name with and without its architecture noun is one.
  for (const { hit, key } of keyed) {
    if (hit.type !== "model" || !hit.proposed) continue;
    const base = ARCHITECTURE_NOUN_AFTER.exec(hit.surface)?.[1];
    if (base && isNameShape(base) && keys.has(keyOf(base))) uf.union(key, keyOf(base));
  }
  // "KG link prediction" beside "knowledge graph link prediction": a task or metric written with an acronym the
  // paper defines is the one written with its long form.
  for (const { hit, key } of keyed) {
    if ((hit.type !== "task" && hit.type !== "metric") || !hit.surface.includes(" ")) continue;
    for (const d of definitions) {
      const at = hit.surface.indexOf(d.short);
      if (at < 0 || !wordAt(hit.surface, at, d.short.length)) continue;
      const long = fold(hit.surface.slice(0, at) + d.long + hit.surface.slice(at + d.short.length));
      if (long !== key && keys.has(long)) uf.union(key, long);
    }
  }
  // A task or metric named inside exactly one longer one is that one ("object detection" in "small object detection");
  // a head shared by several ("segmentation" in two) names none of them on its own.
  const dropped = new Set<string>();
  // A task named in general ("segmentation tasks") stands on its own.
  const general = new Set(keyed.filter((k) => k.hit.general).map((k) => k.hit.surface.toLowerCase()));
  // Two names the paper defines each with an acronym of its own are two ("continual learning (CL)" and
  // "memory-constrained online continual learning (MC-OCL)").
  // So is an acronym inside another's long form ("domain adaptation (DA)" and "Unsupervised DA (UDA)").
  const definedLong = new Set(definitions.map((d) => oneSpaced(d.long).toLowerCase()));
  const definedShort = new Set(definitions.map((d) => d.short.toLowerCase()));
  const definedKeys = definitions.map((d) => keyOf(d.short));
  for (const type of ["task", "metric"]) {
    const names = [...new Set(keyed.filter((k) => k.hit.type === type).map((k) => k.hit.surface.toLowerCase()))];
    for (const short of names) {
      if (general.has(short)) continue;
      const longer = names.filter((long) => wordSuffix(short, long)).sort((a, b) => a.length - b.length);
      // A longer name already one with another definition counts as that definition's ("zero-shot composed image
      // retrieval" of the title, one with "Zero-Shot CIR (ZS-CIR)").
      const ofAnotherDefinition = (long: string) => {
        if (definedLong.has(long)) return true;
        const root = uf.find(keyOf(long));
        return root !== uf.find(keyOf(short)) && definedKeys.some((k) => uf.find(k) === root);
      };
      if ((definedLong.has(short) || definedShort.has(short)) && longer.some(ofAnotherDefinition)) continue;
      // One longer name, or a chain ("detection" ⊂ "object detection" ⊂ "small object detection").
      const chain = longer.every(
        (long, k) => k === 0 || wordSuffix(longer[k - 1]!, long) || uf.find(keyOf(long)) === uf.find(keyOf(longer[0]!)),
      );
      if (longer.length >= 1 && chain) for (const long of longer) uf.union(keyOf(short), keyOf(long));
      else if (longer.length > 1 && !short.includes(" ")) dropped.add(keyOf(short));
    }
  }

  const groups = new Map<string, Hit[]>();
  for (const { hit, key } of keyed) {
    if (dropped.has(key) && (hit.type === "task" || hit.type === "metric")) continue;
    const root = uf.find(key);
    const group = groups.get(root);
    if (group) group.push(hit);
    else groups.set(root, [hit]);
  }

  const shortKeys = new Map(definitions.map((d) => [d, keyOf(d.short)]));
  const out: PaperMention[] = [];
  for (const group of groups.values()) {
    const strongest = Math.max(...group.map((h) => h.strength));
    const firm = group.filter((h) => h.strength === strongest);
    const type = TYPE_ORDER.find((t) => firm.some((h) => h.type === t))!;
    const ofType = group.filter((h) => h.type === type);
    // The short form names the entity even where only its long form took the type ("Adolescent Brain Cognitive
    // Development (ABCD)" typed data by the list it stands in, "ABCD" on its own a model).
    const groupKeys = new Set(group.map((h) => keyOf(h.surface)));
    const def = definitions.find((d) => groupKeys.has(shortKeys.get(d)!));
    let name: string;
    // The guideline names a defined entity by the short form the paper uses afterwards, the long form an alias.
    // A plural acronym ("DA-cGANs") names the entity by its singular where the text writes that too.
    if (def) {
      const singular = singularAcronym(def.short);
      const short = ofType.some((h) => h.surface === singular) ? singular : def.short;
      // Defined in capitals and written otherwise after ("… Transformers (OMNINET)", then "OmniNet" throughout): the
      // spelling the paper uses most is the name.
      const spellings = ofType.map((h) => h.surface).filter((x) => fold(x) === fold(short));
      name = mostFrequent(spellings.length > 0 ? spellings : [short]);
      if (spellings.filter((x) => x === name).length === spellings.filter((x) => x === short).length) name = short;
    } else if (type === "task") {
      // A word cut out of a hyphenated compound ("resolution generation" of "high-resolution generation") names
      // nothing on its own.
      // A name written only before what performs it or how well it is done ("pose estimation networks", "action
      // recognition accuracy") names a group that holds a longer name ("3D human pose estimation") by that one.
      const own = ofType.filter((h) => !h.attributive);
      // A task's words in capitals come from a shouting title ("WIDGET MOMENT RETRIEVAL"): the abstract's spelling
      // names it, or the same words in lowercase.
      const written = (own.length > 0 ? own : ofType).map((h) => h.surface);
      const quiet = written.filter((x) => !shoutedTask(x));
      const surfaces = quiet.length > 0 ? quiet : written.map((x) => (shoutedTask(x) ? x.toLowerCase() : x));
      const lower = surfaces.map((x) => x.toLowerCase());
      const whole = surfaces.filter((x) => !lower.some((l) => l.endsWith(`-${x.toLowerCase()}`)));
      // A bare head joined to a longer name ("the classification of categorical time series") is named by it.
      const named = whole.filter((x) => /\s/.test(x.trim()));
      name = mostFrequentShortest(named.length > 0 ? named : whole.length > 0 ? whole : surfaces);
    } else {
      // A plural beside its singular ("U-Nets", "U-Net") names a model or metric by the singular; a dataset's
      // name may end in one ("OpenImages").
      const surfaces = ofType.map((h) => h.surface);
      const singular =
        type === "model" || type === "metric"
          ? surfaces.filter((x) => !(x.endsWith("s") && surfaces.includes(x.slice(0, -1))))
          : surfaces;
      name = mostFrequent(singular.length > 0 ? singular : surfaces);
    }
    // A line break inside a name ("Columnar\nStage Network") is a space.
    name = oneSpaced(name.replace(/['’]s$/, ""));
    // A measure written only in the plural ("accuracies", "driving scores") is named by the singular its lexicon
    // entry gives.
    if (type === "metric" && /s$/.test(name)) {
      const singular = name.replace(/ies$/, "y").replace(/(?<!s)s$/, "");
      if (group.some((h) => h.alias === singular)) name = singular;
    }
    // A broader name joined in by the suffix rule ("success rate" with "attack success rate") is no other name
    // for the entity: as an alias it would make the node a second "success rate".
    const named = [...new Set(group.flatMap((h) => (h.alias ? [h.surface, h.alias] : [h.surface])).map(oneSpaced))];
    const lowered = [name, ...named].map((x) => x.toLowerCase());
    const aliases = named
      .filter((s) => fold(s) !== fold(name) && !lowered.some((x) => wordSuffix(s.toLowerCase(), x)))
      .sort();
    const first = ofType.reduce((a, b) => (b.start < a.start ? b : a));
    const s = sentences[sentenceAt(sentences, first.start)]!;
    const proposed = CAN_BE_PROPOSED.has(type) && group.some((h) => h.proposed);
    const confidence = Math.min(0.99, 0.45 + 0.15 * strongest + 0.05 * Math.min(group.length - 1, 3));
    const mention: PaperMention = {
      type,
      name,
      aliases,
      role: proposed ? "proposed" : "used",
      count: group.length,
      // The sentence as read: markup and author-year citations blanked (markup.ts), each blank run one space.
      evidence: { sentence: s.text.replace(/\s{2,}/g, " "), start: first.start, end: first.end },
      // Multiples of 0.05: rounding by hand gives toFixed's figures without its string.
      confidence: Math.round(confidence * 100) / 100,
      typeStrength: strongest as PaperMention["typeStrength"],
    };
    if (def) {
      mention.shortForm = def.short;
      mention.longForm = def.long;
    }
    out.push(mention);
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start || (a.name < b.name ? -1 : 1));
}
