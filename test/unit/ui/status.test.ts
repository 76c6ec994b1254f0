import { describe, expect, it } from 'vitest';
import type { SourceStatus, TabState } from '../../../lib/messaging';
import { partialNotice, statusMessage } from '../../../lib/ui/status';
import { loadFixture } from './load-fixture';

function state(status: SourceStatus, report = loadFixture('weak').report): TabState {
  return {
    tabId: 1,
    source: { kind: 'field', site: 'a.test', label: 'Notes', fieldId: 'f', writable: true },
    status,
    text: loadFixture('weak').text,
    report,
    options: {},
    version: 1,
    updatedAt: 0,
  };
}

describe('statusMessage', () => {
  it('asks for a focused field when nothing was read yet, and offers the draft box', () => {
    const m = statusMessage(null)!;
    expect(m.title).toMatch(/click into/i);
    expect(m.fix).toBe('use-draft');
  });

  it.each<[SourceStatus, RegExp]>([
    ['site-off', /off on this site/i],
    ['paused', /paused/i],
    ['signed-out', /sign in/i],
    ['no-access', /cannot be read/i],
    ['rate-limited', /slow down/i],
    ['waiting', /reading/i],
  ])('explains %s', (status, title) => {
    const empty = status === 'rate-limited' || status === 'waiting' ? { wordsPerMinute: 140, stories: [] } : undefined;
    expect(statusMessage(state(status, empty))!.title).toMatch(title);
  });

  it('keeps the last report on screen while a Doc is read again or Docs asks to wait', () => {
    expect(statusMessage(state('waiting'))).toBeNull();
    expect(statusMessage(state('rate-limited'))).toBeNull();
  });

  it('offers a one-click way back for a switched-off site and a pause', () => {
    expect(statusMessage(state('site-off'))!.fix).toBe('enable-site');
    expect(statusMessage(state('paused'))!.fix).toBe('resume');
  });

  it('says when the text is not English', () => {
    expect(statusMessage(state('ok', { wordsPerMinute: 140, stories: [], notice: 'not-english' }))!.title).toMatch(/english/i);
  });

  it('asks for more text when there is no story yet', () => {
    expect(statusMessage(state('ok', { wordsPerMinute: 140, stories: [] }))!.title).toMatch(/keep writing/i);
  });

  it('lets a report speak for itself, also when the text was capped', () => {
    expect(statusMessage(state('ok'))).toBeNull();
    expect(statusMessage(state('too-long'))).toBeNull();
    expect(partialNotice(state('too-long'))).toMatch(/first part/);
    expect(partialNotice(state('ok'))).toBeNull();
  });
});
