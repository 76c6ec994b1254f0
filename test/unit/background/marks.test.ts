import { describe, expect, it } from 'vitest';
import { marksOf } from '@/lib/background/marks';
import { analyze } from '@/lib/engine/analyze';
import type { SourceInfo } from '@/lib/messaging';
import { splitByProgress } from '@/lib/ui/progress';

const field: SourceInfo = { kind: 'field', site: 'notes.example.test', label: 'Answer', fieldId: 'field-1', writable: true };
const TEXT = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: We dug into the logs together and found a cache key collision. I wrote a fix with a regression test and deployed it.',
  'Result: Timeouts fell from 4% to zero and checkout revenue recovered.',
  'Reflection: I now load-test every cache change before shipping it.',
].join('\n');

describe('marks in the page', () => {
  const report = analyze(TEXT);

  it('underlines the flagged sentences, named by their finding, never the whole answer', () => {
    const marks = marksOf({ report, source: field }, true);
    const we = marks.find((m) => TEXT.slice(m.start, m.end).startsWith('We dug'));
    expect(we?.label).toBe(report.stories[0]!.findings.find((f) => f.rule === 'we-language')!.message);
    expect(report.stories[0]!.findings.some((f) => f.rule === 'answer-too-short')).toBe(true);
    expect(marks.every((m) => m.end - m.start < 200)).toBe(true);
  });

  it('draws none when the setting is off, or for a Doc or the panel’s draft', () => {
    expect(marksOf({ report, source: field }, false)).toEqual([]);
    expect(marksOf({ report, source: { ...field, kind: 'google-docs' } }, true)).toEqual([]);
  });

  it('leaves out what is still to come in a draft', () => {
    const draft = 'Situation: Our checkout service started timing out after a caching change I had shipped.\nAction: We dug into the logs.';
    const report = analyze(draft);
    const marks = marksOf({ report, source: field }, true);
    const { upcoming } = splitByProgress({ story: report.stories[0]!, isLast: true });
    expect(upcoming.length).toBeGreaterThan(0);
    for (const f of upcoming) expect(marks).not.toContainEqual({ start: f.start, end: f.end, label: f.message });
  });
});
