import { describe, expect, it } from 'vitest';
import { findings } from './find';

const seedWeak =
  "Some webhooks to our merchants were being dropped. It wasn't my team's service and nobody had a ticket for it. We figured out the root cause together, it was the retry logic, and we fixed it. The drop rate went to zero, which was worth about $8K a week. Next time I would set up a shared alert with the Platform team from the start.";

describe('we-language', () => {
  it('points at the "we" action sentence and offers it in the first person, with a slot for who else took part', () => {
    const [f, ...rest] = findings('we-language', seedWeak, { question: 'production-incident' });
    expect(rest).toHaveLength(0);
    expect(f?.quoted).toBe('We figured out the root cause together, it was the retry logic, and we fixed it.');
    expect(f?.section).toBe('action');
    // "We" says others took part; who, and whether the speaker did it alone, only the user knows.
    expect(f?.suggestion).toBe('I figured out the root cause with [whom], it was the retry logic, and I fixed it.');
    expect(f?.suggestionKind).toBe('slots');
    expect(f?.replacement).toBeUndefined();
  });

  it('offers a drop-in when the sentence names the partner, and is satisfied once it is applied', () => {
    const text = seedWeak.replace('We figured out the root cause together', 'My manager and I together figured out the root cause');
    const [f] = findings('we-language', text);
    expect(f?.replacement).toBe('I figured out the root cause with my manager, it was the retry logic, and I fixed it.');
    const fixed = text.slice(0, f!.start) + f!.replacement + text.slice(f!.end);
    expect(findings('we-language', fixed)).toHaveLength(0);
  });

  it('ignores "we" that sets the scene', () => {
    const text =
      'We were a team of five and we had two weeks before launch. I noticed signup emails landing in spam, checked the DNS records, and added the missing DKIM key. Deliverability went from 60% to 98%. I now check email authentication before every launch.';
    expect(findings('we-language', text)).toHaveLength(0);
  });

  it('flags the group shipping in the Result, even after the speaker\'s own steps (the guide: shipping is a step)', () => {
    const text =
      "The checkout page got slow during sales. I profiled the API, found an N+1 query, and rewrote it with a join. We shipped the change that night and we recovered about $8,000 in orders. I now load-test before every sale.";
    expect(findings('we-language', text).map((f) => f.quoted)).toEqual(['We shipped the change that night and we recovered about $8,000 in orders.']);
  });

  it('leaves the Result alone when it tells what changed rather than what the group did', () => {
    const text =
      'The checkout page got slow during sales. I profiled the API, found an N+1 query, and rewrote it with a join. The change went out that night and orders worth about $8,000 were recovered. I now load-test before every sale.';
    expect(findings('we-language', text)).toHaveLength(0);
  });

  it('ignores "we" in time and reason clauses', () => {
    const text =
      'Our home screen took six seconds to load. I profiled it and found it was slow because we loaded the whole user profile first. I deferred the profile call until after we rendered the feed. Load time fell to 1.5 seconds. I now profile cold starts on the oldest phone we support.';
    expect(findings('we-language', text)).toHaveLength(0);
  });

  it('catches a partner sharing the subject and a team acting', () => {
    const text =
      "The Android app's crash rate doubled after a library upgrade. My teammate Lea and I debugged it together over two days. Our team then capped the cache size. The crash-free rate went from 97.1% to 99.6%. I learned to profile memory on old devices.";
    const found = findings('we-language', text);
    expect(found.map((f) => f.suggestion)).toEqual(['I debugged it with my teammate Lea over two days.', 'I then capped the cache size with [whom].']);
    expect(found.map((f) => f.suggestionKind)).toEqual(['rewrite', 'slots']);
  });

  it('stays out of the Situation and the Reflection', () => {
    const text =
      'Last year we migrated our payments to a new provider and we rewrote the webhook handlers. I noticed refunds were failing, traced it to a missing signature check, and fixed it. Refund errors fell from 3% to zero. Next time we would test refunds in the migration plan.';
    expect(findings('we-language', text)).toHaveLength(0);
  });
});
