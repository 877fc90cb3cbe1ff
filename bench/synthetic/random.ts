// Seeded randomness for the synthetic corpus: a PRNG, Zipf ranks and small helpers, so one seed gives one corpus.

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data; the same seed always yields the same stream. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
