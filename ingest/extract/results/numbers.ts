// Numbers a sentence states, with their value, unit and sign: the raw material of reported results. Pure; offsets
// index the text given. Numbers that are part of a name ("Top-1", "ImageNet-21K", "x2") are not numbers here.

export interface NumberMention {
  /** The number as written, without its sign ("-0.5%" → 0.5). */
  value: number;
  /** Normalised unit: "%", "pp", "x", "dB", "ms", "s", "MB", "GB", "FPS", "" (none), or a count suffix. */
  unit: string;
  /** A "+" or "-" is written before it: a stated difference. */
  signed: boolean;
  /** Written as a word ("half", "two-fold"): always a factor. */
  word: boolean;
  start: number;
  /** End of the whole match, unit included. */
  end: number;
  /** End of the digits, before the unit. */
  valueEnd: number;
}

/** Units that make a number a count of things (parameters, tokens, images), never a result here. */
export const COUNT_UNITS = new Set(["K", "M", "B", "G", "T", "million", "billion", "thousand", "trillion"]);

// A factor may be a capital X written against a small number ("2.5X faster"; not a part's number, "Ryzen 5950X").
// A sign only when it stands alone ("(-0.05", " +1.4"), not the hyphen of a name ("ImageNet-21K").
// Not the start of a range written with a dash ("2-3x", "1–1.5 mAP"): which value is meant is not said; nor a
// number joined to a word it counts ("2-bit", "4-layer").
const NUMBER =
  /(?:(?<![\p{L}\p{N}\])])([+\-−]))?(?<![\p{L}\p{N}_.,]|[\p{L}\p{N}][-−]|[x×]\s)(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|\.\d+)(?:\s?\$?(\\?%|percent(?:age)?[\s-]+points?|percent|pp|p\.p\.|-?points?|dB|ms|seconds?|s|MB|GB|FPS|fps|[x×](?!\s*\d)|(?<=(?<![\d.])\d{1,3}(?:\.\d+)?)X|times|-?fold|[KMBGT]|million|billion|thousand|trillion)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}]|\.\d|[-–−][\p{N}\p{L}])/gu;

const UNIT_NAMES: Record<string, string> = {
  "\\%": "%",
  percent: "%",
  "p.p.": "pp",
  point: "pp",
  points: "pp",
  "-point": "pp",
  "-points": "pp",
  fps: "FPS",
  "×": "x",
  X: "x",
  times: "x",
  fold: "x",
  "-fold": "x",
  second: "s",
  seconds: "s",
};

function unitOf(written: string | undefined): string {
  if (!written) return "";
  if (/^percent(?:age)?[\s-]+points?$/i.test(written)) return "pp";
  return UNIT_NAMES[written] ?? written;
}

// Factors written as words. "half precision" is a number format, not a factor.
const WORD_FACTORS: Record<string, number> = {
  half: 0.5,
  twice: 2,
  twofold: 2,
  "two-fold": 2,
  threefold: 3,
  "three-fold": 3,
  fourfold: 4,
  "four-fold": 4,
  fivefold: 5,
  "five-fold": 5,
  tenfold: 10,
  "ten-fold": 10,
};
const WORD_NUMBER =
  /\b(half|twice|(?:two|three|four|five|ten)-?fold)\b(?![- ]?(?:precision|of the (?:data|training)))/gi;

// A decimal glued to the measure after it where a space was lost ("55.6J&F", "90.5mIoU"): the measure is matched
// as a name; "3D", "4K" and "5950X" have no decimal point.
const GLUED_DECIMAL =
  /(?:(?<![\p{L}\p{N}\])])([+\-−]))?(?<![\p{L}\p{N}_.,]|[\p{L}\p{N}][-−])(\d+\.\d+)(?=\p{L}[\p{L}&]{0,10}(?![\p{L}\p{N}]))/gu;

/** Every number in `text` that could state a result, in order. */
export function findNumbers(text: string): NumberMention[] {
  // Most sentences state no number: a digit or a factor word is looked for first (NUMBER's lookbehinds cost).
  const out = /\d/.test(text) ? [...text.matchAll(NUMBER)].map(writtenNumber) : [];
  if (/\d\.\d+\p{L}/u.test(text)) {
    const taken = new Set(out.map((n) => n.start));
    for (const m of text.matchAll(GLUED_DECIMAL)) {
      if (taken.has(m.index)) continue;
      const end = m.index + m[0].length;
      out.push({
        value: Number(m[2]),
        unit: "",
        signed: Boolean(m[1]),
        word: false,
        start: m.index,
        end,
        valueEnd: end,
      });
    }
  }
  if (/half|twice|fold/i.test(text)) for (const m of text.matchAll(WORD_NUMBER)) out.push(wordNumber(m));
  return out.sort((a, b) => a.start - b.start);
}

function writtenNumber(m: RegExpMatchArray): NumberMention {
  const sign = m[1];
  const digits = m[2]!;
  const digitsStart = m.index! + m[0].indexOf(digits, sign ? 1 : 0);
  return {
    value: Number(digits.replace(/,/g, "")),
    unit: unitOf(m[3]),
    signed: Boolean(sign),
    word: false,
    start: m.index!,
    end: m.index! + m[0].length,
    valueEnd: digitsStart + digits.length,
  };
}

function wordNumber(m: RegExpMatchArray): NumberMention {
  return {
    value: WORD_FACTORS[m[1]!.toLowerCase()]!,
    unit: "x",
    signed: false,
    word: true,
    start: m.index!,
    end: m.index! + m[0].length,
    valueEnd: m.index! + m[0].length,
  };
}
