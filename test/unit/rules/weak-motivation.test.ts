import { describe, expect, it } from 'vitest';
import { findings } from './find';

const rest = 'I reproduced the drop locally, fixed the retry logic with tests, and watched the queue for a week. Failures went from 0.3% to zero, about $8,000 a week in revenue.';

describe('weak-motivation', () => {
  it('rewrites the seed\'s free-time motive around what the story says was at stake', () => {
    const [f] = findings('weak-motivation', `Because I had some free time and wanted to help, I looked at the webhook failures. ${rest}`);
    expect(f?.quoted).toBe('Because I had some free time and wanted to help, I looked at the webhook failures.');
    expect(f?.suggestion).toBe('Because the problem was putting $8,000 a week at risk and nobody else owned it, I looked at the webhook failures.');
  });

  it.each([
    'I was bored between projects, so I picked up the webhook failures.',
    'It was a slow sprint for me, so I looked at the webhook failures.',
    'The webhook failures looked like an interesting puzzle.',
    'I had nothing better to do that week, so I looked at the webhook failures.',
  ])('flags convenience motives: %s', (motive) => {
    expect(findings('weak-motivation', `${motive} ${rest}`)).toHaveLength(1);
  });

  it('accepts helping people who were hurt, and free time next to a real stake', () => {
    expect(findings('weak-motivation', `I wanted to help the merchants who were missing orders, so I took the webhook failures on. ${rest}`)).toHaveLength(0);
    expect(findings('weak-motivation', `I had some free time that week, but I took it on because merchants were losing orders. ${rest}`)).toHaveLength(0);
  });

  it('treats learning as weak only when it is the sole reason given', () => {
    const solo = 'I wanted to learn Kafka, so I offered to rewrite the consumer. I rebuilt it with tests over a month. Lag went from minutes to seconds.';
    expect(findings('weak-motivation', solo)).toHaveLength(1);
    const withStake = 'Consumer lag was delaying orders for our customers, which meant missed deliveries. It was also a chance to learn Kafka, so I offered to rewrite the consumer. I rebuilt it with tests. Lag went from minutes to seconds.';
    expect(findings('weak-motivation', withStake)).toHaveLength(0);
  });

  it('does not read "learned" in a reflection as a motive', () => {
    expect(findings('weak-motivation', `I noticed the failures were costing merchants orders, so I took them on. ${rest} I learned to look for unowned alerts first.`)).toHaveLength(0);
  });
});
