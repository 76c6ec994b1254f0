// Without a lesson, the story is an anecdote; the reflection is where judgment shows.
import { reflectionSentences } from './shared/reflections';
import { hitOn, lastSentence } from './shared/story-parts';
import { closingLessonSlots } from '../rephrase/lesson-slots';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-reflection',
  severity: 'warning',
  message: 'The answer has no reflection: nothing you learned or would do differently.',
  why: 'Interviewers ask for past stories to predict future behavior; a closing lesson shows what you took away and how you work differently now.',
  check(story) {
    if (story.sentences.length === 0 || reflectionSentences(story).length > 0) return [];
    const last = lastSentence(story)!;
    return [hitOn(last, { suggestion: closingLessonSlots() })];
  },
  examples: {
    flagged: [
      {
        text: 'There was a problem with webhooks failing sometimes. I sent the owning team a message and they handled it. After that the errors stopped and the team was happy.',
      },
      {
        text: 'Situation: our release pipeline took 50 minutes. Task: I owned developer tooling. Action: I cached dependencies and split the test suite into four parallel jobs. Result: the pipeline went from 50 minutes to 14, and teams shipped twice as often.',
      },
      // "the goal I'd set" tells a past plan, not what the speaker would do now.
      {
        text: 'Our search cluster was going out of support, so I led its upgrade. The goal I\'d set was a cutover with no downtime. I rehearsed the cutover on a copy of production and compared results for 300 real queries. The cutover went through with no downtime and click-through stayed within 1%.',
      },
    ],
    passing: [
      {
        text: 'Our release pipeline took 50 minutes. I cached dependencies and split the test suite into four parallel jobs. The pipeline went from 50 minutes to 14. Looking back, I should have measured each stage before touching anything, and I now start every tooling project with a timing breakdown.',
      },
      {
        text: 'Situation: the nightly report emails stopped. Task: nobody was assigned. Action: I found an expired token, rotated it, and added an expiry alert. Result: reports resumed for all 140 accounts. Lesson: credentials need owners and expiry alerts, so I now register every token in a shared calendar.',
      },
      // A lesson named as a learning, outside any Reflection part.
      {
        text: 'Our kitchen renovation job overran because the tiles arrived late. I called three suppliers and moved the tiling after the plumbing. The job finished four days late instead of three weeks. My biggest learning was to confirm delivery windows with the site manager in writing.',
      },
      // A lesson told in the present, without "learned".
      {
        text: 'Our search cluster was going out of support, so I led its upgrade. I rehearsed the cutover on a copy of production and compared results for 300 real queries. The cutover went through with no downtime and click-through stayed within 1%. What I take from this is that a rehearsal on real data is worth the extra week, so I plan one into every migration.',
      },
    ],
  },
};

export default rule;
