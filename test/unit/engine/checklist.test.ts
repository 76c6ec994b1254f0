import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { CHECKLIST } from '../../../lib/engine/checklist';
import type { AnalyzeOptions, ChecklistItem } from '../../../lib/engine/report';

const checklist = (text: string, options: AnalyzeOptions = { question: 'production-incident', focus: 'ownership' }) =>
  Object.fromEntries(analyze(text, options).stories[0]!.checklist.map((i) => [i.id, i])) as Record<string, ChecklistItem>;

// The weak answer: no "I" for the fix, no validation, no number, no lesson.
const WEAK =
  'Our webhooks were failing for customers. I pinged them on Slack and they fixed it. The fix was deployed and everyone was happy.';
const STRONG =
  "I cut our webhook failures from 0.3% to zero, which recovered about $8,000 a week. The webhook service belonged to the Platform team, and nobody had a ticket for it. I reproduced the drop locally, traced it to the retry logic and fixed it with tests. I watched the error rate and the dead letter queue for a week after the deploy. The Platform team adopted the dead letter queue alert for their other services. I learned that a shared webhook SLO would have caught this in hours, so I now propose one for every cross-team integration.";

describe('checklist', () => {
  it('ticks nothing from the mere absence of a finding', () => {
    const items = checklist(WEAK);
    expect(items['fix-validated']!.done).toBe(false);
    expect(items['i-for-actions']!.done).toBe(false);
    expect(items['impact-quantified']!.done).toBe(false);
    expect(items['specific-reflection']!.done).toBe(false);
  });

  it('does not tick "I" for every key action in an answer told without "I"', () => {
    const items = checklist('Our webhooks were failing for customers. The logs were read and the retry bug was found. Failures went from 0.3% to zero.');
    expect(items['i-for-actions']!.done).toBe(false);
  });

  it('carries the sentence that earned each tick', () => {
    const items = checklist(STRONG);
    const evidence = (id: string) => items[id]!.evidence?.text;
    expect(evidence('outcome-first')).toMatch(/^I cut our webhook failures/);
    expect(evidence('scope-boundary')).toMatch(/^The webhook service belonged to the Platform team/);
    expect(evidence('i-for-actions')).toMatch(/^I reproduced the drop locally/);
    expect(evidence('fix-validated')).toMatch(/^I (?:reproduced|watched)/);
    expect(evidence('impact-quantified')).toMatch(/0\.3% to zero/);
    expect(evidence('business-value')).toMatch(/\$8,000 a week/);
    expect(evidence('second-order')).toMatch(/dead letter queue/);
    expect(evidence('specific-reflection')).toMatch(/shared webhook SLO/);
    expect(evidence('situation-short')).toMatch(/^The Situation takes about \d+ s to say\.$/);
    expect(evidence('under-three-minutes')).toMatch(/^The whole answer takes about \d+ s to say\.$/);
    for (const item of Object.values(items)) {
      expect(item.done, item.id).toBe(true);
      // Sentence evidence points at its own words in the text.
      if (!/ s to say\.$/.test(item.evidence!.text)) expect(STRONG.slice(item.evidence!.start, item.evidence!.end)).toBe(item.evidence!.text);
    }
  });

  it('keeps the evidence offsets right for a later story of a prep doc', () => {
    const doc = `Q1: Tell me about a production incident.\n${WEAK}\n\nQ2: Tell me about a time you owned a production incident.\n${STRONG}`;
    const story = analyze(doc, { question: 'production-incident' }).stories[1]!;
    for (const item of story.checklist.filter((i) => i.evidence && !/ s to say\.$/.test(i.evidence.text))) {
      expect(doc.slice(item.evidence!.start, item.evidence!.end)).toBe(item.evidence!.text);
    }
  });

  it('ticks nothing for text it cannot read', () => {
    const items = analyze('Ich habe den Fehler gefunden und behoben. Die Kunden waren zufrieden und alles lief wieder.').stories[0]!.checklist;
    expect(items.every((i) => !i.done && !i.evidence)).toBe(true);
  });

  it('covers the must-haves of the spec, in its order', () => {
    expect(CHECKLIST.map((c) => c.id)).toEqual([
      'outcome-first',
      'scope-boundary',
      'i-for-actions',
      'fix-validated',
      'impact-quantified',
      'business-value',
      'second-order',
      'specific-reflection',
      'situation-short',
      'under-three-minutes',
    ]);
  });
});
