// The rules' shipped evidence models are exactly what `npm run train` makes from the labelled data.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_WEIGHTS_FILE, evidenceWeightsJson } from '../../../scripts/train';
import { loadEvidenceStories } from '../../../scripts/train/evidence-data';
import { EVIDENCE } from '../../../lib/evidence/registry';
import trained from '../../../lib/evidence/weights.json';

describe('rule evidence models', () => {
  it('match what training produces from the labelled answers', () => {
    expect(evidenceWeightsJson()).toBe(readFileSync(EVIDENCE_WEIGHTS_FILE, 'utf8'));
  }, 300_000);

  it('exist only for rules that read evidence, and stay small', () => {
    for (const rule of Object.keys(trained)) expect(EVIDENCE).toHaveProperty(rule);
    expect(statSync(EVIDENCE_WEIGHTS_FILE).size).toBeLessThanOrEqual(100 * 1024);
  });

  it('learn mostly from answers published by other people, never from the held-out split', () => {
    const stories = loadEvidenceStories();
    const published = stories.filter((s) => s.published).length;
    expect(published).toBeGreaterThan(100);
    expect(stories.length - published).toBeLessThanOrEqual(published);
    expect(stories.some((s) => s.id.startsWith('pub-') && s.group === '')).toBe(false);
    const heldOut = new Set((JSON.parse(readFileSync('test/fixtures/published/heldout.json', 'utf8')) as { id: string }[]).map((c) => c.id));
    expect(stories.filter((s) => heldOut.has(s.id))).toEqual([]);
  });
});
