// The keyboard shortcut opens the side panel. Chrome counts a command as a user gesture, so the
// panel may open from its listener; it must be asked at once, before anything is awaited.
import { OPEN_COACH_COMMAND } from '../ui/shortcut';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

export function openCoachOnCommand(sidePanel: SidePanelApi | undefined) {
  return (command: string, tab?: { windowId?: number }): void => {
    if (command !== OPEN_COACH_COMMAND || !sidePanel || tab?.windowId === undefined) return;
    void sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  };
}
