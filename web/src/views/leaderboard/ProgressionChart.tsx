// The best value so far, year by year, as a step line over every result's point (plain SVG: one chart does not
// justify a chart library).
import type { ProgressionPoint } from "../../../../domain/leaderboard.js";
import type { LeaderboardRow } from "../../../../domain/types.js";

const W = 520;
const H = 180;
const PAD = { left: 48, right: 16, top: 12, bottom: 28 };

export function ProgressionChart(props: { rows: LeaderboardRow[]; points: ProgressionPoint[]; unit: string }) {
  const { rows, points, unit } = props;
  const dated = rows.filter((r) => r.year !== null);
  if (points.length === 0) return <p className="muted small-print">No year known: no progression to draw.</p>;
  const years = dated.map((r) => r.year!);
  const values = dated.map((r) => r.value);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (year: number) => PAD.left + (y1 === y0 ? 0.5 : (year - y0) / (y1 - y0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (v1 === v0 ? 0.5 : 1 - (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  // A step line: flat through each year until the next best.
  const path = points
    .map((p, i) => {
      const here = `${x(p.year).toFixed(1)},${y(p.best).toFixed(1)}`;
      if (i === 0) return `M${here}`;
      return `H${x(p.year).toFixed(1)}V${y(p.best).toFixed(1)}`;
    })
    .join("");
  const label = (v: number) => `${Number(v.toFixed(3))}${unit}`;
  return (
    <svg
      className="progression"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Best result so far by year"
      data-testid="progression-chart"
    >
      <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} className="axis" />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} className="axis" />
      <text x={PAD.left} y={H - 8} className="tick">
        {y0}
      </text>
      {y1 !== y0 && (
        <text x={W - PAD.right} y={H - 8} className="tick" textAnchor="end">
          {y1}
        </text>
      )}
      <text x={PAD.left - 6} y={y(v1) + 4} className="tick" textAnchor="end">
        {label(v1)}
      </text>
      {v1 !== v0 && (
        <text x={PAD.left - 6} y={y(v0) + 4} className="tick" textAnchor="end">
          {label(v0)}
        </text>
      )}
      {dated.map((r) => (
        <circle key={r.id} cx={x(r.year!)} cy={y(r.value)} r={3} className="result-point">
          <title>{`${r.model ?? "model not named"}: ${label(r.value)} (${r.year})`}</title>
        </circle>
      ))}
      <path d={path} className="best-so-far" data-testid="progression-line" />
      {points.map((p) => (
        <circle
          key={p.year}
          cx={x(p.year)}
          cy={y(p.best)}
          r={4}
          className="best-point"
          data-testid="progression-point"
          data-year={p.year}
          data-best={p.best}
        >
          <title>{`${p.year}: best so far ${label(p.best)} (${p.row.model ?? "model not named"})`}</title>
        </circle>
      ))}
    </svg>
  );
}
