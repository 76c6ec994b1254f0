// analyze(text, options) → Report. Pure, deterministic, never throws on any string.
import { detectQuestion } from '../coaching/detect-question';
import { analyzeStory, shiftStory, type StoryJob } from './analyze-story';
import { isMostlyEnglish } from './language';
import { FOCUSES, LEVELS, QUESTION_IDS, storyKey, type AnalyzeOptions, type QuestionId, type Report, type Story } from './report';
import { splitStories } from './stories';
import { clampWpm } from './timing';

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/** Options as given, minus anything unknown (stored settings may be stale or tampered with). */
function cleanOptions(options: AnalyzeOptions | undefined): AnalyzeOptions {
  const question = oneOf(options?.question, QUESTION_IDS);
  const level = oneOf(options?.level, LEVELS);
  const focus = oneOf(options?.focus, FOCUSES);
  return { ...(question ? { question } : {}), ...(level ? { level } : {}), ...(focus ? { focus } : {}), wordsPerMinute: clampWpm(options?.wordsPerMinute) };
}

/** The question of one story: the user's choice, else the one given for all, else its heading's, else the field label's. */
function storyQuestion(options: AnalyzeOptions | undefined, title: string | undefined, index: number): QuestionId | undefined {
  // By position too: a saved story loaded into the draft keeps its question whatever its heading.
  const picked = options?.questions?.[storyKey(title, index)] ?? options?.questions?.[`#${index}`];
  const chosen = oneOf(picked, QUESTION_IDS) ?? oneOf(options?.question, QUESTION_IDS);
  if (chosen) return chosen;
  const hint = oneOf(options?.questionHint, QUESTION_IDS);
  if (!hint) return undefined;
  const fromHeading = detectQuestion(title);
  return fromHeading === 'general' ? hint : fromHeading;
}

/** Splits the text into stories and analyzes each with `analyzeOne` (fresh or cached). */
export function analyzeDocument(text: unknown, options: AnalyzeOptions | undefined, analyzeOne: (job: StoryJob) => Story): Report {
  const input = typeof text === 'string' ? text : '';
  const opts = cleanOptions(options);
  const wordsPerMinute = opts.wordsPerMinute!;
  const english = isMostlyEnglish(input);
  const stories: Story[] = [];
  for (const [index, span] of splitStories(input).entries()) {
    const own = input.slice(span.start, span.end);
    const question = storyQuestion(options, span.title, index);
    const job: StoryJob = {
      text: own,
      span: { ...span, start: 0, end: span.end - span.start, bodyStart: span.bodyStart - span.start },
      options: question ? { ...opts, question } : opts,
      wordsPerMinute,
      english,
    };
    stories.push(shiftStory(analyzeOne(job), span.start));
  }
  return { wordsPerMinute, stories, ...(english ? {} : { notice: 'not-english' as const }) };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeDocument(text, options, analyzeStory);
}
