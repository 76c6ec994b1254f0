// With a speed focus, the reflection is a closing line, not a second story.
import type { Sentence, StoryContext } from '../engine/context';
import { secondsFor } from '../engine/timing';
import { isConcreteLesson } from './shared/generic-lessons';
import { opensReflection } from './shared/lesson-cues';
import { aboutSeconds, hitOver, sentencesIn } from './shared/story-parts';
import type { Rule } from './types';

const LIMIT_SECONDS = 20;

/** The Reflection part; without one, the closing run that opens with "Looking back…" and has no Result after it. */
function reflectionRun(story: StoryContext): Sentence[] {
  const own = sentencesIn(story, 'reflection');
  if (own.length) return own;
  const opener = story.sentences.findIndex((s) => s.index > 0 && opensReflection(s.text));
  if (opener < 0) return [];
  const run = story.sentences.slice(opener);
  return run.some((s) => s.section === 'result') ? [] : run;
}

const rule: Rule = {
  id: 'long-reflection',
  severity: 'info',
  message: 'The reflection runs over 20 seconds.',
  why: 'An interviewer probing speed wants action and automation; a long reflection spends the time they would rather give to how fast you moved.',
  focus: ['speed'],
  check(story) {
    const sentences = reflectionRun(story);
    const seconds = secondsFor(sentences.reduce((n, s) => n + s.words, 0), story.wordsPerMinute);
    if (seconds <= LIMIT_SECONDS) return [];
    // The sentence worth keeping: a concrete change if there is one, else the shortest.
    const keep = sentences.find((s) => isConcreteLesson(s.text)) ?? [...sentences].sort((a, b) => a.words - b.words)[0];
    const hit = hitOver(sentences, {
      message: `The reflection takes ${aboutSeconds(seconds)} to say; keep it under 20.`,
      suggestion: keep
        ? `Keep one sentence, such as "${keep.text}", and drop the rest.`
        : 'Keep one specific sentence and drop the rest.',
    });
    return hit ? [hit] : [];
  },
  examples: {
    flagged: [
      {
        text: 'Checkout errors spiked after a deploy. I rolled back within ten minutes and added a CI check for migrations. Errors went from 4% to zero within the hour. Looking back, I learned a great deal from this incident about how our release process works, how the migrations are reviewed, and how the on-call rotation is organized across the three product teams. I would like to spend more time with the other teams understanding their release habits, and I think that over the next few quarters we could build a much better shared culture around deployments, reviews, testing and incident response together.',
        options: { focus: 'speed' },
      },
      {
        text: 'Situation: a certificate expired and our API went down. Task: I was on call. Action: I renewed it within 20 minutes and added an expiry alert. Result: the outage stayed under half an hour. Reflection: This made me think a lot about certificates in general, about who should own them, about how our team documents renewals, and about whether we should move to automatic renewal for every service. I also realized that our runbooks were out of date in several places, and that the on-call handbook did not mention certificates at all, so I plan to raise all of this at the next planning meeting.',
        options: { focus: 'speed' },
      },
    ],
    passing: [
      {
        text: 'Checkout errors spiked after a deploy. I rolled back within ten minutes and added a CI check for migrations. Errors went from 4% to zero within the hour. I now run every migration against production-sized data before merging.',
        options: { focus: 'speed' },
      },
      {
        text: 'Situation: a certificate expired and our API went down. Task: I was on call. Action: I renewed it within 20 minutes and added an expiry alert. Result: the outage stayed under half an hour. Reflection: This made me think a lot about certificates in general, about who should own them, about how our team documents renewals, and about whether we should move to automatic renewal for every service. I also realized that our runbooks were out of date in several places, and that the on-call handbook did not mention certificates at all, so I plan to raise all of this at the next planning meeting.',
        options: { focus: 'technical' },
      },
    ],
  },
};

export default rule;
