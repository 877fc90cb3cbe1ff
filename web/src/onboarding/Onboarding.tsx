// The first screen's hint: what the explorer is for and two or three searches to start from, picked from the
// corpus itself (its best-connected model, dataset and paper), so they always lead somewhere.
import type { GraphResponse, NodeKind } from "../../../domain/types.js";

const START_KINDS: { kind: NodeKind; text: string }[] = [
  { kind: "model", text: "who introduced a model, who uses it, and what is related to it" },
  { kind: "dataset", text: "the papers evaluating on a dataset" },
  { kind: "paper", text: "a paper's links, authors and the papers sharing its data" },
];

/** Longer names (paper titles) are cut, so the hint stays a few lines high. */
export const MAX_EXAMPLE_CHARS = 90;

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
          <li key={e.id} data-testid="onboarding-item">
            {/* The name on its own line(s) and what it leads to below: a long paper title wrapped inside an inline
                button put the list's bullet beside its last line. */}
            <button className="link example" data-testid="onboarding-example" onClick={() => onChoose(e.id)}>
              {e.label.length > MAX_EXAMPLE_CHARS ? `${e.label.slice(0, MAX_EXAMPLE_CHARS - 1).trimEnd()}…` : e.label}
            </button>
            <span className="muted example-text">{e.text}</span>
          </li>
        ))}
      </ul>
      <button className="small" data-testid="onboarding-dismiss" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}
