// One per-story cache (engine/cache.ts) per tab, so edits in two tabs do not evict each other's
// stories. Only the most recently used few are kept: memory stays bounded however many tabs open.
import { createAnalyzer, type Analyzer } from '../engine/cache';
import type { AnalyzeOptions, Report } from '../engine/report';

/** A tab id, or 'draft' for the side panel's draft box. */
export type AnalysisScope = number | 'draft';

export function createAnalyzerPool(size = 4) {
  const analyzers = new Map<AnalysisScope, Analyzer>(); // insertion order = least recently used first

  return {
    analyze(text: string, options: AnalyzeOptions, scope: AnalysisScope): Report {
      const analyzer = analyzers.get(scope) ?? createAnalyzer();
      analyzers.delete(scope);
      analyzers.set(scope, analyzer);
      if (analyzers.size > size) analyzers.delete(analyzers.keys().next().value!);
      return analyzer(text, options);
    },
    forget(scope: AnalysisScope): void {
      analyzers.delete(scope);
    },
  };
}
