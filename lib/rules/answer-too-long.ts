// Past three minutes, interviewers stop listening and start waiting.
import { aboutSeconds, hitOver } from './shared/story-parts';
import { LONG_ACTION_SENTENCES } from './shared/long-answer';
import type { StoryContext } from '../engine/context';
import type { Rule } from './types';

const LIMIT_SECONDS = 180;

function longestPart(story: StoryContext): string {
  const longest = [...story.sections].sort((a, b) => b.seconds - a.seconds)[0];
  if (!longest) return '';
  const name = longest.kind[0]!.toUpperCase() + longest.kind.slice(1);
  return ` Start with the ${name}, which takes ${aboutSeconds(longest.seconds)} on its own.`;
}

const rule: Rule = {
  id: 'answer-too-long',
  severity: 'warning',
  wholeAnswer: true,
  message: 'The whole answer takes more than three minutes to say.',
  why: 'A behavioral answer lands best in one to two minutes; beyond three, the interviewer loses the thread and has no time left for follow-up questions.',
  check(story) {
    if (story.seconds <= LIMIT_SECONDS) return [];
    const hit = hitOver(story.sentences, {
      message: `The whole answer takes ${aboutSeconds(story.seconds)} to say; keep it under three minutes.`,
      suggestion: `Trim it to about two minutes: keep one sentence per step and drop detail that shows neither your decisions nor the result.${longestPart(story)}`,
    });
    return hit ? [hit] : [];
  },
  examples: {
    flagged: [
      {
        text:
          'Mobile users in one region were seeing failed app launches, and the API belonged to another team. ' +
          [...LONG_ACTION_SENTENCES, ...LONG_ACTION_SENTENCES, ...LONG_ACTION_SENTENCES].join(' ') +
          ' Failed launches in that region went from 6% to 0.2%, and app store complaints stopped. I learned to compare regional configuration first.',
      },
      {
        text: `Situation: our checkout failed in one region. Task: nobody owned the regional config. Action: ${[...LONG_ACTION_SENTENCES, ...LONG_ACTION_SENTENCES, ...LONG_ACTION_SENTENCES].join(' ')} Result: errors fell from 6% to 0.2%. Reflection: I now diff regional configuration in every review.`,
      },
    ],
    passing: [
      {
        text: `Mobile users in one region were seeing failed app launches. ${LONG_ACTION_SENTENCES.join(' ')} Failed launches went from 6% to 0.2%. I learned to compare regional configuration first.`,
      },
      {
        text: 'Our checkout failed in one region. I found a short timeout in that region\'s load balancer, reproduced it in staging, fixed it behind a flag, and watched the dashboards for a day. Errors fell from 6% to 0.2%. I now diff regional configuration in every review.',
      },
    ],
  },
};

export default rule;
