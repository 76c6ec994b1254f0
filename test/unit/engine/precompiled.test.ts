import { describe, expect, it } from 'vitest';
import { compilePending, precompiled } from '../../../lib/engine/precompiled';

describe('precompiled patterns', () => {
  it('match exactly as before, from the start of the text, whatever their flags', () => {
    const global = precompiled(/\b(?:calmed|settled) down(?!\w)/gi);
    expect(global.lastIndex).toBe(0);
    expect([...'Things calmed down, then settled down.'.matchAll(global)].map((m) => m[0])).toEqual(['calmed down', 'settled down']);
    const sticky = precompiled(/rolled\s+back/y);
    expect(sticky.test('rolled back the deploy')).toBe(true);
    expect(precompiled(/\bI\b/).test('   ')).toBe(false);
  });
});

describe('compiling the registered patterns before rules run', () => {
  it('leaves each pattern matching as before, from the start of the text', () => {
    const global = precompiled(/\b(?:fixed|patched)(?!\w)/g);
    global.lastIndex = 3;
    compilePending();
    expect(global.lastIndex).toBe(0);
    expect('I fixed it, then patched it.'.match(global)).toEqual(['fixed', 'patched']);
  });
});
