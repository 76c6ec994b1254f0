// The shipped sentence-role weights are exactly what `npm run train` makes from the labelled data.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_WEIGHTS_FILE, roleWeightsJson } from '../../../scripts/train';
import { loadRoleStories } from '../../../scripts/train/role-data';

describe('sentence-role weights', () => {
  it('match what training produces from the labelled answers', () => {
    expect(roleWeightsJson()).toBe(readFileSync(ROLE_WEIGHTS_FILE, 'utf8'));
  }, 180_000);

  it('stay small enough to ship (at most 300 kB)', () => {
    expect(statSync(ROLE_WEIGHTS_FILE).size).toBeLessThanOrEqual(300 * 1024);
  });

  it('are trained mostly on answers published by other people', () => {
    const stories = loadRoleStories();
    const count = (published: boolean) => stories.filter((s) => s.published === published).reduce((n, s) => n + s.sentences.length, 0);
    expect(count(true)).toBeGreaterThan(0);
    expect(count(false)).toBeLessThanOrEqual(count(true));
  });
});
