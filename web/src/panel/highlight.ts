// Splits an abstract into plain and highlighted spans for the entities the paper links to. Pure.
import type { NodeKind } from "../../../domain/types.js";

export interface Span {
  text: string;
  kind?: NodeKind;
  entityId?: string;
}

export function highlightSpans(text: string, entities: { id: string; kind: NodeKind; names: string[] }[]): Span[] {
  const marks: { start: number; end: number; kind: NodeKind; id: string }[] = [];
  for (const e of entities) {
    for (const name of e.names) {
      if (name.length < 2) continue;
      let from = 0;
      for (;;) {
        const at = text.indexOf(name, from);
        if (at < 0) break;
        const before = text[at - 1];
        const after = text[at + name.length];
        const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
        if (!isWord(before) && !isWord(after)) marks.push({ start: at, end: at + name.length, kind: e.kind, id: e.id });
        from = at + name.length;
      }
    }
  }
  // Longest first, then drop overlaps, so "ResNet-50" wins over "ResNet".
  marks.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof marks = [];
  for (const m of marks) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let at = 0;
  for (const m of kept) {
    if (m.start > at) spans.push({ text: text.slice(at, m.start) });
    spans.push({ text: text.slice(m.start, m.end), kind: m.kind, entityId: m.id });
    at = m.end;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}
