import { describe, expect, it } from 'vitest';
import { findings } from './find';

const seedPassive =
  'The webhook service, which belonged to another team, was dropping events and no one owned it. The logs were analyzed and the retry bug was found. A fix was implemented and it was deployed after review. Errors dropped from 0.3% to 0%, which was worth $8,000 a week. I\'d propose a shared SLO next time.';

describe('passive-voice', () => {
  it('flags each actorless step and rewrites it with "I"', () => {
    const found = findings('passive-voice', seedPassive, { question: 'production-incident' });
    expect(found.map((f) => [f.quoted, f.replacement])).toEqual([
      ['The logs were analyzed and the retry bug was found.', 'I analyzed the logs and found the retry bug.'],
      ['A fix was implemented and it was deployed after review.', 'I implemented a fix and deployed it after review.'],
    ]);
  });

  it('is satisfied once the replacements are applied', () => {
    let text = seedPassive;
    for (const f of findings('passive-voice', text).reverse()) text = text.slice(0, f.start) + f.replacement + text.slice(f.end);
    expect(findings('passive-voice', text)).toHaveLength(0);
  });

  it('accepts the seed\'s strong follow-through, states and named agents', () => {
    const text =
      'The webhook service was owned by the Platform team, and events were being dropped. I searched the delivery logs, found the retry bug, and wrote a fix with tests. I followed up with their tech lead until the fix was merged and deployed. Drops went from 0.3% to zero, recovering $8,000 a week. I\'d propose a shared SLO for webhooks.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });

  it('accepts a Result that states the outcome in the passive', () => {
    const text =
      'Checkout failed for one region after a config push. I rolled the config back and added a validation step to the pipeline. Service was restored in 12 minutes and the validation has blocked three bad pushes since. I learned to treat config like code.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });

  it('does not treat setting description as hidden work', () => {
    const text =
      'Our billing service was built in 2018 and was deployed to three regions. It was maintained by a team that had since been reorganized. When invoices started failing, I dug through the logs, found an expired signing key, and rotated it. Failed invoices went from 1,200 a day to zero. I now track key expiry on our dashboard.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });
});
