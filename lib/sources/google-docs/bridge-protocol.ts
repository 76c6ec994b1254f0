// The window.postMessage channel between the MAIN-world Docs bridge and the isolated Docs source.
// Both sides check the channel name and a per-page nonce that the isolated script chose.
import type { IntentResult } from '../../messaging';

export const BRIDGE_CHANNEL = 'star-coach:docs';
/** Attributes on <html> through which the isolated script hands the bridge its id and the nonce. */
export const EXTENSION_ID_ATTR = 'data-star-coach-extension';
export const NONCE_ATTR = 'data-star-coach-nonce';

export type BridgeRequest =
  | { type: 'apply'; requestId: number; start: number; end: number; expected: string; replacement: string }
  | { type: 'reveal'; requestId: number; start: number; end: number; expected: string };

export type BridgeEvent =
  | { type: 'text'; text: string; caret?: number }
  | { type: 'result'; requestId: number; result: IntentResult };

export type Envelope<T> = T & { channel: typeof BRIDGE_CHANNEL; nonce: string };

export function envelope<T extends object>(nonce: string, body: T): Envelope<T> {
  return { ...body, channel: BRIDGE_CHANNEL, nonce };
}

/** The message body when `event` is ours (same window, our channel, our nonce), else null. */
export function openEnvelope<T>(event: MessageEvent, win: Window, nonce: string): T | null {
  if (event.source !== win) return null;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const { channel, nonce: got } = data as { channel?: unknown; nonce?: unknown };
  return channel === BRIDGE_CHANNEL && got === nonce ? (data as T) : null;
}
