// Which entity names are variants of another, from the names alone: "DiT-3D" and "ViT-B/16" are variants of DiT
// and ViT, "RoBERTa" is not a variant of BERT. Pure; the server derives `VARIANT_OF` links with it at read time,
// so a new variant shows on its base's page without a re-ingest.

/** The words of a name, split at hyphens, slashes, underscores and spaces. */
export function nameTokens(name: string): string[] {
  return name.split(/[-\s/_]+/).filter(Boolean);
}

const fold = (s: string) => s.normalize("NFKD").toLowerCase();

/**
 * True when `name` is `base` with something added: `base` is one of its words or a run of its first words
 * ("ViT-B" in "ViT-B/16"), and the rest is not empty. Case-insensitive; never true for the name itself.
 */
export function isVariantName(name: string, base: string): boolean {
  const words = nameTokens(name).map(fold);
  const baseWords = nameTokens(base).map(fold);
  if (!baseWords.length || words.length <= baseWords.length) return false;
  for (let i = 0; i + baseWords.length <= words.length; i++) {
    if (baseWords.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * Names `name` may be a variant of, longest first: each run of consecutive words shorter than the whole name
 * ("ViT-B/16" → "ViT-B", "B/16", "ViT", "B", "16"). Runs that are only digits or one letter are left out.
 */
export function baseCandidates(name: string): string[] {
  const parts = name.split(/([-\s/_]+)/); // keeps separators at odd indices so runs keep their spelling
  const words = parts.filter((_, i) => i % 2 === 0);
  const out: string[] = [];
  for (let length = words.length - 1; length >= 1; length--) {
    for (let first = 0; first + length <= words.length; first++) {
      const run = parts.slice(first * 2, (first + length) * 2 - 1).join("");
      if (/^\d+$/.test(run) || run.length < 2 || out.includes(run)) continue;
      out.push(run);
    }
  }
  return out;
}
