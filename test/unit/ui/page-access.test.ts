import { describe, expect, it } from 'vitest';
import { pageAccess, pageAccessOr } from '../../../lib/ui/page-access';

describe('which pages the coach can read', () => {
  it('says the browser’s own pages and the extension stores cannot be read', () => {
    for (const url of [
      'chrome://version/',
      'chrome://newtab/',
      'about:blank',
      'edge://settings',
      'chrome-extension://abc/popup.html',
      'view-source:https://example.com/',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      expect(pageAccess(url), url).toEqual({ kind: 'browser-page' });
    }
  });

  it('tells call pages apart from pages it reads', () => {
    expect(pageAccess('https://meet.google.com/abc-defg-hij')).toEqual({ kind: 'call', host: 'meet.google.com' });
    expect(pageAccess('https://notes.example.test/notes.html')).toEqual({ kind: 'readable', host: 'notes.example.test' });
    expect(pageAccess('https://chrome.google.com/search')).toEqual({ kind: 'readable', host: 'chrome.google.com' });
  });

  it('does not guess when the address is unknown', () => {
    expect(pageAccess(undefined)).toEqual({ kind: 'unknown' });
    expect(pageAccess('not a url')).toEqual({ kind: 'unknown' });
  });
});

describe('without the tab’s address', () => {
  it('goes by the site the coached text came from', () => {
    expect(pageAccessOr(undefined, 'meet.google.com')).toEqual({ kind: 'call', host: 'meet.google.com' });
    expect(pageAccessOr(undefined, 'notes.example.test')).toEqual({ kind: 'readable', host: 'notes.example.test' });
    expect(pageAccessOr(undefined, undefined)).toEqual({ kind: 'unknown' });
    expect(pageAccessOr('chrome://version/', 'notes.example.test')).toEqual({ kind: 'browser-page' });
  });
});
