// analyze(text, options) → Report. Pure, deterministic, never throws on any string.
import { analyzeStory, shiftStory, type StoryJob } from './analyze-story';
import { isMostlyEnglish } from './language';
import type { AnalyzeOptions, Report, Story } from './report';
import { splitStories } from './stories';
import { clampWpm } from './timing';

/** Splits the text into stories and analyzes each with `analyzeOne` (fresh or cached). */
export function analyzeDocument(text: unknown, options: AnalyzeOptions | undefined, analyzeOne: (job: StoryJob) => Story): Report {
  const input = typeof text === 'string' ? text : '';
  const opts = options ?? {};
  const wordsPerMinute = clampWpm(opts.wordsPerMinute);
  const english = isMostlyEnglish(input);
  const stories: Story[] = [];
  for (const span of splitStories(input)) {
    const own = input.slice(span.start, span.end);
    const job: StoryJob = {
      text: own,
      span: { ...span, start: 0, end: span.end - span.start, bodyStart: span.bodyStart - span.start },
      options: opts,
      wordsPerMinute,
      // One story in another language inside an English prep doc is not coached either.
      english: english && isMostlyEnglish(own),
    };
    stories.push(shiftStory(analyzeOne(job), span.start));
  }
  return { wordsPerMinute, stories, ...(english ? {} : { notice: 'not-english' as const }) };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeDocument(text, options, analyzeStory);
}
