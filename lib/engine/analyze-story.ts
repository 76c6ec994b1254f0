// One story, analyzed on its own text: sections, findings and checklist with offsets from the
// story's start, so the result can be cached and moved when the story moves (cache.ts).
import { NON_STAR_QUESTIONS, detectNonStarQuestion } from '../coaching/non-star-questions';
import { QUESTIONS } from '../coaching/questions';
import { detectQuestion } from '../coaching/detect-question';
import { buildChecklist } from './checklist';
import { isMostlyEnglish } from './language';
import { forgetMemos } from './memo';
import type { StoryContext } from './context';
import type { AnalyzeOptions, Story, StoryNotice } from './report';
import { applicableRules, runRules } from './run-rules';
import { WORDING_RULES, keepTrueRewrites } from './true-rewrites';
import type { StorySpan } from './stories';
import { readsAsStory } from './story-evidence';
import { buildStoryContext, type StorySettings } from './story-context';

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

/** What the rules see of the job's story, and why it is not coached when it is not. */
export function storyContextOf(job: StoryJob): { story: StoryContext; settings: StorySettings; english: boolean; notice?: StoryNotice } {
  const { text, span, options, wordsPerMinute } = job;
  // One story in another language inside an English prep doc is not coached either.
  const english = job.english && isMostlyEnglish(text);
  const question = QUESTIONS[options.question ?? detectQuestion(span.title)] ?? QUESTIONS.general;
  const settings = { question, level: options.level ?? 'mid', focus: options.focus ?? 'general', wordsPerMinute } as const;
  const story = buildStoryContext(text, span, settings);
  const notice = english ? noticeFor(story, options) : undefined;
  return { story, settings, english, ...(notice ? { notice } : {}) };
}

export function analyzeStory(job: StoryJob): Story {
  const { text, span } = job;
  forgetMemos();
  const { story, settings, english, notice } = storyContextOf(job);
  const question = settings.question;
  const coached = english && !notice;
  const run = coached ? runRules(story) : undefined;
  const applicable = run?.applicable ?? applicableRules(story);
  const findings = run ? keepTrueRewrites(run, text, (changed, delta) => runRules(buildStoryContext(changed, { ...span, end: span.end + delta }, settings), WORDING_RULES)) : [];
  const timingOnly = notice?.kind === 'not-star-question';
  return {
    start: story.start,
    end: story.end,
    ...(story.title ? { title: story.title } : {}),
    question: question.id,
    words: story.words,
    seconds: story.seconds,
    // A pitch or a motive has no STAR parts to time; a draft that is not a story yet keeps its own.
    sections: timingOnly ? [] : story.sections,
    findings,
    checklist: timingOnly ? [] : buildChecklist(applicable, findings, coached, story),
    ...(notice ? { notice } : {}),
  };
}

const WAITING_FOR_A_STORY = 'Waiting for a story: a few sentences on what happened, what you did and how it turned out. Coaching starts once the text reads like one.';

/** Why this story gets no findings, if it gets none on purpose: its question (from its heading,
 * else the field's label, unless the user chose a question) asks for no story, or it is no story yet. */
function noticeFor(story: StoryContext, options: AnalyzeOptions): StoryNotice | undefined {
  const named = options.question ? undefined : (detectNonStarQuestion(story.title) ?? (detectQuestion(story.title) === 'general' ? detectNonStarQuestion(options.fieldLabel) : undefined));
  if (named) return { kind: 'not-star-question', message: NON_STAR_QUESTIONS[named].reason, question: named };
  return readsAsStory(story.sentences) ? undefined : { kind: 'not-a-story', message: WAITING_FOR_A_STORY };
}

/** A copy of the story with every range's start and end passed through `start` and `end`. */
export function mapStory(story: Story, start: (offset: number) => number, end: (offset: number) => number): Story {
  const range = <T extends { start: number; end: number }>(r: T): T => ({ ...r, start: start(r.start), end: r.end > r.start ? end(r.end) : start(r.end) });
  return {
    ...range(story),
    sections: story.sections.map((s) => ({ ...range(s), target: { ...s.target } })),
    findings: story.findings.map(range),
    checklist: story.checklist.map((c) => ({ ...c, ...(c.evidence ? { evidence: range(c.evidence) } : {}) })),
  };
}

/** A copy of the story with every offset moved by `by`. */
export function shiftStory(story: Story, by: number): Story {
  const move = (offset: number) => offset + by;
  return mapStory(story, move, move);
}
