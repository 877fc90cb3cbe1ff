// How the panel shows names real corpora repeat: an entity's aliases once per spelling, and an evidence sentence
// that is only the paper's title said as such. Pure.
import { foldName, foldTitle } from "../../../domain/identity.js";

/** The same words, case, accents and punctuation aside. */
export const sameText = (a: string, b: string) => foldTitle(a) === foldTitle(b);

/** The forms papers write beside the label, one per spelling that differs in more than case or punctuation. */
export function distinctNames(label: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldName(label)]);
  return aliases.filter((a) => {
    const key = foldName(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
