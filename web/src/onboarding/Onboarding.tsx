// The first screen's hint: what the explorer is for and two or three searches to start from, picked from the
// corpus itself (its best-connected model, dataset and paper), so they always lead somewhere.
import type { GraphResponse, NodeKind } from "../../../domain/types.js";

const START_KINDS: { kind: NodeKind; text: string }[] = [
  { kind: "model", text: "who introduced a model, who uses it, and what is related to it" },
  { kind: "dataset", text: "the papers evaluating on a dataset" },
  { kind: "paper", text: "a paper's links, authors and the papers sharing its data" },
];

export function Onboarding(props: { overview: GraphResponse; onChoose(id: string): void; onDismiss(): void }) {
  const { overview, onChoose, onDismiss } = props;
  const examples = START_KINDS.flatMap(({ kind, text }) => {
    const best = overview.nodes.filter((n) => n.kind === kind).sort((a, b) => b.degree - a.degree)[0];
    return best ? [{ ...best, text }] : [];
  });
  if (!examples.length) return null;
  return (
    <section className="onboarding" data-testid="onboarding" aria-label="Getting started">
      <h2>Explore papers and what they name</h2>
      <p>
        Every dot is a paper or something papers name (models, datasets, benchmarks, metrics, tasks, code). Search
        above, click a dot, or start from one of these:
      </p>
      <ul>
        {examples.map((e) => (
          <li key={e.id}>
            <button className="link inline" data-testid="onboarding-example" onClick={() => onChoose(e.id)}>
              {e.label.length > 60 ? `${e.label.slice(0, 57)}…` : e.label}
            </button>{" "}
            <span className="muted">: {e.text}</span>
          </li>
        ))}
      </ul>
      <button className="small" data-testid="onboarding-dismiss" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}
