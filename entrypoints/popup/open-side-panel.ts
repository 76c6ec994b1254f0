// Opens the coach: Chrome's side panel, or Firefox's sidebar. Called straight from a click (user gesture).
import { browser } from '#imports';

interface SidebarAction {
  open(): Promise<void>;
}

export function openSidePanel(windowId: number | undefined): void {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const opened = sidebar ? sidebar.open() : windowId !== undefined ? browser.sidePanel.open({ windowId }) : Promise.reject(new Error('no window'));
  void opened.then(() => window.close(), () => undefined);
}
