// Orderings both node readers share, written to match what Kùzu does with the ORDER BY of
// cypher/read/*-neighbour*.kuzu.cypher: strings compare by UTF-8 bytes, and NULL sorts above every value.

import type { NeighbourBundle } from "../../domain/types.js";

/**
 * Kùzu's string order (UTF-8 bytes, which is code point order). JS's `<` compares UTF-16 units and so puts
 * U+10000 and above (surrogate pairs) below U+E000–U+FFFF; only that case needs fixing.
 */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (0xD800–0xDFFF) move above 0xE000–0xFFFF, which move down to keep their own order.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** `ORDER BY value DESC` over numbers where NaN stands for NULL: Kùzu puts NULL first. */
export function compareDescNullsFirst(a: number, b: number): number {
  const nullA = Number.isNaN(a);
  const nullB = Number.isNaN(b);
  if (nullA || nullB) return nullA === nullB ? 0 : nullA ? -1 : 1;
  return b - a;
}

/** `ORDER BY value DESC` over nullable strings: NULL first, then by Kùzu's string order, descending. */
export function compareStringsDescNullsFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareStrings(b, a);
}

/** Bundles as the API lists them: biggest first, then by kind and relation. */
export function sortBundles(bundles: NeighbourBundle[]): NeighbourBundle[] {
  return bundles.sort(
    (a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.relation.localeCompare(b.relation),
  );
}
