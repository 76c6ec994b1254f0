// Trains a rule's evidence model (lib/evidence/model.ts): logistic regression where a story's
// score is its story features plus its best sentence's features. Full-batch gradient descent,
// fixed iterations, features in sorted order: the same data always gives the same weights.
import type { Evidence, RuleModel } from '../../lib/evidence/model';
import { round } from './logistic';

export interface PooledSample {
  evidence: Evidence;
  y: 0 | 1;
}

const ITERATIONS = 400;
const RATE = 0.5;
const L2 = 0.002;
const MIN_SEEN = 3;
const MIN_POSITIVES_FOR_WORDS = 40;

export function trainPooled(samples: PooledSample[]): Omit<RuleModel, 'threshold'> {
  // A feature seen in fewer than MIN_SEEN answers cannot be learned, only memorised.
  const seen = new Map<string, number>();
  for (const { evidence } of samples) {
    const names = new Set([...evidence.story.map((f) => 's:' + f), ...evidence.instances.flatMap((i) => i.features.map((f) => 'i:' + f))]);
    for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  }
  // Words say much only with many examples: a rule with few positives learns from its other evidence.
  const positives = samples.filter((s) => s.y === 1).length;
  const usable = (name: string) => positives >= MIN_POSITIVES_FOR_WORDS || !name.startsWith('i:w:');
  const index = new Map([...seen].filter(([name, n]) => n >= MIN_SEEN && usable(name)).map(([name]) => name).sort().map((n, k) => [n, k]));
  const known = (names: string[]) => [...new Set(names)].flatMap((n) => (index.has(n) ? [index.get(n)!] : []));
  const encoded = samples.map(({ evidence, y }) => ({
    y,
    story: known(evidence.story.map((f) => 's:' + f)),
    instances: evidence.instances.map((i) => known(i.features.map((f) => 'i:' + f))),
  }));
  const w = new Float64Array(index.size);
  const g = new Float64Array(index.size);
  let bias = 0;
  const n = Math.max(1, samples.length);
  // Positives are rarer than negatives for most rules: weigh the classes evenly.
  const weightOf = (y: number) => (positives === 0 || positives === n ? 1 : y ? n / (2 * positives) : n / (2 * (n - positives)));
  for (let it = 0; it < ITERATIONS; it++) {
    g.fill(0);
    let gb = 0;
    for (const s of encoded) {
      const scores = s.instances.map((inst) => inst.reduce((v, k) => v + w[k]!, 0));
      const top = Math.max(0, ...scores);
      let z = bias + top;
      for (const k of s.story) z += w[k]!;
      const err = (1 / (1 + Math.exp(-z)) - s.y) * weightOf(s.y);
      gb += err;
      for (const k of s.story) g[k]! += err;
      // The score reads only the best sentence, but at the start every sentence ties at zero and
      // a hard maximum would teach nothing: the gradient is shared by softmax, which sharpens
      // towards the best sentence as the weights grow (the empty choice counts as one sentence).
      const shares = scores.map((v) => Math.exp(v - top));
      const total = shares.reduce((a, b) => a + b, Math.exp(-top));
      s.instances.forEach((inst, j) => {
        const part = (err * shares[j]!) / total;
        for (const k of inst) g[k]! += part;
      });
    }
    bias -= (RATE * gb) / n;
    for (let k = 0; k < w.length; k++) w[k]! -= RATE * (g[k]! / n + L2 * w[k]!);
  }
  const weights: Record<string, number> = {};
  for (const [name, k] of index) if (round(w[k]!) !== 0) weights[name] = round(w[k]!);
  return { bias: round(bias), weights };
}
