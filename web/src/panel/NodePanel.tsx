// The side panel: a paper (abstract with its entities highlighted, links) or an entity (its papers),
// every link with the sentence it was extracted from.
import { useEffect, useState } from "react";
import type { Neighbour, NodeDetailsResponse } from "../../../domain/types.js";
import { api, type Loadable } from "../api.js";
import { KIND_COLORS, KIND_NAMES } from "../graph/appearance.js";
import { highlightSpans } from "./highlight.js";

const RELATION_TEXT: Record<string, string> = {
  PROPOSES: "proposes",
  USES: "uses",
  EVALUATES_ON: "evaluates on",
  REPORTS: "reports",
  ADDRESSES: "addresses",
  HAS_CODE: "code",
  HAS_RESOURCE: "Hugging Face",
};

function NeighbourItem({ n, onSelect }: { n: Neighbour; onSelect(id: string): void }) {
  return (
    <li className="neighbour">
      <button className="link" onClick={() => onSelect(n.id)} title={n.evidence}>
        <span className="dot" style={{ background: KIND_COLORS[n.kind] }} />
        {n.label}
      </button>
      <span className="relation">{RELATION_TEXT[n.relation] ?? n.relation}</span>
      {n.evidence && <blockquote className="evidence">{n.evidence}</blockquote>}
    </li>
  );
}

function PaperBody({ details, onSelect }: { details: NodeDetailsResponse; onSelect(id: string): void }) {
  const p = details.node.properties;
  const abstract = String(p.abstract ?? "");
  const spans = highlightSpans(
    abstract,
    details.neighbours.map((n) => ({ id: n.id, kind: n.kind, names: [n.label] })),
  );
  const links = details.neighbours.filter((n) => n.kind === "repo" || n.kind === "hf");
  const meta = [
    p.date && `date ${p.date}`,
    p.upvotes != null && `${p.upvotes} upvotes`,
    p.authorCount && `${p.authorCount} authors`,
    p.organization,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      {meta && <p className="meta">{meta}</p>}
      <p className="abstract" data-testid="abstract">
        {spans.map((s, i) =>
          s.kind ? (
            <mark key={i} style={{ borderColor: KIND_COLORS[s.kind] }} onClick={() => onSelect(s.entityId!)}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
      {links.length > 0 && (
        <p className="links">
          {links.map((l) => (
            <a key={l.id} href={`https://${l.label}`} target="_blank" rel="noreferrer">
              {l.label}
            </a>
          ))}
        </p>
      )}
      <h3>Entities ({details.neighbours.length})</h3>
      <ul className="neighbours">
        {details.neighbours.map((n) => (
          <NeighbourItem key={n.id} n={n} onSelect={onSelect} />
        ))}
      </ul>
    </>
  );
}

function EntityBody({ details, onSelect }: { details: NodeDetailsResponse; onSelect(id: string): void }) {
  const aliases = (details.node.properties.aliases as string[] | undefined) ?? [];
  return (
    <>
      {aliases.length > 0 && <p className="meta">also: {aliases.join(", ")}</p>}
      <h3>Papers ({details.neighbours.length})</h3>
      <ul className="neighbours">
        {details.neighbours.map((n) => (
          <NeighbourItem key={n.id} n={n} onSelect={onSelect} />
        ))}
      </ul>
    </>
  );
}

export function NodePanel({ id, onSelect, onClose }: { id: string; onSelect(id: string): void; onClose(): void }) {
  const [state, setState] = useState<Loadable<NodeDetailsResponse>>({ type: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState({ type: "loading" });
    api
      .node(id, controller.signal)
      .then((data) => setState({ type: "ready", data }))
      .catch((e: Error) => !controller.signal.aborted && setState({ type: "error", message: e.message }));
    return () => controller.abort();
  }, [id]);

  return (
    <aside className="panel" data-testid="panel">
      <button className="close" onClick={onClose} aria-label="Close panel">
        ×
      </button>
      {state.type === "loading" && <p className="muted">Loading…</p>}
      {state.type === "error" && <p className="error">{state.message}</p>}
      {state.type === "ready" && (
        <>
          <p className="kind" style={{ color: KIND_COLORS[state.data.node.kind] }}>
            {KIND_NAMES[state.data.node.kind]}
          </p>
          <h2 data-testid="panel-title">{state.data.node.label}</h2>
          {state.data.node.kind === "paper" ? (
            <PaperBody details={state.data} onSelect={onSelect} />
          ) : (
            <EntityBody details={state.data} onSelect={onSelect} />
          )}
        </>
      )}
    </aside>
  );
}
