import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('buried-outcome: headlines that carry their own before-and-after', () => {
  it.each([
    'I rescued the payroll export, taking it from failing twice a month to on time in 99% of runs, even though it sat with another team.',
    'I got our clinic\'s no-show rate from 18% to 7% by rebuilding the reminder schedule that nobody owned.',
    'I brought first-response time on the shared inbox from two days down to 3 hours, although the inbox belonged to another office.',
  ])('accepts an opening that states the change: %s', (opening) => {
    const text = `${opening} Staff were fixing the gaps by hand every week. I traced the failures, rewrote the schedule, and checked it against a month of records. I now add an owner to every shared job.`;
    expect(findings('buried-outcome', text, { focus: 'ownership' })).toHaveLength(0);
  });

  it('still flags an opening that only describes the problem with a number', () => {
    const text = 'Payroll exports failed twice a month, and staff fixed them by hand. I traced the failures and rewrote the schedule. Failures went from two a month to none.';
    expect(findings('buried-outcome', text, { focus: 'ownership' })).toHaveLength(1);
  });
});
