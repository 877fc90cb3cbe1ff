// Seeded randomness for the synthetic corpus: a PRNG, Zipf ranks and small helpers, so one seed gives one corpus.

import { seededRng, type Rng } from "../../domain/random.js";

export { seededRng, type Rng };

export const intBelow = (rng: Rng, n: number) => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[intBelow(rng, items.length)]!;
export const chance = (rng: Rng, p: number) => rng() < p;

/**
 * Samples ranks 0..n-1 with P(r) ∝ 1/(r+1)^s. The cumulative table is built once; each draw is a binary search,
 * so a 100k-paper corpus draws hundreds of thousands of ranks in milliseconds.
 */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(
    readonly n: number,
    readonly s = 1,
  ) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) this.cdf[r] = total += 1 / Math.pow(r + 1, s);
    for (let r = 0; r < n; r++) this.cdf[r]! /= total;
  }
  draw(rng: Rng): number {
    const u = rng();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** `count` distinct draws (fewer when the sampler keeps repeating itself). */
export function distinctDraws<T>(rng: Rng, count: number, draw: (rng: Rng) => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < count && tries < count * 6; tries++) out.add(draw(rng));
  return [...out];
}
