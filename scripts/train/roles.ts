// Trains the sentence-role model from labelled stories.
import { FEATURE_DIMS, roleFeatures } from '../../lib/model/role-features';
import { ROLES, type RoleWeights } from '../../lib/model/roles';
import { round, trainLogistic, type Sample } from './logistic';
import type { RoleStory } from './role-data';

export const ROLE_TRAINING = { iterations: 400, rate: 2, l2: 0.002 } as const;

export function roleSamples(stories: RoleStory[]): Sample[] {
  return stories.flatMap((s) => s.sentences.map((t, i) => ({ x: roleFeatures(t.text, i, s.sentences.length), y: ROLES.indexOf(t.role) })));
}

export function trainRoles(stories: RoleStory[]): RoleWeights {
  const t = trainLogistic(roleSamples(stories), { dims: FEATURE_DIMS, classes: ROLES.length, ...ROLE_TRAINING });
  return { dims: FEATURE_DIMS, roles: [...ROLES], bias: t.bias.map((v) => round(v)), weights: Array.from(t.weights, (v) => round(v)) };
}
