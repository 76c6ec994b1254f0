import { describe, expect, it } from 'vitest';
import { findings } from './find';

const setup = 'A service outside my team was dropping webhooks and there was no ticket, so I decided to own it. I read the retry code and found it gave up after one timeout.';

describe('unverified-fix', () => {
  it('flags the claim that the fix worked when nothing shows it was checked', () => {
    const [f] = findings('unverified-fix', `${setup} I deployed the fix and the errors stopped. That recovered about $8,000 a week.`);
    expect(f?.quoted).toBe('I deployed the fix and the errors stopped.');
    expect(f?.suggestion).toMatch(/^I deployed the fix and the errors stopped\. I \[how you confirmed the fix: [^\]]+\]\.$/);
  });

  it.each([
    'I reproduced the failure locally before coding the fix, then monitored production metrics for several days.',
    'I wrote a test that failed before the fix and passed after it.',
    'I rolled it out to a canary first and watched the error dashboard.',
    'I confirmed the drop rate in the delivery logs for a week.',
  ])('accepts evidence anywhere in the story: %s', (evidence) => {
    const text = `${setup} ${evidence} I deployed the fix and the errors stopped.`;
    expect(findings('unverified-fix', text)).toHaveLength(0);
  });

  it('needs a fix claim: a story with no fix is not judged', () => {
    const text = 'My manager and I disagreed about the release date. I laid out the risks and we moved the launch by a week. The launch went smoothly and we kept every customer commitment.';
    expect(findings('unverified-fix', text)).toHaveLength(0);
  });

  it('does not take evidence the speaker only wishes they had', () => {
    const text = `${setup} I deployed the fix and the errors stopped. Next time I would reproduce the failure first.`;
    expect(findings('unverified-fix', text)).toHaveLength(1);
  });
});

describe('unverified-fix: claims phrased at length or as quiet', () => {
  it.each([
    'I changed the routing rule, and the complaints about misrouted parcels, around 50 a week, stopped.',
    'I patched the sync job and the stock alerts went quiet.',
  ])('flags a claim with no check behind it: %s', (claim) => {
    const text = `Parcels at our depot were landing on the wrong vans. ${claim} I learned to read the rule history before editing it.`;
    expect(findings('unverified-fix', text)).toHaveLength(1);
  });
});

describe('unverified-fix: the many ways of saying it works now', () => {
  const problem = 'Our signup form failed on Safari for about a week. I was the engineer on the form, so it was mine.';

  it.each([
    'I found the cause and deployed a fix. It works now.',
    "I patched the form script. We haven't had an issue since.",
    'We rolled out a fix on Monday and the errors stopped.',
    'They moved the submit handler to a new library, and the failures went away.',
    'I deployed the change. Problem solved.',
    'I pulled the change out and the errors disappeared.',
    // A rollback is a change too, and "came back within minutes" says it worked, not how that was known (LABELING).
    'I rolled back the release and the form came back within minutes.',
    'I rewrote the date check and deployed it the same day. After that, signups came in from Safari every day.',
  ])('flags a fix, by anyone, that is said to work with nothing checked: %s', (told) => {
    expect(findings('unverified-fix', `${problem} ${told}`)).toHaveLength(1);
  });

  it.each([
    'I reproduced it in a Safari VM, deployed a fix, and watched the error graph for two days. It works now.',
    'I deployed the change and compared signups per browser against the week before. It works now.',
    'I deployed a fix. Then I wrote up the timeline for the team.',
    // The fault coming back is the opposite of a claim that the fix worked.
    'I deployed a fix, but the errors came back within a day.',
  ])('stays silent when the fix was checked or nothing is claimed: %s', (told) => {
    expect(findings('unverified-fix', `${problem} ${told}`)).toHaveLength(0);
  });

  it('does not read the problem stopping before any fix as a claim', () => {
    const text = 'Our export job stopped on Monday and the errors stopped the reports too. I was on call. I looked into it and wrote up what I saw.';
    expect(findings('unverified-fix', text)).toHaveLength(0);
  });
});
