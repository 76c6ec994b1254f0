// A click on a mark in the page opens that finding here: the Advice tab, the card scrolled into
// view and focused. The click also moved the page's caret, so the card may appear a moment later.
import { useEffect, useState } from 'react';
import { storage } from '#imports';
import { findingFocusKey } from '@/lib/background/tab-state-store';
import type { FindingFocus } from '@/lib/messaging';

export function useFindingFocus(tabId: number | undefined, version: unknown): void {
  const [focus, setFocus] = useState<FindingFocus | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    return storage.watch<FindingFocus>(findingFocusKey(tabId), (value) => setFocus(value));
  }, [tabId]);
  useEffect(() => {
    if (!focus) return;
    const card = document.querySelector<HTMLElement>(`[data-rule][data-start="${focus.start}"][data-end="${focus.end}"]`);
    if (!card) return;
    document.getElementById('tab-advice')?.click();
    for (const el of document.querySelectorAll('[data-opened]')) el.removeAttribute('data-opened');
    card.setAttribute('data-opened', 'true');
    card.tabIndex = -1;
    card.scrollIntoView({ block: 'center' });
    card.focus({ preventScroll: true });
    setFocus(null);
  }, [focus, version]);
}
