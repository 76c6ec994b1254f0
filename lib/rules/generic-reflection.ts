// A lesson that fits every story says nothing about this one.
import { isAnchoredLesson, isBareMaxim, isConcreteLesson, isGenericLesson, namesPractice } from './shared/generic-lessons';
import { isGeneralTruth } from './shared/general-truth';
import { reflectionSentences } from './shared/reflections';
import { specificLessonSlots } from '../rephrase/lesson-slots';
import { hitOn, sentencesIn } from './shared/story-parts';
import type { StoryContext } from '../engine/context';
import type { Rule } from './types';

// Words too general to tie a lesson to what was done.
const SOFT = new Set('always people everyone everybody something things should would could never really thing about better important lesson learned listen trust speak speaking communicate communication together support supporting leadership working helped others before after little another'.split(' '));
const contentWords = (text: string) => (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !SOFT.has(w)).map((w) => w.slice(0, 5));

/** A lesson that picks up a specific word from the Action ("timezones") speaks about this story. */
function echoesActions(lesson: string, story: StoryContext): boolean {
  const done = new Set(sentencesIn(story, 'action').flatMap((s) => contentWords(s.text)));
  return contentWords(lesson).some((w) => done.has(w));
}

const rule: Rule = {
  id: 'generic-reflection',
  severity: 'warning',
  message: 'The lesson is generic; it could close any story.',
  why: 'A reflection earns its time when it names what this story changed in how you work, such as a mechanism, a habit or a shared agreement; a platitude shows no insight.',
  check(story) {
    const reflections = reflectionSentences(story);
    if (reflections.some((s) => isConcreteLesson(s.text))) return [];
    // A maxim counts as the lesson only when nothing else in the reflection ties it to the story.
    const generic =
      reflections.find((s) => isGenericLesson(s.text)) ??
      (reflections.some((s) => isAnchoredLesson(s.text)) ? undefined : reflections.find((s) => isBareMaxim(s.text) && !echoesActions(s.text, story))) ??
      // A lesson told as a general truth ("delegation is crucial") is generic unless the reflection
      // also names the practice it led to.
      (reflections.some((s) => namesPractice(s.text)) ? undefined : reflections.find((s) => isGeneralTruth(s.text) && !isAnchoredLesson(s.text)));
    if (!generic) return [];
    return [hitOn(generic, { suggestion: specificLessonSlots(story.text.slice(story.start, story.end)) })];
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
      // Universal advice with nothing from the story in it.
      {
        text: 'Our warehouse scanners lost sync every Monday and nobody owned the sync job, so I took it. I traced the failures to a weekend token expiry, moved the refresh to Sunday night and added a check to the job. Monday sync failures went from about 40 to none. I learned that you should always speak up when something looks off.',
      },
      // Growth with no content.
      {
        text: 'I mentored a new hire on the support team for her first month. I paired with her on the ticket queue every morning and reviewed her replies each afternoon. By week four she was closing 30 tickets a day on her own. Looking back, I grew a lot as a leader.',
      },
      // A general truth under a "Key learning" marker: it speaks of no one in this story.
      {
        text: 'Situation: the nightly invoice export failed twice a week.\nTask: make it finish every night.\nAction:\n- Traced the failures to a locked staging table\n- Moved the export to a read replica\nResult:\n- No failed exports in two months\nKey learning: small changes often beat big rewrites.',
      },
    ],
    passing: [
      {
        text: 'The Platform team\'s webhook service was dropping 0.3% of events and nobody owned it, so I did. I reproduced the drops, fixed the retry logic with tests, and watched the queue for a week. The drops went to zero, about $8,000 a week recovered. Looking back, communication was the gap: I would propose a shared webhook SLO and a dashboard with the Platform team from the start.',
      },
      {
        text: 'Our designer and I disagreed about the onboarding flow. I proposed an A/B test and agreed the deciding metric with her beforehand. Completion rose 9% and permission tickets fell by half. I learned to agree on the deciding metric before a debate, and I now write it down at the start of every design review.',
      },
      // Said to "you", but drawing a line that belongs to this story.
      {
        text: 'Our warehouse scanners lost sync every Monday and nobody owned the sync job, so I took it. I traced the failures to a weekend token expiry, moved the refresh to Sunday night and added a check to the job. Monday sync failures went from about 40 to none. I learned that you have to test token expiry across a weekend, not just within a working day.',
      },
      // A general truth followed by the practice it led to.
      {
        text: 'Situation: the nightly invoice export failed twice a week.\nTask: make it finish every night.\nAction:\n- Traced the failures to a locked staging table\n- Moved the export to a read replica\nResult:\n- No failed exports in two months\nKey learning: small changes often beat big rewrites. I now add a lock check to every job that reads the staging tables.',
      },
    ],
  },
};

export default rule;
