// Text as the rules should read it: LaTeX markup blanked out, Unicode hyphens and spaces made plain, and every
// replacement the same length as what it replaces, so offsets into the cleaned text are offsets into the original.

// Commands whose braced argument is markup, not text: "\color{red}", "\cite{key}", "\label{x}"; or a note about
// the authors ("\footnotetext[0]{A and B are the lead authors}", "\thanks{…}").
const DROP_ARGUMENT =
  /\\(?:color|textcolor|cite[pt]?|citeauthor|ref|eqref|label|vspace|hspace|includegraphics|footnotetext|thanks)\*?(?:\[[^\]]*\])?\{[^{}]*\}/g;
// Any other command name ("\textbf", "\em", "\methodabbr"); its argument's text stays.
const COMMAND = /\\[A-Za-z]+\*?/g;
// A bracketed list of alphabetic citation labels ("[KLM+21, Ng19a]", "[Ostrowski04, Kellan07]"): author initials or
// a surname, and a year, no name. (A surname is one capital then lowercase: "[ResNet50]" is no label.)
const CITATION_LABELS = /\[(?:(?:\p{Lu}[\p{L}]{0,5}\+?|\p{Lu}\p{Ll}{2,14})\d{2}[a-z]?(?:[,;]\s*|(?=\])))+\]/gu;
// An author-year citation in parentheses or brackets ("(Doe et al., 2006)", "[Roe, Poe, and Moe, 1990]",
// "(Doe and Roe, 2001; Poe, 2008)"): surnames name no entity. Each item is surnames then a year; one item alone must
// have two authors or "et al.", so "(WidgetSet, 2012)" stays.
const SURNAME = String.raw`(?:(?:van|von|de|der|den|del|da|di|du|le|la)\s+)*\p{Lu}[\p{L}'’-]+`;
const AUTHORS = String.raw`${SURNAME}(?:\s+et\s+al\.?|(?:,\s*${SURNAME})*,?\s+(?:and|&)\s+${SURNAME})`;
// A year, perhaps after the venue that published the work ("PODS 2019", "JAIR 2022").
const YEAR = String.raw`(?:\p{Lu}[\p{L}&]{1,9}\s+)?(?:19|20)\d{2}[a-z]?`;
const CITE_ITEM = String.raw`(?:${AUTHORS}|${SURNAME}),?\s+${YEAR}`;
const AUTHOR_YEAR = new RegExp(
  String.raw`[([](?:${AUTHORS},?\s+${YEAR}(?:\s*;\s*${CITE_ITEM})*|${CITE_ITEM}(?:\s*;\s*${CITE_ITEM})+)\s*[)\]]`,
  "gu",
);
// The same cited in the sentence: "LeDoe et al. (2006) show", "Doe & Roe (2015)", "Doe and Roe (EC 2007, TALG 2012)".
const NARRATIVE_CITE = new RegExp(String.raw`${AUTHORS}\s*[([]${YEAR}(?:,\s*${YEAR})*[)\]]`, "gu");
// A LaTeX accent on a letter is that accented letter ("BERTi\\'c" is "BERTić", "Mat\\v{e}j", "Lov{\\'a}sz",
// "\\'{\\i}"), and LaTeX's letters of other alphabets are those letters ("{\\L}ojasiewicz", "Bu{\\ss}").
const ACCENT = /\{?\\(?:(['`^"~=.])|([vcuHk])(?=\{))\{?(\\i(?![A-Za-z])|[A-Za-z])\}?\}?/g;
const SPECIAL_LETTER = /\{?\\(L|l|o|O|ss|aa|AA|ae|AE|oe|OE)(?![A-Za-z])(?:\{\})?\}?/g;
const LETTERS: Record<string, string> = {
  L: "Ł",
  l: "ł",
  o: "ø",
  O: "Ø",
  ss: "ß",
  aa: "å",
  AA: "Å",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
};
const COMBINING: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  v: "\u030C",
  c: "\u0327",
  u: "\u0306",
  H: "\u030B",
  k: "\u0328",
};
// Where a letter was markup its padding is first marked, then moved after the word, so the word stays one word
// ("Erd\\H{o}s-R\\'enyi" reads "Erdős-Rényi" and six spaces) and every offset after the word holds.
const PAD = "\uE000";
const accented = (m: string, symbol: string | undefined, named: string | undefined, letter: string) =>
  `${letter === "\\i" ? "i" : letter}${COMBINING[symbol ?? named!]}`.normalize("NFC").slice(0, 1).padEnd(m.length, PAD);
const lettered = (m: string, name: string) => LETTERS[name]!.padEnd(m.length, PAD);
const PADDED_WORD = /[\p{L}\p{N}\uE000]+(?:-[\p{L}\p{N}\uE000]+)*/gu;
const movePadding = (word: string) => (word.includes(PAD) ? word.replaceAll(PAD, "").padEnd(word.length, " ") : word);
const BOLD_MARK = /(?<=^|\s)\*\*(?=\p{L}[\p{L}\d-]*(?:\s|\*\*(?:$|[\s,.;:])))|(?<=[\p{L}\d)])\*\*(?=$|[\s,.;:])/gu;
// Markdown's emphasis with one asterisk around a term ("*multi-agent reinforcement learning*", "*Osiris*"): a term
// is a few words (a sentence set in italics, "*Tom is the parent of John*", is an example, and names nothing). A
// starred name ("A* search", "Q*") has no opening mark before a word, so it stays.
const EMPHASIS = /(?<=^|[\s(["'/])\*(?=[\p{L}\p{N}])([^*\n]{0,80}?[\p{L}\p{N})])\*(?=$|[\s,.;:!?)\]"'-])/gu;
const EMPHASIS_WORDS = 5;
// LaTeX's tie (a non-breaking space) after a word: "Boltzmann machines~(RBMs)", "AudioLDM~2", "work~\cite{…}".
// After a space it is "about" ("~3x faster") and stays.
const TIE = /(?<=[\p{L}\p{N}).\]])~(?=[\p{L}\p{N}(\\\s]|$)/gu;
const EMPTY_PARENTHESES = /\(\s*\)/g;
// Escaped characters keep the character: "\%" → " %", "\_" → " _".
const ESCAPED = /\\([%&_#$])/g;
// Hyphens that are not ASCII ("GPT‑4" with a non-breaking hyphen, a minus sign) are hyphens.
const HYPHENS = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/g;
// An en dash between letters joins words as a hyphen does ("super–resolution", "end–to–end") in a text that writes
// its compounds so; where hyphens are as many they are dashes set without spaces ("settings–selective").
const WORD_DASH = /(?<=\p{L})\u2013(?=\p{L})/gu;
const WORD_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;
// Not a dash before a function word ("Majority Rule–for learning") or between a lowercase word and a capitalised
// one ("three algorithms–Directed Drift"); "end–to–end", "Enhancement–On–Smartphones" join.
const COMPOUND_DASH =
  /(?<=\p{L})\u2013(?!(?:for|where|while|which|that|is|are|was|were|the|and|or|but|as|with|in|on|of|to|by)\b(?![\u2013-]))(?<!(?:^|[^\p{L}])\p{Ll}\p{L}*\u2013(?=\p{Lu}))(?=\p{L})/gu;
const dashesAreHyphens = (text: string) =>
  (text.match(WORD_DASH)?.length ?? 0) > (text.match(WORD_HYPHEN)?.length ?? 0);
// A middle dot before one capital letter joins a name as a hyphen would: "DALL·E 3", "Point·E".
const NAME_DOT = /(?<=\p{L})\u00B7(?=\p{Lu}(?![\p{L}\p{N}]))/gu;
// Spaces that are not ASCII: no-break, thin, narrow no-break, ideographic.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

// Inline or display math: a formula, or a short span between two dollar signs or between "\(" and "\)".
const MATH = /\$\$?[^$\n]{1,160}\$\$?|\\\([^\n]{1,160}?\\\)/g;
// With the rest of the name after it ("S\(^2\)-Attn"), moved up to the superscript; the spaces go after the name.
const SUPERSCRIPT_AFTER_NAME = /(?<=\w)(?:\$|\\\()\^\{?(\w+)\}?(?:\$|\\\))([\p{L}\p{N}-]*)/gu;
// A letter raised to a power, alone in math: "$S^2$", "\(S^{2}\)".
const LETTER_POWER = /^(?:\$|\\\()([A-Za-z])\^\{?(\w+)\}?(?:\$|\\\))$/;
// Letters alone in math: "$f$", "$k$", "$state$".
const MATH_LETTERS = /^\$([A-Za-z]{1,12})\$$/;
const MATH_TEXT =
  /\\(?:text|mathrm|textrm|texttt|textsc|textbf|textit|textsf|mathtt|mathsf|mathbf|mathit|operatorname|boldsymbol)\{[\w-]{2}|^\$[A-Za-z][\w-]{3,}\$$/;

const blank = (s: string) => " ".repeat(s.length);
/** Math blanked but for its numbers, so a result stays stated ("$2.5\times$ speedup" reads "2.5×"). */
const numbersOf = (math: string) =>
  math
    .replace(/\\times/g, "×     ")
    .replace(/[^\d.,%×]/g, " ")
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, " ");

// Both break patterns run on to the clause's next punctuation mark or line end (see `closeBreaks`).
const TO_CLAUSE_END = String.raw`([^.,;:)\n]*)([.,;:)\n]|$)`;
// The second half of a broken word: a suffix no word stands alone as, after a lowercase letter.
const BROKEN_WORD = new RegExp(
  String.raw`(?<=\p{Ll})- (ings?|tions?|sions?|ments?|ness|ity|ities|ations?|ences?|ances?|ly|able|ible)(?![\p{L}\d-])${TO_CLAUSE_END}`,
  "gu",
);

const LINE_BREAK = /(?<=\p{L}\p{Ll})- (?!(?:and|or|nor|to|as|but|vs|versus|with|than|then)\b)(\p{Ll}{2,})/gu;
const LINE_BREAK_CLAUSE = new RegExp(LINE_BREAK.source + TO_CLAUSE_END, "gu");
/**
 * The text with every break `clause` matches closed: the word's two halves joined and the clause shifted left up to
 * its next punctuation mark, the two characters dropped put after that mark, so words stay one space apart and every
 * offset after the clause holds. Repeated while a clause holds another break.
 */
function closeBreaks(text: string, clause: RegExp): string {
  let out = text;
  for (let round = 0; round < 8; round++) {
    const next = out.replace(clause, (_m, tail: string, rest: string, mark: string) => `${tail}${rest}${mark}  `);
    if (next === out) break;
    out = next;
  }
  return out;
}

// Letters set in a font at the start of a word, the rest of the word after them ("\textbf{G}izmo",
// "$\textbf{Wi}$dget"): the word's first letters, their markup padding moved after the word.
const FONT_LETTERS_IN_WORD =
  /\$?\\(?:textbf|textit|textsc|textsf|texttt|textrm|text|emph|underline|mathbf|mathrm|mathit|mathsf|mathtt|bm)\{(\p{L}{1,4})\}\$?(?=\p{L})/gu;

/** The text with markup blanked and odd hyphens and spaces made plain; same length, same offsets. */
export function plainText(text: string): string {
  let out = text;
  if (out.includes("{") && out.includes("\\")) {
    out = out.replace(FONT_LETTERS_IN_WORD, (m, letters: string) =>
      // A dollar must open and close, or none: "$\textbf{Q}uill" is no font's letters.
      m.startsWith("$") === m.endsWith("$") ? letters.padEnd(m.length, PAD) : m,
    );
  }
  // A superscript in math right after a name ("IA-RED$^2$", "X$^{2}$", "S\(^2\)-Attn") joins the name: "IA-RED^2"
  // then spaces.
  if (out.includes("$^") || out.includes("\\(^")) {
    out = out.replace(SUPERSCRIPT_AFTER_NAME, (m, sup: string, rest: string) => `^${sup}${rest}`.padEnd(m.length, " "));
  }
  // Other math holds variables and formulas ("$O(\sqrt{dT})$"), no names, unless it sets a word in a
  // font or alone ("$\text{GPT-4}$", "$\mathtt{SRPO}$", "$ReStraV$"), is a letter's power a name goes on from
  // ("$S^2$-Attn", not "$L^2$-metric"), or letters a hyphenated word goes on from.
  if (out.includes("$") || out.includes("\\(")) {
    out = out.replace(MATH, (m, at: number, whole: string) => {
      // Letters a hyphenated word goes on from are that word's start ("$f$-PG", "$k$-means"): moved up to the hyphen.
      // Inside a word ("MS-$k$-NN") the word closes up round them (PADDED_WORD moves the padding to its end).
      const letters = MATH_LETTERS.exec(m);
      if (letters && /^-[\p{L}\d]/u.test(whole.slice(at + m.length))) {
        return letters[1]!.padStart(m.length, /[\p{L}\d]-$/u.test(whole.slice(Math.max(0, at - 2), at)) ? PAD : " ");
      }
      if (MATH_TEXT.test(m)) return m;
      const power = LETTER_POWER.exec(m);
      return power && /^-\p{Lu}/u.test(whole.slice(at + m.length))
        ? `${power[1]}^${power[2]}`.padStart(m.length, " ")
        : numbersOf(m);
    });
  }
  if (out.includes("\\")) {
    out = out
      .replace(ACCENT, accented)
      .replace(SPECIAL_LETTER, lettered)
      .replace(DROP_ARGUMENT, blank)
      .replace(ESCAPED, (_m, c: string) => ` ${c}`)
      .replace(COMMAND, blank);
  }
  if (out.includes(PAD)) out = out.replace(PADDED_WORD, movePadding).replaceAll(PAD, " ");
  if (out.includes("[")) out = out.replace(CITATION_LABELS, blank);
  if (/(?:19|20)\d{2}[a-z]?\s*[)\]]/.test(out)) out = out.replace(AUTHOR_YEAR, blank).replace(NARRATIVE_CITE, blank);
  // Markdown's bold marks around words ("**In-batch Ensemble Drafting (IbED)**,") are no part of a name; inside a
  // word ("**S**elf-**T**raining") or a parenthesis they stay.
  if (out.includes("**")) out = out.replace(BOLD_MARK, "  ");
  if (out.includes("*")) {
    out = out.replace(EMPHASIS, (m, inner: string) => (inner.split(" ").length > EMPHASIS_WORDS ? m : ` ${inner} `));
  }
  if (out.includes("~")) out = out.replace(TIE, " ");
  // A word the source broke at a line end keeps the break's hyphen and space ("learn- ing", "func- tion"): joined
  // (see `closeBreaks`), "aver- age precision" reads "average precision".
  if (out.includes("- ")) {
    out = closeBreaks(out, BROKEN_WORD);
    // A text broken at its line ends throughout ("we pro- pose", "embod- ied AI", "Fur- thermore") reads whole: with
    // three such breaks or more, any lowercase fragment before one joins the next word (not "pre- and post-").
    if ((out.match(LINE_BREAK)?.length ?? 0) >= 3) out = closeBreaks(out, LINE_BREAK_CLAUSE);
  }
  // Braces and math dollars that markup leaves behind ("{\em unlabeled}", "$O(n)$"); a name's "^2" stays.
  if (/[{}$]/.test(out)) out = out.replace(/[{}$]/g, " ");
  // A parenthesis its macro left empty ("an Instance Widgeting () task", "a () method") says nothing, and would
  // part a name from the noun that types it.
  if (out.includes("(")) out = out.replace(EMPTY_PARENTHESES, blank);
  if (/[^\t\n\r\x20-\x7e]/.test(out)) {
    out = out.replace(HYPHENS, "-").replace(NAME_DOT, "-").replace(SPACES, " ");
    if (out.includes("\u2013") && dashesAreHyphens(out)) out = out.replace(COMPOUND_DASH, "-");
  }
  return out;
}
