// Kùzu's Node binding loses some values before JavaScript sees them: dates past year 275760 become invalid
// Dates, UINT64/INT64 past 2^53 and DECIMAL become rounded doubles, a column named `__proto__` vanishes from
// the row object. The database itself prints all of them exactly, so a result with such columns is run again
// with its final RETURN turned into a WITH and those columns cast to STRING (every column renamed `__pgN`,
// mapped back to its name by position). Pure: text in, text out; undefined when the query's shape is not one
// this can rewrite safely (UNION, a projection whose items do not match the columns).

import { tokenize, type Token } from "../lexer.js";

const OPEN = new Set(["(", "[", "{"]);
const CLOSE = new Set([")", "]", "}"]);
const TAIL_WORDS = new Set(["order", "skip", "limit"]);

export const EXACT_ALIAS_PREFIX = "__pg";

const word = (t: Token | undefined, w: string) => t?.kind === "word" && t.value.toLowerCase() === w;

/**
 * The statement returning the same rows with `cast` columns (by position) as STRING, columns named `__pg0…`.
 * `columnCount` is how many columns the first run returned.
 */
export function exactColumnsQuery(statement: string, columnCount: number, cast: readonly number[]): string | undefined {
  let tokens: Token[];
  try {
    tokens = tokenize(statement);
  } catch {
    return undefined;
  }
  let depth = 0;
  let ret = -1;
  const depthOf: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "op" && CLOSE.has(t.value)) depth--;
    depthOf.push(depth);
    if (t.kind === "op" && OPEN.has(t.value)) depth++;
    if (depthOf[i] === 0 && word(t, "union")) return undefined;
    if (depthOf[i] === 0 && word(t, "return")) ret = i;
  }
  if (ret < 0) return undefined;
  let first = ret + 1;
  const distinct = word(tokens[first], "distinct");
  if (distinct) first++;
  // Items run to the first top-level ORDER/SKIP/LIMIT.
  let tail = tokens.length;
  for (let i = first; i < tokens.length; i++) {
    if (depthOf[i] === 0 && tokens[i]!.kind === "word" && TAIL_WORDS.has(tokens[i]!.value.toLowerCase())) {
      tail = i;
      break;
    }
  }
  const items: { from: number; to: number }[] = [];
  let start = first;
  for (let i = first; i <= tail; i++) {
    if (i === tail || (depthOf[i] === 0 && tokens[i]!.kind === "op" && tokens[i]!.value === ",")) {
      if (i === start) return undefined;
      items.push({ from: start, to: i });
      start = i + 1;
    }
  }
  const star = items.length === 1 && tokens[items[0]!.from]!.value === "*" && items[0]!.to === items[0]!.from + 1;
  if (star || items.length !== columnCount) return undefined;

  // Each item keeps its own alias (ORDER BY may use it) or gets `__pgN`.
  const names: string[] = [];
  const projected = items.map((item, n) => {
    const asAt = lastTopLevelAs(tokens, depthOf, item.from, item.to);
    const exprEnd = asAt ?? item.to;
    const expr = statement.slice(tokens[item.from]!.start, tokens[exprEnd - 1]!.end);
    if (asAt !== undefined && asAt === item.to - 2) {
      const alias = tokens[item.to - 1]!;
      names.push(statement.slice(alias.start, alias.end));
      return `${expr} AS ${statement.slice(alias.start, alias.end)}`;
    }
    names.push(`\`${EXACT_ALIAS_PREFIX}${n}\``);
    return `${expr} AS ${names[n]}`;
  });
  const head = statement.slice(0, tokens[ret]!.start);
  const rest = tail < tokens.length ? statement.slice(tokens[tail]!.start) : "";
  // Kùzu wants ORDER BY in a WITH to be followed by SKIP or LIMIT.
  const ordered = tail < tokens.length && word(tokens[tail], "order");
  const bounded = tokens.slice(tail).some((t, i) => depthOf[tail + i] === 0 && (word(t, "skip") || word(t, "limit")));
  const pad = ordered && !bounded ? " SKIP 0" : "";
  const castSet = new Set(cast);
  const out = names.map((name, n) => {
    const value = castSet.has(n) ? `CAST(${name} AS STRING)` : name;
    return `${value} AS \`${EXACT_ALIAS_PREFIX}${n}\``;
  });
  return `${head}WITH ${distinct ? "DISTINCT " : ""}${projected.join(", ")} ${rest}${pad} RETURN ${out.join(", ")}`;
}

function lastTopLevelAs(tokens: Token[], depthOf: number[], from: number, to: number): number | undefined {
  for (let i = to - 1; i > from; i--) if (depthOf[i] === 0 && word(tokens[i], "as")) return i;
  return undefined;
}
