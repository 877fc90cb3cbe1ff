// Ranks the papers that share datasets or benchmarks with a focus paper, rarer shared items weighing more. Pure.

import type { NodeKind, SharedDataMatch, SharedItem } from "../../domain/types.js";
import { compareStrings } from "../neighbourhood/order.js";

export interface SharedRow {
  paper: string;
  title: string;
  date: string | null;
  item: string;
}

/** Inverse document frequency: an item every paper names weighs little, one only two papers name weighs a lot. */
export function idf(papersNamingIt: number, totalPapers: number): number {
  return Math.log(1 + Math.max(totalPapers, 1) / Math.max(papersNamingIt, 1));
}

const KIND_WORDS: Partial<Record<NodeKind, [string, string]>> = {
  dataset: ["dataset", "datasets"],
  benchmark: ["benchmark", "benchmarks"],
};

/** Shared items as replies list them: heaviest (rarest) first, then by label, then by id. */
export function compareItems(a: SharedItem, b: SharedItem): number {
  return b.weight - a.weight || a.label.localeCompare(b.label) || compareStrings(a.id, b.id);
}

/** "shares 2 datasets and 1 benchmark: ImageNet, COCO, GLUE" (names rarest first, at most `maxNames`). */
export function shareReason(items: SharedItem[], maxNames = 4): string {
  const counts = new Map<NodeKind, number>();
  for (const i of items) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => {
    const [one, many] = KIND_WORDS[kind] ?? [kind, `${kind}s`];
    return `${n} ${n === 1 ? one : many}`;
  });
  const names = items.slice(0, maxNames).map((i) => i.label);
  const more = items.length > maxNames ? `, +${items.length - maxNames} more` : "";
  return `shares ${parts.join(" and ")}: ${names.join(", ")}${more}`;
}

/**
 * Scores every other paper by the summed weight of what it shares with the focus; best first, then newest, then
 * by id. Dates and ids compare as Kùzu orders strings (UTF-8 bytes, as every list of the API does), which is the
 * order the in-memory index keeps papers in (`paperRank`): it ranks without reading a title.
 */
export function rankSharedData(items: SharedItem[], rows: SharedRow[], limit: number): SharedDataMatch[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const papers = new Map<string, { title: string; date: string | null; shared: SharedItem[] }>();
  for (const row of rows) {
    const item = byId.get(row.item);
    if (!item) continue;
    const entry = papers.get(row.paper) ?? { title: row.title, date: row.date, shared: [] };
    if (!entry.shared.some((s) => s.id === item.id)) entry.shared.push(item);
    papers.set(row.paper, entry);
  }
  const matches = [...papers].map(([id, p]) => {
    const shared = [...p.shared].sort(compareItems);
    const score = shared.reduce((sum, s) => sum + s.weight, 0);
    return {
      id,
      label: p.title,
      date: p.date,
      score: Math.round(score * 1000) / 1000,
      shared: shared.map((s) => s.id),
      reason: shareReason(shared),
    };
  });
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      b.shared.length - a.shared.length ||
      compareStrings(b.date ?? "", a.date ?? "") ||
      compareStrings(a.id, b.id),
  );
  return matches.slice(0, limit);
}
