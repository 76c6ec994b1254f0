import { describe, expect, it } from 'vitest';
import { findings } from './find';

const story = (boundary: string) =>
  `Checkout started failing for some customers after a release. ${boundary} I reproduced the failure, fixed the config with a test, and watched the error rate for a day. Failures went from 3% to zero. I now diff configs before every release.`;

describe('missing-scope-boundary', () => {
  it.each([
    "It wasn't my team's service.",
    'The checkout service belonged to the Platform team, and nobody had asked me to look.',
    'There was no ticket for it.',
    'Nobody owned the checkout config.',
    'It was outside my team, but I took it on.',
    'It was not assigned to anyone.',
    'The payments team, who owned it, were at an offsite.',
    'It was on nobody\'s roadmap.',
    "I wasn't on the checkout team.",
    'The database was managed by the data platform team, and their on-call had not started on it.',
    'The message broker is operated by the infrastructure group.',
    "It wasn't on anyone's board: an old cron job nobody on my team had written.",
    'The returns form was not in anybody\'s backlog.',
  ])('is satisfied by a boundary sentence: %s', (boundary) => {
    expect(findings('missing-scope-boundary', story(boundary), { question: 'production-incident' })).toHaveLength(0);
  });

  it('reads "nobody wanted to touch it" as unowned, and still flags a story whose only own step is the fix', () => {
    expect(findings('missing-scope-boundary', story('Nobody wanted to touch the tightly coupled checkout code.'), { question: 'production-incident' })).toHaveLength(0);
    expect(findings('missing-scope-boundary', story('I wrote the fix the same evening.'), { question: 'production-incident' })).toHaveLength(1);
  });

  it('flags an incident story that never states the boundary', () => {
    const [f] = findings('missing-scope-boundary', story('I looked at it with the Platform team.'), { question: 'production-incident' });
    expect(f).toBeDefined();
    expect(f!.suggestion).toContain("This was [whose it was, such as the Platform team's]");
  });

  it.each([
    'I was on call for my team\'s service, so it was mine to fix.',
    'It was our own service and I was the on-call engineer that week.',
    // Having caused it, being hired into the role, or stating the goal as one's own assignment.
    'I had just broken production with a config change.',
    'My change took down checkout for a third of our customers.',
    'I was hired as the lead developer for checkout.',
    'My goal was to restore checkout before the evening peak.',
  ])('accepts the speaker\'s own standing as the boundary (LABELING.md): %s', (own) => {
    expect(findings('missing-scope-boundary', story(own), { question: 'production-incident' })).toHaveLength(0);
  });

  it('applies only to incident and ownership questions', () => {
    const text = story('I looked at it.');
    expect(findings('missing-scope-boundary', text, { question: 'ownership' })).toHaveLength(1);
    expect(findings('missing-scope-boundary', text, { question: 'conflict' })).toHaveLength(0);
    expect(findings('missing-scope-boundary', text, { question: 'general' })).toHaveLength(0);
  });

  it('falls back to "another team" when the story names no team', () => {
    const [f] = findings('missing-scope-boundary', story('I looked at it.'), { question: 'ownership' });
    expect(f!.suggestion).toContain("[whose it was: another team's, or nobody's]");
  });
});

describe('missing-scope-boundary: boundaries phrased through who ran the thing', () => {
  const hotel = (boundary: string) =>
    `Guests at our hotel were being double-booked on weekends. ${boundary} I compared the booking exports with the channel manager, fixed the room mapping, and checked a month of bookings. Double bookings went from six a weekend to none.`;

  it.each([
    'The channel manager was run by the revenue group, and their analyst was on leave.',
    'The room mapping was looked after by an outside vendor.',
    "The mapping wasn't on anybody's list, and nobody on the front desk had built it.",
  ])('is satisfied: %s', (boundary) => {
    expect(findings('missing-scope-boundary', hotel(boundary), { question: 'ownership' })).toHaveLength(0);
  });
});

describe('missing-scope-boundary: the speaker\'s own standing is a boundary (LABELING.md)', () => {
  it.each([
    'I was the on-call engineer that week.',
    'As the system owner, I needed to find the cause.',
    'It was my team\'s service.',
    'I had shipped the change the day before.',
    'Keeping the release pipeline healthy was part of my responsibilities.',
    'I took full ownership of the checkout flow that quarter.',
    'Our team maintains the checkout service.',
    'It happened during my first on-call shift.',
  ])('is satisfied: %s', (standing) => {
    const text = `Checkout errors spiked after a release. ${standing} I traced the errors to a bad config value, fixed it with a test, and watched the error rate return to 0.1% within an hour. I now diff configs before each release.`;
    expect(findings('missing-scope-boundary', text, { question: 'production-incident' })).toHaveLength(0);
  });
});

describe('missing-scope-boundary: a remit named for someone else is no standing of the speaker\'s', () => {
  it('still fires when only the goal is told', () => {
    const text = 'Checkout errors spiked after a release. The goal was to bring errors back under 0.1%. I traced the errors to a bad config value, fixed it with a test, and watched the error rate return to 0.1% within an hour. I now diff configs before each release.';
    expect(findings('missing-scope-boundary', text, { question: 'production-incident' })).toHaveLength(1);
  });
});

describe('missing-scope-boundary: a named team\'s system is outside the speaker\'s', () => {
  it('is satisfied by "the Platform team\'s service"', () => {
    const text = 'Because I had some free time, I looked at the webhook failures in the Platform team\'s service. I reproduced the drop locally, fixed the retry logic with tests, and watched the queue for a week. Failures went from 0.3% to zero. I would set up a shared SLO next time.';
    expect(findings('missing-scope-boundary', text, { question: 'production-incident' })).toHaveLength(0);
    expect(findings('missing-scope-boundary', text.replace("the Platform team's service", 'the webhook service'), { question: 'production-incident' })).toHaveLength(1);
  });
});
