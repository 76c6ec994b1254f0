import { describe, expect, it, vi } from 'vitest';
import { openCoachOnCommand } from '../../../lib/background/open-coach-command';
import { OPEN_COACH_COMMAND } from '../../../lib/ui/shortcut';

describe('the keyboard shortcut', () => {
  it('opens the side panel of the window it was pressed in, at once', () => {
    const open = vi.fn((_: { windowId: number }) => Promise.resolve());
    openCoachOnCommand({ open })(OPEN_COACH_COMMAND, { windowId: 3 });
    // Synchronously: Chrome's user gesture would be gone after an await.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('ignores other commands, and browsers without a side panel', () => {
    const open = vi.fn((_: { windowId: number }) => Promise.resolve());
    openCoachOnCommand({ open })('something-else', { windowId: 3 });
    openCoachOnCommand({ open })(OPEN_COACH_COMMAND, {});
    expect(open).not.toHaveBeenCalled();
    expect(() => openCoachOnCommand(undefined)(OPEN_COACH_COMMAND, { windowId: 3 })).not.toThrow();
  });
});
