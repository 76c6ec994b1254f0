// analyze(text, options) → Report. Pure, deterministic, never throws.
import type { AnalyzeOptions, Report } from './report';

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  void text;
  return { wordsPerMinute: options.wordsPerMinute ?? 140, stories: [] };
}
