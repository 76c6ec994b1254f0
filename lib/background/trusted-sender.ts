// Only the extension's own contexts may drive the background (SPEC §7): web pages never can.
// Content scripts (which run inside pages) may only report text; intents that read stored state
// or edit a field must come from the extension's own pages.
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function isOwnSender(sender: SenderLike | undefined, extensionId: string): boolean {
  return sender?.id === extensionId;
}

/** True for the side panel, the popup and other pages served from the extension's own origin. */
export function isExtensionPage(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!isOwnSender(sender, extensionId) || !sender?.url) return false;
  try {
    return new URL(sender.url).origin === new URL(extensionOrigin).origin;
  } catch {
    return false;
  }
}

/** The tab a content script spoke from, or null for extension pages. */
export function senderTab(sender: SenderLike | undefined): { tabId: number; frameId: number } | null {
  const tabId = sender?.tab?.id;
  return tabId === undefined || tabId < 0 ? null : { tabId, frameId: sender?.frameId ?? 0 };
}
