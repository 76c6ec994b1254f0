// An analyzer that remembers each story's result, keyed by the story's own text and the
// options in force: a one-word edit in a long prep doc re-analyzes only the story it touches.
import { analyzeDocument } from './analyze';
import { analyzeStory, type StoryJob } from './analyze-story';
import type { AnalyzeOptions, Report, Story } from './report';

function keyOf(job: StoryJob): string {
  const { question, level, focus, fieldLabel } = job.options;
  return `${job.english ? 'en' : 'xx'}|${question ?? ''}|${level ?? ''}|${focus ?? ''}|${job.wordsPerMinute}|${job.span.bodyStart}|${fieldLabel ?? ''}\u0000${job.text}`;
}

export type Analyzer = (text: string, options?: AnalyzeOptions) => Report;

export function createAnalyzer(): Analyzer {
  // Only the stories of the last text are kept, so memory follows the document's size.
  let previous = new Map<string, Story>();
  return (text, options = {}) => {
    const current = new Map<string, Story>();
    const report = analyzeDocument(text, options, (job) => {
      const key = keyOf(job);
      const story = current.get(key) ?? previous.get(key) ?? analyzeStory(job);
      current.set(key, story);
      return story;
    });
    previous = current;
    return report;
  };
}
