// An entity page's "Proposed by": only papers that introduce it with confidence (its name heads their title, or
// they say "we propose" it), earliest first; "introduced elsewhere" when none does; variants by name; the
// extractor's unconfirmed claims apart; and a form to report a wrong entity or role.
import { useEffect, useState } from "react";
import type { CorrectionIssue, IntroducingPaper, IntroductionResponse } from "../../../domain/types.js";
import { exploreApi, reportCorrection, type Loadable } from "../api.js";

const BASIS_TEXT: Record<IntroducingPaper["basis"], string> = {
  title: "named in its title",
  statement: "says it proposes it",
};

function PaperLink({
  p,
  onSelect,
}: {
  p: { id: string; label: string; date: string | null };
  onSelect(id: string): void;
}) {
  return (
    <button className="link" onClick={() => onSelect(p.id)}>
      {p.label}
      <span className="muted"> · {p.date ?? "undated"}</span>
    </button>
  );
}

function ReportForm({ data, onDone }: { data: IntroductionResponse; onDone(message: string): void }) {
  const papers = [...data.proposedBy, ...data.unconfirmed];
  const [issue, setIssue] = useState<CorrectionIssue>(papers.length ? "not-proposed" : "not-an-entity");
  const [paper, setPaper] = useState(papers[0]?.id ?? "");
  const [note, setNote] = useState("");
  const [state, setState] = useState<Loadable<null>>({ type: "idle" });
  const needsPaper = issue !== "not-an-entity";
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setState({ type: "loading" });
    reportCorrection({ entity: data.id, issue, ...(needsPaper ? { paper } : {}), ...(note ? { note } : {}) })
      .then(() => onDone("Thank you: the correction is stored and the next ingest applies it."))
      .catch((error: Error) => setState({ type: "error", message: `Not stored: ${error.message}` }));
  };
  return (
    <form className="report" data-testid="report-form" onSubmit={submit}>
      <label>
        What is wrong
        <select value={issue} onChange={(e) => setIssue(e.target.value as CorrectionIssue)} data-testid="report-issue">
          <option value="not-an-entity">
            “{data.label}” is not a {data.kind}
          </option>
          <option value="not-proposed">this paper does not propose it</option>
          <option value="proposed">this paper proposes it</option>
        </select>
      </label>
      {needsPaper && (
        <label>
          Paper
          <input
            list="report-papers"
            value={paper}
            onChange={(e) => setPaper(e.target.value)}
            placeholder="paper id (arxiv:… or title:…)"
            data-testid="report-paper"
            required
          />
          <datalist id="report-papers">
            {papers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </datalist>
        </label>
      )}
      <label>
        Note (optional)
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </label>
      <button className="small" type="submit" disabled={state.type === "loading"} data-testid="report-submit">
        Send correction
      </button>
      {state.type === "error" && <p className="error">{state.message}</p>}
    </form>
  );
}

/** Papers per year that introduce or name the entity, as bars (SVG-free: plain boxes scale with the panel). */
function Timeline({ data }: { data: IntroductionResponse }) {
  if (!data.timeline.length) {
    return data.undatedPapers ? (
      <p className="meta" data-testid="timeline-empty">
        No dated paper names it ({data.undatedPapers} undated).
      </p>
    ) : null;
  }
  const max = Math.max(1, ...data.timeline.map((y) => y.introduce + y.use));
  return (
    <figure className="timeline" data-testid="timeline">
      <figcaption className="meta">
        Papers per year that introduce it (dark) or name it otherwise (light)
        {data.undatedPapers ? `; ${data.undatedPapers} undated not shown` : ""}
      </figcaption>
      <div className="bars">
        {data.timeline.map((y) => (
          <div
            key={y.year}
            className="bar"
            data-year={y.year}
            data-count={y.introduce + y.use}
            title={`${y.year}: ${y.introduce} introduce, ${y.use} name it otherwise`}
          >
            <span className="use" style={{ height: `${(y.use / max) * 100}%` }} />
            <span className="introduce" style={{ height: `${(y.introduce / max) * 100}%` }} />
          </div>
        ))}
      </div>
      <div className="axis meta">
        <span>{data.timeline[0]!.year}</span>
        <span>{data.timeline.at(-1)!.year}</span>
      </div>
    </figure>
  );
}

