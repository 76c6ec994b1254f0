import { describe, expect, it } from 'vitest';
import { findings } from './find';

const base = 'Our image service got slow after a library upgrade. I profiled it, found a double re-encode, and removed it with a regression test.';

describe('missing-business-value', () => {
  it('flags a metric that is never translated, keeping the sentence and asking what it was worth', () => {
    const [f] = findings('missing-business-value', `${base} P95 latency went from 900 ms to 250 ms.`);
    expect(f).toBeDefined();
    expect(f!.quoted).toBe('P95 latency went from 900 ms to 250 ms.');
    expect(f!.suggestion).toMatch(/^P95 latency went from 900 ms to 250 ms, which \[what it was worth: [^\]]+\]\.$/);
  });

  it.each([
    'P95 latency went from 900 ms to 250 ms, and product page bounce fell 4%, about $20,000 a month in sales.',
    'P95 latency went from 900 ms to 250 ms, and support tickets about slow pages stopped.',
    'P95 latency went from 900 ms to 250 ms, so customers on mobile stopped timing out.',
  ])('is satisfied by a translation into business terms: %s', (result) => {
    expect(findings('missing-business-value', `${base} ${result}`)).toHaveLength(0);
  });

  it('stays silent when there is no metric at all (that is unquantified impact)', () => {
    const text = `${base} The pages got faster.`;
    expect(findings('missing-business-value', text)).toHaveLength(0);
    expect(findings('unquantified-impact', text)).toHaveLength(1);
  });
});
