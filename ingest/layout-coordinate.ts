// How a layout position is stored, whichever layout computed it.

/**
 * A coordinate as stored: two decimals, 0 for a non-finite value, and never -0 (Neo4j keeps its sign and Kùzu does
 * not, so the stores would differ).
 */
export const storedCoordinate = (v: number): number => (Number.isFinite(v) ? Math.round(v * 100) / 100 || 0 : 0);
