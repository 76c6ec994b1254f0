import { describe, expect, it } from 'vitest';
import { isVagueOutcome, vagueOutcomePhrases } from '../../../lib/engine/vague-outcome';

describe('vague outcome phrases, shared by the part cues and the vague-ending rule', () => {
  it('finds every phrase from the start of a text, whatever was tested before', () => {
    expect(isVagueOutcome('After a long week of back and forth between the two teams, things finally calmed down.')).toBe(true);
    expect(vagueOutcomePhrases('It went well.').map((m) => m.text)).toEqual(['It went well']);
    expect(isVagueOutcome('Errors fell from 4% to 0.1%.')).toBe(false);
  });

  it('marks how people felt apart from a state', () => {
    const phrases = vagueOutcomePhrases('The client was thrilled, and things settled down.');
    expect(phrases.map((m) => m.feeling)).toEqual([true, false]);
  });
});
