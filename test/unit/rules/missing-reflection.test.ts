import { describe, expect, it } from 'vitest';
import { findings } from './find';

const base = 'Our release pipeline took 50 minutes. I cached dependencies and split the tests into four parallel jobs. The pipeline went from 50 minutes to 14.';

describe('missing-reflection', () => {
  it('points at the closing sentence when no lesson is told', () => {
    const [f] = findings('missing-reflection', base);
    expect(f?.quoted).toBe('The pipeline went from 50 minutes to 14.');
    expect(f?.suggestion).toBe('Looking back, [the specific lesson], so now I [what you do differently].');
  });

  it.each([
    'I learned to measure every stage first.',
    // An adverb between the speaker and "learned" keeps it a lesson.
    'I also learned to measure every stage first.',
    'I quickly learned that the test stage hid most of the wait.',
    'Next time I would time each stage before touching anything.',
    'Looking back, the slow stage was obvious from the build logs.',
    'In hindsight, I should have asked the other teams for their timings.',
  ])('is satisfied by any lesson, wherever it sits: %s', (lesson) => {
    expect(findings('missing-reflection', `${base} ${lesson}`)).toHaveLength(0);
  });

  it('is satisfied by an explicit Reflection part', () => {
    const text = 'Situation: builds were slow. Task: I owned tooling. Action: I cached dependencies. Result: builds went from 50 to 14 minutes. Reflection: measuring each stage first would have saved a week.';
    expect(findings('missing-reflection', text)).toHaveLength(0);
  });
});

describe('missing-reflection: lessons phrased without "learned"', () => {
  it.each([
    'What I got out of it is that a supplier\'s quote needs a written expiry date.',
    'My biggest learning was to confirm delivery windows with the site manager in writing.',
    'It made me realize that a shared calendar beats a chain of emails.',
    'This experience reminded me to get delivery dates in writing.',
    // The team's lesson, the speaker's counterfactual, and coming out of it wiser.
    'The crew learned to photograph every delivery note on arrival.',
    'What would have helped was a written delivery date from each supplier.',
    'I came out of it wiser about ordering tiles before the plumbing starts.',
  ])('counts the closing lesson: %s', (lesson) => {
    const text = `Our kitchen renovation job overran because the tiles arrived late. I called three suppliers and moved the tiling after the plumbing. The job finished four days late instead of three weeks. ${lesson}`;
    expect(findings('missing-reflection', text)).toHaveLength(0);
  });
});

describe('missing-reflection: lesson cues told in other words', () => {
  it.each([
    'What I take from this is that every stage needs its own timer.',
    'These days I time each stage before touching a pipeline.',
    'This experience helped me grow as an engineer.',
  ])('is satisfied by a lesson in the present or as growth: %s', (lesson) => {
    expect(findings('missing-reflection', `${base} ${lesson}`)).toHaveLength(0);
  });

  it.each([
    'The target I\'d set was 15 minutes.',
    'I\'d cached the slowest job first.',
    'I grew the build farm from 4 to 10 machines.',
  ])('does not read a past-perfect fact or a growth in numbers as a lesson: %s', (fact) => {
    expect(findings('missing-reflection', `${base} ${fact}`)).toHaveLength(1);
  });
});
