// Can the coach read the page in this tab? Browsers keep extensions out of their own pages
// (chrome://, about:, the extension galleries), and call pages are never read (SPEC §5).
import { isVideoCallHost, isVideoCallUrl } from './video-call';

export type PageAccess =
  | { kind: 'readable'; host: string }
  | { kind: 'call'; host: string }
  | { kind: 'browser-page' }
  | { kind: 'unknown' };

// Extension galleries: every browser forbids content scripts there.
const STORES: { host: string; path?: RegExp }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: /^\/webstore/ },
  { host: 'microsoftedge.microsoft.com', path: /^\/addons/ },
  { host: 'addons.mozilla.org' },
];

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { kind: 'unknown' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { kind: 'browser-page' };
  if (STORES.some((s) => u.hostname === s.host && (!s.path || s.path.test(u.pathname)))) return { kind: 'browser-page' };
  if (isVideoCallUrl(url)) return { kind: 'call', host: u.hostname };
  return { kind: 'readable', host: u.hostname };
}

/**
 * The same, falling back on the site the coached text came from when the tab's address is not
 * known (a tab id that names no real tab).
 */
export function pageAccessOr(url: string | undefined, site: string | undefined): PageAccess {
  const access = pageAccess(url);
  if (access.kind !== 'unknown' || !site) return access;
  return isVideoCallHost(site) ? { kind: 'call', host: site } : { kind: 'readable', host: site };
}
