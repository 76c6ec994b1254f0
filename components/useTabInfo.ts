// The address and window of the coached tab: what page it is (readable, a call, the browser's own).
import { useEffect, useState } from 'react';
import { browser } from '#imports';

export interface TabInfo {
  url?: string;
  windowId?: number;
}

export function useTabInfo(tabId: number | undefined): TabInfo {
  const [info, setInfo] = useState<TabInfo>({});
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const read = () =>
      browser.tabs.get(tabId).then(
        (t) => alive && setInfo({ url: t.url, windowId: t.windowId }),
        // A tab id from ?tab= may name no real tab (tests); the window is still ours.
        () => void browser.windows.getCurrent().then((w) => alive && setInfo({ windowId: w.id })),
      );
    void read();
    const onUpdated = (id: number, change: { url?: string }) => {
      if (id === tabId && change.url) void read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return info;
}