export function EntityIntroduction({ id, onSelect }: { id: string; onSelect(id: string): void }) {
  const [state, setState] = useState<Loadable<IntroductionResponse>>({ type: "loading" });
  const [reporting, setReporting] = useState(false);
  const [thanks, setThanks] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setState({ type: "loading" });
    setReporting(false);
    setThanks(null);
    exploreApi
      .introduction(id, controller.signal)
      .then((data) => setState({ type: "ready", data }))
      .catch((e: Error) => !controller.signal.aborted && setState({ type: "error", message: e.message }));
    return () => controller.abort();
  }, [id]);
  if (state.type === "loading") return <p className="muted">Loading who introduced it…</p>;
  if (state.type === "error") return <p className="error">Could not load who introduced it: {state.message}</p>;
  if (state.type === "idle") return null;
  const d = state.data;
  const variantsProposed = d.variants.filter((v) => v.proposedBy.length > 0);
  const otherVariants = d.variants.filter((v) => v.proposedBy.length === 0);
  return (
    <section data-testid="entity-introduction">
      {d.variantOf.length > 0 && (
        <p className="meta" data-testid="variant-of">
          Variant of{" "}
          {d.variantOf.map((b, i) => (
            <span key={b.id}>
              {i > 0 && ", "}
              <button className="link inline" onClick={() => onSelect(b.id)}>
                {b.label}
              </button>
            </span>
          ))}
        </p>
      )}
      <h3>Proposed by ({d.proposedBy.length})</h3>
      {d.introducedElsewhere ? (
        <p className="muted" data-testid="introduced-elsewhere">
          Introduced elsewhere: no paper of this corpus introduces {d.label}.
        </p>
      ) : (
        <ul className="neighbours" data-testid="proposed-by">
          {d.proposedBy.map((p) => (
            <li key={p.id} className="neighbour">
              <PaperLink p={p} onSelect={onSelect} />
              <span className="relation">{BASIS_TEXT[p.basis]}</span>
              {p.basis === "statement" && <blockquote className="evidence">{p.evidence}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      {variantsProposed.length > 0 && (
        <>
          <h3>Variants proposed here ({variantsProposed.length})</h3>
          <ul className="neighbours" data-testid="variants">
            {variantsProposed.map((v) => (
              <li key={v.id} className="neighbour">
                <button className="link" onClick={() => onSelect(v.id)}>
                  {v.label}
                </button>
                <span className="relation">by </span>
                <PaperLink p={v.proposedBy[0]!} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </>
      )}
      {otherVariants.length > 0 && (
        <p className="meta">
          Also named:{" "}
          {otherVariants.map((v, i) => (
            <span key={v.id}>
              {i > 0 && ", "}
              <button className="link inline" onClick={() => onSelect(v.id)}>
                {v.label}
              </button>
            </span>
          ))}
        </p>
      )}
      <Timeline data={d} />
      {d.unconfirmed.length > 0 && (
        <details data-testid="unconfirmed">
          <summary>
            {d.unconfirmed.length} paper{d.unconfirmed.length === 1 ? "" : "s"} the extractor marked as proposing it,
            not confirmed
          </summary>
          <ul className="neighbours">
            {d.unconfirmed.map((p) => (
              <li key={p.id} className="neighbour">
                <PaperLink p={p} onSelect={onSelect} />
                <blockquote className="evidence">{p.evidence}</blockquote>
              </li>
            ))}
          </ul>
        </details>
      )}
      {thanks ? (
        <p className="notice-inline" role="status" data-testid="report-thanks">
          {thanks}
        </p>
      ) : reporting ? (
        <ReportForm data={d} onDone={setThanks} />
      ) : (
        <button className="small" data-testid="report-open" onClick={() => setReporting(true)}>
          Report a wrong entity or role
        </button>
      )}
    </section>
  );
}
