// Runs the whole engine and keeps one rule's findings, with the text each points at.
import { analyze } from '../../../lib/engine/analyze';
import type { AnalyzeOptions, Finding, RuleId } from '../../../lib/engine/report';

export interface Found extends Finding {
  quoted: string;
}

export function findings(rule: RuleId, text: string, options: AnalyzeOptions = {}): Found[] {
  return analyze(text, options)
    .stories.flatMap((s) => s.findings)
    .filter((f) => f.rule === rule)
    .map((f) => ({ ...f, quoted: text.slice(f.start, f.end) }));
}
