// Store lookups over many ids, as an ingest run makes them: one named query over chunks of a list parameter.

import type { GraphStore, Row } from "../store/types.js";

// Ids per statement. Kùzu joins an unwound list against one scan of the table (~0.2–0.8 s at 160k papers
// whatever the list's length), so fewer, longer lists: 10,000 new papers are one statement, not two.
const LOOKUP_CHUNK = 20_000;

/** Runs `name` over `values` in chunks (as `$param`) and concatenates the rows. */
export async function lookUpAll(
  store: GraphStore,
  name: string,
  param: string,
  values: string[],
  slots?: Record<string, string>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
    const result = await store.run(name, { [param]: values.slice(i, i + LOOKUP_CHUNK) }, slots ? { slots } : {});
    for (const r of result.rows) rows.push(r);
  }
  return rows;
}
