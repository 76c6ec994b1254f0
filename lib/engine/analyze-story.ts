// One story, analyzed on its own text: sections, findings and checklist with offsets from the
// story's start, so the result can be cached and moved when the story moves (cache.ts).
import { QUESTIONS } from '../coaching/questions';
import { detectQuestion } from '../coaching/detect-question';
import { buildChecklist } from './checklist';
import { isMostlyEnglish } from './language';
import { forgetMemos } from './memo';
import type { AnalyzeOptions, Story } from './report';
import { applicableRules, runRules } from './run-rules';
import { WORDING_RULES, keepTrueRewrites } from './true-rewrites';
import type { StorySpan } from './stories';
import { buildStoryContext } from './story-context';

export interface StoryJob {
  /** The story's own text (heading included). */
  text: string;
  /** The story's span within `text`. */
  span: StorySpan;
  options: AnalyzeOptions;
  wordsPerMinute: number;
  /** Whether the whole document is mostly English; rules only run on English text. */
  english: boolean;
}

export function analyzeStory(job: StoryJob): Story {
  const { text, span, options, wordsPerMinute } = job;
  forgetMemos();
  // One story in another language inside an English prep doc is not coached either.
  const english = job.english && isMostlyEnglish(text);
  const question = QUESTIONS[options.question ?? detectQuestion(span.title)] ?? QUESTIONS.general;
  const settings = { question, level: options.level ?? 'mid', focus: options.focus ?? 'general', wordsPerMinute } as const;
  const story = buildStoryContext(text, span, settings);
  const run = english ? runRules(story) : undefined;
  const applicable = run?.applicable ?? applicableRules(story);
  const findings = run ? keepTrueRewrites(run, text, (changed, delta) => runRules(buildStoryContext(changed, { ...span, end: span.end + delta }, settings), WORDING_RULES)) : [];
  return {
    start: story.start,
    end: story.end,
    ...(story.title ? { title: story.title } : {}),
    question: question.id,
    words: story.words,
    seconds: story.seconds,
    sections: story.sections,
    findings,
    checklist: buildChecklist(applicable, findings, english),
  };
}

/** A copy of the story with every offset moved by `by`. */
export function shiftStory(story: Story, by: number): Story {
  return {
    ...story,
    start: story.start + by,
    end: story.end + by,
    sections: story.sections.map((s) => ({ ...s, start: s.start + by, end: s.end + by, target: { ...s.target } })),
    findings: story.findings.map((f) => ({ ...f, start: f.start + by, end: f.end + by })),
    checklist: story.checklist.map((c) => ({ ...c })),
  };
}
