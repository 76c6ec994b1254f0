import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { badgeText, followBadges } from '../../../lib/background/badge';
import type { TabState } from '../../../lib/messaging';

const state = (text: string, patch: Partial<TabState> = {}): TabState => ({
  tabId: 7,
  source: { kind: 'field', site: 'notes.example.test', label: 'Notes', fieldId: 'f', writable: true },
  status: 'ok',
  text,
  report: analyze(text),
  options: {},
  version: 1,
  updatedAt: 0,
  ...patch,
});

const WEAK = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: We dug into the logs together and found a cache key collision. The fix was deployed on Friday.',
  'Result: Timeouts fell from 4% to zero.',
  'Reflection: I learned a lot.',
].join('\n');

describe('toolbar badge', () => {
  it('counts the fixes of the answer being written', () => {
    const s = state(WEAK);
    expect(Number(badgeText(s))).toBeGreaterThanOrEqual(2);
    expect(badgeText(s)).toBe(String(s.report.stories[0]!.findings.length));
  });

  it('is empty for a first sentence: parts not written yet are not fixes', () => {
    expect(badgeText(state('Last spring our checkout service started timing out after a caching change I had shipped, and I was on call.'))).toBe('');
  });

  it('is empty with no text, or when the site is off or paused', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(state(WEAK, { status: 'paused' }))).toBe('');
    expect(badgeText(state(WEAK, { status: 'site-off' }))).toBe('');
  });

  it('follows the tab states kept in session storage and clears a removed one', () => {
    const api = { setBadgeText: vi.fn((_: { tabId: number; text: string }) => Promise.resolve()), setBadgeBackgroundColor: vi.fn((_: { color: string }) => Promise.resolve()) };
    let listener: (changes: Record<string, { newValue?: unknown }>) => void = () => undefined;
    followBadges(api, (l) => (listener = l));
    listener({ 'tab:7': { newValue: state(WEAK) }, settings: { newValue: {} } });
    listener({ 'tab:7': {} });
    expect(api.setBadgeText.mock.calls.map(([d]) => d)).toEqual([
      { tabId: 7, text: badgeText(state(WEAK)) },
      { tabId: 7, text: '' },
    ]);
  });
});
