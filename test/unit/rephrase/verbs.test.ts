import { describe, expect, it } from 'vitest';
import { KEY_PARTICIPLES } from '../../../lib/nlp/lexicon';
import { conjugatedPast, pastFromParticiple } from '../../../lib/nlp/verbs';

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

  // Rewrites take these pasts from a short table instead of compromise's conjugation tables
  // (which cost a worker 200 ms to build): the table must say what compromise says.
  it('gives the same past as compromise for every participle the passive rule knows', () => {
    const heads = new Set(KEY_PARTICIPLES.map((p) => p.toLowerCase().split(/\s+/)[0]!));
    for (const head of heads) expect(pastFromParticiple(head), head).toBe(conjugatedPast(head));
  });

  it('still conjugates a participle the rule does not know', () => {
    expect(pastFromParticiple('begun')).toBe(conjugatedPast('begun'));
    expect(pastFromParticiple('forgotten')).toBe('forgot');
  });
});
