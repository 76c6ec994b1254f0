// What earns each checklist tick: a sentence of the story that shows the must-have (the validation
// step, the number, the lesson), or for the timing items the measure itself. No evidence, no tick,
// whatever the rules said.
import type { Sentence, StoryContext } from './context';
import type { ChecklistItem } from './report';
import { speakerNarrates } from '../nlp/actors';
import { actionSentences } from '../nlp/story-parts';
import { SCOPE_BOUNDARY } from '../rules/missing-scope-boundary';
import { hasBusinessValue, hasStrongBusinessValue } from '../rules/shared/business-value';
import { hasValidationEvidence } from '../rules/shared/evidence';
import { isConcreteLesson, isGenericLesson } from '../rules/shared/generic-lessons';
import { isHypothetical } from '../rules/shared/hypothetical';
import { hasMetric } from '../rules/shared/metrics';
import { dropNegated } from '../rules/shared/negation';
import { reportsOutcome } from '../rules/shared/outcome';
import { outcomeSentences } from '../rules/shared/outcome-sentences';
import { reflectionSentences } from '../rules/shared/reflections';
import { hasSecondOrderEffect } from '../rules/shared/second-order';
import { toldClauses } from '../rules/shared/told-clauses';

export type Evidence = NonNullable<ChecklistItem['evidence']>;

const SITUATION_LIMIT = 45;
const ANSWER_LIMIT = 180;

const quote = (s: Sentence | undefined): Evidence | undefined => (s ? { start: s.start, end: s.end, text: s.text } : undefined);
const told = (story: StoryContext) => story.sentences.filter((s) => s.section !== 'reflection' && !isHypothetical(s.text));

const FINDERS: Record<string, (story: StoryContext) => Evidence | undefined> = {
  'outcome-first': (story) => quote(story.sentences.slice(0, 2).find((s) => s.leadIn || (hasMetric(s.text) && reportsOutcome(s.text)))),
  'scope-boundary': (story) => quote(story.sentences.find((s) => SCOPE_BOUNDARY.test(s.text))),
  'i-for-actions': (story) => quote(actionSentences(story).find((s) => speakerNarrates(s.text))),
  'fix-validated': (story) => quote(told(story).find((s) => hasValidationEvidence(dropNegated(s.text)))),
  'impact-quantified': (story) => quote(outcomeSentences(story).find((s) => hasMetric(s.text))),
  'business-value': (story) =>
    quote(outcomeSentences(story).find((s) => hasBusinessValue(s.text)) ?? told(story).find((s) => s.section !== 'situation' && hasStrongBusinessValue(s.text))),
  'second-order': (story) =>
    quote(story.sentences.find((s) => (s.leadIn || (s.section !== 'situation' && s.section !== 'task')) && toldClauses(s.text).some(hasSecondOrderEffect))),
  'specific-reflection': (story) => {
    const lessons = reflectionSentences(story);
    return quote(lessons.find((s) => isConcreteLesson(s.text)) ?? lessons.find((s) => !isGenericLesson(s.text)));
  },
  'situation-short': (story) => {
    const parts = story.sections.filter((s) => s.kind === 'situation');
    const seconds = parts.reduce((n, s) => n + s.seconds, 0);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last || seconds > SITUATION_LIMIT) return undefined;
    return { start: first.start, end: last.end, text: `The Situation takes about ${Math.round(seconds)} s to say.` };
  },
  'under-three-minutes': (story) =>
    story.words > 0 && story.seconds <= ANSWER_LIMIT
      ? { start: story.start, end: story.end, text: `The whole answer takes about ${Math.round(story.seconds)} s to say.` }
      : undefined,
};

export function evidenceFor(id: string, story: StoryContext): Evidence | undefined {
  return FINDERS[id]?.(story);
}
