import { describe, expect, it } from 'vitest';
import { stepOf, stepOfPair } from '../../../lib/features/steps';

describe('two-word step verbs', () => {
  it('are found by their two words, as by the phrase itself', () => {
    expect(stepOfPair('figured', 'out')).toBe('investigate');
    expect(stepOfPair('rolled', 'back')).toBe('fix');
    expect(stepOfPair('handed', 'off')).toBe('route');
    expect(stepOfPair('fixed', 'it')).toBeUndefined();
    // A word that starts no two-word verb is not joined to the next one.
    expect(stepOfPair('deployed', 'out')).toBe(stepOf('deployed out'));
  });
});
