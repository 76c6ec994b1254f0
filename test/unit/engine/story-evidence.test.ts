// Is it an answer yet? Chat lines, to-do notes and a draft's first sentence get no findings and
// a line saying what the coach waits for; questions that ask for no story get timing only. No
// labelled answer, however short, may be mistaken for one of those.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { labelledAnswers } from '../labelled-answers';

const NOT_STORIES: [string, string][] = [
  ['a chat line on a call page', 'Hi, sorry I am running two minutes late… I will join as soon as my previous call wraps up.'],
  ['a short chat message', 'Hey! Sure, 3pm works for me, talk then.'],
  ['a thank-you note', 'Thanks for taking the time to talk with me today, I really enjoyed learning about the team and the role.'],
  ['a to-do note', '- email Sam about the review\n- fix the flaky login test\n- book flights for the offsite\n- prepare the slides'],
  ['a to-do note in prose', 'Todo: update the resume, practice the conflict story, and read about the company before Friday.'],
  ['a first sentence of setup', 'I was on the backend team at a logistics startup.'],
  ['a first sentence with one event', 'Last year I led the migration of our billing service to Kubernetes.'],
  ['a question to the interviewer', 'What does a typical week look like for someone on this team, and how is on-call shared?'],
];

const SHORTEST_REAL: [string, string][] = [
  ['one sentence that tells a whole story', 'I fixed a bug in production that was costing us money, and my manager was happy.'],
  ['three short sentences', 'There was a problem with webhooks failing sometimes. I did escalate it - I sent them a Slack message and they handled it. After that the errors stopped and the team was happy.'],
  ['bullets with no pronoun', '- rewrote the image upload to use presigned URLs\n- added retries with backoff on the client\n- load-tested uploads at 500 per second\n- documented the new flow for the mobile team'],
  ['an answer told as what I would do (coached: it tells no story yet)', 'When a customer is angry about a late delivery, I would first listen without interrupting and repeat back what went wrong. Then I would check the order history, offer a refund or a new date, and follow up the next day to make sure they are happy with the outcome.'],
  // Negated past verbs ("wasn't", "didn't") are past events too.
  ['one run-on sentence whose past is partly negated', "it was a side project to learn react, i was trying to make it a good app, but it wasn't good because i didn't give it enough time"],
  ['a two-sentence draft that has started its story', 'I was on the backend team at a logistics startup. One week I had some spare cycles, so I offered to look at why some shipment notifications were not going out.'],
];

describe('is it an answer yet?', () => {
  it.each(NOT_STORIES)('%s gets no findings and says what the coach waits for', (_, text) => {
    const [story] = analyze(text).stories;
    expect(story!.findings).toEqual([]);
    expect(story!.notice?.kind).toBe('not-a-story');
    expect(story!.notice?.message).toMatch(/story/);
    expect(story!.checklist.every((item) => !item.done)).toBe(true);
  });

  it.each(SHORTEST_REAL)('%s is coached', (_, text) => {
    const [story] = analyze(text).stories;
    expect(story!.notice).toBeUndefined();
    expect(story!.findings.length).toBeGreaterThan(0);
  });

  it('never holds back a labelled answer, however short', { timeout: 120_000 }, () => {
    const held = labelledAnswers().flatMap((answer) =>
      analyze(answer.text, answer.options).stories.filter((s) => s.notice).map((s) => `${answer.name}: ${s.notice!.kind}`),
    );
    expect(held).toEqual([]);
  });

  it('keeps a prep doc coaching its stories while one answer is still a first line', () => {
    const doc = 'Q1: Tell me about a conflict?\nI was on the backend team.\n\nQ2: Tell me about a failure?\nI shipped a migration that dropped 2% of orders. I reverted it within ten minutes, wrote a replay script and restored every order. Since then I test migrations on a copy of production data.';
    const [first, second] = analyze(doc).stories;
    expect(first!.notice?.kind).toBe('not-a-story');
    expect(second!.notice).toBeUndefined();
  });
});

describe('questions that ask for no story', () => {
  const ANSWER = 'I am a backend engineer with six years in payments. I started at a bank, moved to a startup two years later, and now I lead a team of four that builds our ledger.';

  it.each([
    ['Tell me about yourself', 'about-yourself'],
    ['Why this company?', 'why-this-company'],
    ['Why do you want to work here?', 'why-this-company'],
    ['What is your greatest weakness?', 'strengths-weaknesses'],
    ['Where do you see yourself in five years?', 'career-goals'],
  ])('"%s" as the heading: timing only, and a line that says why', (heading, kind) => {
    const [story] = analyze(`${heading}\n${ANSWER}`).stories;
    expect(story!.title).toBe(heading);
    expect(story!.notice).toMatchObject({ kind: 'not-star-question', question: kind });
    expect(story!.notice!.message).toMatch(/not .*stor|only its timing/);
    expect(story!.findings).toEqual([]);
    expect(story!.sections).toEqual([]);
    expect(story!.seconds).toBeGreaterThan(0);
  });

  it("is recognised from the field's label when the text has no heading", () => {
    const [story] = analyze(ANSWER, { fieldLabel: 'Tell us a bit about yourself' }).stories;
    expect(story!.notice?.question).toBe('about-yourself');
    expect(story!.findings).toEqual([]);
  });

  it("a story question in the heading wins over the field's label, and the user's choice over both", () => {
    const story = 'Q: Tell me about a time you failed?\nI shipped a migration that dropped 2% of orders. I reverted it within ten minutes and restored every order.';
    expect(analyze(story, { fieldLabel: 'About yourself' }).stories[0]!.notice).toBeUndefined();
    expect(analyze(ANSWER, { fieldLabel: 'About yourself', question: 'failure' }).stories[0]!.notice?.kind).not.toBe('not-star-question');
  });

  it('story questions about strengths are still story questions', () => {
    const [story] = analyze('Tell me about a time you turned a weakness into a strength?\nI shipped a migration that dropped 2% of orders. I reverted it within ten minutes and restored every order.').stories;
    expect(story!.notice).toBeUndefined();
  });
});
