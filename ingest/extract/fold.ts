// Name folding for lookups: the same result as domain foldName, with a fast path for plain ASCII words.

import { foldName, TRAILING_PLUS } from "../../domain/identity.js";

const NON_ASCII = /[^\u0020-\u007e]/;
const PLAIN = /^[a-z0-9]*$/;
const NOT_ALNUM = /[^a-z0-9]/g;

/** foldName, skipping Unicode normalisation when the text is ASCII (nearly always). */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text;
  if (NON_ASCII.test(text)) return foldName(text);
  return text.toLowerCase().replace(TRAILING_PLUS, "p").replace(NOT_ALNUM, "");
}
