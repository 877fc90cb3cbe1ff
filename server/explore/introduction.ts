// Which papers introduce an entity, with confidence: the paper's own name for it heads its title ("BERT: …") or a
// sentence of the paper says it proposes it ("we propose X", "this paper introduces X"). A role the extractor
// guessed from weaker signals ("a model called BERT") never makes a paper the entity's proposer. Pure.

/** Why a paper counts as introducing the entity. */
export type IntroductionBasis = "title" | "statement";

export interface LinkedPaper {
  id: string;
  title: string;
  date: string | null;
  /** The sentence the link was extracted from. */
  evidence: string;
}

export interface Introduction extends LinkedPaper {
  basis: IntroductionBasis;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The name as a whole word: not inside a longer name ("DiT" is not in "DiT-3D" or "DiTs"). */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, "u");
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** "BERT: Pre-training of …", "DiT-3D – Exploring …": the name the title gives its own contribution. */
export function titleHead(title: string): string | null {
  const m = /^\s*([^:–—]{1,60}?)\s*(?::|\s[–—-]\s)/u.exec(title);
  return m ? m[1]!.trim() : null;
}

const PROPOSING_VERB =
  /\b(?:we|this (?:paper|work|study|article|report)|our (?:paper|work))\s+(?:(?:also|further|first|then|hereby|here|thus|therefore|newly|now)\s+)*(?:propose[sd]?|introduce[sd]?|present[sd]?|develop(?:s|ed)?|release[sd]?|design(?:s|ed)?|buil[dt]s?|devise[sd]?|put forward|name[sd]?|call(?:s|ed)?|dub(?:s|bed)?)\b/giu;
// Where the object of the verb ends: the next clause, or a phrase naming what the contribution builds on.
const OBJECT_END =
  /[.;!?]|\s(?:which|that|based on|built on|upon|using|via|through|from|than|over|against|such as|like|e\.g\.|i\.e\.|including|compared|and (?:show|demonstrate|evaluate|find)|(?:as an? )?alternative to|instead of|in place of|replacing|inspired by)\b/iu;
// "we propose to improve BERT": the verb takes an action, and what follows is what the action applies to.
const ACTION_OBJECT = /^\s+to\s/iu;

// What may stand between the verb (or a comma, a colon, a naming word) and the name it proposes: "we propose
// Zeta", "we introduce the Zeta architecture", "a new architecture, the Mixer", "a network called Eta". Any other
// word makes the name part of something else: a longer name ("Dual Attention Vision Transformers"), a variant
// ("3D-inspired ViT", "an instance-level CLIP loss"), a use or a topic ("the use of vision transformers", "a
// benchmark of … with ViT"), or the kind of a thing named before ("LITv2, a simple ViT").
const DETERMINERS = new Set(["a", "an", "the", "our", "this", "these", "its", "their", "both", "two", "three"]);
const LEAD_START = /[,:]|\b(?:called|named|dubbed|termed|coined|namely)\b/giu;
// "a CNN-ViT hybrid called SBCFormer": what follows "called" is the name; what came before describes it.
const NAMING = /\b(?:called|named|dubbed|termed|coined)\b/iu;
// After "(Name)", the object ends or goes on with what the named thing does: "(Graph DiT) for molecules". A noun
// there ("a masked autoencoder (MAE) loss") makes the definition a modifier of what is introduced.
const DEFINITION_END =
  /^\)\s*(?:$|[,.;:!?)]|(?:for|to|that|which|with|in|on|and|as|is|by|from|capable|designed|trained|where|whose|able)\b)/iu;
const PREPOSITION = /\b(?:of|in|with|for|on|into|across|under|between|among|about|by|to|from|at|within)\b/iu;

/** True when the object of a proposing verb names `name` as the thing proposed. */
function namesInObject(object: string, name: string): boolean {
  const m = namePattern(name).exec(object);
  if (!m) return false;
  const before = object.slice(0, m.index);
  // "the Widget Ranking Transformer (Widget RT)": a definition, when the parentheses hold the name alone
  // ("InterBERT (BERT for Interaction)" explains another name instead) and define the object itself, not an
  // appositive describing it (", a Diffusion Transformer model (DiT)").
  const lastStart = [...before.matchAll(LEAD_START)].at(-1);
  const lead = lastStart ? before.slice(lastStart.index + lastStart[0].length) : before;
  // "LITv2, a simple ViT", "…, a Diffusion Transformer model (DiT)": after a comma, "a" starts a description of
  // the kind of thing named before it.
  if (lastStart?.[0] === "," && /^\s*an?\s/iu.test(lead)) return false;
  if (before.endsWith("(")) return DEFINITION_END.test(object.slice(m.index + m[0].length)) && !PREPOSITION.test(lead);
  if (NAMING.test(object.slice(m.index))) return false;
  return lead
    .split(/\s+/u)
    .filter(Boolean)
    .every((word) => DETERMINERS.has(word.toLowerCase()));
}

/** True when `sentence` says the paper itself proposes something named `name`. */
export function statesProposal(sentence: string, name: string): boolean {
  for (const m of sentence.matchAll(PROPOSING_VERB)) {
    const rest = sentence.slice(m.index! + m[0].length);
    if (ACTION_OBJECT.test(rest)) continue;
    const stop = OBJECT_END.exec(rest);
    if (namesInObject(stop ? rest.slice(0, stop.index) : rest, name)) return true;
  }
  return false;
}

/** Why `paper` introduces the entity known as `names`, or null when nothing says it does. */
export function introductionBasis(paper: LinkedPaper, names: readonly string[]): IntroductionBasis | null {
  const head = titleHead(paper.title);
  if (head && names.some((n) => fold(n) === fold(head))) return "title";
  if (names.some((n) => n.length >= 2 && statesProposal(paper.evidence, n))) return "statement";
  return null;
}

/** `YYYY-MM-DD` sorts by itself; yearless (`--MM-DD`) and missing dates go last. */
const dateKey = (date: string | null) => (date && /^\d{4}/.test(date) ? date : "9999");

/** The papers that introduce the entity, earliest first (a title beats a sentence on the same day). */
export function confirmedIntroductions(papers: readonly LinkedPaper[], names: readonly string[]): Introduction[] {
  const out: Introduction[] = [];
  const seen = new Set<string>();
  for (const p of papers) {
    if (seen.has(p.id)) continue;
    const basis = introductionBasis(p, names);
    if (!basis) continue;
    seen.add(p.id);
    out.push({ ...p, basis });
  }
  return out.sort(
    (a, b) =>
      dateKey(a.date).localeCompare(dateKey(b.date)) ||
      Number(b.basis === "title") - Number(a.basis === "title") ||
      a.id.localeCompare(b.id),
  );
}
