// Routes the side panel's apply / show-in-page intents to the frame that holds the field.
import type { IntentResult, RangeIntent, TabState } from '../messaging';

export type FieldAction = 'applyInField' | 'revealInField';
export type SendToFrame = (
  action: FieldAction,
  intent: RangeIntent,
  target: { tabId: number; frameId: number },
) => Promise<IntentResult | undefined>;

export async function routeIntent(
  state: TabState | null,
  intent: RangeIntent,
  action: FieldAction,
  send: SendToFrame,
): Promise<IntentResult> {
  if (!state || state.source.fieldId !== intent.fieldId) return { ok: false, reason: 'no-field' };
  if (action === 'applyInField' && !state.source.writable) return { ok: false, reason: 'not-writable' };
  try {
    // No answer means the page navigated away or its content script is gone.
    return (await send(action, intent, { tabId: intent.tabId, frameId: state.frameId ?? 0 })) ?? {
      ok: false,
      reason: 'no-field',
    };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
