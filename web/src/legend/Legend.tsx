// The legend: node colours by kind with how many of each the store holds, and a note when the whole graph is
// coloured by community instead.
import { NODE_KINDS, NODE_LABELS, type StatsResponse } from "../../../domain/types.js";
import { KIND_COLORS, KIND_NAMES } from "../graph/appearance.js";

export function Legend({ stats, communities }: { stats: StatsResponse | null; communities?: boolean }) {
  return (
    <ul className="legend" data-testid="legend">
      {communities && (
        <li className="legend-note" data-testid="legend-communities">
          Coloured by Louvain community (the 12 largest); grey: smaller ones
        </li>
      )}
      {NODE_KINDS.map((kind) => (
        <li key={kind}>
          <span className="dot" style={{ background: KIND_COLORS[kind] }} />
          {KIND_NAMES[kind]}
          {stats && <span className="count">{stats.nodes[NODE_LABELS[kind]].toLocaleString()}</span>}
        </li>
      ))}
    </ul>
  );
}
