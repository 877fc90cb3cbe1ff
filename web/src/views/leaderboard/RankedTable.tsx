// One ranked list of a leaderboard: rank, model, value, paper, year and the sentence that states the result.
import type { LeaderboardRow } from "../../../../domain/types.js";

const paperHref = (id: string) => `/neighbourhood/${encodeURIComponent(id)}?sel=${encodeURIComponent(id)}`;

export const formatValue = (r: Pick<LeaderboardRow, "value" | "unit" | "kind">) =>
  `${r.kind === "gain" ? "+" : ""}${r.value}${r.unit === "%" || r.unit === "x" ? r.unit : r.unit ? ` ${r.unit}` : ""}`;

export function RankedTable(props: { rows: LeaderboardRow[]; conflicting: Set<string>; testId: string }) {
  return (
    <table className="ranked" data-testid={props.testId}>
      <thead>
        <tr>
          <th>#</th>
          <th>Model</th>
          <th>Value</th>
          <th>Paper</th>
          <th>Year</th>
          <th>Sentence</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={r.id} data-testid="leaderboard-row" data-model={r.model ?? ""} data-value={r.value}>
            <td>{i + 1}</td>
            <td>
              {r.model ?? <span className="muted">model not named</span>}
              {props.conflicting.has(r.id) && (
                <span className="conflict-badge" title="Other papers state a different value for this model">
                  conflict
                </span>
              )}
            </td>
            <td className="value">{formatValue(r)}</td>
            <td>
              <a href={paperHref(r.paperId)}>{r.paperTitle}</a>
            </td>
            <td>{r.year ?? <span className="muted">—</span>}</td>
            <td className="sentence">{r.sentence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
