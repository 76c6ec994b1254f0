// The coach's rules on what was said: the transcript of each part, marked with its part as the
// speaker moved through them, is analyzed by the same engine as the draft (in the background, like
// every analysis). Timing rules are left out: the voice measures time the answer better than a
// word count.
import type { Finding, Report, SectionKind } from '../engine/report';
import { SECTION_KINDS } from '../engine/report';
import { PART_NAMES } from './part-names';
import type { PartTranscripts } from './transcript';

const WORD_COUNT_RULES = new Set(['answer-too-long', 'answer-too-short', 'situation-too-long', 'long-reflection', 'missing-section']);
// Checks that need a part the speaker may not have reached before Stop.
const NEEDS_PART: Partial<Record<Finding['rule'], SectionKind>> = {
  'unquantified-impact': 'result',
  'missing-business-value': 'result',
  'missing-second-order': 'result',
  'vague-ending': 'result',
  'missing-reflection': 'reflection',
  'generic-reflection': 'reflection',
};

export interface SpokenFinding {
  rule: Finding['rule'];
  severity: Finding['severity'];
  section?: SectionKind;
  message: string;
  /** What was said, as heard. */
  quote: string;
}

export function spokenText(parts: PartTranscripts): string {
  return SECTION_KINDS.filter((k) => parts[k]?.trim())
    .map((k) => `${PART_NAMES[k]}: ${capitalize(parts[k]!.trim())}${/[.!?]$/.test(parts[k]!.trim()) ? '' : '.'}`)
    .join('\n');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The findings of the engine's report on `spokenText(parts)`, quoted from what was said. A
 * rehearsal stopped early is not scolded for the parts it never reached.
 */
export function spokenFindings(text: string, report: Report, parts: PartTranscripts): SpokenFinding[] {
  const story = report.stories[0];
  if (!story) return [];
  const said = (kind: SectionKind) => Boolean(parts[kind]?.trim());
  return story.findings
    .filter((f) => !WORD_COUNT_RULES.has(f.rule))
    .filter((f) => (!f.section || said(f.section)) && (NEEDS_PART[f.rule] === undefined || said(NEEDS_PART[f.rule]!)))
    .map((f) => ({
      rule: f.rule,
      severity: f.severity,
      ...(f.section ? { section: f.section } : {}),
      message: f.message,
      quote: text.slice(f.start, f.end).replace(/^\w+:\s*/, ''),
    }));
}
