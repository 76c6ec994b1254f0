import { describe, expect, it } from 'vitest';
import { KEY_PARTICIPLES } from '../../../lib/nlp/lexicon';
import { pastFromParticiple } from '../../../lib/nlp/verbs';

describe('pastFromParticiple', () => {
  it.each([
    ['written', 'wrote'],
    ['rewritten', 'rewrote'],
    ['taken', 'took'],
    ['done', 'did'],
    ['found', 'found'],
    ['deployed', 'deployed'],
    ['rolled back', 'rolled back'],
    ['torn down', 'tore down'],
    ['set up', 'set up'],
    ['run', 'ran'],
    ['chosen', 'chose'],
  ])('%s → %s', (participle, past) => {
    expect(pastFromParticiple(participle)).toBe(past);
  });

  it('gives a past tense for every participle the passive rule knows', () => {
    for (const participle of KEY_PARTICIPLES) {
      const past = pastFromParticiple(participle);
      expect(past, participle).toMatch(/^[a-z-]+(?: [a-z]+)*$/);
      expect(past, participle).not.toMatch(/eded\b|^(?:was|will|have) /);
    }
  });
});
