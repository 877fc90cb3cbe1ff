// The side panel: a paper (abstract with its entities highlighted, links) or an entity page (its papers by
// relation, newest first, a page at a time: who proposed a model and who used it), every link with the sentence
// it was extracted from, and actions that open the node in the other views.
import { useEffect, useState } from "react";
import type { Neighbour, NeighbourBundle, NeighboursPageResponse, NodeDetailsResponse } from "../../../domain/types.js";
import { api, exploreApi, type Loadable } from "../api.js";
import { KIND_COLORS, KIND_NAMES } from "../graph/appearance.js";
import { EntityIntroduction } from "./EntityIntroduction.js";
import { highlightSpans } from "./highlight.js";
import { distinctNames, sameText } from "./names.js";
import { useLoadable } from "../use-loadable.js";
import { LeaderboardLinks } from "../views/leaderboard/LeaderboardLinks.js";

const RELATION_TEXT: Record<string, string> = {
  PROPOSES: "proposes",
  USES: "uses",
  EVALUATES_ON: "evaluates on",
  REPORTS: "reports",
  ADDRESSES: "addresses",
  HAS_CODE: "code",
  HAS_RESOURCE: "Hugging Face",
};

const SECTION_TITLE: Record<string, string> = {
  PROPOSES: "Proposed by",
  USES: "Used by",
  EVALUATES_ON: "Evaluated on by",
  REPORTS: "Reported by",
  ADDRESSES: "Addressed by",
  HAS_CODE: "Code of",
  HAS_RESOURCE: "Linked from",
};
const ENTITY_PAGE = 10;

export interface PanelAction {
  label: string;
  testId: string;
  run(): void;
}

function NeighbourItem({ n, onSelect }: { n: Neighbour; onSelect(id: string): void }) {
  return (
    <li className="neighbour">
      <button className="link" onClick={() => onSelect(n.id)} title={n.evidence}>
        <span className="dot" style={{ background: KIND_COLORS[n.kind] }} />
        {n.label}
      </button>
      <span className="relation">
        {n.kind === "paper" ? (n.date ?? "undated") : (RELATION_TEXT[n.relation] ?? n.relation)}
      </span>
      {n.evidence && (
        // Real abstracts often name the entity only in the title: the sentence would repeat the line above.
        <blockquote className="evidence">
          {n.kind === "paper" && sameText(n.evidence, n.label) ? <em>named in the title</em> : n.evidence}
        </blockquote>
      )}
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
  const links = details.node.links ?? [];
  const authors = details.node.authors ?? [];
  const meta = [
    p.date ? `date ${p.date}` : "undated",
    p.venue,
    p.upvotes != null && `${p.upvotes} upvotes`,
    p.authorCount && `${p.authorCount} authors`,
    p.organization,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      {meta && <p className="meta">{meta}</p>}
      {authors.length > 0 && (
        <p className="authors" data-testid="paper-authors">
          {authors.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ", "}
              <button className="link inline" onClick={() => onSelect(a.id)}>
                {a.name}
              </button>
            </span>
          ))}
        </p>
      )}
      {links.length > 0 && (
        <p className="paper-links" data-testid="paper-links">
          {links.map((l) => (
            <a key={l.url} href={l.url} target="_blank" rel="noreferrer" data-kind={l.kind} title={l.url}>
              {l.label}
            </a>
          ))}
        </p>
      )}
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
      <h3>Entities ({details.neighbours.length})</h3>
      <ul className="neighbours">
        {details.neighbours.map((n) => (
          <NeighbourItem key={n.id} n={n} onSelect={onSelect} />
        ))}
      </ul>
    </>
  );
}

/** One relation's papers, newest first, a page at a time. */
function BundleSection({ id, bundle, onSelect }: { id: string; bundle: NeighbourBundle; onSelect(id: string): void }) {
  const [items, setItems] = useState<Neighbour[]>([]);
  const [state, setState] = useState<Loadable<null>>({ type: "loading" });
  const more = (offset: number, signal?: AbortSignal) => {
    setState({ type: "loading" });
    exploreApi
      .neighbours(id, { kind: bundle.kind, relation: bundle.relation, offset, limit: ENTITY_PAGE }, signal)
      .then((page: NeighboursPageResponse) => {
        setItems((old) => [...old.slice(0, offset), ...page.neighbours]);
        setState({ type: "ready", data: null });
      })
      .catch((e: Error) => !signal?.aborted && setState({ type: "error", message: e.message }));
  };
  useEffect(() => {
    const controller = new AbortController();
    setItems([]);
    more(0, controller.signal);
    return () => controller.abort();
  }, [id, bundle.kind, bundle.relation]);
  return (
    <section data-testid={`entity-section-${bundle.relation}`}>
      <h3>
        {SECTION_TITLE[bundle.relation] ?? bundle.relation} ({bundle.count})
      </h3>
      <ul className="neighbours">
        {items.map((n) => (
          <NeighbourItem key={n.id} n={n} onSelect={onSelect} />
        ))}
      </ul>
      {state.type === "error" && <p className="error">{state.message}</p>}
      {state.type === "ready" && items.length < bundle.count && (
        <button className="small" data-testid="entity-more" onClick={() => more(items.length)}>
          Show {Math.min(ENTITY_PAGE, bundle.count - items.length)} more of {bundle.count - items.length}
        </button>
      )}
    </section>
  );
}

