import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('unquantified-impact', () => {
  it('points at the last Result sentence and prompts for before-and-after figures in its words', () => {
    const text = 'Some webhooks to our merchants were failing. I reproduced the bug, fixed the retry logic with tests, and watched the queue for a week. After that the errors stopped.';
    const [f] = findings('unquantified-impact', text);
    expect(f).toBeDefined();
    expect(f!.quoted).toBe('After that the errors stopped.');
    expect(f!.suggestion).toBe('The errors went from [before] to [after], which [what that meant for the people affected].');
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

describe('unquantified-impact: figures told in other people\'s ways', () => {
  const warehouse = (result: string) =>
    `Orders at our regional warehouse were shipping late. I mapped the picking routes and moved the fastest-selling items next to the packing stations. ${result} I now review the slotting plan every quarter.`;

  it.each([
    'Average pick time went 14 min → under 5 min.',
    'Pick time per order: 9s -> <4s.',
    'Late shipments went from around 120 a day back to the usual 10.',
    'Late shipments went down to under two a day.',
    'Packing got four times faster.',
    'Packing became 3× faster on the busiest shifts.',
    'It saved the shift leads about 6 hours a week of re-routing.',
    'A full restock now takes a day instead of a week.',
    'Mis-picks dropped to a tenth of what they were.',
    'The picking log shrank from 100GB to about 1GB.',
    'The route cache went from 3 GB to 800MB.',
    'The new slotting plan has run for 18 months without a single complaint.',
  ])('accepts arrows, qualifiers, "back to the usual" and multipliers as a measured result: %s', (result) => {
    expect(findings('unquantified-impact', warehouse(result))).toHaveLength(0);
  });

  it('still flags a result whose only figure is how long something was watched', () => {
    expect(findings('unquantified-impact', warehouse('We watched the docks for about two weeks and things were calmer.'))).toHaveLength(1);
    expect(findings('unquantified-impact', warehouse('The new plan ran without issues.'))).toHaveLength(1);
  });

  it('does not take a setting the speaker turned up for a result', () => {
    const text = 'Our ticket-booking site slowed to a crawl during a concert presale. I restarted the web servers and doubled the memory limit, and after that the site was fine again. Fans could buy tickets through the evening.';
    expect(findings('unquantified-impact', text)).toHaveLength(1);
  });

  it('finds a measured outcome told inside an action sentence with an -ing verb', () => {
    const text = 'Our clinic\'s appointment reminders were going out with the wrong times after a daylight-saving change. The reminder tool belonged to the vendor, so I took it on. I corrected all 1,200 upcoming reminders by hand, avoiding about 300 missed appointments that week.';
    expect(findings('unquantified-impact', text)).toHaveLength(0);
  });

  it('does not count a figure in a proposal as the outcome', () => {
    const text = 'My manager wanted to cancel our team offsite to hit a deadline. I proposed a shorter two-day version instead of cancelling. In the end it all worked out.';
    expect(findings('unquantified-impact', text)).toHaveLength(1);
  });
});
