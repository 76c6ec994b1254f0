// A lesson that fits every story says nothing about this one.
import { isConcreteLesson, isGenericLesson } from './shared/generic-lessons';
import { reflectionSentences } from './shared/reflections';
import { namedTeam } from './shared/teams';
import { hitOn } from './shared/story-parts';
import type { Rule } from './types';

const rule: Rule = {
  id: 'generic-reflection',
  severity: 'warning',
  message: 'The lesson is generic; it could close any story.',
  why: 'A reflection earns its time when it names what this story changed in how you work, such as a mechanism, a habit or a shared agreement; a platitude shows no insight.',
  check(story) {
    const reflections = reflectionSentences(story);
    if (reflections.some((s) => isConcreteLesson(s.text))) return [];
    const generic = reflections.find((s) => isGenericLesson(s.text));
    if (!generic) return [];
    const team = namedTeam(story.text.slice(story.start, story.end)) ?? 'the people involved';
    return [
      hitOn(generic, {
        suggestion: `Replace it with the specific change this story taught you, such as a shared metric, an alert or a regular check-in with ${team}, and say what it would have caught sooner.`,
      }),
    ];
  },
  examples: {
    flagged: [
      {
        text: 'The Platform team\'s webhook service was dropping 0.3% of events and nobody owned it, so I did. I reproduced the drops, fixed the retry logic with tests, and watched the queue for a week. The drops went to zero, about $8,000 a week recovered. I would communicate better with the Platform team next time.',
      },
      {
        text: 'We had two weeks to ship a partner integration that usually takes six. I cut scope to the day-one endpoints, wrote contract tests first, and paired with the partner daily. We launched on time and the partner signed 40 merchants in the first month. I learned that scoping early helps.',
      },
      {
        text: 'Situation: my manager and I disagreed on whether to rewrite the billing module. Task: I had to make a case either way. Action: I gathered incident data and proposed a staged rewrite. Result: we cut billing incidents from six a quarter to one. Reflection: I learned a lot, and communication is really important.',
      },
    ],
    passing: [
      {
        text: 'The Platform team\'s webhook service was dropping 0.3% of events and nobody owned it, so I did. I reproduced the drops, fixed the retry logic with tests, and watched the queue for a week. The drops went to zero, about $8,000 a week recovered. Looking back, communication was the gap: I would propose a shared webhook SLO and a dashboard with the Platform team from the start.',
      },
      {
        text: 'Our designer and I disagreed about the onboarding flow. I proposed an A/B test and agreed the deciding metric with her beforehand. Completion rose 9% and permission tickets fell by half. I learned to agree on the deciding metric before a debate, and I now write it down at the start of every design review.',
      },
    ],
  },
};

export default rule;
