// Under thirty seconds there is no room for the steps and evidence that make a story believable.
import { aboutSeconds, hitOver, hasSection, secondsIn } from './shared/story-parts';
import type { StoryContext } from '../engine/context';
import type { Rule } from './types';

const LIMIT_SECONDS = 30;

function whatToAdd(story: StoryContext): string {
  const wanted = [
    secondsIn(story, 'action') < 20 ? 'the steps you took yourself' : '',
    !hasSection(story, 'result') ? 'the measured result' : '',
    !hasSection(story, 'reflection') ? 'one specific lesson' : '',
  ].filter(Boolean);
  const list = wanted.length > 1 ? `${wanted.slice(0, -1).join(', ')} and ${wanted[wanted.length - 1]}` : (wanted[0] ?? 'how you found the cause and how you checked the result');
  return `Build it out to at least a minute: add ${list}.`;
}

const rule: Rule = {
  id: 'answer-too-short',
  severity: 'info',
  wholeAnswer: true,
  message: 'The whole answer takes less than 30 seconds to say.',
  why: 'A very short answer skips the decisions and evidence the interviewer is listening for, and invites a string of follow-up questions to fill the gaps.',
  check(story) {
    if (story.words === 0 || story.seconds >= LIMIT_SECONDS) return [];
    const hit = hitOver(story.sentences, {
      message: `The whole answer takes ${aboutSeconds(story.seconds)} to say; aim for one to two minutes.`,
      suggestion: whatToAdd(story),
    });
    return hit ? [hit] : [];
  },
  examples: {
    flagged: [
      { text: 'There was a problem with webhooks failing. I sent them a Slack message and they handled it. The team was happy.' },
      { text: 'S: Builds were slow. A: I cached the dependencies. R: Builds got faster.' },
    ],
    passing: [
      {
        text: 'Our webhook service was dropping about 0.3% of events, and it belonged to the Platform team, with no ticket. I searched the delivery logs and found the retry loop gave up after one timeout. I reproduced it locally, fixed the retry logic with tests, and watched the dead letter queue for a week. The drop rate went to zero, about $8,000 a week recovered. I would propose a shared webhook SLO across teams.',
      },
      {
        text: 'Situation: our builds took 40 minutes and blocked every release, and engineers had started batching changes to avoid the wait. Task: I owned the build tooling that quarter. Action: I measured each step of the pipeline, cached the dependency install, and split the test suite into four parallel jobs that each report their own timing. Result: builds went from 40 minutes to 12, and the team shipped twice as often. Reflection: I now measure every step before I optimize anything.',
      },
    ],
  },
};

export default rule;
