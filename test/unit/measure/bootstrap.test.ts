import { describe, expect, it } from 'vitest';
import { clusterBootstrap, quantile, seededRandom, seedOf } from '../../../scripts/measure/bootstrap';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('bootstrap intervals', () => {
  it('are the same on every run with the same seed', () => {
    const xs = Array.from({ length: 40 }, (_, i) => (i * 7) % 11);
    const run = (seed: number) => clusterBootstrap(xs, (x) => String(x), mean, { resamples: 1000, seed });
    expect(run(seedOf('real-dev'))).toEqual(run(seedOf('real-dev')));
    expect(run(seedOf('real-dev'))).not.toEqual(run(seedOf('heldout')));
  });

  it('draw numbers in [0, 1) from the seed alone', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(mean(draws)).toBeCloseTo(0.5, 1);
  });

  it('contain the estimate and widen when answers come in correlated clusters', () => {
    // 20 sources of 5 answers each; every answer of a source is right or wrong together.
    const answers = Array.from({ length: 100 }, (_, i) => ({ source: `s${Math.floor(i / 5)}`, right: Math.floor(i / 5) % 2 }));
    const opts = { resamples: 2000, seed: 7 };
    const stat = (xs: readonly { right: number }[]) => mean(xs.map((x) => x.right));
    const bySource = clusterBootstrap(answers, (a) => a.source, stat, opts);
    const byAnswer = clusterBootstrap(answers, (_a) => String(Math.random()), stat, opts);
    expect(bySource.low).toBeLessThan(0.5);
    expect(bySource.high).toBeGreaterThan(0.5);
    expect(bySource.high - bySource.low).toBeGreaterThan(1.5 * (byAnswer.high - byAnswer.low));
  });

  it('leave out resamples where the statistic is undefined, and have no interval without data', () => {
    expect(clusterBootstrap([], String, () => 1, { resamples: 10, seed: 1 })).toEqual({ low: NaN, high: NaN });
    const i = clusterBootstrap([0, 1], String, (xs) => (xs.includes(1) ? 1 : NaN), { resamples: 200, seed: 1 });
    expect(i).toEqual({ low: 1, high: 1 });
  });

  it('interpolate quantiles between neighbours', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3], 0.5)).toBe(2);
  });
});
