// Only the extension's own contexts may drive the background (SPEC §7): web pages never can.
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function isOwnSender(sender: SenderLike | undefined, extensionId: string): boolean {
  return sender?.id === extensionId;
}

/** The tab a content script spoke from, or null for extension pages. */
export function senderTab(sender: SenderLike | undefined): { tabId: number; frameId: number } | null {
  const tabId = sender?.tab?.id;
  return tabId === undefined || tabId < 0 ? null : { tabId, frameId: sender?.frameId ?? 0 };
}
