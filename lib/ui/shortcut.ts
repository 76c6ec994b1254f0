// The keyboard shortcut that opens the coach (manifest `commands`, wxt.config.ts).
export const OPEN_COACH_COMMAND = 'open-coach';
/** Suggested to the browser; the user may change it at chrome://extensions/shortcuts. */
export const OPEN_COACH_KEY = 'Alt+Shift+S';

