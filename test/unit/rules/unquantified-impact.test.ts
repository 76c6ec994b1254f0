import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('unquantified-impact', () => {
  it('points at the last Result sentence and prompts for before-and-after figures in its words', () => {
    const text = 'Some webhooks to our merchants were failing. I reproduced the bug, fixed the retry logic with tests, and watched the queue for a week. After that the errors stopped.';
    const [f] = findings('unquantified-impact', text);
    expect(f).toBeDefined();
    expect(f!.quoted).toBe('After that the errors stopped.');
    expect(f!.suggestion).toBe('State the change in numbers: the errors went from … to …, which was worth … to users or the business.');
  });

  it.each([
    'Failures went from 0.3% to zero.',
    'That saved about $8,000 a week.',
    'Build time was cut in half.',
    'Page loads became 3x faster.',
    'Reports resumed for all 140 enterprise accounts.',
    'We shipped the integration in two weeks instead of six.',
    'Crash reports fell from about 40 a week to 3.',
    'Failures dropped from about half of the deliveries to none.',
    'Merchants now get their webhooks on day one instead of day four.',
  ])('accepts a measured result: %s', (result) => {
    const text = `Some webhooks to our merchants were failing. I reproduced the bug and fixed the retry logic with tests. ${result}`;
    expect(findings('unquantified-impact', text)).toHaveLength(0);
  });

  it('does not count numbers that only set the scene', () => {
    const text =
      'We were a team of five, and in 2023 we had two weeks to migrate our billing jobs. I moved the jobs one by one and tested each against last month\'s invoices. The migration went well and the finance team was happy.';
    expect(findings('unquantified-impact', text)).toHaveLength(1);
  });
});
