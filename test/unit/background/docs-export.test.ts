import { describe, expect, it } from 'vitest';
import { fetchDocExport, normalizeExport } from '@/lib/background/docs-export';

type Answer = { status: number; body?: string; headers?: Record<string, string>; redirectTo?: string };

function fakeFetch(answers: (init: RequestInit) => Answer) {
  const requests: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const answer = answers(init);
    if (answer.redirectTo && init.redirect === 'manual') return opaqueRedirect();
    const response = new Response(answer.body ?? '', { status: answer.status, headers: answer.headers });
    Object.defineProperty(response, 'url', { value: answer.redirectTo ?? url });
    return response;
  }) as unknown as typeof fetch;
  return { impl, requests };
}

function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

describe('Docs export', () => {
  it('reads the plain-text export of the Doc with the user session', async () => {
    const { impl, requests } = fakeFetch(() => ({ status: 200, body: '\uFEFFSituation: we had an outage.\r\nI fixed it.' }));
    const result = await fetchDocExport({ docId: 'abc', userIndex: 1 }, impl);
    expect(result).toEqual({ status: 'ok', text: 'Situation: we had an outage.\nI fixed it.' });
    expect(requests[0]?.url).toBe('https://docs.google.com/document/u/1/d/abc/export?format=txt');
    expect(requests[0]?.init.credentials).toBe('include');
  });

  it('says signed out when the export redirects to the sign-in page', async () => {
    const { impl } = fakeFetch(() => ({ status: 200, redirectTo: 'https://accounts.google.com/ServiceLogin' }));
    expect(await fetchDocExport({ docId: 'abc' }, impl)).toEqual({ status: 'signed-out' });
  });

  it('says no access on 403 and rate limited on 429 with the server wait', async () => {
    expect(await fetchDocExport({ docId: 'a' }, fakeFetch(() => ({ status: 403 })).impl)).toEqual({ status: 'no-access' });
    const limited = fakeFetch(() => ({ status: 429, headers: { 'retry-after': '7' } })).impl;
    expect(await fetchDocExport({ docId: 'a' }, limited)).toEqual({ status: 'rate-limited', retryAfterMs: 7000 });
  });

  it('normalizes the export line endings', () => {
    expect(normalizeExport('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
