import { describe, expect, it } from 'vitest';
import { forgetMemos, memoByText } from '../../../lib/engine/memo';

describe('memo by text', () => {
  it('computes once per text until the engine moves to the next story', () => {
    let calls = 0;
    const length = memoByText((text: string) => (calls++, text.length));
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
    forgetMemos();
    expect(length('abc')).toBe(3);
    expect(calls).toBe(3);
  });
});