function EntityBody({ details, onSelect }: { details: NodeDetailsResponse; onSelect(id: string): void }) {
  const aliases = distinctNames(details.node.label, (details.node.properties.aliases as string[] | undefined) ?? []);
  const id = details.node.id;
  const summary = useLoadable((signal) => exploreApi.neighbours(id, { limit: 0 }, signal), [id]);
  // Proposed first: "who proposed it" comes before "who used it".
  const order = ["PROPOSES", "USES", "EVALUATES_ON", "REPORTS", "ADDRESSES", "HAS_CODE", "HAS_RESOURCE"];
  return (
    <>
      {aliases.length > 0 && <p className="meta">also: {aliases.join(", ")}</p>}
      {summary.type === "error" && <p className="error">{summary.message}</p>}
      <EntityIntroduction id={id} onSelect={onSelect} />
      {summary.type === "ready" &&
        [...summary.data.bundles]
          // "Proposed by" is decided above from confirmed introductions, never from the raw PROPOSES links.
          .filter((b) => b.relation !== "PROPOSES")
          .sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation))
          .map((b) => <BundleSection key={`${b.kind}.${b.relation}`} id={id} bundle={b} onSelect={onSelect} />)}
    </>
  );
}

/** The panel around one loaded page: the close button, then loading, the error, or the page itself. */
function PanelFrame<T>(props: { state: Loadable<T>; onClose(): void; children(data: T): React.ReactNode }) {
  const { state, onClose, children } = props;
  return (
    <aside className="panel" data-testid="panel">
      <button className="close" onClick={onClose} aria-label="Close panel">
        ×
      </button>
      {state.type === "loading" && <p className="muted">Loading…</p>}
      {state.type === "error" && <p className="error">{state.message}</p>}
      {state.type === "ready" && children(state.data)}
    </aside>
  );
}

/** An author's page: their papers, newest first, and what those papers name. */
function AuthorPanel({ id, onSelect, onClose }: { id: string; onSelect(id: string): void; onClose(): void }) {
  const state = useLoadable((signal) => api.author(id, signal), [id]);
  return (
    <PanelFrame state={state} onClose={onClose}>
      {(data) => (
        <>
          <p className="kind">Author</p>
          <h2 data-testid="panel-title">{data.name}</h2>
          <h3>Papers ({data.papers.length})</h3>
          <ul className="neighbours" data-testid="author-papers">
            {data.papers.map((p) => (
              <li key={p.id} className="neighbour">
                <button className="link" onClick={() => onSelect(p.id)}>
                  {p.label}
                </button>
                <span className="relation">{p.date ?? "undated"}</span>
              </li>
            ))}
          </ul>
          <h3>What the papers name ({data.entities.length})</h3>
          <ul className="neighbours" data-testid="author-entities">
            {data.entities.map((e) => (
              <li key={e.id} className="neighbour">
                <button className="link" onClick={() => onSelect(e.id)}>
                  <span className="dot" style={{ background: KIND_COLORS[e.kind] }} />
                  {e.label}
                </button>
                <span className="relation">
                  {e.papers} paper{e.papers === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </PanelFrame>
  );
}

export function NodePanel(props: { id: string; onSelect(id: string): void; onClose(): void; actions?: PanelAction[] }) {
  if (props.id.startsWith("author:")) return <AuthorPanel {...props} />;
  return <NodeDetailsPanel {...props} />;
}

function NodeDetailsPanel(props: { id: string; onSelect(id: string): void; onClose(): void; actions?: PanelAction[] }) {
  const { id, onSelect, onClose, actions = [] } = props;
  const state = useLoadable((signal) => api.node(id, signal), [id]);

  return (
    <PanelFrame state={state} onClose={onClose}>
      {(data) => (
        <>
          <p className="kind" style={{ color: KIND_COLORS[data.node.kind] }}>
            {KIND_NAMES[data.node.kind]}
          </p>
          <h2 data-testid="panel-title">{data.node.label}</h2>
          {actions.length > 0 && (
            <div className="row actions">
              {actions.map((a) => (
                <button key={a.testId} className="small" data-testid={a.testId} onClick={a.run}>
                  {a.label}
                </button>
              ))}
            </div>
          )}
          <LeaderboardLinks id={id} />
          {data.node.kind === "paper" ? (
            <PaperBody details={data} onSelect={onSelect} />
          ) : (
            <EntityBody details={data} onSelect={onSelect} />
          )}
        </>
      )}
    </PanelFrame>
  );
}
