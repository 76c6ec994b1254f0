import { describe, expect, it } from 'vitest';
import { ownershipMotive } from '../../../lib/rephrase/motive';
import { ownedHandoff, ownStepsAround } from '../../../lib/rephrase/ownership';
import { otherTeam } from '../../../lib/rephrase/parties';
import { withoutSlots } from '../../../lib/rephrase/slots';
import { expectGoodEnglish } from './english';

describe('otherTeam', () => {
  it.each([
    ['The webhook service belonged to the Platform team.', 'the Platform team'],
    ['I raised it with the data platform team.', 'the data platform team'],
  ])('finds the team a story names: %s', (text, team) => {
    expect(otherTeam(text)).toBe(team);
  });

  it.each([
    'After that the team was happy and my team moved on.',
    'I was a backend engineer on the payments team. The payments team shipped a change.',
    'I joined the billing team in May, and the billing team owned the invoices.',
  ])("never takes the speaker's own team for another: %s", (text) => {
    expect(otherTeam(text)).toBeUndefined();
  });
});

describe('ownedHandoff', () => {
  it('keeps what the speaker did and leaves the follow-through to fill in', () => {
    expect(ownedHandoff('I pinged them on Slack and they fixed it.')).toBe(
      'I pinged them on Slack, then I [what you did yourself to fix it] and [how you made sure it worked].',
    );
  });

  it.each([
    'I filed a ticket with all the details.',
    'I sent them a Slack message.',
    'The billing service belonged to the Payments team, so I filed a ticket with all the details and the logs.',
  ])('reads as correct English and invents no step: %s', (sentence) => {
    const out = ownedHandoff(sentence);
    expectGoodEnglish(out);
    expect(withoutSlots(out)).not.toMatch(/\b(?:wrote|tested|production|reviewed)\b/);
  });
});

describe('ownStepsAround', () => {
  it('puts a slot for the speaker before the step someone else took', () => {
    expect(ownStepsAround('My manager rolled back the release and the page came back.')).toBe(
      'I [what you did yourself to fix it] before my manager rolled back the release and the page came back.',
    );
    expectGoodEnglish(ownStepsAround('Priya from the data team found the root cause.'));
  });
});

describe('ownershipMotive', () => {
  it('replaces a convenience reason with a slot that hints at what the story says was at stake', () => {
    const story = 'Because I had some free time and wanted to help, I looked at the webhook failures. Failures went to zero, about $8,000 a week in revenue.';
    expect(ownershipMotive('Because I had some free time and wanted to help, I looked at the webhook failures.', story)).toBe(
      'Because [what was at stake, such as $8,000 a week], I looked at the webhook failures.',
    );
  });

  it.each([
    ['It was a slow sprint for me, so I picked up an old ticket.', 'It was a slow sprint for me, so I picked up an old ticket. Our customers saw errors.'],
    ['I was bored.', 'I was bored. It saved $2M a year for our merchants.'],
    ['The bug looked like a fun puzzle.', 'The bug looked like a fun puzzle.'],
  ])('reads as correct English: %s', (sentence, story) => {
    expectGoodEnglish(ownershipMotive(sentence, story));
  });
});
