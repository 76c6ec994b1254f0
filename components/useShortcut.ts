// The keyboard shortcut that opens the coach, as the browser has it now (the user may change it).
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { OPEN_COACH_COMMAND } from '@/lib/ui/shortcut';

// Firefox opens its sidebar with its own built-in command.
const COMMANDS = [OPEN_COACH_COMMAND, '_execute_sidebar_action'];

export function useShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name && COMMANDS.includes(c.name))?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);
  return shortcut;
}
