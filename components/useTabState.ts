// The TabState of one tab: asked of the background on open, then followed in storage.session.
import { useEffect, useState } from 'react';
import { browser, storage } from '#imports';
import { loadTabState, tabStateKey } from '@/lib/background/tab-state-store';
import { sendMessage, type TabState } from '@/lib/messaging';

export type Loaded<T> = { loading: true } | { loading: false; value: T };

/** The tab's last state, read from storage.session at once (a stopped worker takes a few hundred
 * ms to start), and asked of the worker too, which starts it for the edits to come. */
function readTabState(tabId: number, take: (value: TabState | null) => void): void {
  void loadTabState(tabId).then(take, () => undefined);
  void sendMessage('getTabState', { tabId }).then(take, () => undefined);
}

export function useTabState(tabId: number | undefined): Loaded<TabState | null> {
  const [state, setState] = useState<Loaded<TabState | null>>({ loading: true });
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    setState({ loading: true });
    readTabState(tabId, (value) => {
      if (alive) setState((prev) => (prev.loading || !prev.value || (value && value.version >= prev.value.version) ? { loading: false, value } : prev));
    });
    const unwatch = storage.watch<TabState>(tabStateKey(tabId), (value) => alive && setState({ loading: false, value }));
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId]);
  return state;
}

/** `?tab=ID` when given (tests, links), else the active tab of this window, followed as it changes. */
export function useCoachedTabId(): number | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  const pinned = Number.isInteger(fixed) && fixed > 0 ? fixed : undefined;
  const [active, setActive] = useState<number>();
  useEffect(() => {
    if (pinned !== undefined) return;
    let windowId: number | undefined;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        windowId = tab?.windowId;
        setActive(tab?.id);
      });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setActive(info.tabId);
    };
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') refresh();
    };
    refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);
  return pinned ?? active;
}
