// One notice at a time: a new one replaces the last, and each goes away after NOTICE_MS. The
// notice takes its room from the bottom of the scrolling content (`scroller`), so the control the
// user just used is scrolled back into view if the notice's strip would hide it.
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

export const NOTICE_MS = 3000;

export function useNotice(scroller?: RefObject<HTMLElement | null>): [string, (text: string) => void] {
  // The sequence number restarts the timer when the same text is shown again.
  const [notice, setNotice] = useState({ text: '', seq: 0 });
  useEffect(() => {
    if (!notice.text) return;
    const t = setTimeout(() => setNotice((n) => (n.seq === notice.seq ? { ...n, text: '' } : n)), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notice]);
  useLayoutEffect(() => {
    const box = scroller?.current;
    const active = document.activeElement;
    if (!notice.text || !box || !(active instanceof HTMLElement) || !box.contains(active)) return;
    const hidden = active.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom;
    if (hidden > 0) box.scrollTop += hidden + 8;
  }, [notice, scroller]);
  const show = useCallback((text: string) => setNotice((n) => ({ text, seq: n.seq + 1 })), []);
  return [notice.text, show];
}
