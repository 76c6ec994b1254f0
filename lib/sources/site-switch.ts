// The popup's site switch and global pause (SPEC §7): a switched-off site is not read at all.
import { browser } from 'wxt/browser';
import { DISABLED_SITES_KEY, PAUSED_KEY } from '../store/site-switch-keys';

export type SiteState = 'on' | 'site-off' | 'paused';

export function siteState(site: string, disabledSites: readonly string[], paused: boolean): SiteState {
  if (paused) return 'paused';
  return disabledSites.includes(site) ? 'site-off' : 'on';
}

/**
 * The site the user sees in the address bar: in a frame, the top page's host, because the
 * popup switches sites by the tab's address.
 */
export function topSite(loc: Location): string {
  const origins = loc.ancestorOrigins;
  const top = origins && origins.length > 0 ? origins[origins.length - 1] : undefined;
  if (top) {
    try {
      return new URL(top).hostname;
    } catch {
      // an opaque ancestor ("null"): fall back to this frame's own host
    }
  }
  return loc.hostname;
}

/** Calls `onChange` with the site's state now and whenever the switch or the pause changes. */
export function watchSiteState(site: string, onChange: (state: SiteState) => void): () => void {
  let last: SiteState | null = null;
  const read = async () => {
    const stored = await browser.storage.local.get([DISABLED_SITES_KEY, PAUSED_KEY]);
    const disabled = stored[DISABLED_SITES_KEY];
    const state = siteState(site, Array.isArray(disabled) ? disabled : [], stored[PAUSED_KEY] === true);
    if (state !== last) onChange((last = state));
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (DISABLED_SITES_KEY in changes || PAUSED_KEY in changes)) void read();
  };
  browser.storage.onChanged.addListener(onChanged);
  void read();
  return () => browser.storage.onChanged.removeListener(onChanged);
}
