// An entity's timeline: per year, the papers that introduce it and the papers that otherwise name it (use,
// evaluate on, report…), from the linked papers an entity page already reads. Pure.

import type { TimelineYear } from "../../domain/types.js";

export interface TimelinePaper {
  id: string;
  date: string | null;
}

/** Years in order, with no gaps between the first and last (a gap is a year nobody named it); undated apart. */
export function entityTimeline(
  papers: readonly TimelinePaper[],
  introducing: ReadonlySet<string>,
): { years: TimelineYear[]; undated: number } {
  const byYear = new Map<number, TimelineYear>();
  const seen = new Set<string>();
  let undated = 0;
  for (const p of papers) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const year = p.date && /^\d{4}/.test(p.date) ? Number(p.date.slice(0, 4)) : null;
    if (year === null) {
      undated++;
      continue;
    }
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { year, introduce: 0, use: 0 }));
    if (introducing.has(p.id)) entry.introduce++;
    else entry.use++;
  }
  if (!byYear.size) return { years: [], undated };
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const years: TimelineYear[] = [];
  for (let y = first; y <= last; y++) years.push(byYear.get(y) ?? { year: y, introduce: 0, use: 0 });
  return { years, undated };
}
