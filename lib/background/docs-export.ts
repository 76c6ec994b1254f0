// Reads a Google Doc through its plain-text export with the user's own session (SPEC §6).
// This is the only network request the extension makes.
import { exportUrl, type DocRef } from '../sources/google-docs/doc-ref';

export type ExportResult =
  | { status: 'ok'; text: string }
  | { status: 'signed-out' | 'no-access' | 'failed' }
  | { status: 'rate-limited'; retryAfterMs?: number };

const SIGN_IN_HOST = 'accounts.google.com';

export async function fetchDocExport(ref: DocRef, fetchImpl: typeof fetch = fetch): Promise<ExportResult> {
  const url = exportUrl(ref);
  let response: Response;
  try {
    // A redirect is looked at before it is followed: the usual one is to the sign-in page.
    response = await fetchImpl(url, { credentials: 'include', redirect: 'manual', cache: 'no-store' });
  } catch {
    return { status: 'failed' };
  }
  if (response.type === 'opaqueredirect' || isRedirect(response.status)) {
    try {
      response = await fetchImpl(url, { credentials: 'include', redirect: 'follow', cache: 'no-store' });
    } catch {
      // The export answered with a redirect that cannot be read through: the sign-in page in practice.
      return { status: 'signed-out' };
    }
    if (hostOf(response.url) === SIGN_IN_HOST) return { status: 'signed-out' };
  }
  if (response.status === 429) return { status: 'rate-limited', ...retryAfter(response) };
  if (response.status === 401) return { status: 'signed-out' };
  if (response.status === 403 || response.status === 404) return { status: 'no-access' };
  if (!response.ok) return { status: 'failed' };
  return { status: 'ok', text: normalizeExport(await response.text()) };
}

/** The export starts with a byte-order mark and ends lines with CRLF. */
export function normalizeExport(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function retryAfter(response: Response): { retryAfterMs?: number } {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: seconds * 1000 } : {};
}
