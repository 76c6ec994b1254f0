// Findings as the side panel lists them: grouped by part, the worst first.
import type { Finding, SectionKind, Severity } from '../engine/report';
import { PART_LABELS, partOrder } from './parts';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Fix', warning: 'Improve', info: 'Consider' };

export type GroupKey = SectionKind | 'whole';

export interface FindingGroup {
  key: GroupKey;
  label: string;
  findings: Finding[];
}

/**
 * Whole-answer findings (no part) come first: they are about the shape of the story.
 * Then parts in story order. Within a group: severity, then position in the text.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<GroupKey, Finding[]>();
  for (const f of findings) {
    const key: GroupKey = f.section ?? 'whole';
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const rank = (key: GroupKey) => (key === 'whole' ? -1 : partOrder(key));
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, list]) => ({
      key,
      label: key === 'whole' ? 'Whole answer' : PART_LABELS[key],
      findings: [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start),
    }));
}

/** The sentence a finding points at, or nothing when it points at no text. */
export function quotedText(text: string, finding: Pick<Finding, 'start' | 'end'>): string {
  if (finding.end <= finding.start) return '';
  return text.slice(finding.start, finding.end).trim();
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
