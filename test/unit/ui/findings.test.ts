import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/engine/report';
import { countBySeverity, groupFindings, quotedText } from '../../../lib/ui/findings';
import { loadFixture } from './load-fixture';

function finding(rule: Finding['rule'], severity: Finding['severity'], section?: Finding['section'], start = 0): Finding {
  return { rule, severity, section, start, end: start + 1, message: '', why: '' };
}

describe('groupFindings', () => {
  it('puts whole-answer findings first, then parts in story order', () => {
    const groups = groupFindings([
      finding('vague-ending', 'warning', 'result'),
      finding('situation-too-long', 'warning', 'situation'),
      finding('missing-section', 'error'),
      finding('we-language', 'error', 'action'),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Whole answer', 'Situation', 'Action', 'Result']);
  });

  it('orders a part by severity, then by position in the text', () => {
    const [action] = groupFindings([
      finding('hedging', 'info', 'action', 5),
      finding('passive-voice', 'warning', 'action', 30),
      finding('handoff', 'error', 'action', 40),
      finding('we-language', 'error', 'action', 10),
    ]);
    expect(action!.findings.map((f) => f.rule)).toEqual(['we-language', 'handoff', 'passive-voice', 'hedging']);
  });

  it('shows every finding of the weak fixture exactly once', () => {
    const story = loadFixture('weak').report.stories[0]!;
    const shown = groupFindings(story.findings).flatMap((g) => g.findings);
    expect(shown).toHaveLength(story.findings.length);
  });
});

describe('quotedText', () => {
  it('quotes the exact sentence a finding points at', () => {
    const { text, report } = loadFixture('weak');
    const we = report.stories[0]!.findings.find((f) => f.rule === 'we-language')!;
    expect(quotedText(text, we)).toBe('We dug into the logs together and figured out the root cause.');
  });

  it('quotes nothing for a finding about the whole answer', () => {
    expect(quotedText('Some text.', { start: 4, end: 4 })).toBe('');
  });
});

it('counts findings by severity', () => {
  expect(countBySeverity([finding('hedging', 'info'), finding('handoff', 'error'), finding('we-language', 'error')])).toEqual({ error: 2, warning: 0, info: 1 });
});
