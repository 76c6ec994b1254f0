// analyze(text, options) → Report. Pure, deterministic, never throws on any string.
import { detectQuestion } from '../coaching/detect-question';
import { analyzeStory, mapStory, shiftStory, type StoryJob } from './analyze-story';
import { isMostlyEnglish } from './language';
import { normalizeText } from './normalize';
import { FOCUSES, LEVELS, QUESTION_IDS, storyKey, type AnalyzeOptions, type QuestionId, type Report, type Story } from './report';
import { splitStories } from './stories';
import { clampWpm } from './timing';

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

// A label longer than this is not a label (a page may name a field with a whole paragraph).
const MAX_LABEL_CHARS = 300;

/** Options as given, minus anything unknown (stored settings may be stale or tampered with). */
function cleanOptions(options: AnalyzeOptions | undefined): AnalyzeOptions {
  const question = oneOf(options?.question, QUESTION_IDS);
  const level = oneOf(options?.level, LEVELS);
  const focus = oneOf(options?.focus, FOCUSES);
  const fieldLabel = typeof options?.fieldLabel === 'string' && options.fieldLabel.trim() ? options.fieldLabel.slice(0, MAX_LABEL_CHARS) : undefined;
  return {
    ...(question ? { question } : {}),
    ...(level ? { level } : {}),
    ...(focus ? { focus } : {}),
    ...(fieldLabel ? { fieldLabel } : {}),
    wordsPerMinute: clampWpm(options?.wordsPerMinute),
  };
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

/** Splits the text into stories and analyzes each with `analyzeOne` (fresh or cached). Offsets in
 * the Report point into `text` as given, though the engine reads its plain copy (normalize.ts). */
export function analyzeDocument(text: unknown, options: AnalyzeOptions | undefined, analyzeOne: (job: StoryJob) => Story): Report {
  const plain = normalizeText(typeof text === 'string' ? text : '');
  const input = plain.text;
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
    const story = shiftStory(analyzeOne(job), span.start);
    stories.push(plain.start === plain.end ? story : mapStory(story, plain.start, plain.end));
  }
  return { wordsPerMinute, stories, ...(english ? {} : { notice: 'not-english' as const }) };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeDocument(text, options, analyzeStory);
}
