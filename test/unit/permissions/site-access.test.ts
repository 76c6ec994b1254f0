import { describe, expect, it } from 'vitest';
import { DOCS_ACCESS, siteAccessFor } from '../../../lib/permissions/site-access';

describe('siteAccessFor', () => {
  it('asks for Google Docs as a whole on any Docs page', () => {
    expect(siteAccessFor('https://docs.google.com/document/d/abc/edit')).toEqual({ pattern: DOCS_ACCESS, host: 'docs.google.com', docs: true });
  });

  it('asks for only the page’s own site elsewhere, whatever its port and path', () => {
    expect(siteAccessFor('http://127.0.0.1:8123/notes.html?x=1')).toEqual({ pattern: 'http://127.0.0.1/*', host: '127.0.0.1', docs: false });
    expect(siteAccessFor('https://notes.example.test/a/b')?.pattern).toBe('https://notes.example.test/*');
  });

  it('needs nothing for pages no extension reads', () => {
    for (const url of ['about:blank', 'moz-extension://x/sidepanel.html', 'file:///tmp/a.html', undefined, 'not a url']) {
      expect(siteAccessFor(url)).toBeNull();
    }
  });
});
