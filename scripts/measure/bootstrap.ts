// Percentile bootstrap intervals, resampling whole clusters (answers from one source are
// correlated, so resampling them one by one would make the interval too narrow). Seeded, so the
// same inputs always give the same interval.

/** A small seeded PRNG (mulberry32): uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a name (FNV-1a), so each set's resamples do not depend on the other sets. */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface Interval {
  low: number;
  high: number;
}

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Central coverage, 0.95 by default. */
  level?: number;
}

/** The `q` quantile of sorted numbers, interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Draws as many clusters as there are, with replacement, pools their items and computes
 * `statistic` on them; returns the central percentile interval over the resamples. Resamples
 * where the statistic is undefined (NaN) are left out.
 */
export function clusterBootstrap<T>(
  items: readonly T[],
  clusterOf: (item: T) => string,
  statistic: (sample: readonly T[]) => number,
  { resamples, seed, level = 0.95 }: BootstrapOptions,
): Interval {
  const byCluster = new Map<string, T[]>();
  for (const item of items) {
    const key = clusterOf(item);
    const members = byCluster.get(key) ?? [];
    byCluster.set(key, members);
    members.push(item);
  }
  const clusters = [...byCluster.values()];
  if (clusters.length === 0) return { low: NaN, high: NaN };
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample: T[] = [];
    for (let k = 0; k < clusters.length; k++) sample.push(...clusters[Math.floor(random() * clusters.length)]!);
    const value = statistic(sample);
    if (!Number.isNaN(value)) values.push(value);
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { low: quantile(values, tail), high: quantile(values, 1 - tail) };
}
