// Query results as a table. A node shows its name and opens its page in the side panel; long text wraps within a
// bounded column (clipped past a few lines, shown whole on hover), so every column stays on screen.
import type { CypherResponse, CypherValue } from "../../../domain/types.js";
import { cellText, nodeCell } from "./cells.js";

const LONG = 300;

function Cell({ value, onOpen }: { value: CypherValue | undefined; onOpen(id: string): void }) {
  const node = nodeCell(value);
  if (node) {
    const body = (
      <>
        <span className="cell-label">{node.label}</span> {node.name}
      </>
    );
    return node.pageId ? (
      <button className="link inline cell-node" data-testid="cell-node" onClick={() => onOpen(node.pageId!)}>
        {body}
      </button>
    ) : (
      <span className="cell-node">{body}</span>
    );
  }
  const text = cellText(value);
  return <>{text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text}</>;
}

export function ResultTable({ result, onOpen }: { result: CypherResponse; onOpen(id: string): void }) {
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
                  <td key={c} title={text.length > LONG ? text : undefined}>
                    <Cell value={row[c]} onOpen={onOpen} />
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
