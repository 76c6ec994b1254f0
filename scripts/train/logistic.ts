// Multinomial logistic regression by full-batch gradient descent: fixed iterations, no
// randomness, inputs in a fixed order, so the same data always gives the same weights.
export interface Sample {
  x: Map<number, number>;
  y: number;
}

export interface TrainOptions {
  dims: number;
  classes: number;
  iterations: number;
  rate: number;
  l2: number;
}

export interface Trained {
  bias: number[];
  weights: Float64Array;
}

export function trainLogistic(samples: Sample[], o: TrainOptions): Trained {
  const { dims, classes: R } = o;
  const w = new Float64Array(dims * R);
  const b = new Array<number>(R).fill(0);
  const gw = new Float64Array(dims * R);
  const gb = new Array<number>(R).fill(0);
  const n = Math.max(1, samples.length);
  const z = new Array<number>(R);
  for (let it = 0; it < o.iterations; it++) {
    gw.fill(0);
    gb.fill(0);
    for (const s of samples) {
      for (let r = 0; r < R; r++) z[r] = b[r]!;
      for (const [i, v] of s.x) for (let r = 0; r < R; r++) z[r]! += w[i * R + r]! * v;
      const max = Math.max(...z);
      let sum = 0;
      for (let r = 0; r < R; r++) sum += (z[r] = Math.exp(z[r]! - max));
      for (let r = 0; r < R; r++) {
        const g = z[r]! / sum - (r === s.y ? 1 : 0);
        gb[r]! += g;
        for (const [i, v] of s.x) gw[i * R + r]! += g * v;
      }
    }
    for (let r = 0; r < R; r++) b[r]! -= (o.rate * gb[r]!) / n;
    for (let k = 0; k < w.length; k++) w[k]! -= o.rate * (gw[k]! / n + o.l2 * w[k]!);
  }
  return { bias: b, weights: w };
}

/** Rounded, so the shipped file is small and stable. */
export function round(v: number, places = 3): number {
  const p = 10 ** places;
  const r = Math.round(v * p) / p;
  return Object.is(r, -0) ? 0 : r;
}
