import { describe, expect, it } from 'vitest';
import { routeIntent, type SendToFrame } from '@/lib/background/intent-router';
import { isOwnSender, senderTab } from '@/lib/background/trusted-sender';
import type { RangeIntent, TabState } from '@/lib/messaging';

const intent: RangeIntent = { tabId: 4, fieldId: 'field-2', start: 0, end: 2, expected: 'We', replacement: 'I' };
const state = (writable: boolean): TabState => ({
  tabId: 4,
  source: { kind: 'field', site: 's', label: 'l', fieldId: 'field-2', writable },
  status: 'ok',
  text: 'We fixed it.',
  report: { wordsPerMinute: 140, stories: [] },
  options: {},
  version: 1,
  updatedAt: 0,
  frameId: 3,
});

describe('intent routing', () => {
  it('sends apply to the frame that reported the field', async () => {
    const sent: unknown[] = [];
    const send: SendToFrame = async (action, data, target) => (sent.push({ action, data, target }), { ok: true });
    expect(await routeIntent(state(true), intent, 'applyInField', send)).toEqual({ ok: true });
    expect(sent).toEqual([{ action: 'applyInField', data: intent, target: { tabId: 4, frameId: 3 } }]);
  });

  it('refuses apply on a read-only source such as a Docs export, but still reveals', async () => {
    const send: SendToFrame = async () => ({ ok: true });
    expect(await routeIntent(state(false), intent, 'applyInField', send)).toEqual({ ok: false, reason: 'not-writable' });
    expect(await routeIntent(state(false), intent, 'revealInField', send)).toEqual({ ok: true });
  });

  it('reports a missing field when the tab has moved on or its page is gone', async () => {
    const send: SendToFrame = async () => undefined;
    expect(await routeIntent(null, intent, 'revealInField', send)).toEqual({ ok: false, reason: 'no-field' });
    expect(await routeIntent(state(true), { ...intent, fieldId: 'field-9' }, 'applyInField', send)).toMatchObject({ ok: false });
    expect(await routeIntent(state(true), intent, 'applyInField', send)).toEqual({ ok: false, reason: 'no-field' });
  });
});

describe('trusted senders', () => {
  it('accepts only this extension', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'someone-else' }, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });

  it('knows the tab and frame of a content script, and none for extension pages', () => {
    expect(senderTab({ id: 'me', tab: { id: 9 }, frameId: 2 })).toEqual({ tabId: 9, frameId: 2 });
    expect(senderTab({ id: 'me' })).toBeNull();
  });
});
