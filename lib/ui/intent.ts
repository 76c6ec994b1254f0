// What the panel says after apply or show-in-text, in words that say what happens next.
import type { IntentResult } from '../messaging';

export function intentMessage(action: 'apply' | 'reveal', result: IntentResult): string {
  if (result.ok) return action === 'apply' ? 'Applied. Re-checking…' : 'Selected in the text.';
  switch (result.reason) {
    case 'stale':
      return 'The text changed; re-checking…';
    case 'not-writable':
      return 'This field cannot be edited from the panel. Copy the suggestion instead.';
    case 'no-field':
      return 'The field is no longer on the page. Click into it again.';
    case 'failed':
      return action === 'apply' ? 'The change could not be applied. Copy the suggestion instead.' : 'The sentence could not be selected.';
  }
}

/** When the page does not answer at all (tab closed, reloaded, content script gone). */
export const NO_ANSWER = 'The page did not answer. Reload the tab, click into your answer, and try again.';
