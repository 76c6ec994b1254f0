// Shared helpers that several rules lean on: each case here once read a real answer wrongly.
import { describe, expect, it } from 'vitest';
import { isHypothetical } from '../../../lib/rules/shared/hypothetical';
import { findMetric } from '../../../lib/rules/shared/metrics';
import { hasValidationEvidence } from '../../../lib/rules/shared/evidence';
import { FIX, splitPastForms } from '../../../lib/nlp/lexicon';
import { speakerOwnsFix, speakerVisible } from '../../../lib/nlp/actors';
import { findings } from './find';

describe('isHypothetical: "I\'d" as a conditional, not as the past perfect', () => {
  it.each([
    "I'd finished my ticket queue early that week.",
    'The goal I’d set was a weekly refresh.',
    "We'd already shipped the patch by then.",
    "I'd been on call for two days.",
  ])('reads the past perfect as what happened: %s', (text) => {
    expect(isHypothetical(text)).toBe(false);
  });

  it.each(["I'd add an alert on the queue.", "I'd need more data first.", "I'd set up an SLO next time.", "I'd now push for a review."])(
    'still reads intent as hypothetical: %s',
    (text) => {
      expect(isHypothetical(text)).toBe(true);
    },
  );

  it('lets a rule that skips hypotheticals see a past-perfect motive', () => {
    const text =
      "I'd finished my sprint tickets early and wanted something to do, so I offered to clean up the flaky test suite. I ran it 100 times, found two tests sharing a database and isolated them. Flaky runs went from 12% to 1%. I now loop new tests before merging.";
    expect(findings('weak-motivation', text)).toHaveLength(1);
  });
});

describe('findMetric: gains phrased with a particle or a cadence', () => {
  it('counts a number after a particle verb such as "brought in"', () => {
    expect(findMetric('The relaunch brought in 2,300 new paying users.')?.text).toBe('2,300 new paying users');
  });

  it('still ignores a year after "in"', () => {
    expect(findMetric('We moved to the new office in 2021 with the others.')).toBeUndefined();
  });

  it.each(['The board now refreshes every 5 seconds instead of every hour.', 'Invoices now go out daily instead of weekly.'])(
    'reads a new cadence against the old one as a before and after: %s',
    (text) => {
      expect(findMetric(text)?.text).toMatch(/^instead of/);
    },
  );
});

describe('particle verbs with their object inside', () => {
  const split = new RegExp(`^(?:${splitPastForms(FIX)})$`, 'i');

  it.each(['rolled the migration back', 'pulled the change out', 'rolled it back', 'turned the flag off'])('reads %s as a fix', (phrase) => {
    expect(split.test(phrase)).toBe(true);
  });

  it('makes the speaker the one fixing in "I rolled the bad config back"', () => {
    expect(speakerOwnsFix('I rolled the bad config back within ten minutes.')).toBe(true);
  });

  it('sees another person fixing in "She rolled the migration back"', () => {
    const text =
      'Checkout started failing after a schema change went out. I posted in the incident channel and waited. She rolled the migration back and payments resumed. Everyone was relieved.';
    expect(findings('others-did-it', text)).toHaveLength(1);
  });
});

describe('speakerVisible: a decision is a step of the speaker', () => {
  it.each(['I listened to both teams, weighed the trade-offs, and went with cursors.', 'I settled on a queue per tenant.', 'I chose the managed database.'])(
    '%s',
    (text) => {
      expect(speakerVisible(text)).toBe(true);
    },
  );

  it('does not count choosing to hand the work on', () => {
    expect(speakerVisible('I chose to escalate it to the vendor.')).toBe(false);
  });
});

describe('hasValidationEvidence: comparisons against a baseline', () => {
  it.each([
    'I compared the top results for 500 real queries on both clusters.',
    'I compared the output of each report against the old version.',
    'I ran the new job against last month’s data before the switch.',
    'I kept an eye on the error graph for a week.',
  ])('%s', (text) => {
    expect(hasValidationEvidence(text)).toBe(true);
  });

  it('does not take a bare comparison of numbers as a check', () => {
    expect(hasValidationEvidence('Costs were lower compared to last year.')).toBe(false);
  });
});

describe('speakerOwnsFix: taking on a goal is not making the change', () => {
  it('does not read "made it my job" as writing a job', () => {
    expect(speakerOwnsFix('So I made it my job to get them connected again.')).toBe(false);
    expect(speakerOwnsFix('I wrote a cron job that retries the failed exports.')).toBe(true);
  });

  it('lets a handoff stand when the speaker only took the goal on', () => {
    const text =
      'Our sales engineers could not reach the VPN from the conference hotel, and the gateway belongs to the infrastructure group. I made it my job to get them connected. I let the infra folks know in their help channel with screenshots. The infra on-call changed a gateway setting and the connections came back before lunch. All 30 demos went ahead, and I learned to keep a hotspot fallback in our event checklist.';
    expect(findings('handoff', text, { question: 'production-incident' })).toHaveLength(1);
  });
});
