import { describe, expect, it } from 'vitest';
import { findings } from './find';

const local = 'Our payment retries were double-charging a few customers. I traced it to a missing idempotency key, reproduced it in staging, and fixed it with tests. Double charges went from about 30 a week to zero. I learned to add idempotency keys to every retry.';

describe('missing-org-insight', () => {
  it('applies only at senior and staff level', () => {
    expect(findings('missing-org-insight', local, { level: 'senior' })).toHaveLength(1);
    expect(findings('missing-org-insight', local, { level: 'staff' })).toHaveLength(1);
    expect(findings('missing-org-insight', local, { level: 'mid' })).toHaveLength(0);
    expect(findings('missing-org-insight', local, { level: 'junior' })).toHaveLength(0);
  });

  it.each([
    'I wrote an RFC so every team that retries payments uses the same key scheme.',
    'The gap was that nobody owned retry semantics across teams, so I proposed an ownership model for shared payment clients.',
    'Three other teams adopted the key scheme.',
    'I proposed a shared SLO for payment correctness with the billing org.',
  ])('accepts organizational thinking: %s', (extra) => {
    expect(findings('missing-org-insight', `${local} ${extra}`, { level: 'staff' })).toHaveLength(0);
  });

  it('is not satisfied by another team merely named in the setup', () => {
    const text = `The payment client belonged to the billing team. ${local}`;
    expect(findings('missing-org-insight', text, { level: 'senior' })).toHaveLength(1);
  });
});

describe('missing-org-insight: owners and decision bodies', () => {
  const lab = 'Our hospital lab\'s analyser went down during a night shift and nobody was assigned to it. I switched samples to the backup analyser and called the vendor. Turnaround stayed under an hour.';

  it.each([
    'Afterwards I proposed that every critical analyser have a named backup owner on nights, which the lab managers agreed to.',
    'I took the comparison to the equipment committee, which chose a second service contract.',
  ])('accepts a named owner or a decision body: %s', (extra) => {
    expect(findings('missing-org-insight', `${lab} ${extra}`, { level: 'senior' })).toHaveLength(0);
  });
});
