// The sentence-role model: multinomial logistic regression over role-features, with weights
// trained by scripts/train.ts from labelled answers (lib/model/role-weights.json).
import weights from './role-weights.json';
import { FEATURE_DIMS, type Features } from './role-features';

export const ROLES = ['situation', 'task', 'action', 'result', 'reflection', 'aside'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleWeights {
  dims: number;
  roles: readonly string[];
  bias: number[];
  /** Row-major: weight of feature i for role r at [i * roles + r]. */
  weights: number[];
}

/** Log-probabilities of each role for one sentence's features. */
export function roleLogProbs(f: Features, w: RoleWeights = weights as RoleWeights): number[] {
  const R = w.roles.length;
  const z = w.bias.slice();
  for (const [i, v] of f) {
    const row = i * R;
    for (let r = 0; r < R; r++) z[r]! += w.weights[row + r]! * v;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  const log = Math.log(sum) + max;
  return z.map((v) => v - log);
}

export { FEATURE_DIMS };
