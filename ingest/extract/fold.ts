// Name folding for lookups: the same result as domain foldName, with a fast path for plain ASCII words.

import { foldName } from "../../domain/identity.js";

const NON_ASCII = /[^\u0020-\u007e]/;

/** foldName, skipping Unicode normalisation when the text is ASCII (nearly always). */
export function fold(text: string): string {
  if (NON_ASCII.test(text)) return foldName(text);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) out += text[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 48 && c <= 57) out += text[i];
  }
  return out;
}
