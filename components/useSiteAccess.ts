// Whether STAR Coach may read the page in a tab, followed as the tab navigates and as the user
// grants or revokes access (Firefox MV3 host permissions are the user's to give).
import { useCallback, useEffect, useState } from 'react';
import { browser } from '#imports';
import { siteAccessFor, type SiteAccessNeed } from '@/lib/permissions/site-access';

/** `missing`: not allowed; `reload`: allowed while the page was open, so its scripts start on reload. */
export type SiteAccessState = 'unknown' | 'granted' | 'missing' | 'reload';

export interface SiteAccess {
  need: SiteAccessNeed | null;
  state: SiteAccessState;
  /** Asks the browser; call it straight from a click (Firefox needs the user's gesture). */
  request(): void;
  reload(): void;
}

export function useSiteAccess(tabId: number | undefined): SiteAccess {
  const [url, setUrl] = useState<string>();
  const [state, setState] = useState<SiteAccessState>('unknown');
  const need = siteAccessFor(url);
  const pattern = need?.pattern;

  useEffect(() => {
    if (tabId === undefined) return;
    const read = () => void browser.tabs.get(tabId).then((tab) => setUrl(tab.url), () => setUrl(undefined));
    const onUpdated = (id: number, change: { url?: string; status?: string }) => {
      if (id !== tabId) return;
      if (change.url) setUrl(change.url);
      // A finished load runs the content scripts: nothing left to reload.
      if (change.status === 'complete') {
        read();
        setState((s) => (s === 'reload' ? 'granted' : s));
      }
    };
    read();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);

  useEffect(() => {
    if (!pattern) return;
    let alive = true;
    const check = (changedWhileOpen: boolean) =>
      void browser.permissions.contains({ origins: [pattern] }).then((granted) => {
        if (!alive) return;
        setState((s) => (!granted ? 'missing' : changedWhileOpen && s === 'missing' ? 'reload' : s === 'reload' ? s : 'granted'));
      });
    const onChanged = () => check(true);
    check(false);
    browser.permissions.onAdded.addListener(onChanged);
    browser.permissions.onRemoved.addListener(onChanged);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(onChanged);
      browser.permissions.onRemoved.removeListener(onChanged);
    };
  }, [pattern]);

  const request = useCallback(() => {
    if (pattern) void browser.permissions.request({ origins: [pattern] }).catch(() => undefined);
  }, [pattern]);
  const reload = useCallback(() => {
    if (tabId !== undefined) void browser.tabs.reload(tabId);
  }, [tabId]);
  return { need: pattern ? need : null, state, request, reload };
}
