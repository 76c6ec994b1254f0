// analyze(text, options) → Report. Pure, deterministic, never throws on any string.
import { QUESTIONS } from '../coaching/questions';
import { detectQuestion } from '../coaching/detect-question';
import { buildChecklist } from './checklist';
import { isMostlyEnglish } from './language';
import type { AnalyzeOptions, Report, Story } from './report';
import { runRules } from './run-rules';
import { splitStories } from './stories';
import { buildStoryContext } from './story-context';
import { clampWpm } from './timing';

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const input = typeof text === 'string' ? text : '';
  const wordsPerMinute = clampWpm(options.wordsPerMinute);
  const english = isMostlyEnglish(input);
  const stories: Story[] = [];
  for (const span of splitStories(input)) {
    const question = QUESTIONS[options.question ?? detectQuestion(span.title)] ?? QUESTIONS.general;
    const story = buildStoryContext(input, span, {
      question,
      level: options.level ?? 'mid',
      focus: options.focus ?? 'general',
      wordsPerMinute,
    });
    const { findings, applicable } = english ? runRules(story) : { findings: [], applicable: new Set<never>() };
    stories.push({
      start: story.start,
      end: story.end,
      ...(story.title ? { title: story.title } : {}),
      question: question.id,
      words: story.words,
      seconds: story.seconds,
      sections: story.sections,
      findings,
      checklist: buildChecklist(applicable, findings, english),
    });
  }
  return { wordsPerMinute, stories, ...(english ? {} : { notice: 'not-english' as const }) };
}
