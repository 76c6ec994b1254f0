// The rules that only apply to one interviewer focus: ownership, technical, speed.
import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('buried-outcome (focus ownership)', () => {
  const buried = 'The webhook service belonged to the Platform team and nobody had a ticket. I searched the logs, reproduced the bug, and fixed the retry logic with tests. The drop rate went from 0.3% to zero, recovering about $8,000 a week.';

  it('points at the opening and offers the story\'s own result as the new first line', () => {
    const [f] = findings('buried-outcome', buried, { focus: 'ownership' });
    expect(f?.quoted).toBe('The webhook service belonged to the Platform team and nobody had a ticket.');
    expect(f?.suggestion).toBe('Open with the result, then tell how you got there: "The drop rate went from 0.3% to zero, recovering about $8,000 a week."');
  });

  it('applies only with the ownership focus', () => {
    expect(findings('buried-outcome', buried, { focus: 'general' })).toHaveLength(0);
    expect(findings('buried-outcome', buried, { focus: 'technical' })).toHaveLength(0);
  });

  it('accepts an outcome told in the first two sentences, but not a problem that opens with a number', () => {
    const first = `I recovered about $8,000 a week by fixing a webhook drop in another team's service. ${buried}`;
    expect(findings('buried-outcome', first, { focus: 'ownership' })).toHaveLength(0);
    const problem = `Sales dropped 20% after a release. ${buried}`;
    expect(findings('buried-outcome', problem, { focus: 'ownership' })).toHaveLength(1);
  });
});

describe('missing-investigation (focus technical)', () => {
  const guess = 'Checkout started failing after a release. I suspected the payment client, so I rolled it back and pushed a corrected version. Failures went from 3% to zero.';

  it('flags a fix with no investigation step, only with the technical focus', () => {
    expect(findings('missing-investigation', guess, { focus: 'technical' })).toHaveLength(1);
    expect(findings('missing-investigation', guess, { focus: 'speed' })).toHaveLength(0);
  });

  it.each(['I compared error logs before and after the deploy.', 'I reproduced the failure in staging.', 'I bisected the release to one commit.'])(
    'accepts an investigation step: %s',
    (step) => {
      expect(findings('missing-investigation', `${guess} ${step}`, { focus: 'technical' })).toHaveLength(0);
    },
  );
});

describe('missing-prevention (focus speed)', () => {
  const fast = 'Checkout errors spiked right after a Friday deploy. Within ten minutes I rolled back, found the bad migration, and re-ran it safely. Errors went from 4% to zero in under an hour.';

  it('flags a fast fix with nothing automated against a repeat', () => {
    expect(findings('missing-prevention', fast, { focus: 'speed' })).toHaveLength(1);
    expect(findings('missing-prevention', fast, { focus: 'general' })).toHaveLength(0);
  });

  it.each([
    'I then added a CI check that runs every migration against production-sized data.',
    'I added an alert on checkout error rate.',
    'I set up an automatic rollback when errors pass 1%.',
  ])('accepts automation: %s', (extra) => {
    expect(findings('missing-prevention', `${fast} ${extra}`, { focus: 'speed' })).toHaveLength(0);
  });

  it('does not count watching a dashboard by hand or a safeguard only planned', () => {
    expect(findings('missing-prevention', `${fast} I watched the error dashboard for a day.`, { focus: 'speed' })).toHaveLength(1);
    expect(findings('missing-prevention', `${fast} Next time I would add an alert.`, { focus: 'speed' })).toHaveLength(1);
  });
});

describe('long-reflection (focus speed)', () => {
  const story = 'Situation: a certificate expired and our API went down. Task: I was on call. Action: I renewed it within 20 minutes and added an expiry alert. Result: the outage stayed under half an hour.';
  const long =
    ' Reflection: This made me think about certificates in general, about who should own them, about how our team documents renewals, and about whether every service should renew automatically. I also realized our runbooks were out of date in several places and that the on-call handbook never mentioned certificates.';

  it('points at the whole Reflection when it runs over 20 seconds with the speed focus', () => {
    const [f] = findings('long-reflection', story + long, { focus: 'speed' });
    expect(f?.section).toBe('reflection');
    expect(f?.quoted.startsWith('This made me think')).toBe(true);
    expect(f?.message).toMatch(/about \d+ seconds/);
  });

  it('finds a long closing reflection told without a marker', () => {
    const text =
      'Checkout errors spiked after my deploy. I rolled back within ten minutes and added a CI check for migrations. Errors went from 4% to zero within the hour. ' +
      'Looking back, I spent a long time thinking about what this taught me about our release habits. I thought about how our reviews treat migrations as routine, how nobody on the team had ever rehearsed a rollback, and how much we rely on one person remembering the steps. I also wondered whether we should change the release calendar so that risky changes never go out on a Friday afternoon.';
    expect(findings('long-reflection', text, { focus: 'speed' })).toHaveLength(1);
  });

  it('applies only with the speed focus and only past 20 seconds', () => {
    expect(findings('long-reflection', story + long, { focus: 'ownership' })).toHaveLength(0);
    expect(findings('long-reflection', `${story} Reflection: I now automate every renewal.`, { focus: 'speed' })).toHaveLength(0);
  });
});
