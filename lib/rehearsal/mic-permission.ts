// Microphone permission, the extension way: a side panel cannot show the browser's prompt, so when
// the answer is "prompt" the panel opens a small extension page that asks, and picks up the grant
// through the permission's change event. Nothing here calls getUserMedia.
import { browser } from '#imports';

export type MicPermission = 'granted' | 'prompt' | 'denied' | 'unknown';

/** The page that asks for the microphone (entrypoints/mic-permission). */
export const MIC_PAGE = '/mic-permission.html';

/**
 * The current state, and a way to follow it. Browsers without a queryable microphone permission
 * (Firefox) answer "unknown": the panel then asks once, from the user's click.
 */
export async function watchMicPermission(onChange: (state: MicPermission) => void): Promise<{ state: MicPermission; stop(): void }> {
  try {
    const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
    const listener = () => onChange(status.state);
    status.addEventListener('change', listener);
    return { state: status.state, stop: () => status.removeEventListener('change', listener) };
  } catch {
    return { state: 'unknown', stop: () => undefined };
  }
}

/** Opens the asking page in a tab next to the current one. */
export async function openMicPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(MIC_PAGE) });
}

/** Chrome's settings page for this extension's permissions, where a blocked microphone is allowed again. */
export function micSettingsUrl(): string | null {
  const origin = new URL(browser.runtime.getURL(MIC_PAGE)).origin;
  return origin.startsWith('chrome-extension:') ? `chrome://settings/content/siteDetails?site=${encodeURIComponent(origin)}` : null;
}

/** Opens the browser's settings where the microphone can be allowed again (Chrome only). */
export async function openMicSettings(): Promise<boolean> {
  const url = micSettingsUrl();
  if (!url) return false;
  await browser.tabs.create({ url });
  return true;
}

/** What to do when the microphone is blocked, in words. */
export const MIC_BLOCKED_HELP =
  'The microphone is blocked for STAR Coach. Allow it in the browser’s settings for this extension (Microphone → Allow), then come back.';
