// Name folding for lookups: domain foldName, with a fast path for words already folded and a memo for the names a
// paper's hits fold again and again (keys of sets and maps across findHits' steps).

import { foldName } from "../../domain/identity.js";

const PLAIN = /^[a-z0-9]*$/;

/** Folded names kept; cleared when full, so memory stays bounded on any corpus. */
const MAX_MEMO = 50_000;
const memo = new Map<string, string>();

/** foldName, remembered. */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text;
  let folded = memo.get(text);
  if (folded === undefined) {
    folded = foldName(text);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(text, folded);
  }
  return folded;
}
