import { describe, expect, it } from 'vitest';
import { findings } from './find';

const base = 'Our invoice emails went out twice for some customers, and there was no alert for it. I found a retry without an idempotency key, fixed it with a test, and confirmed in the logs that duplicates stopped. Duplicates went from 200 a day to zero.';

describe('missing-second-order', () => {
  it('is an info-level nudge on the closing Result sentence', () => {
    const [f] = findings('missing-second-order', base);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('info');
    expect(f!.quoted).toBe('Duplicates went from 200 a day to zero.');
  });

  it.each([
    'I added an alert on duplicate sends.',
    'The billing team adopted the same fix for receipts.',
    'I wrote a runbook for retries that the other squads now use.',
    'Idempotency keys are now part of our review checklist.',
    'I documented the retry rules for future reference.',
    'I updated the billing workflow to include a duplicate check.',
    'I spent a week training the support agents to spot duplicate sends.',
  ])('is satisfied by an effect beyond the fix: %s', (extra) => {
    expect(findings('missing-second-order', `${base} ${extra}`)).toHaveLength(0);
  });

  it('does not count what the speaker only would do, or a safeguard said to be missing', () => {
    expect(findings('missing-second-order', `${base} Next time I would add an alert on duplicate sends.`)).toHaveLength(1);
  });
});

describe('missing-second-order: recurring process changes', () => {
  const library = 'Our school library catalogue listed books we no longer had, and nobody owned the records. I checked 300 shelf entries against the catalogue and removed the missing titles. Failed requests from students went from about 40 a week to 5.';

  it.each([
    'I also added the catalogue to our termly stock review so it gets checked against the shelves.',
    'I put shelf checks into the librarians\' monthly checklist.',
    'I set up a quarterly audit of the catalogue with the other librarians.',
    'The shelf check is now run before every new term.',
    'The front desk now checks the catalogue every month.',
  ])('counts a change that keeps checking after the fix: %s', (extra) => {
    expect(findings('missing-second-order', `${library} ${extra}`)).toHaveLength(0);
  });

  it.each([
    'I ran a weekly sync with the librarians while the clean-up lasted.',
    'I wrote notes and asked my lead to review them.',
  ])('does not count a one-off meeting or a review of the work itself: %s', (extra) => {
    expect(findings('missing-second-order', `${library} ${extra}`)).toHaveLength(1);
  });
});
