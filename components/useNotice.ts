// One notice at a time: a new one replaces the last, and each goes away after NOTICE_MS.
import { useCallback, useEffect, useState } from 'react';

export const NOTICE_MS = 3000;

export function useNotice(): [string, (text: string) => void] {
  // The sequence number restarts the timer when the same text is shown again.
  const [notice, setNotice] = useState({ text: '', seq: 0 });
  useEffect(() => {
    if (!notice.text) return;
    const t = setTimeout(() => setNotice((n) => (n.seq === notice.seq ? { ...n, text: '' } : n)), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notice]);
  const show = useCallback((text: string) => setNotice((n) => ({ text, seq: n.seq + 1 })), []);
  return [notice.text, show];
}
