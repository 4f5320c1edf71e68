// Seeded randomness for the generator: mulberry32, integer picks and a weighted sampler (same seed → same choices everywhere).

export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const randInt = (random: Random, n: number): number => Math.floor(random() * n);

/** One item of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[randInt(random, items.length)] as T;
}

/** Samples indices 0..n-1 in proportion to their weights (cumulative sums + binary search: O(log n) per draw). */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i += 1) {
      sum += weights[i] as number;
      this.cumulative[i] = sum;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** An index drawn with probability weight/total (requires at least one positive weight). */
  draw(random: Random): number {
    const c = this.cumulative;
    const x = random() * (c[c.length - 1] as number);
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
