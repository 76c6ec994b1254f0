import { describe, expect, it } from 'vitest';
import { MESSAGE_SHAPES } from '../../../lib/background/message-shapes';
import { isExtensionPage, isOwnSender } from '../../../lib/background/trusted-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const source = { kind: 'field', site: 'notes.example.test', label: 'Notes', fieldId: 'field-1', writable: true };

describe('who may drive the background', () => {
  it('takes intents only from the extension’s own pages, not from content scripts or other extensions', () => {
    expect(isExtensionPage({ id: ID, url: `${ORIGIN}sidepanel.html?tab=3` }, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: `chrome-extension://another-extension/x.html` }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID, url: 'not a url' }, ID, ORIGIN)).toBe(false);
  });

  it('accepts text reports only from this extension’s content scripts', () => {
    expect(isOwnSender({ id: ID, tab: { id: 1 } }, ID)).toBe(true);
    expect(isOwnSender({ id: 'someone-else', tab: { id: 1 } }, ID)).toBe(false);
    expect(isOwnSender(undefined, ID)).toBe(false);
  });
});

describe('message shapes', () => {
  it('accepts well-formed messages', () => {
    expect(MESSAGE_SHAPES.textChanged({ source, text: 'I fixed it.', caret: 3 })).toBe(true);
    expect(MESSAGE_SHAPES.applyReplacement({ tabId: 1, fieldId: 'field-1', start: 0, end: 2, expected: 'We', replacement: 'I' })).toBe(true);
    expect(MESSAGE_SHAPES.getTabState({ tabId: 7 })).toBe(true);
  });

  it('refuses malformed or oversized payloads', () => {
    expect(MESSAGE_SHAPES.textChanged({ source, text: 42 })).toBe(false);
    expect(MESSAGE_SHAPES.textChanged({ source: { ...source, kind: 'script' }, text: 'x' })).toBe(false);
    expect(MESSAGE_SHAPES.textChanged({ source, text: 'x'.repeat(3_000_000) })).toBe(false);
    expect(MESSAGE_SHAPES.applyReplacement({ tabId: 1, fieldId: 'f', start: 5, end: 2, expected: '' })).toBe(false);
    expect(MESSAGE_SHAPES.applyReplacement({ tabId: '1', fieldId: 'f', start: 0, end: 2, expected: 'We' })).toBe(false);
    expect(MESSAGE_SHAPES.getTabState(null)).toBe(false);
    expect(MESSAGE_SHAPES.analyzeDraft({ text: ['not', 'text'] })).toBe(false);
  });
});
