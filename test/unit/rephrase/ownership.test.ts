import { describe, expect, it } from 'vitest';
import { ownershipMotive } from '../../../lib/rephrase/motive';
import { ownedHandoff, ownStepsAround } from '../../../lib/rephrase/ownership';
import { namedParty } from '../../../lib/rephrase/parties';
import { expectGoodEnglish } from './english';

describe('namedParty', () => {
  it.each([
    ["The webhook service belonged to the Platform team.", 'the Platform team'],
    ['I raised it with the data platform team.', 'the data platform team'],
    ['I flagged the issue to their tech lead.', 'their tech lead'],
    ['It was owned by another team.', 'the other team'],
  ])('finds who the answer routes work to: %s', (text, party) => {
    expect(namedParty(text)).toBe(party);
  });

  it('does not take the speaker\'s own team for another party', () => {
    expect(namedParty('After that the team was happy and my team moved on.')).toBeUndefined();
  });
});

describe('ownedHandoff', () => {
  it('names the team the answer mentions and keeps the fix with the speaker', () => {
    const story = 'The webhook service belonged to the Platform team. I did escalate it - I sent them a Slack message and they handled it.';
    const out = ownedHandoff('I did escalate it - I sent them a Slack message and they handled it.', story);
    expect(out).toContain('the Platform team');
    expect(out).toMatch(/^I escalated it to the Platform team/);
    expect(out).toMatch(/\bI wrote and tested the fix\b/);
  });

  it.each([
    ['I filed a ticket with all the details.', 'The billing service belonged to the Payments team.'],
    ['I sent them a Slack message.', 'There was a problem with webhooks.'],
    ['I reported it to their tech lead.', 'I reported it to their tech lead.'],
  ])('reads as correct English: %s', (sentence, story) => {
    expectGoodEnglish(ownedHandoff(sentence, `${story} ${sentence}`));
  });
});

describe('ownStepsAround', () => {
  it('keeps the other party as a reviewer, not the one who fixed it', () => {
    const out = ownStepsAround('the data team');
    expect(out).toContain('the data team reviewed it');
    expectGoodEnglish(out);
  });
});

describe('ownershipMotive', () => {
  it('replaces a convenience reason with what the story says was at stake', () => {
    const story = 'Because I had some free time and wanted to help, I looked at the webhook failures. Failures went to zero, about $8,000 a week in revenue.';
    expect(ownershipMotive('Because I had some free time and wanted to help, I looked at the webhook failures.', story)).toBe(
      'Because the problem was putting $8,000 a week at risk and nobody else owned it, I looked at the webhook failures.',
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
