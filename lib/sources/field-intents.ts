// Carries out the side panel's apply / show-in-page intents on a watched field.
import type { IntentResult, RangeIntent } from '../messaging';
import { applyToField, revealInField } from './field-edit';
import type { FieldWatcher } from './field-watcher';

export async function runFieldIntent(
  watcher: FieldWatcher | null,
  intent: RangeIntent,
  action: 'apply' | 'reveal',
): Promise<IntentResult> {
  if (!watcher) return { ok: false, reason: 'not-writable' };
  const field = watcher.findField(intent.fieldId);
  if (!field) return { ok: false, reason: 'no-field' };
  if (action === 'apply' && intent.replacement === undefined) return { ok: false, reason: 'failed' };
  const result =
    action === 'apply' ? await applyToField(field, intent, intent.replacement ?? '') : revealInField(field, intent);
  // The field changed since the analysis: send its text again rather than guess where the range went.
  if (!result.ok && result.reason === 'stale') watcher.resend();
  return result;
}
