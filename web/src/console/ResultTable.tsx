// Query results as a table; long cells are clipped and shown whole on hover.
import type { CypherResponse } from "../../../domain/types.js";
import { cellText } from "./cells.js";

export function ResultTable({ result }: { result: CypherResponse }) {
  if (result.rows.length === 0) return <p className="muted">No rows.</p>;
  return (
    <div className="result-table-wrap">
      <table className="result-table" data-testid="result-table">
        <thead>
          <tr>
            {result.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, i) => (
            <tr key={i}>
              {result.columns.map((c) => {
                const text = cellText(row[c]);
                return (
                  <td key={c} title={text.length > 80 ? text : undefined}>
                    {text.length > 80 ? `${text.slice(0, 79)}…` : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
